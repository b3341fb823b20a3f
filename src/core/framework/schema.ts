import * as z from 'zod';

/**
 * The framework's data model. Every type in the library is inferred from these schemas,
 * so the data files, the validation and the TypeScript types can never drift apart.
 */

export const FAMILY_IDS = [
  'product-management',
  'product-operations',
  'product-owner',
  'product-analytics',
  'product-marketing',
] as const;
/** Roles that people confuse with product roles; kept so the difference can be explained. */
export const CONTRAST_FAMILY_IDS = ['project-management', 'program-management', 'delivery-management', 'business-analysis', 'engineering', 'marketing'] as const;

export const FamilyId = z.enum(FAMILY_IDS);
export type FamilyId = z.infer<typeof FamilyId>;
export const ContrastFamilyId = z.enum(CONTRAST_FAMILY_IDS);
export const AnyFamilyId = z.enum([...FAMILY_IDS, ...CONTRAST_FAMILY_IDS]);
export type AnyFamilyId = z.infer<typeof AnyFamilyId>;

export const Track = z.enum(['ic', 'management']);
export type Track = z.infer<typeof Track>;

/** Bands 0-10 as defined in ../shared/eval/LABELS.md. */
export const Band = z.number().int().min(0).max(10);
export type Band = z.infer<typeof Band>;

export const BAND_NAMES: Record<number, string> = {
  0: 'Intern',
  1: 'Associate',
  2: 'Mid-level',
  3: 'Senior',
  4: 'Lead / Staff',
  5: 'Principal / Group',
  6: 'Director',
  7: 'Senior Director / Head',
  8: 'Vice President',
  9: 'Senior / Executive VP',
  10: 'Chief',
};

/** An id: lower-case words joined by hyphens. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, like "senior-product-manager"');

/**
 * Where a fact comes from: `seed:NNN` names a seed article by its number (see framework/sources.yaml),
 * `ref:ID` a published source listed there (a public career framework, a study),
 * `decision:ID` names a recorded decision, made where the seeds disagree or are silent,
 * `company:TEXT` is a company framework's own statement (its pay bands, its titles).
 */
export const SourceRef = z
  .string()
  .regex(
    /^(seed:\d{3}|ref:[a-z0-9]+(-[a-z0-9]+)*|decision:[a-z0-9]+(-[a-z0-9]+)*|company:.+)$/,
    'must be "seed:NNN", "ref:some-id", "decision:some-id" or "company:..."',
  );
export type SourceRef = z.infer<typeof SourceRef>;
const Sources = z.array(SourceRef).min(1, 'every fact needs at least one source');

/** A sourced sentence: the unit of every list of responsibilities, skills and criteria. */
export const Fact = z.strictObject({
  text: z.string().trim().min(3),
  source: Sources,
});
export type Fact = z.infer<typeof Fact>;

export const CompanySize = z.enum(['any', 'small', 'medium', 'large']);
export type CompanySize = z.infer<typeof CompanySize>;

/**
 * Where a small company ends and a large one begins, in people (everyone, not only product):
 * small below `mediumFrom`, large above `mediumUpTo`. Data, so a company framework can move them.
 */
export const CompanySizes = z
  .strictObject({
    mediumFrom: z.number().int().positive(),
    mediumUpTo: z.number().int().positive(),
    source: Sources,
  })
  .refine((c) => c.mediumFrom <= c.mediumUpTo, { message: 'mediumFrom must not exceed mediumUpTo' });
export type CompanySizes = z.infer<typeof CompanySizes>;

/** A typical reporting line, with the company size it holds for. */
export const ReportingLine = z.strictObject({
  role: Id.describe('the role id on the other end of the line; "ceo" for the chief executive'),
  when: CompanySize.default('any'),
  note: z.string().optional(),
  source: Sources,
});
export type ReportingLine = z.infer<typeof ReportingLine>;

