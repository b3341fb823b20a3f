import { LadderError } from '../errors.js';
import { auditRoster, type AuditOptions, type AuditResult } from './audit.js';
import { diffAudits } from './diff.js';
import { isProductFamily } from './roles.js';
import type { Roster } from './types.js';

/**
 * An organisation over time, from two or more roster snapshots: headcount by family and band,
 * spans and layers, the product-to-engineering ratio where engineers are in the roster, and
 * between each snapshot and the next, promotions, joiners and leavers. Pure; the snapshots carry
 * their dates.
 */

export interface TrendPoint {
  date: string;
  file: string;
  people: number;
  openRoles: number;
  /** Product families by id, "engineering", "design" and the like for look-alike families, "other". */
  byFamily: Record<string, number>;
  byBand: Record<string, number>;
  managers: number;
  spans: { median: number | null; mean: number | null; max: number | null };
  layers: number;
  product: number;
  engineering: number;
  /** Engineers per person in product (null when the roster has no engineers or no product people). */
  engineersPerProduct: number | null;
}

export interface TrendStep {
  from: string;
  to: string;
  joiners: number;
  leavers: number;
  promotions: number;
  demotions: number;
  moves: number;
  /** People in post at the start of the step who left, as a share (0–1). */
  attrition: number | null;
}

export interface OrgTrend {
  points: TrendPoint[];
  steps: TrendStep[];
}

export interface Snapshot {
  roster: Roster;
  /** YYYY-MM-DD. */
  date: string;
}

export function orgTrend(snapshots: readonly Snapshot[], options: AuditOptions): OrgTrend {
  if (snapshots.length < 2) {
    throw new LadderError('trend-needs-two', 'a trend needs two or more rosters', { issues: [{ code: 'trend-needs-two', field: 'rosters', value: snapshots.length, message: 'give two or more rosters' }] });
  }
  const sorted = [...snapshots].sort((a, b) => a.date.localeCompare(b.date));
  const dates = new Set<string>();
  for (const s of sorted) {
    if (dates.has(s.date)) {
      throw new LadderError('trend-same-date', `two rosters have the same date, ${s.date}; give each its date`, { issues: [{ code: 'trend-same-date', file: s.roster.file, field: 'date', value: s.date, message: 'dates must differ' }] });
    }
    dates.add(s.date);
  }
  const audits = sorted.map((s) => auditRoster(s.roster, options));
  const points = sorted.map((s, i) => point(s, audits[i]!));
  const steps: TrendStep[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const d = diffAudits(sorted[i - 1]!.roster, sorted[i]!.roster, audits[i - 1]!, audits[i]!);
    const joiners = d.added.filter((p) => !p.open).length + d.filled.length;
    const leavers = d.removed.filter((p) => !p.open).length + d.vacated.length;
    const start = points[i - 1]!.people;
    steps.push({
      from: sorted[i - 1]!.date,
      to: sorted[i]!.date,
      joiners,
      leavers,
      promotions: d.promotions.length,
      demotions: d.demotions.length,
      moves: d.moves.length,
      attrition: start ? Math.round((leavers / start) * 1000) / 1000 : null,
    });
  }
  return { points, steps };
}

function point(s: Snapshot, a: AuditResult): TrendPoint {
  const byFamily: Record<string, number> = {};
  let product = 0;
  let engineering = 0;
  a.people.forEach((p) => {
    if (p.open) return;
    const i = p.info;
    const family = i.family && i.recognized ? i.family : (i.adjacent ?? (i.external === 'cto' ? 'engineering' : 'other'));
    byFamily[family] = (byFamily[family] ?? 0) + 1;
    if (isProductFamily(i.family) && i.recognized) product++;
    else if (family === 'engineering') engineering++;
  });
  const m = a.metrics;
  return {
    date: s.date,
    file: s.roster.file,
    people: m.headcount.people,
    openRoles: m.openRoles.total,
    byFamily,
    byBand: m.byBand,
    managers: m.managers,
    spans: { median: m.spans.median, mean: m.spans.mean, max: m.spans.max },
    layers: m.layers.max,
    product,
    engineering,
    engineersPerProduct: product && engineering ? Math.round((engineering / product) * 100) / 100 : null,
  };
}

export function trendText(t: OrgTrend): string {
  const lines: string[] = ['Organisation over time', ''];
  const families = [...new Set(t.points.flatMap((p) => Object.keys(p.byFamily)))].sort((a, b) => (isProductFamily(a) === isProductFamily(b) ? a.localeCompare(b) : isProductFamily(a) ? -1 : 1));
  const bands = [...new Set(t.points.flatMap((p) => Object.keys(p.byBand)))].sort((a, b) => (a === 'unknown' ? 1 : b === 'unknown' ? -1 : Number(a) - Number(b)));
  const col = (s: string) => s.padStart(12);
  lines.push(`  ${''.padEnd(28)}${t.points.map((p) => col(p.date)).join('')}`);
  const row = (label: string, f: (p: TrendPoint) => string) => lines.push(`  ${label.padEnd(28)}${t.points.map((p) => col(f(p))).join('')}`);
  row('people', (p) => String(p.people));
  row('open roles', (p) => String(p.openRoles));
  for (const f of families) row(`  ${f}`, (p) => String(p.byFamily[f] ?? 0));
  for (const b of bands) row(`  band ${b}`, (p) => String(p.byBand[b] ?? 0));
  row('managers', (p) => String(p.managers));
  row('median span', (p) => (p.spans.median === null ? '–' : String(p.spans.median)));
  row('widest span', (p) => (p.spans.max === null ? '–' : String(p.spans.max)));
  row('layers', (p) => String(p.layers));
  if (t.points.some((p) => p.engineersPerProduct !== null)) row('engineers per product person', (p) => (p.engineersPerProduct === null ? '–' : String(p.engineersPerProduct)));
  lines.push('');
  for (const s of t.steps) {
    lines.push(`  ${s.from} → ${s.to}: ${s.joiners} joined, ${s.leavers} left${s.attrition === null ? '' : ` (${Math.round(s.attrition * 1000) / 10}%)`}, ${s.promotions} promoted, ${s.demotions} moved down a band, ${s.moves} changed manager`);
  }
  return `${lines.join('\n')}\n`;
}
