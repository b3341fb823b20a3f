import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../test/cli.js';
import { loadBuiltinFramework, loadFramework } from '../../store/framework-files.js';
import { readUdfCore } from '../../store/udf-core.js';
import { createNormalizer, normalizeTitle } from '../normalize/index.js';
import { isProductDepartment } from '../org/context.js';
import { bundleSource, UDF_DEPARTMENT_NAME, UDF_NAME } from './bundle.js';
import { BIGQUERY_CONTEXT_NAME, snowflakeSql, bigquerySql } from './targets.js';

const SHARED = process.env.LADDER_SHARED ?? join(ROOT, '..', 'shared');

/** Every raw title of the title data sets. */
function allTitles(): string[] {
  const dir = join(SHARED, 'data', 'titles');
  const titles: string[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.tsv')).sort()) {
    const lines = readFileSync(join(dir, f), 'utf8').split('\n');
    const col = lines[0]!.split('\t').indexOf('raw_title');
    for (const l of lines.slice(1)) if (l) titles.push(l.split('\t')[col] ?? '');
  }
  return titles;
}

/** A context with the language's built-ins only: no require, process, Buffer, timers, fetch (V8's own console stays). */
function bare(): vm.Context {
  const context = vm.createContext({});
  expect(vm.runInContext('[typeof require, typeof process, typeof Buffer, typeof setTimeout, typeof setImmediate, typeof queueMicrotask, typeof fetch, typeof TextDecoder].join()', context)).toBe(
    'undefined,undefined,undefined,undefined,undefined,undefined,undefined,undefined',
  );
  return context;
}