export const AliasKind = z.enum(['title', 'abbreviation', 'translation', 'company']);
export const Alias = z.strictObject({
  name: z.string().trim().min(1),
  kind: AliasKind.default('title'),
  /** ISO 639-1 language code, for translations. */
  lang: z.string().regex(/^[a-z]{2}$/).optional(),
  source: Sources,
});
export type Alias = z.infer<typeof Alias>;

export const Period = z.enum(['year', 'month', 'hour']);
export const PayRange = z
  .strictObject({
    region: z.string().min(2).describe('"US", "Europe", "UK", ... as the source states it'),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like USD or EUR'),
    period: Period.default('year'),
    min: z.number().nonnegative().nullable(),
    max: z.number().nonnegative().nullable(),
    /** How the source phrased it: "from around", "up to", "around". */
    note: z.string().optional(),
    source: Sources,
  })
  .refine((p) => p.min !== null || p.max !== null, { message: 'a pay range needs a min or a max' })
  .refine((p) => p.min === null || p.max === null || p.min <= p.max, { message: 'min must not exceed max' });
export type PayRange = z.infer<typeof PayRange>;

export const Codes = z.strictObject({
  isco08: z.string().regex(/^\d{4}$/).optional(),
  onetSoc: z.string().regex(/^\d{2}-\d{4}\.\d{2}$/).optional(),
  esco: z.string().url().optional(),
  note: z.string().optional(),
  source: Sources,
});
export type Codes = z.infer<typeof Codes>;

export const Role = z.strictObject({
  id: Id,
  title: z.string().trim().min(2),
  family: AnyFamilyId,
  band: Band,
  track: Track,
  /** False where the title alone does not say whether the holder manages people (a bare "Product Lead"). */
  titleSettlesTrack: z.boolean().default(true),
  /** Specialities this role is a variant for, e.g. "technical" for the Technical PM. */
  specialty: z.string().optional(),
  summary: Fact,
  responsibilities: z.array(Fact).min(1),
  skills: z.array(Fact).min(1),
  /** What it takes to reach the next role on the ladder. Empty only at the top. */
  levelUp: z.array(Fact).default([]),
  reportsTo: z.array(ReportingLine).default([]),
  directReports: z.array(ReportingLine).default([]),
  aliases: z.array(Alias).default([]),
  pay: z.array(PayRange).default([]),
  codes: Codes.optional(),
  /** Typical years in the role before a move, where a source gives it. */
  typicalTenure: z.strictObject({ minYears: z.number(), maxYears: z.number(), source: Sources }).optional(),
  /**
   * Set where the role may be held without direct reports (a director who is an individual
   * contributor): the org audit then does not call such a holder an inflated title.
   */
  mayHaveNoReports: z.strictObject({ note: z.string().optional(), source: Sources }).optional(),
});
export type Role = z.infer<typeof Role>;
export type RoleInput = z.input<typeof Role>;

/** The move kinds (see step-kind.ts: a move's kind follows from its two ends) and contrasts, which are no move. */
export const RelationKind = z.enum(['promotion', 'track-switch', 'lateral', 'step-down', 'contrast']);
export type RelationKind = z.infer<typeof RelationKind>;
export const Relation = z.strictObject({
  kind: RelationKind,
  from: Id,
  to: Id,
  /** What must be shown to make the move; for a contrast, how the two roles differ. */
  criteria: z.array(Fact).default([]),
  /** For lateral moves: what carries over. */
  transfers: z.array(Fact).default([]),
  /** For lateral moves: what must be learned. */
  toLearn: z.array(Fact).default([]),
  source: Sources,
});
export type Relation = z.infer<typeof Relation>;

export const Family = z.strictObject({
  id: AnyFamilyId,
  name: z.string(),
  /** Contrast families are not product roles; they exist to explain what a product role is not. */
  contrast: z.boolean().default(false),
  summary: Fact,
});
export type Family = z.infer<typeof Family>;

/**
 * A specialty of product management (technical, growth…): what changes in scope and skills against
 * a generalist, and the typical experience per band only where a published source gives it.
 */
