/**
 * product-ladder: the job architecture of product organisations as a typed library.
 * The core is pure; this entry adds the one piece of I/O a library user wants by default:
 * reading the built-in framework shipped in framework/.
 */
export * from './core/errors.js';
export * from './core/framework/schema.js';
export { assembleFramework, checkIntegrity, type TextFile } from './core/framework/assemble.js';
export { applyCompanyFramework } from './core/framework/company.js';
export { listRoles, getLadder, titleKey, type Ladder, type LadderRung, type RoleFilter } from './core/framework/query.js';
export { getPay } from './core/framework/pay.js';
// The resolver: any text (id, title, company title, alias, raw title) to a role, in a context.
export {
  resolveRole,
  readRoleTitle,
  describeResolution,
  findRole,
  getRole,
  suggestRoles,
  suggestionsOf,
  ROLE_CONTEXTS,
  type RoleContext,
  type ReadBy,
  type ResolveOptions,
  type RoleResolution,
  type TitleReading,
} from './core/resolve/index.js';
export { compareRoles, type Comparison } from './core/framework/compare.js';
export { roleView, roleSources, type RoleView, type SourceView } from './core/framework/view.js';
export { roleMarkdown, frameworkMarkdown, comparisonMarkdown, ladderText } from './core/framework/render-markdown.js';
export { loadBuiltinFramework, loadFramework, builtinFrameworkDir } from './store/framework-files.js';

// Title normalization. The package entry's normalizeTitle defaults to the built-in framework.
import { normalizeTitle as normalizeWith } from './core/normalize/index.js';
import type { NormalizedTitle } from './core/normalize/index.js';
import type { Framework } from './core/framework/schema.js';
import { loadBuiltinFramework as builtinFramework } from './store/framework-files.js';
import type { TitleContext } from './core/normalize/index.js';
export { createNormalizer, NormalizedTitle, Alternative, AdjacentFamily, Explanation, TitleContext, type Normalizer, type NormalizerOptions } from './core/normalize/index.js';

/**
 * Maps a raw job title onto the ladder: family, role, band, track, specialties, confidence,
 * explanation. `context` is "general" (default: a mixed list of postings) or "product" (a
 * product organisation, where "Senior PM", "PO" or "PMM" is a product role).
 */
export function normalizeTitle(title: string, options: { framework?: Framework; context?: TitleContext } = {}): NormalizedTitle {
  return normalizeWith(title, { framework: options.framework ?? builtinFramework(), ...(options.context ? { context: options.context } : {}) });
}

// Career navigation: next steps, paths, role diff, competencies and self-assessment.
export * from './core/career/index.js';
