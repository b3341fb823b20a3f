/**
 * The job-title normalizer: reads a raw title ("Sr. Prodcut Manger, Payments - Remote") and
 * says which product family, framework role, band and track it is, and why.
 */
export { createNormalizer, normalizeTitle, type Normalizer, type NormalizerOptions } from './normalizer.js';
export { TitleContext, DEFAULT_CONTEXT } from './context.js';
export { NormalizedTitle, Alternative, AdjacentFamily, Explanation, ExplanationPart } from './result.js';
