/**
 * product-ladder: the job architecture of product organisations as a typed library.
 * The core is pure; this entry adds the one piece of I/O a library user wants by default:
 * reading the built-in framework shipped in framework/.
 */
export * from './core/errors.js';
export * from './core/framework/schema.js';
export { assembleFramework, checkIntegrity, type TextFile } from './core/framework/assemble.js';
export { applyCompanyFramework } from './core/framework/company.js';
export { findRole, getRole, listRoles, getLadder, getPay, suggestRoles, titleKey, type Ladder, type LadderRung, type RoleFilter } from './core/framework/query.js';
export { compareRoles, type Comparison } from './core/framework/compare.js';
export { comparePay, payChange, payText, payView, formatMoney, isCompanyFigure, type PayChange, type PayComparisonRow, type PayFigureView } from './core/framework/pay.js';
export { payOrderWarnings } from './core/framework/pay-order.js';
export { roleView, roleSources, publicSources, type RoleView, type SourceView } from './core/framework/view.js';
export { roleMarkdown, frameworkMarkdown, comparisonMarkdown, ladderText } from './core/framework/render-markdown.js';
export { loadBuiltinFramework, loadFramework, builtinFrameworkDir } from './store/framework-files.js';

// Title normalization. The package entry's normalizeTitle defaults to the built-in framework.
import { normalizeTitle as normalizeWith } from './core/normalize/index.js';
import type { NormalizedTitle } from './core/normalize/index.js';
import type { Framework } from './core/framework/schema.js';
import { loadBuiltinFramework as builtinFramework } from './store/framework-files.js';
export { createNormalizer, NormalizedTitle, Alternative, AdjacentFamily, Explanation, type Normalizer, type NormalizerOptions } from './core/normalize/index.js';

/** Maps a raw job title onto the ladder: family, role, band, track, specialties, confidence, explanation. */
export function normalizeTitle(title: string, options: { framework?: Framework } = {}): NormalizedTitle {
  return normalizeWith(title, { framework: options.framework ?? builtinFramework() });
}

// Career navigation: next steps, paths, role diff, competencies and self-assessment.
export * from './core/career/index.js';
