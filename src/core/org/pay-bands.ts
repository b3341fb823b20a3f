import { LadderError } from '../errors.js';
import type { PayPeriod, Person, ReadTitle } from './types.js';

/**
 * The company's own pay bands, worked out from its roster: pay by band (and location, family,
 * role or company level when asked) with percentiles, each person's compa-ratio against their
 * group's median, and outliers. Pure.
 *
 * Privacy: a group with fewer than `minGroup` people (5 by default, never below 3) shows no
 * figures; and a group is also held back when a coarser grouping that contains it (the same
 * groups with one or more of the `by` dimensions dropped, up to everyone paid in the currency)
 * has between 1 and minGroup − 1 people outside it, because comparing the two would come close to
 * one person's pay. The rule looks only at the roster, never at what another run printed, so it
 * holds across any set of outputs made with the same minimum. Only percentiles are given: no
 * sums or means, which differencing would turn into a person's pay directly, and no figure that
 * depends on a group's lowest or highest pay (see MIN_GROUP_FOR_P10).
 */

export const PAY_DIMENSIONS = ['band', 'family', 'location', 'role', 'level'] as const;
export type PayDimension = (typeof PAY_DIMENSIONS)[number];
export const MIN_GROUP_FLOOR = 3;

export interface PayBandOptions {
  /** The title normalizer in the product context (a roster is a product organisation). */
  normalize: ReadTitle;
  by?: readonly PayDimension[] | undefined;
  /** Groups smaller than this show no figures (default 5, never below 3). */
  minGroup?: number | undefined;
  /** Currency for salaries without one; none by default (such salaries are left out). */
  defaultCurrency?: string | null | undefined;
  /** Monthly pay × this = yearly pay (12, or 13 or 14 where that is the custom). Without it monthly pay stays monthly. */
  monthsPerYear?: number | undefined;
  /** Weekly pay × this = yearly pay. */
  weeksPerYear?: number | undefined;
  /** Hourly pay × this = yearly pay; without it a person's hours a week × 52 is used when the roster gives them. */
  hoursPerYear?: number | undefined;
  /** Compa-ratios below 1 − outlier or above 1 + outlier are listed as outliers (default 0.2: 80%–120%). */
  outlier?: number | undefined;
}

export interface PayFigures {
  /** Null in groups under 11 people, where it would lean on the group's lowest pay. */
  p10: number | null;
  /** Null in groups under 5 people (possible with a minimum of 3 or 4), for the same reason. */
  p25: number | null;
  median: number;
  p75: number | null;
  /** Null in groups under 11 people, where it would lean on the group's highest pay. */
  p90: number | null;
}

/**
 * From this many people the 10th and 90th percentiles fall between the second and third lowest
 * (highest) pay; in smaller groups they interpolate with the lowest (highest), which a reader
 * could work back from the 25th (75th) percentile. No figure ever depends on the extremes.
 */
export const MIN_GROUP_FOR_P10 = 11;
/** The same for the 25th and 75th percentiles. */
export const MIN_GROUP_FOR_QUARTILES = 5;

export interface PayGroup {
  /** The group's value for each `by` dimension ("band 3", "London", "product-management"). */
  values: Partial<Record<PayDimension, string>>;
  currency: string;
  period: PayPeriod;
  count: number;
  /** Why no figures are shown: too few people, or too few people outside it in a coarser group. */
  withheld: 'small-group' | 'complementary' | null;
  figures: PayFigures | null;
}

export interface PayPerson {
  id: string;
  /** Index into `groups`. */
  group: number;
  /** The pay as compared: yearly when converted, otherwise per the roster's period. */
  amount: number;
  compaRatio: number | null;
}

