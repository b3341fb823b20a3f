/**
 * Org audit of a spreadsheet: a generated 100,000-row Workday-like XLSX export (test/roster-workbook.ts)
 * audited as a whole CLI run, `ladder org audit roster.xlsx --json` (target under 5 s), with its
 * peak memory, and the steps in process: reading the workbook, parsing the rows, auditing.
 *
 *   npx tsx bench/org-xlsx.bench.ts [rows]     (npm run bench -- org runs it with org.bench.ts)
 *
 * The CLI run uses the compiled CLI (bin/ladder.js → dist/): run `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNormalizer } from '../src/core/normalize/index.js';
import { auditRoster } from '../src/core/org/audit.js';
import { parseRosterTable } from '../src/core/org/parse.js';
import { loadBuiltinFramework } from '../src/store/framework-files.js';
import { readSpreadsheet } from '../src/store/spreadsheet/index.js';
import { writeRosterWorkbook } from '../test/roster-workbook.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ROWS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'ladder-org-xlsx-'));
const file = join(dir, 'workers.xlsx');
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;

try {
  let t = performance.now();
  await writeRosterWorkbook(file, ROWS);
  console.log(`generated ${ROWS.toLocaleString('en-US')} rows: ${(statSync(file).size / 1e6).toFixed(1)} MB in ${ms(t)} (not part of the target)`);

  const fw = loadBuiltinFramework();
  const normalize = createNormalizer(fw);
  t = performance.now();
  const table = readSpreadsheet(readFileSync(file), { file });
  console.log(`in process: read the workbook ${ms(t)}`);
  t = performance.now();
  const roster = parseRosterTable(table);
  console.log(`in process: parse the rows ${ms(t)} (${roster.people.length.toLocaleString('en-US')} people, ${roster.rejectedRows.length} rejected)`);
  t = performance.now();
  const result = auditRoster(roster, { framework: fw, normalize });
  console.log(`in process: audit ${ms(t)} (${result.findings.length} findings)`);
  console.log(`machine load (1 min): ${(await import('node:os')).loadavg()[0]!.toFixed(1)} on ${(await import('node:os')).availableParallelism()} cores`);

  const cli = join(ROOT, 'bin', 'ladder.js');
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) console.log('CLI run skipped: run `npm run build` first');
  else {
    // The child writes its own peak resident memory and CPU time when it exits (getrusage), so
    // nothing outside Node is needed; CPU time says more than wall time on a busy machine.
    const peak = join(dir, 'peak.txt');
    const preload = `data:text/javascript,${encodeURIComponent(`import{writeFileSync}from'node:fs';process.on('exit',()=>{const u=process.resourceUsage();writeFileSync(${JSON.stringify(peak)},JSON.stringify([u.maxRSS,u.userCPUTime+u.systemCPUTime]))})`)}`;
    for (let run = 1; run <= 3; run++) {
      t = performance.now();
      const r = spawnSync(process.execPath, ['--import', preload, cli, 'org', 'audit', file, '--json'], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, LADDER_FRAMEWORK: '' } });
      const wall = performance.now() - t;
      if (r.status !== 0) throw new Error(`ladder org audit exited ${r.status}: ${r.stderr}`);
      const [rssKb, cpuUs] = JSON.parse(readFileSync(peak, 'utf8')) as [number, number];
      console.log(`CLI run ${run}: ladder org audit workers.xlsx --json: ${(wall / 1000).toFixed(2)} s wall (target < 5 s), ${(cpuUs / 1e6).toFixed(2)} s CPU, peak RSS ${(rssKb / 1024).toFixed(0)} MB`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
