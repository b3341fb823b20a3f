/**
 * In-process speed of the normalizer over every raw title in ../shared/data/titles/*.tsv
 * (column raw_title), in its own process so that the JIT has seen one kind of string only.
 * Prints one JSON line. Run by bench/normalize.bench.ts; by hand:
 *
 *   node --import tsx bench/normalize-speed.ts slices     (titles as slices of the file's text)
 *   node --import tsx bench/normalize-speed.ts decoded    (each title decoded from its own bytes)
 *
 * "slices" is what `text.split('\n')` gives: views into the whole file's text, which here is
 * stored two bytes per character (the files hold accented letters), scattered among the other
 * columns. "decoded" is what a reader that decodes each field from bytes gives (the CLI's CSV
 * reader, JSON.parse in the server): compact strings, one byte per character when ASCII.
 *
 * Cold: no result cache, every title read from scratch (after warm-up passes that fill the word
 * memo and let the JIT settle); first pass: the very first pass in the process; warm: with the
 * bounded result cache, as the CLI's --jsonl mode runs. Each figure is the best and the median
 * of several passes, by wall clock and by CPU time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNormalizer } from '../src/core/normalize/index.js';
import { loadBuiltinFramework } from '../src/store/framework-files.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = process.env.LADDER_SHARED ?? join(ROOT, '..', 'shared');
const TITLES_DIR = join(SHARED, 'data', 'titles');
const mode = process.argv[2] === 'decoded' ? 'decoded' : 'slices';
const PASSES = Number(process.env.BENCH_PASSES ?? 40);
const WARMUP = 8;

export function loadTitles(decoded: boolean): string[] {
  const out: string[] = [];
  for (const f of readdirSync(TITLES_DIR).filter((n) => n.endsWith('.tsv')).sort()) {
    const lines = readFileSync(join(TITLES_DIR, f), 'utf8').split('\n');
    const col = lines[0]!.split('\t').indexOf('raw_title');
    for (const l of lines.slice(1)) {
      const t = l.split('\t')[col];
      if (t) out.push(decoded ? Buffer.from(t, 'utf8').toString('utf8') : t);
    }
  }
  return out;
}

export interface Rate {
  /** Titles per second: best and median pass, wall clock and CPU time. */
  wall: number;
  cpu: number;
  wallMedian: number;
  cpuMedian: number;
}

export function measure(titles: readonly string[], fn: (t: string) => unknown, passes: number, between?: () => void): Rate {
  const walls: number[] = [];
  const cpus: number[] = [];
  let sink = 0;
  for (let p = 0; p < passes; p++) {
    between?.();
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < titles.length; i++) if (fn(titles[i]!) !== undefined) sink++;
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    walls.push(titles.length / s);
    cpus.push(titles.length / Math.max((c.user + c.system) / 1e6, 1e-9));
  }
  if (sink < 0) process.stdout.write(String(sink));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { wall: Math.max(...walls), cpu: Math.max(...cpus), wallMedian: median(walls), cpuMedian: median(cpus) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const titles = loadTitles(mode === 'decoded');
  const fw = loadBuiltinFramework();
  const first = measure(titles, createNormalizer(fw), 1);
  // The JIT keeps optimizing for the first few passes; the steady state is what bulk work sees.
  const coldNorm = createNormalizer(fw);
  measure(titles, coldNorm, WARMUP);
  // The same fixed workload before each cold pass shows how fast the machine itself was running.
  const reference = referenceWorkload(titles);
  for (let k = 0; k < 3; k++) reference.run();
  const cold = measure(titles, coldNorm, PASSES, reference.run);
  const warmNorm = createNormalizer(fw, { cache: 50_000 });
  measure(titles, warmNorm, WARMUP);
  const warm = measure(titles, warmNorm, PASSES);
  process.stdout.write(`${JSON.stringify({ mode, titles: titles.length, first, cold, warm, machine: reference.summary() })}\n`);
}

/**
 * A fixed workload of the same kind (strings, a Map, short loops) with nothing of the
 * normalizer in it: its time, taken between passes, tells a slow machine from slow code.
 */
function referenceWorkload(titles: readonly string[]): { run: () => void; summary: () => { bestMs: number; medianMs: number } } {
  const words = titles.flatMap((t) => t.toLowerCase().split(/\W+/)).filter(Boolean);
  const times: number[] = [];
  let sink = 0;
  return {
    run() {
      const t0 = process.hrtime.bigint();
      const counts = new Map<string, number>();
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
      sink += counts.size;
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    },
    summary() {
      if (sink < 0) process.stdout.write(String(sink));
      const sorted = times.slice(3).sort((a, b) => a - b);
      return { bestMs: sorted[0] ?? 0, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0 };
    },
  };
}