export interface PayBands {
  by: PayDimension[];
  minGroup: number;
  groups: PayGroup[];
  /** Everyone compared, with compa-ratios (null in withheld groups). */
  people: PayPerson[];
  /** People whose compa-ratio is outside 1 ± outlier. */
  outliers: PayPerson[];
  outlierBand: { low: number; high: number };
  /** People in post left out, with why (no salary, no currency). */
  excluded: { id: string; reason: string }[];
  /** How pay in other periods was turned into yearly pay, as said. */
  conversions: string[];
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The p-th percentile (0–1) of sorted numbers, interpolating between ranks (Excel's PERCENTILE.INC). */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) throw new Error('percentile of nothing');
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function checkMinGroup(n: number | undefined): number {
  const v = n ?? 5;
  if (!Number.isInteger(v) || v < MIN_GROUP_FLOOR) {
    throw new LadderError('invalid-option', `the smallest group shown must be a whole number of at least ${MIN_GROUP_FLOOR}, not ${v}: smaller groups would let a reader work out one person's pay`, {
      issues: [{ code: 'invalid-option', field: 'min-group', value: v, message: `at least ${MIN_GROUP_FLOOR}` }],
    });
  }
  return v;
}

export function parseDimensions(spec: string | readonly string[] | undefined): PayDimension[] {
  if (spec === undefined) return ['band'];
  const parts = (typeof spec === 'string' ? spec.split(',') : spec.flatMap((s) => s.split(','))).map((s) => s.trim().toLowerCase()).filter(Boolean);
  const out: PayDimension[] = [];
  for (const p of parts) {
    if (!(PAY_DIMENSIONS as readonly string[]).includes(p)) {
      throw new LadderError('invalid-option', `--by: "${p}" is not one of ${PAY_DIMENSIONS.join(', ')}`, { issues: [{ code: 'invalid-option', field: 'by', value: p, message: `one of ${PAY_DIMENSIONS.join(', ')}` }] });
    }
    if (!out.includes(p as PayDimension)) out.push(p as PayDimension);
  }
  return out.length ? out : ['band'];
}

/** Pay in a period turned into yearly pay when the roster or the options say how; otherwise as it is. */
function yearly(p: Person, o: PayBandOptions): { amount: number; period: PayPeriod } {
  const period = p.payPeriod ?? 'year';
  const s = p.salary!;
  if (period === 'month' && o.monthsPerYear) return { amount: s * o.monthsPerYear, period: 'year' };
  if (period === 'week' && o.weeksPerYear) return { amount: s * o.weeksPerYear, period: 'year' };
  if (period === 'hour') {
    if (o.hoursPerYear) return { amount: s * o.hoursPerYear, period: 'year' };
    if (p.hoursPerWeek) return { amount: s * p.hoursPerWeek * 52, period: 'year' };
  }
  return { amount: s, period };
}

export function payBands(people: readonly Person[], options: PayBandOptions): PayBands {
  const by = [...(options.by ?? ['band'])];
  const minGroup = checkMinGroup(options.minGroup);
  const outlier = options.outlier ?? 0.2;
  const titleCache = new Map<string, ReturnType<ReadTitle>>();
  const norm = (t: string) => {
    let r = titleCache.get(t);
    if (!r) titleCache.set(t, (r = options.normalize(t)));
    return r;
  };
  const valueOf = (p: Person, d: PayDimension): string => {
    switch (d) {
      case 'band': {
        const l = norm(p.title).level;
        return l === null ? 'unknown' : `band ${l}`;
      }
      case 'family':
        return norm(p.title).family ?? 'other';
      case 'role':
        return norm(p.title).roleId ?? 'unrecognised';
      case 'location':
        return p.location ?? 'unknown';
      case 'level':
        return p.level ?? 'unknown';
    }
  };

  const excluded: PayBands['excluded'] = [];
  interface Entry { person: Person; amount: number; period: PayPeriod; currency: string; values: string[] }
  const entries: Entry[] = [];
  const conversions = new Set<string>();
  for (const p of people) {
    if (p.open) continue;
    if (p.salary === undefined) {
      excluded.push({ id: p.id, reason: 'no salary' });
      continue;
    }
    const currency = p.currency ?? options.defaultCurrency ?? null;
    if (!currency) {
      excluded.push({ id: p.id, reason: 'no currency' });
      continue;
    }
    const y = yearly(p, options);
    if ((p.payPeriod ?? 'year') !== y.period) conversions.add(conversionNote(p, options));
    entries.push({ person: p, amount: y.amount, period: y.period, currency, values: by.map((d) => valueOf(p, d)) });
  }

  // Groups at the finest level, and the people counts of every coarser grouping.
  const key = (e: Entry, keep: number) => `${e.currency}\u0000${e.period}\u0000${e.values.map((v, i) => ((keep >> i) & 1 ? v : '*')).join('\u0000')}`;
  const full = (1 << by.length) - 1;
  const counts = new Map<string, number>();
  const groupsByKey = new Map<string, Entry[]>();
  for (const e of entries) {
    for (let keep = 0; keep <= full; keep++) {
      const k = key(e, keep);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const k = key(e, full);
    let list = groupsByKey.get(k);
    if (!list) groupsByKey.set(k, (list = []));
    list.push(e);
  }

  const ordered = [...groupsByKey.values()].sort((a, b) => {
    const x = a[0]!;
    const y = b[0]!;
    return x.currency.localeCompare(y.currency) || x.period.localeCompare(y.period) || compareValues(x.values, y.values);
  });
  const groups: PayGroup[] = [];
  const out: PayPerson[] = [];
  for (const list of ordered) {
    const e0 = list[0]!;
    const n = list.length;
    let withheld: PayGroup['withheld'] = n < minGroup ? 'small-group' : null;
    if (!withheld) {
      // Every coarser grouping: the bits of `keep` say which `by` dimensions it keeps.
      for (let keep = 0; keep < full; keep++) {
        const rest = counts.get(key(e0, keep))! - n;
        if (rest > 0 && rest < minGroup) {
          withheld = 'complementary';
          break;
        }
      }
    }
    const sorted = list.map((e) => e.amount).sort((a, b) => a - b);
    const tails = n >= MIN_GROUP_FOR_P10;
    const quartiles = n >= MIN_GROUP_FOR_QUARTILES;
    const figures = withheld
      ? null
      : {
          p10: tails ? round(percentile(sorted, 0.1)) : null,
          p25: quartiles ? round(percentile(sorted, 0.25)) : null,
          median: round(percentile(sorted, 0.5)),
          p75: quartiles ? round(percentile(sorted, 0.75)) : null,
          p90: tails ? round(percentile(sorted, 0.9)) : null,
        };
    const values: Partial<Record<PayDimension, string>> = {};
    by.forEach((d, i) => (values[d] = e0.values[i]!));
    const index = groups.length;
    groups.push({ values, currency: e0.currency, period: e0.period, count: n, withheld, figures });
    const median = figures ? percentile(sorted, 0.5) : null;
    for (const e of list) out.push({ id: e.person.id, group: index, amount: e.amount, compaRatio: median ? Math.round((e.amount / median) * 1000) / 1000 : null });
  }
  const low = round(1 - outlier);
  const high = round(1 + outlier);
  const outliers = out.filter((p) => p.compaRatio !== null && (p.compaRatio < low || p.compaRatio > high)).sort((a, b) => Math.abs(b.compaRatio! - 1) - Math.abs(a.compaRatio! - 1));
  return { by, minGroup, groups, people: out, outliers, outlierBand: { low, high }, excluded, conversions: [...conversions].sort() };
}

function conversionNote(p: Person, o: PayBandOptions): string {
  switch (p.payPeriod) {
    case 'month':
      return `monthly pay × ${o.monthsPerYear} months`;
    case 'week':
      return `weekly pay × ${o.weeksPerYear} weeks`;
    default:
      return o.hoursPerYear ? `hourly pay × ${o.hoursPerYear} hours a year` : 'hourly pay × the roster\'s hours a week × 52 weeks';
  }
}

/** "band 2" before "band 10"; "unknown" last. */
function compareValues(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x === 'unknown' || x === 'unrecognised' || x === 'other') return 1;
    if (y === 'unknown' || y === 'unrecognised' || y === 'other') return -1;
    return x.localeCompare(y, 'en', { numeric: true });
  }
  return 0;
}
