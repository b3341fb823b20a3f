/**
 * `ladder serve` as a user runs it: bad configuration exits 1 with a clear message; a started
 * server answers, and SIGTERM shuts it down cleanly (exit 0, the data directory unlocked).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/api.js';
import { freePort } from '../../test/postgres.js';
import { tempDir } from '../../test/temp.js';

const main = join(import.meta.dirname, '../cli/main.ts');

describe('ladder serve', () => {
  it('refuses a bad configuration with exit code 1, naming the variable', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', main, 'serve'], { env: { ...process.env, PORT: 'eighty', DATABASE_URL: 'mysql://nope' }, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('environment variable PORT');
    expect(r.stderr).toContain('DATABASE_URL');
  });

  it('serves until SIGTERM, then stops cleanly and releases the data directory', async () => {
    const data = tempDir('serve');
    const port = await freePort();
    // The upload folder a killed server left behind (its pid is gone).
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const leftover = join(tmpdir(), `ladder-uploads-${dead}-abc123`);
    mkdirSync(leftover);
    writeFileSync(join(leftover, 'upload.csv'), 'title\nPM\n');
    const proc = spawn(process.execPath, ['--import', 'tsx', main, 'serve', '--port', String(port), '--host', '127.0.0.1', '--data', data], { env: { ...process.env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    proc.stdout.on('data', (c: Buffer) => (out += c.toString()));
    proc.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
    const until = Date.now() + 60_000;
    let ready = false;
    while (!ready && Date.now() < until) {
      ready = await fetch(`http://127.0.0.1:${port}/ready`).then((r) => r.ok, () => false);
      if (!ready) await new Promise((r) => setTimeout(r, 200));
    }
    expect(ready).toBe(true);
    expect(existsSync(join(data, 'ladder.lock'))).toBe(true);
    expect(await (await fetch(`http://127.0.0.1:${port}/health`)).json()).toEqual({ status: 'ok' });
    // The first run wrote a bootstrap owner token, readable by this user only, and logged where.
    const tokenFile = join(data, 'owner-token');
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    const token = readFileSync(tokenFile, 'utf8').trim();
    expect(token).toMatch(/^lad_/);
    expect(out).toContain(tokenFile);
    expect(out).not.toContain(token);
    expect(out).not.toContain('lad_');
    expect(existsSync(leftover)).toBe(false);
    const ws = await fetch(`http://127.0.0.1:${port}/api/v1/workspace`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await ws.json()) as { role: string }).role).toBe('owner');
    // Logs are JSON lines.
    for (const line of out.trim().split('\n').filter((l) => l.startsWith('{'))) expect(() => JSON.parse(line)).not.toThrow();
    proc.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('"msg":"stopped"');
    expect(existsSync(join(data, 'ladder.lock'))).toBe(false);
  }, 120_000);
});

describe('the web app', () => {
  it('is served at / with the SPA fallback when built, while unknown API paths stay JSON 404s', async () => {
    const web = tempDir('serve');
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Product Ladder</title><div id="root"></div>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
    const t = await createTestApp({ webDir: web });
    try {
      const home = await t.app.inject({ method: 'GET', url: '/' });
      expect(home.statusCode).toBe(200);
      expect(home.body).toContain('Product Ladder');
      expect((await t.app.inject({ method: 'GET', url: '/assets/app.js' })).body).toBe('console.log(1)');
      const deep = await t.app.inject({ method: 'GET', url: '/roles/senior-product-manager', headers: { accept: 'text/html' } });
      expect(deep.statusCode).toBe(200);
      expect(deep.body).toContain('id="root"');
      const api = await t.app.inject({ method: 'GET', url: '/api/v1/nope', headers: { accept: 'text/html' } });
      expect(api.statusCode).toBe(404);
      expect(api.json().error.code).toBe('not-found');
    } finally {
      await t.close();
    }
  });
});
