/**
 * What the browser tests share: the real server (`ladder serve` over a fresh PGlite data
 * directory, serving the built web app), one headless Chromium driven by playwright-core,
 * axe-core run inside the page, and screenshots in test-artifacts/screenshots/.
 */
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = process.env.LADDER_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');
export const REQUIRE_BROWSER = process.env.LADDER_REQUIRE_BROWSER === '1';
const run = promisify(execFile);

/** Whether Chromium can run here; the reason when not. */
export function browserCheck(): { ok: true } | { ok: false; reason: string } {
  if (!existsSync(CHROMIUM)) return { ok: false, reason: `Chromium not found at ${CHROMIUM} (install Debian's chromium, or set LADDER_CHROMIUM)` };
  const r = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  if (r.status !== 0) return { ok: false, reason: `${CHROMIUM} --version failed: ${(r.stderr || r.error?.message || '').trim().slice(0, 200)}` };
  return { ok: true };
}

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

/** Builds dist/web when it is missing or older than web/src (npm run build:web does the same). */
export function ensureWebBuilt(): void {
  const index = join(ROOT, 'dist', 'web', 'index.html');
  const sources = Math.max(newest(join(ROOT, 'web', 'src')), statSync(join(ROOT, 'web', 'index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

export interface Server {
  url: string;
  token: string;
  workspace: string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real server as users do — `node bin/ladder.js serve` on a free port over a fresh
 * PGlite directory — after `ladder admin create-workspace` has made a workspace and its owner
 * token there (PGlite allows one process at a time, so before the server opens it). The server
 * serves the built web app from dist/web itself.
 */
export async function startServer(): Promise<Server> {
  const bin = join(ROOT, 'bin', 'ladder.js');
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'main.js'))) throw new Error('dist/src/cli/main.js is missing: run "npm run build" first');
  const dataDir = mkdtempSync(join(tmpdir(), 'ladder-e2e-data-'));
  const env = { ...process.env, LOG_LEVEL: 'warn' };
  const { stdout } = await run(process.execPath, [bin, 'admin', '--data', dataDir, 'create-workspace', 'E2E workspace', '--json'], { cwd: ROOT, env });
  const created = JSON.parse(stdout) as { workspace: { name: string }; token: string };

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [bin, 'serve', '--port', String(port), '--host', '127.0.0.1', '--data', dataDir], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (b: Buffer) => {
    output = (output + b.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const deadline = Date.now() + 90_000;
  for (;;) {
    const status = await fetch(`${url}/ready`).then((r) => r.status, () => 0);
    if (status === 200) break;
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('wait'), 250))]);
    if (code !== 'wait') throw new Error(`ladder serve exited (${String(code)}) before it was ready:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`ladder serve was not ready after 90 s:\n${output}`);
    }
  }
  return {
    url,
    token: created.token,
    workspace: created.workspace.name,
    close: async () => {
      child.kill('SIGTERM');
      const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 10_000))]);
      if (!stopped) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One headless Chromium for the whole file, with a fresh profile directory. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'ladder-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(15_000);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

const axeSource = (() => {
  let src: string | undefined;
  return () => (src ??= (createRequire(import.meta.url)('axe-core') as { source: string }).source);
})();

/** Runs axe-core in the page (WCAG 2.x A and AA and best practices) and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  return (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Every axe-core violation in the page (WCAG 2.x A and AA and best practices), of any impact. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not added as a <script>: the app's Content-Security-Policy
  // (its own scripts only) stays on in these tests and would refuse an inline script.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${axeSource()}\n;void 0`);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
  return result;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A roster CSV: a CPO, directors, group PMs, PMs, and a few deliberate problems. */
export function rosterCsv(size: number): string {
  const rows = ['id,name,title,manager_id,email,location,salary,currency'];
  const titles = ['Senior Product Manager', 'Product Manager', 'Associate Product Manager', 'Product Owner', 'Product Analyst', 'Product Marketing Manager', 'Technical Product Manager'];
  rows.push('p0,Ada Chief,Chief Product Officer,,ada@example.com,US,,');
  let id = 1;
  const directors: string[] = [];
  const nDirectors = Math.max(2, Math.round(size / 400));
  for (let d = 0; d < nDirectors && id < size; d++, id++) {
    directors.push(`p${id}`);
    rows.push(`p${id},Director ${id},Director of Product,p0,d${id}@example.com,US,,`);
  }
  const groups: string[] = [];
  const nGroups = Math.max(3, Math.round(size / 40));
  for (let g = 0; g < nGroups && id < size; g++, id++) {
    groups.push(`p${id}`);
    rows.push(`p${id},Group Lead ${id},Group Product Manager,${directors[g % directors.length]},g${id}@example.com,US,,`);
  }
  while (id < size) {
    const mgr = groups[id % groups.length]!;
    const title = titles[id % titles.length]!;
    rows.push(`p${id},Person ${id},${title},${mgr},p${id}@example.com,US,,`);
    id++;
  }
  // Problems the audit should find: a missing manager, a self-manager, a title that is not a product role.
  rows.push(`x1,Orphan Olive,Product Manager,nobody,olive@example.com,US,,`);
  rows.push(`x2,Loop Lou,Product Manager,x2,lou@example.com,US,,`);
  rows.push(`x3,Pat Project,Project Manager,${groups[0]},pat@example.com,US,,`);
  return rows.join('\n') + '\n';
}
