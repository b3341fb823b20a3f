/**
 * Draws the second held-out sample of raw titles (fixtures/heldout-sources2.tsv) with a fixed
 * seed, so the draw can be repeated and checked. Prints the drawn rows (title, source file, and
 * the source row's other columns for reference) as TSV; the labels are written by hand.
 *
 *   node --import tsx bench/heldout-sample.ts [SEED] [HARD] [RANDOM]
 *
 * Excluded: every title of the evaluation set, every row of the labelled fixture sets, and every
 * title sharing a run of four words with an evaluation title (all compared folded: lower case,
 * no accents, words only). HARD titles are drawn among those whose filter_hit or text names a
 * look-alike word, word by word so that the rarer words are not drowned by project and
 * production titles: 30 naming product (not production), then 10 for each of project,
 * program(me), production, producer, owner, analyst, marketing, operations (a title counts for
 * the first of these it names); RANDOM more from all the rest, each source file giving its share
 * of the distinct titles.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = process.env.LADDER_SHARED ?? join(ROOT, '..', 'shared');
const SEED = Number(process.argv[2] ?? 20261207);
const HARD = Number(process.argv[3] ?? 110);
const RANDOM = Number(process.argv[4] ?? 110);

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const grams = (t: string): string[] => {
  const w = t.split(' ');
  const out: string[] = [];
  for (let i = 0; i + 4 <= w.length; i++) out.push(w.slice(i, i + 4).join(' '));
  return out;
};

// mulberry32: small, seeded, the same on every machine.
let state = SEED >>> 0;
const rand = (): number => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const shuffle = <T>(a: T[]): T[] => {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
};

const dev = readFileSync(join(SHARED, 'eval', 'dev.tsv'), 'utf8').split('\n').slice(1).map((l) => fold(l.split('\t')[0] ?? '')).filter(Boolean);
const excluded = new Set(dev);
const devGrams = new Set(dev.flatMap(grams));
const fixtures = join(ROOT, 'src', 'core', 'normalize', 'fixtures');
for (const f of readdirSync(fixtures).filter((n) => n.endsWith('.tsv') && n !== 'heldout-sources2.tsv')) {
  for (const l of readFileSync(join(fixtures, f), 'utf8').split('\n').slice(1)) excluded.add(fold(l.split('\t')[0] ?? ''));
}

interface Row { title: string; file: string; hard: string; rest: string }
const HARD_WORDS: readonly (readonly [string, RegExp, number])[] = [
  ['product', /product(?!ion)/i, 30],
  ['project', /project/i, 10],
  ['program', /program/i, 10],
  ['production', /production/i, 10],
  ['producer', /producer/i, 10],
  ['owner', /owner/i, 10],
  ['analyst', /analyst/i, 10],
  ['marketing', /marketing/i, 10],
  ['operations', /operations/i, 10],
];
const titlesDir = join(SHARED, 'data', 'titles');
const bySource = new Map<string, Row[]>();
const seen = new Set<string>();
for (const file of readdirSync(titlesDir).filter((n) => n.endsWith('.tsv')).sort()) {
  const lines = readFileSync(join(titlesDir, file), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const head = lines[0]!.split('\t');
  const ti = head.indexOf('raw_title');
  const hi = head.indexOf('filter_hit');
  const rows: Row[] = [];
  for (const l of lines.slice(1)) {
    const c = l.split('\t');
    const title = (c[ti] ?? '').trim();
    const f = fold(title);
    if (f === '' || seen.has(f)) continue;
    seen.add(f);
    if (excluded.has(f) || grams(f).some((g) => devGrams.has(g))) continue;
    const hit = hi === -1 ? '' : (c[hi] ?? '');
    const word = HARD_WORDS.find(([, re]) => re.test(hit) || re.test(title));
    rows.push({ title, file, hard: word?.[0] ?? '', rest: c.filter((_, i) => i !== ti).join(' | ') });
  }
  bySource.set(file, rows);
}

const all = [...bySource.values()].flat();
const hard = HARD_WORDS.flatMap(([word, , n]) => shuffle(all.filter((r) => r.hard === word)).slice(0, Math.round((n * HARD) / 110)));
const taken = new Set(hard);
const total = all.length;
const random: Row[] = [];
for (const [, rows] of bySource) {
  const share = Math.round((RANDOM * rows.length) / total);
  random.push(...shuffle(rows.filter((r) => !taken.has(r))).slice(0, share));
}
for (const r of hard) process.stdout.write(`${r.title}\t${r.file.replace(/\.tsv$/, '')}\thard:${r.hard}\t${r.rest}\n`);
for (const r of random) process.stdout.write(`${r.title}\t${r.file.replace(/\.tsv$/, '')}\trandom\t${r.rest}\n`);
process.stderr.write(`${all.length} eligible distinct titles; drew ${hard.length} hard, ${random.length} at random\n`);
