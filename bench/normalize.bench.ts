/**
 * The normalizer's figures: titles per second in process (cold and warm), the fuzzysort and
 * fuse.js baselines' speed and accuracy, its own accuracy on the labelled dev set, and a
 * 1,000,000-row CSV through the file command with its peak memory.
 *
 *   npx tsx bench/normalize.bench.ts            (or: npm run bench -- normalize)
 *   BENCH_ROWS=200000 npx tsx bench/normalize.bench.ts
 *
 * Speed is over every raw title in ../shared/data/titles/*.tsv (column raw_title). "Cold" runs
 * with no result cache: every title is read from scratch (the first pass also fills the
 * word memo); "warm" runs with the bounded result cache, as the CLI does. Both wall-clock and
 * CPU-time rates are printed, because a busy machine slows the first and not much the second.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNormalizer } from '../src/core/normalize/index.js';
import { loadBuiltinFramework } from '../src/store/framework-files.js';
import { fuseBaseline, fuzzysortBaseline } from './normalize-baseline.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = process.env.LADDER_SHARED ?? join(ROOT, '..', 'shared');
const TITLES_DIR = join(SHARED, 'data', 'titles');
const SCORER = join(SHARED, 'eval', 'score.mjs');
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);

function loadTitles(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(TITLES_DIR).filter((n) => n.endsWith('.tsv')).sort()) {
    const lines = readFileSync(join(TITLES_DIR, f), 'utf8').split('\n');
    const col = lines[0]!.split('\t').indexOf('raw_title');
    for (const l of lines.slice(1)) {
      const t = l.split('\t')[col];
      if (t) out.push(t);
    }
  }
  return out;
}

interface Rate {
  wall: number;
  cpu: number;
}

/** Runs fn over all titles `passes` times; the best pass's rate, by wall clock and by CPU time. */
function measure(titles: string[], fn: (t: string) => unknown, passes: number): Rate {
  let wall = 0;
  let cpu = 0;
  let sink = 0;
  for (let p = 0; p < passes; p++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < titles.length; i++) if (fn(titles[i]!) !== undefined) sink++;
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    wall = Math.max(wall, titles.length / s);
    cpu = Math.max(cpu, titles.length / ((c.user + c.system) / 1e6));
  }
  if (sink < 0) console.log(sink);
  return { wall, cpu };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const rate = (r: Rate) => `${fmt(r.wall).padStart(11)} titles/s wall  ${fmt(r.cpu).padStart(11)} titles/s CPU`;

function score(command: string[]): Record<string, number> | null {
  if (!existsSync(SCORER)) return null;
  const r = spawnSync(process.execPath, [SCORER, '--json', '--', ...command], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Record<string, number>;
  } catch {
    process.stdout.write(`  scorer failed: ${r.stderr.slice(0, 500)}\n`);
    return null;
  }
}

const scoreLine = (s: Record<string, number> | null) =>
  s ? `exact=${s.exact!.toFixed(3)} family=${s.family!.toFixed(3)} level=${s.level!.toFixed(3)} track=${s.track!.toFixed(3)} precision=${s.detect_precision!.toFixed(3)} recall=${s.detect_recall!.toFixed(3)}` : '(no scorer)';

async function writeCsv(path: string, titles: string[], rows: number): Promise<void> {
  const out = createWriteStream(path);
  const depts = ['Product', 'Engineering', 'Sales', 'Operations', 'Design', 'Finance'];
  let seed = 42;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const q = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  let buf = 'id,name,title,department\n';
  for (let i = 0; i < rows; i++) {
    const t = titles[Math.floor(rnd() * titles.length)]!;
    buf += `${i + 1},Person ${i + 1},${q(t)},${depts[i % depts.length]}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise<void>((r) => out.on('finish', () => r()));
}

const titles = loadTitles();
const fw = loadBuiltinFramework();
process.stdout.write(`titles: ${titles.length.toLocaleString('en-US')} raw titles from ${TITLES_DIR}\n\n`);

// In-process speed.
const first = createNormalizer(fw);
const firstPass = measure(titles, first, 1);
const cold = measure(titles, createNormalizer(fw), 8);
const warmNorm = createNormalizer(fw, { cache: 50_000 });
measure(titles, warmNorm, 1);
const warm = measure(titles, warmNorm, 8);
const fz = fuzzysortBaseline(fw);
const fzRate = measure(titles, fz, 2);
const fu = fuseBaseline(fw);
const fuSample = titles.filter((_, i) => i % 8 === 0);
const fuRate = measure(fuSample, fu, 1);
process.stdout.write('speed (in process, one core)\n');
process.stdout.write(`  normalizer, first pass    ${rate(firstPass)}\n`);
process.stdout.write(`  normalizer, cold (no cache) ${rate(cold)}\n`);
process.stdout.write(`  normalizer, warm (cache)  ${rate(warm)}\n`);
process.stdout.write(`  fuzzysort baseline        ${rate(fzRate)}\n`);
process.stdout.write(`  fuse.js baseline          ${rate(fuRate)}   (every 8th title)\n`);
process.stdout.write(`  cold vs fuzzysort: ${(cold.cpu / fzRate.cpu).toFixed(1)}x (CPU), warm vs fuzzysort: ${(warm.cpu / fzRate.cpu).toFixed(1)}x\n\n`);

// Accuracy on the labelled dev set, with the same scorer.
process.stdout.write('accuracy on dev.tsv (score.mjs)\n');
process.stdout.write(`  normalizer  ${scoreLine(score([process.execPath, '--import', 'tsx', 'src/cli/main.ts', 'normalize', '--jsonl']))}\n`);
process.stdout.write(`  fuzzysort   ${scoreLine(score([process.execPath, '--import', 'tsx', 'bench/normalize-baseline.ts', 'fuzzysort']))}\n`);
process.stdout.write(`  fuse.js     ${scoreLine(score([process.execPath, '--import', 'tsx', 'bench/normalize-baseline.ts', 'fuse']))}\n\n`);

// Bulk: a generated CSV through the file command, in its own process.
const csv = join(tmpdir(), `ladder-bench-${process.pid}.csv`);
const out = join(tmpdir(), `ladder-bench-${process.pid}.out.csv`);
try {
  await writeCsv(csv, titles, ROWS);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'normalize-bulk.ts'), csv, out], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const b = JSON.parse(r.stdout.trim()) as { rows: number; seconds: number; rowsPerSec: number; cpuSeconds: number; maxRssMB: number; badRows: number };
  process.stdout.write(`bulk CSV (${fmt(b.rows)} rows, generated in ${tmpdir()})\n`);
  process.stdout.write(`  ${b.seconds.toFixed(2)} s wall (${fmt(b.rowsPerSec)} rows/s), ${b.cpuSeconds.toFixed(2)} s CPU (${fmt(b.rows / b.cpuSeconds)} rows/CPU-s), peak RSS ${b.maxRssMB.toFixed(0)} MB, ${b.badRows} bad rows\n`);
} finally {
  rmSync(csv, { force: true });
  rmSync(out, { force: true });
}
