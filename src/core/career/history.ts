import type { AssessmentRecord } from './assessment-record.js';
import type { CompetencyMatrix } from './competencies.js';

export interface ProgressEntry {
  id: string;
  date: string;
  role: string | null;
  supportedBand: number | null;
  readiness: number | null;
  nextRole: string | null;
}

export interface CompetencyProgress {
  id: string;
  name: string;
  /** The level at each entry, oldest first; null below the lowest level or when not assessed. */
  series: (number | null)[];
  first: number | null;
  previous: number | null;
  now: number | null;
  /** Bands gained since the first and the previous assessment (null when one side has no level). */
  sinceFirst: number | null;
  sincePrevious: number | null;
}

export interface Progress {
  person: string;
  family: string;
  entries: ProgressEntry[];
  competencies: CompetencyProgress[];
}

export const personKey = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** The assessments of one person in one family, oldest first. */
export function assessmentsOf(records: AssessmentRecord[], person: string, family?: string): AssessmentRecord[] {
  const key = personKey(person);
  return records
    .filter((r) => personKey(r.person) === key && (!family || r.family === family))
    .sort((a, b) => a.date.localeCompare(b.date) || records.indexOf(a) - records.indexOf(b));
}

/**
 * Progress over time: each competency's level at every assessment of the person in the family,
 * then how "now" (the latest, or `current`) compares with the first and the previous one.
 */
export function progress(records: AssessmentRecord[], current: AssessmentRecord | undefined, matrix?: CompetencyMatrix, person?: string, family?: string): Progress | null {
  const who = current?.person ?? person;
  const fam = current?.family ?? family;
  if (!who) return null;
  const earlier = assessmentsOf(records, who, fam).filter((r) => r.id !== current?.id);
  const all = current ? [...earlier, current] : earlier;
  if (all.length === 0) return null;
  const ids = matrix ? matrix.competencies.map((c) => c.id) : [...new Set(all.flatMap((r) => Object.keys(r.levels)))];
  const names = new Map(matrix?.competencies.map((c) => [c.id, c.name]) ?? []);
  const diff = (a: number | null | undefined, b: number | null | undefined) => (a === null || a === undefined || b === null || b === undefined ? null : b - a);
  return {
    person: all[all.length - 1]!.person,
    family: fam ?? all[0]!.family,
    entries: all.map((r) => ({ id: r.id, date: r.date, role: r.role, supportedBand: r.supportedBand, readiness: r.readiness, nextRole: r.nextRole })),
    competencies: ids.map((id) => {
      const series = all.map((r) => r.levels[id] ?? null);
      const now = series[series.length - 1] ?? null;
      const first = series[0] ?? null;
      const previous = series.length > 1 ? (series[series.length - 2] ?? null) : null;
      return {
        id,
        name: names.get(id) ?? id,
        series,
        first,
        previous,
        now,
        sinceFirst: series.length > 1 ? diff(first, now) : null,
        sincePrevious: series.length > 1 ? diff(previous, now) : null,
      };
    }),
  };
}
