/**
 * `npm run bench`: runs every benchmark in its own process, one after another, so one
 * benchmark's heap and JIT state never colour another's figures. Pass names to run some:
 * `npm run bench -- normalize org`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();
let failed = 0;
for (const file of benches) {
  process.stdout.write(`\n=== ${file}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', `${dir}${file}`], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    process.stdout.write(`=== ${file} exited with ${r.status}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
