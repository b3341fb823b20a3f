/**
 * Org audit at scale: a generated roster of 100,000 people, audited in process (target < 1 s)
 * and as a whole CLI run, `ladder org audit roster.csv --json` (target < 3 s).
 *
 *   npx tsx bench/org.bench.ts [people]              run the bench
 *   npx tsx bench/org.bench.ts [people] --write FILE write the generated roster and stop
 *   npx tsx bench/org.bench.ts [people] --in-process skip the CLI run
 *
 * The CLI run uses the compiled CLI (bin/ladder.js → dist/): run `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizerFor } from '../src/core/resolve/resolve.js';
import { auditRoster } from '../src/core/org/audit.js';
import { parseRoster } from '../src/core/org/parse.js';
import { loadBuiltinFramework } from '../src/store/framework-files.js';
import { rng } from '../test/roster-workbook.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const writeTo = args.includes('--write') ? args[args.indexOf('--write') + 1] : undefined;
const PEOPLE = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);

const TEAMS = ['Payments', 'Growth', 'Search', 'Platform', 'Mobile', 'Checkout', 'Identity', 'Data', 'AI', 'Billing', 'Onboarding', 'Ads', 'Maps', 'Messaging', 'Security', 'Trust', 'Marketplace', 'Logistics', 'Pricing', 'Core'];
const IC_TITLES = ['Product Manager', 'Senior Product Manager', 'Sr. Product Manager', 'Product Manager II', 'Technical Product Manager', 'Staff Product Manager', 'Associate Product Manager', 'Lead Product Manager'];

/**
 * A large company's product organisation of `n` people, seven layers deep: CEO, CPO, SVPs, VPs,
 * directors (one per VP runs product operations), group PMs and their teams, with spans of up to
 * ten, team names in most titles, salaries for a third of the people and a few mistakes (managers
 * who left the company), as an HR export would have them.
 */
export function generateRoster(n: number, seed = 42): string {
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const lines = ['id,name,title,manager_id,product_line,location,salary,currency'];
  let next = 0;
  const add = (title: string, manager: string | null, team = '', salary = ''): string => {
    const id = `p${next}`;
    const boss = manager !== null && rand() < 0.0005 ? `left-${next}` : (manager ?? '');
    lines.push(`${id},Person ${next},"${title}",${boss},${team},"${pick(['New York, US', 'San Francisco, US', 'Berlin, Germany', 'London, UK'])}",${salary},${salary ? 'USD' : ''}`);
    next++;
    return id;
  };
  const pay = (lo: number, hi: number) => (rand() < 0.33 ? String(lo + Math.floor(rand() * (hi - lo))) : '');
  const ceo = add('Chief Executive Officer', null);
  const cpo = add('Chief Product Officer', ceo);
  // Breadth first, so a smaller n still gives a complete top.
  const svps = Array.from({ length: 10 }, () => add('SVP Product', cpo));
  const vps = svps.flatMap((s) => Array.from({ length: 10 }, () => add('VP of Product', s)));
  const dirs: { id: string; ops: boolean; team: string }[] = [];
  for (const vp of vps) {
    for (let k = 0; k < 10; k++) {
      const team = pick(TEAMS);
      const ops = k === 9;
      dirs.push({ id: add(ops ? 'Director of Product Operations' : `Director of Product, ${team}`, vp, team, pay(150_000, 260_000)), ops, team });
    }
  }
  const gpms: { id: string; team: string }[] = [];
  for (const d of dirs) {
    if (d.ops) {
      for (let k = 0; k < 9 && next < n; k++) add(`Product Operations Manager, ${d.team}`, d.id, d.team);
      continue;
    }
    for (let k = 0; k < 10 && next < n; k++) gpms.push({ id: add(`Group Product Manager - ${d.team}`, d.id, d.team), team: d.team });
  }
  for (let round = 0; next < n; round++) {
    for (const g of gpms) {
      if (next >= n || round >= 10) break;
      const base = round === 0 ? 'Senior Product Manager' : pick(IC_TITLES);
      const title = rand() < 0.6 ? `${base}, ${g.team}` : rand() < 0.5 ? `${base} - ${g.team} (Remote)` : base;
      add(title, g.id, g.team, pay(90_000, 170_000));
    }
    if (round >= 10) break;
  }
  return `${lines.slice(0, n + 1).join('\n')}\n`;
}

const ms = (t: number) => `${t.toFixed(0)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const text = generateRoster(PEOPLE);
if (writeTo) {
  writeFileSync(writeTo, text);
  process.stdout.write(`wrote ${writeTo}\n`);
  process.exit(0);
}
process.stdout.write(`org audit bench: ${PEOPLE.toLocaleString('en-US')} people, ${(text.length / 1e6).toFixed(1)} MB of CSV\n`);

// In process: the framework and the normalizer are built once, as a server would; parse + audit is timed.
let t = performance.now();
const fw = loadBuiltinFramework();
// Compiled here so that setup is measured apart from the audit.
normalizerFor(fw, 'general');
normalizerFor(fw, 'product');
const setup = performance.now() - t;
const runs: { parse: number; audit: number }[] = [];
let findings = 0;
for (let i = 0; i < 4; i++) {
  t = performance.now();
  const roster = parseRoster(text, { file: 'bench.csv' });
  const parse = performance.now() - t;
  t = performance.now();
  const result = auditRoster(roster, { framework: fw, companySize: 250_000 });
  const audit = performance.now() - t;
  findings = result.findings.length;
  if (i > 0) runs.push({ parse, audit }); // the first run warms the JIT up
}
const inProcess = median(runs.map((r) => r.parse + r.audit));
process.stdout.write(`in process: parse ${ms(median(runs.map((r) => r.parse)))} + audit ${ms(median(runs.map((r) => r.audit)))} = ${ms(inProcess)} (median of ${runs.length}; framework and normalizer setup ${ms(setup)} once; ${findings} findings)  target < 1000 ms: ${inProcess < 1000 ? 'ok' : 'MISSED'}\n`);

// The whole CLI: node start-up, framework, normalizer, parse, audit and the JSON report.
const cli = join(ROOT, 'bin/ladder.js');
let cliTime = Number.NaN;
if (args.includes('--in-process')) {
  process.stdout.write('CLI: skipped (--in-process)\n');
} else if (!existsSync(join(ROOT, 'dist/src/cli/commands/org-actions.js'))) {
  process.stdout.write('CLI: skipped, the CLI is not built (npm run build)\n');
} else {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-org-bench-'));
  const file = join(dir, 'roster.csv');
  writeFileSync(file, text);
  const times: number[] = [];
  let failed = '';
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    const r = spawnSync(process.execPath, [cli, 'org', 'audit', file, '--json', '--company-size', '250000', '--out', join(dir, 'report.json')], { encoding: 'utf8', env: { ...process.env, LADDER_FRAMEWORK: '' } });
    times.push(performance.now() - t);
    if (r.status !== 0) failed = r.stderr;
  }
  rmSync(dir, { recursive: true, force: true });
  cliTime = median(times);
  if (failed) process.stdout.write(`CLI: failed: ${failed}\n`);
  else process.stdout.write(`CLI: ladder org audit roster.csv --json: ${ms(cliTime)} (median of 3: ${times.map(ms).join(', ')})  target < 3000 ms: ${cliTime < 3000 ? 'ok' : 'MISSED'}\n`);
}
process.exitCode = inProcess < 1000 && !(cliTime >= 3000) ? 0 : 1;
