/**
 * Checks that no labelled dev title leaks into the normalizer's rules, lexicons, tests or
 * comments: every dev title (folded to lower-case words, longer than 12 characters) is looked
 * for in the folded text of every file under src/core/normalize and the CLI command's files.
 * dev.tsv is for measuring only; examples in code use invented titles. The labelled fixture sets
 * (src/core/normalize/fixtures/*.tsv) are invented titles too: none of their rows may be a dev
 * title (a row may hold a common stem a dev title also has, such as "Sr Product Manager").
 *
 * Generic names are allowed: a dev title that is itself a role title or alias of the built-in
 * framework, or an example of the labelling scheme (LABELS.md), e.g. "Product Manager".
 * Fragments are checked too: no run of four words of a dev title may appear, unless LABELS.md
 * has it.
 *
 *   npx tsx bench/normalize-leaks.ts        (exit code 1 when a dev title is found)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBuiltinFramework } from '../src/store/framework-files.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = process.env.LADDER_SHARED ?? join(ROOT, '..', 'shared');
// Letters and digits of every script are kept: a row written in another script is a row too.
const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const files: string[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(ts|md)$/.test(name)) files.push(p);
  }
};
walk(join(ROOT, 'src', 'core', 'normalize'));
files.push(join(ROOT, 'src', 'cli', 'commands', 'normalize.ts'), join(ROOT, 'src', 'cli', 'commands', 'normalize.test.ts'), join(ROOT, 'docs', 'normalizer.md'), join(ROOT, 'docs', 'normalizer-rounds.md'));
for (const name of readdirSync(join(ROOT, 'bench'))) if (name.startsWith('normalize') && name !== 'normalize-leaks.ts') files.push(join(ROOT, 'bench', name));

const lines = readFileSync(join(SHARED, 'eval', 'dev.tsv'), 'utf8').split('\n').slice(1);
const generic = new Set<string>();
const fw = loadBuiltinFramework();
for (const r of fw.roles) {
  generic.add(fold(r.title));
  for (const a of r.aliases ?? []) generic.add(fold(a.name));
}
const scheme = ` ${fold(readFileSync(join(SHARED, 'eval', 'LABELS.md'), 'utf8'))} `;
const isGeneric = (t: string) => generic.has(t) || scheme.includes(` ${t} `);
const all = [...new Set(lines.map((l) => fold(l.split('\t')[0] ?? '')).filter((t) => t.length > 12))];
const titles = all.filter((t) => !isGeneric(t));
/**
 * The pieces of text a title could be written in: each line is cut at quotes and comment marks,
 * so a string literal or a quoted example in a comment is one piece (and code such as
 * `'Product Manager', 'product-management'` does not run two strings together).
 */
const pieces = (text: string): string[] => {
  const out: string[] = [];
  for (const line of text.split('\n')) for (const p of line.split(/["'`]|\/\/|\/\*|\*\/|^\s*\*/)) {
    const f = fold(p);
    if (f.length > 12) out.push(` ${f} `);
  }
  return out;
};
let found = 0;
for (const f of files) {
  const ps = pieces(readFileSync(f, 'utf8'));
  for (const t of titles) {
    const hit = ps.find((p) => p.includes(` ${t} `));
    if (hit !== undefined) {
      found++;
      process.stdout.write(`${f.slice(ROOT.length)}: "${t}" in "${hit.trim()}"\n`);
    }
  }
}
// Runs of four words.
const grams = new Set<string>();
for (const t of all) {
  const w = t.split(' ');
  for (let i = 0; i + 4 <= w.length; i++) {
    const g = w.slice(i, i + 4).join(' ');
    if (!scheme.includes(` ${g} `)) grams.add(g);
  }
}
let fragments = 0;
for (const f of files) {
  for (const p of pieces(readFileSync(f, 'utf8'))) {
    const w = p.trim().split(' ');
    for (let i = 0; i + 4 <= w.length; i++) {
      const g = w.slice(i, i + 4).join(' ');
      if (grams.has(g)) {
        fragments++;
        process.stdout.write(`${f.slice(ROOT.length)}: four words of a dev title, "${g}", in "${p.trim()}"\n`);
      }
    }
  }
}
// The fixture sets: no row is a dev title.
const devSet = new Set(titles);
const fixtureDir = join(ROOT, 'src', 'core', 'normalize', 'fixtures');
let copies = 0;
let rows = 0;
for (const name of readdirSync(fixtureDir).filter((n) => n.endsWith('.tsv'))) {
  for (const line of readFileSync(join(fixtureDir, name), 'utf8').split('\n').slice(1)) {
    const t = fold(line.split('\t')[0] ?? '');
    if (t === '') continue;
    rows++;
    if (devSet.has(t)) {
      copies++;
      process.stdout.write(`src/core/normalize/fixtures/${name}: a dev title as a row, "${t}"\n`);
    }
  }
}
process.stdout.write(`${titles.length} dev titles (${all.length - titles.length} generic role names skipped) checked against ${files.length} files: ${found} titles, ${fragments} four-word fragments found; ${rows} fixture rows: ${copies} dev titles\n`);
found += fragments + copies;
process.exit(found > 0 ? 1 : 0);
