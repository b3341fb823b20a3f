import * as z from 'zod';
import { LadderError } from '../errors.js';
import { parseLocated, validateLocated } from '../framework/yaml-document.js';
import { FINDING_CODES } from './types.js';

/**
 * Audit thresholds. Every default is explained, with its source, in docs/org.md ("Thresholds").
 * `.prefault({})` makes a left-out section take its defaults (zod 4 does not parse `.default` values).
 */
export const OrgConfig = z.strictObject({
  /** Company headcount (everyone, not just product); picks the reporting lines that apply. */
  companySize: z.number().int().positive().optional(),
  span: z
    .strictObject({
      /** Fewer direct reports than this is a narrow span (McKinsey's player/coach archetype starts at 3). */
      min: z.number().int().min(1).default(3),
      /** More direct reports than this is a wide span (above McKinsey's supervisor archetype, 8–10). */
      max: z.number().int().min(1).default(10),
      /** Count open positions as direct reports. */
      countOpenPositions: z.boolean().default(true),
    })
    .refine((s) => s.min <= s.max, { message: 'span.min must not exceed span.max' })
    .prefault({}),
  layers: z
    .strictObject({
      /** Levels from the top of the roster to the deepest person, the top being 1. */
      max: z.number().int().min(1).default(7),
    })
    .prefault({}),
  titles: z
    .strictObject({
      /** Below this normalizer confidence a title counts as unrecognised. */
      minConfidence: z.number().min(0).max(1).default(0.5),
      /** Report titles outside the product families (engineers, designers) as info rather than warnings. */
      allowNonProduct: z.boolean().default(false),
    })
    .prefault({}),
  titleInflation: z
    .strictObject({
      /** Management roles at or above this band with nobody below them are flagged (6 = director). */
      minBand: z.number().int().min(0).max(10).default(6),
    })
    .prefault({}),
  reportingLine: z
    .strictObject({
      /** A manager within this many bands of an expected manager role, in the same family, is accepted. */
      bandTolerance: z.number().int().min(0).max(10).default(1),
      /** Accept the expected manager's own expected manager too (an APM reporting to the group PM). */
      skipLevel: z.boolean().default(true),
    })
    .prefault({}),
  productOps: z
    .strictObject({
      /** With this many product managers (or more) and no product operations, say so. */
      minPms: z.number().int().min(1).default(10),
      /** With this many product lines (or more) and no product operations, say so. */
      minProductLines: z.number().int().min(1).default(3),
    })
    .prefault({}),
  ratios: z
    .strictObject({
      pmsPerProductOps: z.strictObject({ max: z.number().positive().default(20) }).prefault({}),
      pmsPerManager: z
        .strictObject({ min: z.number().nonnegative().default(2), max: z.number().positive().default(8) })
        .prefault({}),
    })
    .prefault({}),
  pay: z
    .strictObject({
      /**
       * Allowed distance outside a figure, as a fraction: 0.2 accepts 20% below a minimum (or an
       * approximate amount) and 20% above a maximum (or an approximate amount).
       */
      tolerance: z.number().min(0).max(1).default(0.2),
      /** Currency assumed for salaries without one; none by default (such salaries are not checked). */
      defaultCurrency: z.string().regex(/^[A-Z]{3}$/).nullable().default(null),
    })
    .prefault({}),
  /** Change a rule's severity, or turn it off: { "span-too-narrow": "off" }. */
  severity: z.partialRecord(z.enum(FINDING_CODES), z.enum(['error', 'warning', 'info', 'off'])).default({}),
});
export type OrgConfig = z.infer<typeof OrgConfig>;
export type OrgConfigInput = z.input<typeof OrgConfig>;

export const DEFAULT_ORG_CONFIG: OrgConfig = OrgConfig.parse({});

/** Fills in defaults; throws a LadderError naming the field when a value is wrong. */
export function resolveOrgConfig(input: OrgConfigInput | OrgConfig | undefined): OrgConfig {
  if (!input) return DEFAULT_ORG_CONFIG;
  const r = OrgConfig.safeParse(input);
  if (r.success) return r.data;
  return located('config', () => validateLocated({ file: 'config', data: input, locate: () => undefined }, OrgConfig));
}

/** Reads a config file's text (YAML or JSON); errors name file, line and field. Pure. */
export function parseOrgConfig(text: string, file = 'config'): OrgConfig {
  return located(file, () => {
    const doc = parseLocated(file, text);
    if (doc.data === null || doc.data === undefined) return DEFAULT_ORG_CONFIG;
    return validateLocated(doc, OrgConfig);
  });
}

function located<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof LadderError)) throw e;
    const n = e.issues.length;
    throw new LadderError('invalid-config', `${file} is not a valid org audit config (${n} problem${n === 1 ? '' : 's'}); see docs/org.md for the fields`, { issues: e.issues });
  }
}