describe('the warehouse bundle', () => {
  const fw = loadBuiltinFramework();
  const bundle = bundleSource(readUdfCore(), fw, 'test');

  it("is plain ASCII, the framework's names in other languages included", () => {
    expect(bundle.match(/[^\x00-\x7f]/g) ?? []).toEqual([]);
  });

  it('runs with no Node API and answers every title of the data sets as normalizeTitle does', () => {
    const context = bare();
    vm.runInContext(bundle, context);
    const normalize = context[UDF_NAME] as (t: string | null, c?: string | null) => unknown;
    const titles = allTitles();
    expect(titles.length).toBeGreaterThan(15_000);
    const differ: string[] = [];
    for (const t of titles) if (JSON.stringify(normalize(t)) !== JSON.stringify(normalizeTitle(t, { framework: fw }))) differ.push(t);
    expect(differ).toEqual([]);
    expect(normalize(null)).toBeNull();
  });

  it('reads every title of the data sets in the product context as normalizeTitle does, and in the general one when asked', () => {
    const context = bare();
    vm.runInContext(bundle, context);
    const normalize = context[UDF_NAME] as (t: string | null, c?: string | null) => unknown;
    const differ: string[] = [];
    let readDifferently = 0;
    for (const t of allTitles()) {
      const product = JSON.stringify(normalizeTitle(t, { framework: fw, context: 'product' }));
      const general = JSON.stringify(normalizeTitle(t, { framework: fw }));
      if (product !== general) readDifferently++;
      if (JSON.stringify(normalize(t, 'product')) !== product || JSON.stringify(normalize(t, 'general')) !== general) differ.push(t);
    }
    expect(differ).toEqual([]);
    // The context changes answers on these data sets, so the comparison above tells them apart.
    expect(readDifferently).toBeGreaterThan(10);
    // As `ladder normalize --context` reads it: case and spaces do not matter; NULL is general.
    expect(JSON.stringify(normalize('Sr. PM', ' Product '))).toBe(JSON.stringify(normalizeTitle('Sr. PM', { framework: fw, context: 'product' })));
    expect(JSON.stringify(normalize('Sr. PM', null))).toBe(JSON.stringify(normalizeTitle('Sr. PM', { framework: fw })));
    expect(normalize(null, 'product')).toBeNull();
  });

  it('stops on an unknown context with a message naming it, even for a NULL title', () => {
    const context = bare();
    vm.runInContext(bundle, context);
    const normalize = context[UDF_NAME] as (t: string | null, c?: string | null) => unknown;
    expect(() => normalize('Sr. PM', 'products')).toThrow("ladder_normalize: the context must be 'general' or 'product', not 'products'");
    expect(() => normalize(null, 'engineering')).toThrow(/not 'engineering'/);
  });

  it('answers whether a department is a product department as the CLI\'s --context-column rule does', () => {
    const context = bare();
    vm.runInContext(bundle, context);
    const isProduct = context[UDF_DEPARTMENT_NAME] as (d: string | null | undefined) => boolean;
    const departments = ['Product', 'Product Management', 'Product & Design', 'Produkt', 'Produit', 'Producto', 'CPO Office', 'Production', 'Produktion', 'Engineering', 'Design', 'Facilities', '', '  PRODUCT  ', 'Prod Ops', 'ProdOps'];
    for (const d of departments) expect(isProduct(d), d).toBe(isProductDepartment(d));
    expect(departments.filter((d) => isProduct(d))).toEqual(['Product', 'Product Management', 'Product & Design', 'Produkt', 'Produit', 'Producto', 'CPO Office', '  PRODUCT  ', 'ProdOps']);
    expect(isProduct(null)).toBe(false);
    expect(isProduct(undefined)).toBe(false);
  });

  it('carries a company framework: its titles and levels read the same as in the CLI', () => {
    const company = loadFramework({ companyFile: join(ROOT, 'examples', 'company-framework.yaml') });
    const context = bare();
    vm.runInContext(bundleSource(readUdfCore(), company, 'company'), context);
    const normalize = context[UDF_NAME] as (t: string) => unknown;
    const direct = createNormalizer(company);
    const titles = [...Object.keys(company.titleMap), ...company.levels.map((l) => `${l.id} Product Manager`), ...allTitles().slice(0, 3000)];
    for (const t of titles) expect(JSON.stringify(normalize(t)), t).toBe(JSON.stringify(direct(t)));
  });

  it('works as the bodies of the Snowflake functions (arguments TITLE, CONTEXT, DEPARTMENT) and with a BigQuery library', () => {
    const titles = allTitles().filter((_, i) => i % 50 === 0);
    // Snowflake: each $$ … $$ body is a JavaScript function body of its upper-case arguments,
    // run for each row in a context that keeps its globals.
    const sql = snowflakeSql(bundle);
    const sfBodies = [...sql.matchAll(/AS \$\$\n([\s\S]*?)\n\$\$;/g)].map((m) => m[1]!);
    expect(sfBodies).toHaveLength(3);
    const sf = (params: string, body: string) => vm.runInContext(`(function (${params}) {\n${body}\n})`, bare()) as (...a: unknown[]) => unknown;
    const sfTitle = sf('TITLE', sfBodies[0]!);
    const sfContext = sf('TITLE, CONTEXT', sfBodies[1]!);
    const sfDepartment = sf('DEPARTMENT', sfBodies[2]!);
    // BigQuery: the library is loaded, then each r""" … """ body runs as a function of its arguments.
    const bqBodies = [...bigquerySql(bundle, 'gs://bucket/ladder-normalize.js').matchAll(/AS r"""\n([\s\S]*?)\n""";/g)].map((m) => m[1]!);
    expect(bqBodies).toHaveLength(3);
    const bqContext = bare();
    vm.runInContext(bundle, bqContext);
    const bq = (params: string, body: string) => vm.runInContext(`(function (${params}) {\n${body}\n})`, bqContext) as (...a: unknown[]) => unknown;
    const bqTitle = bq('title', bqBodies[0]!);
    const bqInContext = bq('title, context', bqBodies[1]!);
    const bqDepartment = bq('department', bqBodies[2]!);
    for (const t of titles) {
      const want = JSON.stringify(normalizeTitle(t, { framework: fw }));
      const wantProduct = JSON.stringify(normalizeTitle(t, { framework: fw, context: 'product' }));
      expect(JSON.stringify(sfTitle(t)), t).toBe(want);
      expect(JSON.stringify(bqTitle(t)), t).toBe(want);
      expect(JSON.stringify(sfContext(t, 'product')), t).toBe(wantProduct);
      expect(JSON.stringify(bqInContext(t, 'product')), t).toBe(wantProduct);
    }
    // Snowflake hands a SQL NULL to JavaScript as undefined, BigQuery as null.
    expect(sfDepartment('Product Management')).toBe(true);
    expect(sfDepartment(undefined)).toBe(false);
    expect(bqDepartment('Production')).toBe(false);
    expect(bqDepartment(null)).toBe(false);
    expect(sfContext(undefined, 'product')).toBeNull();
    expect(() => sfContext('Sr. PM', 'prod')).toThrow(/not 'prod'/);
    expect(() => bqInContext('Sr. PM', 'prod')).toThrow(/not 'prod'/);
    expect(bigquerySql(bundle, 'gs://bucket/ladder-normalize.js')).toContain(`CREATE TEMP FUNCTION ${BIGQUERY_CONTEXT_NAME}(title STRING, context STRING)`);
  });
});
