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
export { roleView, roleSources, type RoleView, type SourceView } from './core/framework/view.js';
export { roleMarkdown, frameworkMarkdown, comparisonMarkdown, ladderText } from './core/framework/render-markdown.js';
export { loadBuiltinFramework, loadFramework, builtinFrameworkDir } from './store/framework-files.js';
