#!/usr/bin/env node
/**
 * Reports the web app's size: every asset of dist/web gzipped, and the first load (index.html
 * and what it loads: entry script, modulepreloads, stylesheets). Fails (exit 1) when the first
 * load is over the budget (200 kB gzipped by default, or --budget KB), or when index.html pulls
 * anything from another origin (the app must work offline).
 *
 *   node web/report-size.mjs [--dir dist/web] [--budget 200]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dir = resolve(root, opt('--dir', 'dist/web'));
const budget = Number(opt('--budget', '200')) * 1000;

let index;
try {
  index = readFileSync(join(dir, 'index.html'), 'utf8');
} catch {
  console.error(`report-size: ${relative(process.cwd(), dir) || dir}/index.html not found. Run "npm run build:web" first.`);
  process.exit(2);
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;

function walk(d) {
  return readdirSync(d).flatMap((n) => {
    const p = join(d, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const refs = [...index.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
const external = refs.filter((r) => /^(https?:)?\/\//.test(r));
const firstLoad = new Set(['index.html', ...refs.filter((r) => !external.includes(r) && !r.startsWith('data:')).map((r) => r.replace(/^\//, ''))]);

const rows = walk(dir)
  .map((p) => {
    const rel = relative(dir, p).split('\\').join('/');
    const buf = readFileSync(p);
    return { rel, raw: buf.length, gzip: gz(buf), first: firstLoad.has(rel) };
  })
  .sort((a, b) => Number(b.first) - Number(a.first) || b.gzip - a.gzip);

const width = Math.max(...rows.map((r) => r.rel.length));
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}`);
for (const r of rows) console.log(`${r.rel.padEnd(width)}  ${kb(r.raw).padStart(9)}  ${kb(r.gzip).padStart(9)}${r.first ? '  first load' : ''}`);
const first = rows.filter((r) => r.first).reduce((s, r) => s + r.gzip, 0);
const all = rows.reduce((s, r) => s + r.gzip, 0);
console.log(`\nfirst load: ${kb(first)} gzipped (budget ${kb(budget)}); all assets: ${kb(all)} gzipped`);

let failed = false;
if (external.length) {
  console.error(`report-size: index.html loads from other origins (the app must work offline): ${external.join(', ')}`);
  failed = true;
}
if (first > budget) {
  console.error(`report-size: the first load is ${kb(first)} gzipped, over the ${kb(budget)} budget. Split heavy views with React.lazy.`);
  failed = true;
}
process.exit(failed ? 1 : 0);
