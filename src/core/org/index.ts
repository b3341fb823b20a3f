/**
 * Org structure: read a roster, audit it against the framework, measure it, design a product
 * organisation, compare two rosters, and render the results. Pure: no file or network access.
 */
export * from './types.js';
export { parseRoster, parseRosterTable, parseMoney, checkDate, type ParseRosterOptions } from './parse.js';
export { applyPreset, detectPreset, HRIS_PRESETS, PRESET_IDS, type HrisPreset } from './presets.js';
export { payBands, percentile, parseDimensions, PAY_DIMENSIONS, type PayBands, type PayBandOptions, type PayDimension, type PayGroup, type PayPerson } from './pay-bands.js';
export { payCsv, payFrameworkSection, payJson, payText } from './render-pay.js';
export { proposeLevels, levelsSection, levelsText, type LevelProposal, type LevelEvidence, type LevelMisfit } from './levels.js';
export { orgTrend, trendText, type OrgTrend, type TrendPoint, type TrendStep, type Snapshot } from './trend.js';
export { companyFrameworkText, type CompanyFilePatch } from './company-file.js';
export { COLUMN_SYNONYMS, columnKey, matchColumns, parseColumnMap } from './columns.js';
export { DEFAULT_ORG_CONFIG, OrgConfig, parseOrgConfig, resolveOrgConfig, type OrgConfigInput } from './config.js';
export { buildTree, chainAbove, ManagerStatus, type OrgTree } from './tree.js';
export { auditJson, auditRoster, type AuditedPerson, type AuditOptions, type AuditResult, type AuditSummary, type TitleInfo } from './audit.js';
export type { OrgMetrics } from './metrics.js';
export { acceptsManager, expectedManagers, externalRoleOf, locationInRegion } from './roles.js';
export { designOrg, STAGES, type DesignParams, type DesignReason, type OrgDesign, type Stage } from './design.js';
export { diffAudits, diffRosters, type RosterDiff } from './diff.js';
export { auditHtml, auditMarkdown, auditText, rosterCsv } from './render.js';
export { renderOrgChart, type OrgChart } from './render-svg.js';
export { designMarkdown, designText, diffMarkdown, diffText } from './render-design.js';