export const Specialty = z.strictObject({
  id: Id,
  name: z.string().trim().min(2),
  summary: Fact,
  /** What changes in the scope of the work. */
  scope: z.array(Fact).min(1),
  /** What changes in the skills it takes. */
  skills: z.array(Fact).min(1),
  /** Typical experience at a band, each from a published source; empty where no source gives it. */
  typicalExperience: z.array(z.strictObject({ band: Band, text: z.string().trim().min(3), source: Sources })).default([]),
});
export type Specialty = z.infer<typeof Specialty>;

/** One data file of the framework: a family with its roles, a file of relations, the specialties or the company-size cut-offs. */
export const FrameworkFile = z.strictObject({
  family: Family.optional(),
  roles: z.array(Role).default([]),
  relations: z.array(Relation).default([]),
  specialties: z.array(Specialty).default([]),
  companySizes: CompanySizes.optional(),
});
export type FrameworkFile = z.infer<typeof FrameworkFile>;

export const Seed = z.strictObject({
  id: z.string().regex(/^\d{3}$/),
  file: z.string(),
  title: z.string(),
  note: z.string().optional(),
});
export const Decision = z.strictObject({
  id: Id,
  topic: z.string(),
  /** What the seeds say, and where they disagree or are silent. */
  seedsSay: z.string(),
  decided: z.string(),
  reason: z.string(),
  seeds: z.array(z.string().regex(/^\d{3}$/)).default([]),
});
export type Decision = z.infer<typeof Decision>;
/** A published source beyond the seeds: a public career framework, a study. Facts only are taken. */
export const Reference = z.strictObject({
  id: Id,
  title: z.string().min(2),
  publisher: z.string().min(2),
  /** The year of the page, or null where it gives none. */
  year: z.number().int().nullable(),
  url: z.string().url(),
  /** What the framework takes from it. */
  supports: z.string().min(10),
});
export type Reference = z.infer<typeof Reference>;
export const SourcesFile = z.strictObject({
  seeds: z.array(Seed).min(1),
  references: z.array(Reference).default([]),
  decisions: z.array(Decision).default([]),
});
export type SourcesFile = z.infer<typeof SourcesFile>;

/** The assembled, cross-checked framework. */
export interface Framework {
  name: string;
  families: Family[];
  roles: Role[];
  relations: Relation[];
  sources: SourcesFile;
  /** Company titles mapped to role ids, from a company framework. */
  titleMap: Record<string, string>;
  /** Company levels, e.g. "L6", mapped to bands. */
  levels: CompanyLevel[];
  /** The company-size cut-offs reporting lines and org design use; null where no file gives them. */
  companySizes: CompanySizes | null;
  /** Product management specialties, where sources describe them. */
  specialties: Specialty[];
}

export const CompanyLevel = z.strictObject({
  id: z.string().min(1),
  band: Band,
  track: Track.optional(),
  family: FamilyId.optional(),
  name: z.string().optional(),
});
export type CompanyLevel = z.infer<typeof CompanyLevel>;

/**
 * A company framework file: extends the built-in framework (or another file) and overrides it.
 */
export const CompanyFramework = z.strictObject({
  name: z.string().min(1),
  extends: z.string().default('builtin'),
  /** Rename a role's title for this company: { "senior-product-manager": "Product Manager III" }. */
  rename: z.record(Id, z.string().min(2)).default({}),
  /** Replace fields of a built-in role. */
  override: z.record(Id, Role.partial().omit({ id: true })).default({}),
  roles: z.array(Role).default([]),
  relations: z.array(Relation).default([]),
  levels: z.array(CompanyLevel).default([]),
  /** The company's own titles mapped to role ids: { "PM II": "product-manager" }. */
  titles: z.record(z.string().min(1), Id).default({}),
  /** Extra pay bands: { "product-manager": [ { region, currency, min, max, source } ] }. */
  pay: z.record(Id, z.array(PayRange)).default({}),
  /** The company's own size cut-offs, replacing the built-in ones. */
  companySizes: CompanySizes.optional(),
});
export type CompanyFramework = z.infer<typeof CompanyFramework>;
