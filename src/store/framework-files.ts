import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleFramework, type TextFile } from '../core/framework/assemble.js';
import { applyCompanyFramework } from '../core/framework/company.js';
import { loadCompetencies, type CompetencyMatrix } from '../core/career/competencies.js';
import type { Framework } from '../core/framework/schema.js';
import { LadderError } from '../core/errors.js';

/** The framework/ folder shipped with the package, found from this module in src/ or dist/src/. */
export function builtinFrameworkDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'framework');
    if (existsSync(join(candidate, 'sources.yaml'))) return candidate;
    dir = dirname(dir);
  }
  throw new LadderError('framework-missing', 'The built-in framework folder was not found next to the package', { userError: false });
}

const display = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
};

export function readTextFile(path: string): TextFile {
  try {
    return { file: display(path), text: readFileSync(path, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new LadderError('file-not-readable', `Cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code ?? String(e)}`, {
      issues: [{ code: 'file-not-readable', file: path, message: code ?? 'unreadable' }],
    });
  }
}

/** Reads every .yaml/.yml/.json file of a framework folder (competency matrices live in a subfolder). */
export function readFrameworkDir(dir: string): TextFile[] {
  const names = readdirSync(dir).filter((n) => /\.(ya?ml|json)$/.test(n)).sort();
  return names.map((n) => readTextFile(join(dir, n)));
}

let builtin: Framework | undefined;
/** The built-in framework, read and validated once per process. */
export function loadBuiltinFramework(): Framework {
  builtin ??= loadFrameworkDir(builtinFrameworkDir());
  return builtin;
}

/**
 * A framework folder, validated. Parsing and validating the YAML takes ~250 ms, which every CLI run would pay. The validated
 * result is kept as JSON, keyed by the name, size and mtime of every framework file: any edit
 * changes the key, so an edited file is always parsed and validated again.
 */
export function loadFrameworkDir(dir: string): Framework {
  const names = readdirSync(dir).filter((n) => /\.(ya?ml|json)$/.test(n)).sort();
  const key = createHash('sha256')
    .update(names.map((n) => { const st = statSync(join(dir, n)); return `${n}:${st.size}:${st.mtimeMs}`; }).join('|'))
    .update(process.env.npm_package_version ?? '')
    .digest('hex');
  const cacheFile = frameworkCachePath(dir);
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key?: string; framework?: Framework };
    if (cached.key === key && cached.framework) return cached.framework;
  } catch {
    // No cache yet, or an unreadable one: parse the YAML.
  }
  const framework = assembleFramework(names.map((n) => readTextFile(join(dir, n))));
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ key, framework }));
    renameSync(tmp, cacheFile);
  } catch {
    // A read-only install still works; it just parses the YAML each time.
  }
  return framework;
}

function frameworkCachePath(dir: string): string {
  const root = dirname(dir);
  const base = existsSync(join(root, 'node_modules'))
    ? join(root, 'node_modules', '.cache', 'product-ladder')
    : join(tmpdir(), `product-ladder-${createHash('sha256').update(root).digest('hex').slice(0, 12)}`);
  return join(base, 'framework.json');
}

/** The built-in framework, with a company framework file laid over it when one is given. */
export function loadFramework(options: { companyFile?: string | undefined } = {}): Framework {
  const base = loadBuiltinFramework();
  if (!options.companyFile) return base;
  return applyCompanyFramework(base, readTextFile(resolve(options.companyFile)));
}

let builtinCompetencies: CompetencyMatrix[] | undefined;
/** The competency matrices: framework/competencies/*.yaml (read once), or another folder of them. */
export function readCompetencies(dir?: string): CompetencyMatrix[] {
  if (!dir) return (builtinCompetencies ??= readCompetencyDir());
  return readCompetencyDir(dir);
}

function readCompetencyDir(dir?: string): CompetencyMatrix[] {
  const folder = dir ? resolve(dir) : join(builtinFrameworkDir(), 'competencies');
  if (!existsSync(folder)) {
    throw new LadderError('no-competency-matrix', `No competency matrices: ${folder} does not exist`, { issues: [{ code: 'no-competency-matrix', file: folder, message: 'no such folder' }] });
  }
  // Bands and sources are checked against the built-in ladder: a company file may rename roles, not bands.
  return loadCompetencies(readFrameworkDir(folder), { framework: loadBuiltinFramework() });
}
