import type { CompanyLevel, Framework } from '../framework/schema.js';
import type { Person, ReadTitle } from './types.js';

/**
 * The company's own levels (L4, PM II, E5, IC3, M2…) placed on the ladder's bands, from the titles
 * the people at each level hold: the band most of them read as, how many agree, and who does not
 * fit. Pure: the roster and a title normalizer in, a proposal out.
 */

export interface LevelEvidence {
  level: string;
  /** People in post at this level. */
  people: number;
  /** The band proposed (null when no title at this level reads as a ladder role). */
  band: number | null;
  track: 'ic' | 'management' | null;
  /** Share of the people with a recognised title who read as the proposed band (0–1). */
  agreement: number;
  /** People per band their titles read as ("unrecognised" for titles that are not ladder roles). */
  bands: Record<string, number>;
  /** The most common titles at this level, with counts. */
  titles: { title: string; count: number }[];
}

export interface LevelMisfit {
  id: string;
  title: string;
  level: string;
  /** The band the title reads as. */
  titleBand: number;
  levelBand: number;
}

export interface LevelProposal {
  levels: LevelEvidence[];
  misfits: LevelMisfit[];
  /** Company titles the normalizer could not place, mapped to a role through their holders' level. */
  titles: Record<string, string>;
  /** Levels of one series (L3, L4, L5…) whose proposed bands run against their numbers. */
  warnings: string[];
  /** People in post without a level. */
  withoutLevel: number;
}

export interface LevelOptions {
  /** The title normalizer in the product context. */
  normalize: ReadTitle;
  framework: Framework;
  /** Below this normalizer confidence a title is not used as evidence (default 0.5). */
  minConfidence?: number | undefined;
}

export function proposeLevels(people: readonly Person[], options: LevelOptions): LevelProposal {
  const minConfidence = options.minConfidence ?? 0.5;
  const cache = new Map<string, ReturnType<ReadTitle>>();
  const read = (t: string) => {
    let r = cache.get(t);
    if (!r) cache.set(t, (r = options.normalize(t)));
    return r;
  };
  const byLevel = new Map<string, Person[]>();
  let withoutLevel = 0;
  for (const p of people) {
    if (p.open) continue;
    if (!p.level) {
      withoutLevel++;
      continue;
    }
    let list = byLevel.get(p.level);
    if (!list) byLevel.set(p.level, (list = []));
    list.push(p);
  }

  const levels: LevelEvidence[] = [];
  const misfits: LevelMisfit[] = [];
  for (const [level, list] of byLevel) {
    const bands: Record<string, number> = {};
    const counts = new Map<number, number>();
    const tracks = { ic: 0, management: 0 };
    const titles = new Map<string, number>();
    for (const p of list) {
      titles.set(p.title, (titles.get(p.title) ?? 0) + 1);
      const r = read(p.title);
      const ok = r.level !== null && r.confidence >= minConfidence;
      const k = ok ? `band ${r.level}` : 'unrecognised';
      bands[k] = (bands[k] ?? 0) + 1;
      if (ok) {
        counts.set(r.level!, (counts.get(r.level!) ?? 0) + 1);
        if (r.track) tracks[r.track]++;
      }
    }
    const recognised = [...counts.values()].reduce((a, b) => a + b, 0);
    // The most common band; a tie goes to the lower band (the level's floor, not its stretch).
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    const band = best ? best[0] : null;
    const track = tracks.ic === 0 && tracks.management === 0 ? null : tracks.management > tracks.ic ? 'management' : 'ic';
    levels.push({
      level,
      people: list.length,
      band,
      track,
      agreement: recognised ? Math.round((best![1] / recognised) * 100) / 100 : 0,
      bands,
      titles: [...titles.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5).map(([title, count]) => ({ title, count })),
    });
    if (band === null) continue;
    for (const p of list) {
      const r = read(p.title);
      // Titles that are not ladder roles (engineers, designers) say nothing about the level's band.
      if (r.level === null || r.confidence < minConfidence) continue;
      if (r.level !== band) misfits.push({ id: p.id, title: p.title, level, titleBand: r.level, levelBand: band });
    }
  }
  levels.sort((a, b) => (a.band ?? 99) - (b.band ?? 99) || a.level.localeCompare(b.level, 'en', { numeric: true }));

  // Titles the normalizer cannot place, held at one level only: the level's band and the family
  // of the level's other titles name one role of the ladder.
  const titles: Record<string, string> = {};
  const levelOf = new Map(levels.map((l) => [l.level, l]));
  const titleLevels = new Map<string, Set<string>>();
  for (const [level, list] of byLevel) for (const p of list) (titleLevels.get(p.title) ?? titleLevels.set(p.title, new Set()).get(p.title)!).add(level);
  for (const [title, set] of titleLevels) {
    const r = read(title);
    if (r.roleId && r.confidence >= minConfidence) continue;
    // A title the normalizer reads as another kind of work (engineering, design) is not placed.
    if (r.adjacent || set.size !== 1) continue;
    const ev = levelOf.get([...set][0]!)!;
    if (ev.band === null) continue;
    const family = r.family ?? dominantFamily(byLevel.get(ev.level)!, read, minConfidence);
    if (!family) continue;
    const roles = options.framework.roles.filter((x) => x.family === family && x.band === ev.band && (ev.track === null || x.track === ev.track));
    if (roles.length === 1) titles[title] = roles[0]!.id;
  }

  return { levels, misfits, titles, warnings: seriesWarnings(levels), withoutLevel };
}

