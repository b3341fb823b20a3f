/**
 * The org-structure data model: a roster of people as read from a file, the findings an audit
 * makes about it, and the shape of the normalizer the audit leans on.
 */

/** The roster fields the parser knows; `id`, `name`, `title` and `manager_id` are required columns. */
export const ROSTER_FIELDS = [
  'id',
  'name',
  'title',
  'manager_id',
  'email',
  'first_name',
  'last_name',
  'department',
  'location',
  'product_line',
  'salary',
  'currency',
  'employment_type',
  'open',
  'dotted_line',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];
export const REQUIRED_FIELDS = ['id', 'name', 'title', 'manager_id'] as const satisfies readonly RosterField[];

/** One person (or one open position) of a roster, as read. Strings are trimmed; empty means absent. */
export interface Person {
  id: string;
  name: string;
  title: string;
  /** The manager reference as written: an id, or an e-mail or a name the audit resolves. Null for the top. */
  managerId: string | null;
  /** Line of the file the row starts on (1-based; the CSV header is line 1). */
  line: number;
  email?: string | undefined;
  department?: string | undefined;
  location?: string | undefined;
  productLine?: string | undefined;
  salary?: number | undefined;
  currency?: string | undefined;
  employmentType?: string | undefined;
  /** A position to be hired rather than a person. */
  open: boolean;
  /** Dotted-line (matrix) manager references. */
  dottedLineIds: string[];
}

/** A row the parser could not use, with why; the audit still runs on the other rows. */
export interface RejectedRow {
  line: number;
  reason: string;
  /** The row as it stood in the file (a JSON roster gives the element re-serialised). */
  raw: string;
}

/** A value that was present but unusable (a salary that is not a number); the person is kept. */
export interface ValueIssue {
  line: number;
  id: string;
  field: RosterField;
  value: string;
  message: string;
}

export interface ColumnMatch {
  field: RosterField;
  column: string;
  /** How the column was chosen: given with --map, or recognised by its name. */
  by: 'map' | 'name';
}

export interface Roster {
  file: string;
  format: 'csv' | 'json';
  people: Person[];
  rejectedRows: RejectedRow[];
  /** Ids seen more than once: the first row is kept, later ones are rejected. */
  duplicates: { id: string; lines: number[] }[];
  valueIssues: ValueIssue[];
  columns: ColumnMatch[];
  /** Columns of the file no field was matched to. */
  unusedColumns: string[];
}

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const FINDING_CODES = [
  'duplicate-id',
  'missing-manager',
  'self-manager',
  'cycle',
  'multiple-roots',
  'unrecognized-title',
  'level-inversion',
  'span-too-wide',
  'span-too-narrow',
  'too-many-layers',
  'title-inflation',
  'reporting-line',
  'missing-product-ops',
  'ratio',
  'pay-outside-band',
  'bad-value',
  'missing-dotted-manager',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Roster ids of the people concerned; empty for findings about the whole organisation. */
  people: string[];
  message: string;
}

/**
 * What the title normalizer (src/core/normalize) gives for one title. Only these fields are used,
 * so any normalizer with at least this shape can be passed to the audit.
 */
export interface NormalizedTitle {
  family: string | null;
  roleId: string | null;
  canonicalTitle: string | null;
  level: number | null;
  track: 'ic' | 'management' | null;
  confidence: number;
  adjacent?: string | null | undefined;
}
/** A normalizer for titles read in a context: 'general', or 'product' for people in a product organisation. */
export type NormalizeFn = (title: string, context: 'general' | 'product') => NormalizedTitle;

/** Company size buckets as the framework's reporting lines use them; the cut-offs are framework data. */
export { sizeBucket, type SizeBucket } from '../framework/company-size.js';
