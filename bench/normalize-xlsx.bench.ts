/**
 * Bulk normalize of a spreadsheet (issue 17): `ladder normalize roster.xlsx --column "Business
 * Title" --jobs N` over generated workbooks of 100,000 and 1,000,000 rows, writing XLSX and CSV,
 * with wall time, CPU time and peak RSS (the CLI process and its worker threads). Goal: peak RSS
 * flat (under about 300 MB) at 1,000,000 rows. Beside it, the floor: the same sheet read as a
 * stream (inflate and parse, no normalizing, no writing).
 *
 *   npx tsx bench/normalize-xlsx.bench.ts [rows…]     (npm run bench -- normalize-xlsx)
 *
 * The CLI runs use the compiled CLI (bin/ladder.js → dist/): run `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { openSheetStream } from '../src/store/spreadsheet/sheet-stream.js';
import { rng } from '../test/roster-workbook.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const [mode, modeFile, modeRows] = process.argv.slice(2);
const given = process.argv.slice(2).filter((a) => /^\d+$/.test(a)).map(Number);
const SIZES = given.length ? given : [100_000, 1_000_000];
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

// Invented titles as an HR export holds them: abbreviations, seniority words, teams after a comma.
const TITLES = ['Sr. PM', 'Senior Product Manager', 'PM II, Checkout', 'PO', 'Group PM, Payments', 'Lead PMM', 'Staff Software Engineer', 'Eng Manager', 'Principal PM - Growth', 'Associate Product Manager', 'Dir. of Product', 'Product Designer', 'Head of Product Ops', 'UX Researcher'];
const DEPARTMENTS = ['Product', 'Engineering', 'Design', 'Product & Design'];
const LOCATIONS = ['New York', 'London', 'Berlin'];

/** A workbook of `rows` generated rows, written as a stream (as Excel writes them: shared strings). */
async function generate(path: string, rows: number): Promise<void> {
  const rand = rng(17);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('Workers');
  ws.addRow(['Employee ID', 'Business Title', 'Department', 'Location', 'Hire Date']).commit();
  for (let i = 1; i <= rows; i++) {
    const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
    // About 30% carry a team after a comma: some 28,000 distinct titles, as a large export has.
    const title = rand() < 0.3 ? `${pick(TITLES)}, Team ${Math.floor(rand() * 2000)}` : pick(TITLES);
    ws.addRow([`W${String(i).padStart(7, '0')}`, title, pick(DEPARTMENTS), pick(LOCATIONS), new Date(Date.UTC(2015 + Math.floor(rand() * 11), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28)))]).commit();
  }
  ws.commit();
  await wb.commit();
}

/** Runs this file in a child process for one step (generating, the floor), so that this process stays small. */
function step(...args: string[]): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', SELF, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args[0]} failed: ${r.stderr}`);
  return r.stdout;
}

if (mode === '--generate') {
  await generate(modeFile!, Number(modeRows));
  process.exit(0);
}
if (mode === '--floor') {
  const t = performance.now();
  const sheet = await openSheetStream(modeFile!, { file: modeFile! });
  let read = 0;
  for await (const batch of sheet.rows()) read += batch.length;
  console.log(JSON.stringify({ seconds: (performance.now() - t) / 1000, rows: read }));
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'ladder-normalize-xlsx-'));
const cli = join(ROOT, 'bin', 'ladder.js');
const peak = join(dir, 'peak.txt');
// The child writes its own peak resident memory and CPU time when it exits (getrusage). On Linux
// a child's peak starts at its parent's size when it was started, so this process stays small:
// generating and the floor run in children of their own.
const preload = `data:text/javascript,${encodeURIComponent(`import{writeFileSync}from'node:fs';process.on('exit',()=>{const u=process.resourceUsage();writeFileSync(${JSON.stringify(peak)},JSON.stringify([u.maxRSS,u.userCPUTime+u.systemCPUTime]))})`)}`;

try {
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) throw new Error('run `npm run build` first: the benchmark runs the compiled CLI');
  console.log(`machine load (1 min): ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`);
  for (const rows of SIZES) {
    const file = join(dir, `workers-${rows}.xlsx`);
    let t = performance.now();
    step('--generate', file, String(rows));
    console.log(`\n${fmt(rows)} rows: ${(statSync(file).size / 1e6).toFixed(1)} MB generated in ${((performance.now() - t) / 1000).toFixed(1)} s (not measured)`);
    const floor = JSON.parse(step('--floor', file)) as { seconds: number; rows: number };
    console.log(`  floor (read the sheet as a stream, no normalizing, no writing)   ${floor.seconds.toFixed(2)} s, ${fmt(floor.rows)} rows`);
    for (const ext of ['xlsx', 'csv']) {
      for (const jobs of [1, 2]) {
        const out = join(dir, `out.${ext}`);
        t = performance.now();
        const r = spawnSync(process.execPath, ['--import', preload, cli, 'normalize', file, '--column', 'Business Title', '--context-column', 'Department', '--jobs', String(jobs), '--out', out, '--no-progress'], { encoding: 'utf8', env: { ...process.env, LADDER_FRAMEWORK: '' } });
        const wall = (performance.now() - t) / 1000;
        if (r.status !== 0) throw new Error(`ladder normalize exited ${r.status}: ${r.stderr}`);
        const [rssKb, cpuUs] = JSON.parse(readFileSync(peak, 'utf8')) as [number, number];
        console.log(`  → ${ext.padEnd(4)} --jobs ${jobs}   ${wall.toFixed(2)} s wall (${fmt(rows / wall)} rows/s), ${(cpuUs / 1e6).toFixed(2)} s CPU, peak RSS ${(rssKb / 1024).toFixed(0)} MB (goal < 300 MB)`);
        rmSync(out, { force: true });
      }
    }
    rmSync(file, { force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