function dominantFamily(list: Person[], read: (t: string) => ReturnType<ReadTitle>, minConfidence: number): string | null {
  const counts = new Map<string, number>();
  for (const p of list) {
    const r = read(p.title);
    if (r.family && r.confidence >= minConfidence) counts.set(r.family, (counts.get(r.family) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : null;
}

/** "L4" → { series: "L", n: 4 }; "PM II" → { series: "PM", n: 2 }. */
export function levelNumber(level: string): { series: string; n: number } | null {
  const m = /^(.*?)[\s-]*(\d+|[IVX]+)$/i.exec(level.trim());
  if (!m) return null;
  const raw = m[2]!;
  const n = /^\d+$/.test(raw) ? Number(raw) : roman(raw.toUpperCase());
  return n === null ? null : { series: m[1]!.trim().toUpperCase(), n };
}

function roman(s: string): number | null {
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]!];
    const b = v[s[i + 1]!] ?? 0;
    if (a === undefined) return null;
    total += a < b ? -a : a;
  }
  return total;
}

function seriesWarnings(levels: LevelEvidence[]): string[] {
  const series = new Map<string, { level: string; n: number; band: number }[]>();
  for (const l of levels) {
    const num = levelNumber(l.level);
    if (!num || l.band === null) continue;
    (series.get(num.series) ?? series.set(num.series, []).get(num.series)!).push({ level: l.level, n: num.n, band: l.band });
  }
  const out: string[] = [];
  for (const list of series.values()) {
    list.sort((a, b) => a.n - b.n);
    for (let i = 1; i < list.length; i++) {
      if (list[i]!.band < list[i - 1]!.band) out.push(`${list[i]!.level} reads as band ${list[i]!.band}, below ${list[i - 1]!.level} at band ${list[i - 1]!.band}: check the titles at these levels`);
    }
  }
  return out;
}

/** The levels section of a company framework file. */
export function levelsSection(p: LevelProposal): CompanyLevel[] {
  return p.levels.filter((l) => l.band !== null).map((l) => (l.track ? { id: l.level, band: l.band!, track: l.track } : { id: l.level, band: l.band! }));
}

export function levelsText(p: LevelProposal): string {
  const lines = ['Company levels on the ladder (proposed from the titles people hold)', ''];
  for (const l of p.levels) {
    const where = l.band === null ? 'no ladder band: none of its titles is a ladder role' : `band ${l.band}${l.track ? ` (${l.track === 'ic' ? 'individual contributor' : 'management'})` : ''}, ${Math.round(l.agreement * 100)}% of recognised titles agree`;
    lines.push(`  ${l.level.padEnd(12)} ${String(l.people).padStart(5)} people → ${where}`);
    lines.push(`      titles: ${l.titles.map((t) => `${t.title} ×${t.count}`).join(', ')}`);
    lines.push(`      read as: ${Object.entries(l.bands).sort().map(([b, n]) => `${b} ×${n}`).join(', ')}`);
  }
  if (p.withoutLevel) lines.push('', `${p.withoutLevel} ${p.withoutLevel === 1 ? 'person has' : 'people have'} no level.`);
  for (const w of p.warnings) lines.push(`Warning: ${w}`);
  const titles = Object.entries(p.titles);
  if (titles.length) {
    lines.push('', 'Titles placed through their level:');
    for (const [t, r] of titles) lines.push(`  ${t} → ${r}`);
  }
  lines.push('', `People whose title reads as another band than their level: ${p.misfits.length}`);
  for (const m of p.misfits.slice(0, 50)) lines.push(`  ${m.id} (${m.title}, ${m.level}): title reads as band ${m.titleBand}, level is band ${m.levelBand}`);
  if (p.misfits.length > 50) lines.push(`  … and ${p.misfits.length - 50} more (all of them with --json)`);
  return `${lines.join('\n')}\n`;
}
