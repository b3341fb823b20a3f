/**
 * Normalizes one CSV file the way `ladder normalize FILE --column title` does, in its own
 * process, and prints one JSON line: rows, seconds, rows per second and peak RSS.
 *
 *   node --import tsx bench/normalize-bulk.ts people.csv out.csv
 */
import { normalizeFile } from '../src/cli/commands/normalize.js';
import { loadBuiltinFramework } from '../src/store/framework-files.js';

const [input, out] = process.argv.slice(2);
if (!input || !out) {
  process.stderr.write('usage: normalize-bulk.ts INPUT.csv OUTPUT.csv\n');
  process.exit(1);
}
const fw = loadBuiltinFramework();
const c0 = process.cpuUsage();
const stats = await normalizeFile(fw, input, { column: 'title', out, progress: false });
const c = process.cpuUsage(c0);
const cpuSeconds = (c.user + c.system) / 1e6;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ rows: stats.rows, badRows: stats.badRowCount, seconds: stats.seconds, rowsPerSec: stats.rows / stats.seconds, cpuSeconds, maxRssMB })}\n`);
