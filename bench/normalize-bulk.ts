/**
 * Normalizes one CSV file the way `ladder normalize FILE --column title --jobs N` does, in its
 * own process, and prints one JSON line: rows, seconds, rows per second, CPU time and peak RSS.
 * With "floor" instead of a number of jobs, it only copies the file, streaming, in blocks of
 * 1 MiB: the least any program that reads and writes the whole file must spend. With "plain",
 * the same copy with Node's default stream settings (64 KiB reads), as a plain Node program
 * would write it. With "lines", the file read and written line by line with node:readline, as a
 * plain Node program that goes through a CSV's rows would (a reference, not the goal's floor).
 *
 *   node --import tsx bench/normalize-bulk.ts people.csv out.csv 2
 *   node --import tsx bench/normalize-bulk.ts people.csv out.csv floor
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as Normalize from '../src/cli/commands/normalize.js';
import { loadBuiltinFramework } from '../src/store/framework-files.js';

// The built command when there is one (`npm run build`): what an installed package runs, with
// its worker threads loading compiled JavaScript rather than TypeScript through tsx.
const built = fileURLToPath(new URL('../dist/src/cli/commands/normalize.js', import.meta.url));
const { normalizeFile } = (await import(existsSync(built) ? built : '../src/cli/commands/normalize.js')) as typeof Normalize;

const [input, out, jobs = '1'] = process.argv.slice(2);
if (!input || !out) {
  process.stderr.write('usage: normalize-bulk.ts INPUT.csv OUTPUT.csv [JOBS|floor|plain|lines]\n');
  process.exit(1);
}
const c0 = process.cpuUsage();
let rows = 0;
let badRows = 0;
let seconds: number;
if (jobs === 'floor' || jobs === 'plain') {
  const t0 = process.hrtime.bigint();
  await pipeline(createReadStream(input, jobs === 'floor' ? { highWaterMark: 1 << 20 } : {}), createWriteStream(out));
  seconds = Number(process.hrtime.bigint() - t0) / 1e9;
} else if (jobs === 'lines') {
  const t0 = process.hrtime.bigint();
  const sink = createWriteStream(out);
  for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
    if (!sink.write(`${line}\n`)) await once(sink, 'drain');
  }
  sink.end();
  await once(sink, 'finish');
  seconds = Number(process.hrtime.bigint() - t0) / 1e9;
} else {
  const fw = loadBuiltinFramework();
  const stats = await normalizeFile(fw, input, { column: 'title', out, progress: false, jobs: Number(jobs) });
  rows = stats.rows;
  badRows = stats.badRowCount;
  seconds = stats.seconds;
}
const c = process.cpuUsage(c0);
const cpuSeconds = (c.user + c.system) / 1e6;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ rows, badRows, seconds, rowsPerSec: rows / seconds, cpuSeconds, maxRssMB })}\n`);
