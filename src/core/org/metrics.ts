import type { TitleInfo } from './audit.js';
import type { OrgTree } from './tree.js';
import type { Person } from './types.js';

export interface OrgMetrics {
  headcount: {
    /** People in post. */
    people: number;
    openRoles: number;
    /** People in post plus open positions. */
    total: number;
  };
  /** People in post by family; "other" for people outside product (the CEO), "unrecognized" for unknown titles. */
  byFamily: Record<string, number>;
  /** People in post by band, "unknown" where no band is known. */
  byBand: Record<string, number>;
  byTrack: { ic: number; management: number; unknown: number };
  openRoles: { total: number; byFamily: Record<string, number>; byBand: Record<string, number> };
  /** People in post with at least one direct report, and those with none. */
  managers: number;
  ics: number;
  icsPerManager: number | null;
  spans: {
    /** Over managers only. */
    min: number | null;
    median: number | null;
    mean: number | null;
    p90: number | null;
    max: number | null;
    /** Number of managers by span ("1": 4, "2": 7, …). */
    distribution: Record<string, number>;
  };
  layers: {
    /** Levels from the top to the deepest person (the top is 1). */
    max: number;
    /** People by layer. */
    distribution: Record<string, number>;
    /** People in or below a reporting cycle, who have no layer. */
    unreachable: number;
  };
  productLines: number;
  productManagers: { total: number; ics: number; managers: number };
  productOperations: number;
  dottedLines: number;
  pay: { checked: number; outside: number; notChecked: number };
}

export function computeMetrics(input: {
  people: readonly Person[];
  info: readonly TitleInfo[];
  tree: OrgTree;
  span: Int32Array;
  unreachable: number;
  pay: { checked: number; outside: number; notChecked: number };
  productLines: number;
  pms: number;
  pmIcs: number;
  pmManagers: number;
  ops: number;
}): OrgMetrics {
  const { people, info, tree, span } = input;
  const n = people.length;
  const byFamily: Record<string, number> = {};
  const byBand: Record<string, number> = {};
  const byTrack = { ic: 0, management: 0, unknown: 0 };
  const open = { total: 0, byFamily: {} as Record<string, number>, byBand: {} as Record<string, number> };
  const inc = (o: Record<string, number>, k: string) => (o[k] = (o[k] ?? 0) + 1);
  const spans: number[] = [];
  const layers: Record<string, number> = {};
  let maxDepth = 0;
  let dotted = 0;
  for (let i = 0; i < n; i++) {
    const p = people[i]!;
    const t = info[i]!;
    const family = t.recognized ? t.family! : t.external ? 'other' : 'unrecognized';
    const band = t.band === null ? 'unknown' : String(t.band);
    dotted += p.dottedLineIds?.length ?? 0;
    const d = tree.depth[i]!;
    if (d > 0) inc(layers, String(d));
    if (d > maxDepth) maxDepth = d;
    if (p.open) {
      open.total++;
      inc(open.byFamily, family);
      inc(open.byBand, band);
      continue;
    }
    inc(byFamily, family);
    inc(byBand, band);
    if (tree.children[i]) spans.push(span[i]!);
    if (t.track === 'ic') byTrack.ic++;
    else if (t.track === 'management') byTrack.management++;
    else byTrack.unknown++;
  }
  spans.sort((a, b) => a - b);
  const distribution: Record<string, number> = {};
  for (const s of spans) inc(distribution, String(s));
  const managers = spans.length;
  const q = (f: number) => (spans.length ? spans[Math.min(spans.length - 1, Math.floor(f * (spans.length - 1) + 0.5))]! : null);
  const filled = n - open.total;
  const ics = filled - managers;
  return {
    headcount: { people: filled, openRoles: open.total, total: n },
    byFamily: sortKeys(byFamily),
    byBand: sortKeys(byBand),
    byTrack,
    openRoles: { total: open.total, byFamily: sortKeys(open.byFamily), byBand: sortKeys(open.byBand) },
    managers,
    ics,
    icsPerManager: managers ? round(ics / managers) : null,
    spans: {
      min: spans.length ? spans[0]! : null,
      median: q(0.5),
      mean: spans.length ? round(spans.reduce((a, b) => a + b, 0) / spans.length) : null,
      p90: q(0.9),
      max: spans.length ? spans[spans.length - 1]! : null,
      distribution: sortKeys(distribution),
    },
    layers: { max: maxDepth, distribution: sortKeys(layers), unreachable: input.unreachable },
    productLines: input.productLines,
    productManagers: { total: input.pms, ics: input.pmIcs, managers: input.pmManagers },
    productOperations: input.ops,
    dottedLines: dotted,
    pay: input.pay,
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Numbers in numeric order, then words. */
function sortKeys(o: Record<string, number>): Record<string, number> {
  const keys = Object.keys(o).sort((a, b) => {
    const na = Number(a), nb = Number(b);
    if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
    if (Number.isFinite(na)) return -1;
    if (Number.isFinite(nb)) return 1;
    return o[b]! - o[a]! || a.localeCompare(b);
  });
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = o[k]!;
  return out;
}
