import type { CompanyPayBand } from '../framework/schema.js';
import { toCsv } from '../csv-writer.js';
import type { PayBands, PayGroup } from './pay-bands.js';

const PER: Record<string, string> = { year: 'a year', month: 'a month', week: 'a week', hour: 'an hour' };
const fmt = (n: number | null) => (n === null ? '–' : n.toLocaleString('en-US', { maximumFractionDigits: 2 }));

function withheldText(g: PayGroup, minGroup: number): string {
  return g.withheld === 'small-group' ? `not shown: fewer than ${minGroup} people` : `not shown: a wider group has fewer than ${minGroup} people outside it`;
}

/** The terminal table: one block per currency and period, one line per group. */
export function payText(r: PayBands, options: { people?: boolean } = {}): string {
  const lines: string[] = [];
  let block = '';
  for (const g of r.groups) {
    const head = `${g.currency} ${PER[g.period]}`;
    if (head !== block) {
      if (block) lines.push('');
      block = head;
      lines.push(`Pay by ${r.by.join(', ')} (${head})`);
      lines.push(`  ${[...r.by.map((d) => d.padEnd(22)), 'people'.padStart(7), 'p10'.padStart(11), 'p25'.padStart(11), 'median'.padStart(11), 'p75'.padStart(11), 'p90'.padStart(11)].join(' ')}`);
    }
    const dims = r.by.map((d) => (g.values[d] ?? '').slice(0, 22).padEnd(22));
    const figs = g.figures ? [g.figures.p10, g.figures.p25, g.figures.median, g.figures.p75, g.figures.p90].map((x) => fmt(x).padStart(11)) : [`  ${withheldText(g, r.minGroup)}`];
    lines.push(`  ${[...dims, String(g.count).padStart(7), ...figs].join(' ')}`);
  }
  if (!r.groups.length) lines.push('No pay to show: nobody in post has a salary with a currency.');
  lines.push('');
  lines.push(`Groups under ${r.minGroup} people, and groups a wider group would give away, show no figures; groups under 11 show no 10th or 90th percentile.`);
  if (r.conversions.length) lines.push(`Converted to yearly pay: ${r.conversions.join('; ')}.`);
  if (r.excluded.length) lines.push(`Left out: ${r.excluded.length} ${r.excluded.length === 1 ? 'person' : 'people'} (${summariseReasons(r.excluded)}).`);
  const flagged = r.outliers.length;
  lines.push(`Outliers (compa-ratio below ${r.outlierBand.low} or above ${r.outlierBand.high}): ${flagged}${options.people || !flagged ? '' : ' (list them with --people)'}`);
  if (options.people) for (const o of r.outliers.slice(0, 100)) lines.push(`  ${o.id}: compa-ratio ${o.compaRatio}`);
  if (options.people && flagged > 100) lines.push(`  … and ${flagged - 100} more`);
  return `${lines.join('\n')}\n`;
}

function summariseReasons(excluded: PayBands['excluded']): string {
  const counts = new Map<string, number>();
  for (const e of excluded) counts.set(e.reason, (counts.get(e.reason) ?? 0) + 1);
  return [...counts].map(([r, n]) => `${n} ${r}`).join(', ');
}

/** The JSON report; per-person lines (compa-ratios, outliers) only when asked for. */
export function payJson(r: PayBands, options: { people?: boolean } = {}): Record<string, unknown> {
  const base: Record<string, unknown> = {
    by: r.by,
    minGroup: r.minGroup,
    groups: r.groups,
    outlierBand: r.outlierBand,
    outliers: options.people ? r.outliers : r.outliers.length,
    excluded: options.people ? r.excluded : r.excluded.length,
    conversions: r.conversions,
  };
  if (options.people) base.people = r.people;
  return base;
}

/** One CSV line per group; text cells cannot start a formula. */
export function payCsv(r: PayBands): string {
  const head = [...r.by, 'currency', 'period', 'people', 'p10', 'p25', 'median', 'p75', 'p90', 'withheld'];
  const rows = r.groups.map((g) =>
    [...r.by.map((d) => g.values[d] ?? ''), g.currency, g.period, String(g.count), ...(g.figures ? [g.figures.p10, g.figures.p25, g.figures.median, g.figures.p75, g.figures.p90].map((x) => (x === null ? '' : String(x))) : ['', '', '', '', '']), g.withheld ?? ''],
  );
  return toCsv([head, ...rows], { newline: '\n' });
}

/**
 * The pay section of a company framework file: per role (and location, when grouped by it) the
 * range from the 10th to the 90th percentile (the 25th to the 75th in groups under 11 people), in
 * the format examples/company-framework.yaml uses.
 * Groups without figures, and people whose title is not a role of the ladder, give no range.
 */
export function payFrameworkSection(r: PayBands, source: string): Record<string, CompanyPayBand[]> {
  if (!r.by.includes('role')) throw new Error('pay bands for a framework file are grouped by role');
  const out: Record<string, CompanyPayBand[]> = {};
  for (const g of r.groups) {
    const role = g.values.role;
    if (!g.figures || !role || role === 'unrecognised') continue;
    const region = g.values.location && g.values.location !== 'unknown' ? g.values.location : 'All locations';
    const wide = g.figures.p10 !== null && g.figures.p90 !== null;
    if (g.figures.p25 === null || g.figures.p75 === null) continue;
    (out[role] ??= []).push({
      region,
      currency: g.currency,
      period: g.period === 'week' ? 'year' : g.period,
      min: wide ? g.figures.p10! : g.figures.p25,
      max: wide ? g.figures.p90! : g.figures.p75,
      note: `${wide ? '10th to 90th' : '25th to 75th'} percentile of ${g.count} people; median ${fmt(g.figures.median)}`,
      source: [`company:${source}`],
    });
  }
  return out;
}
