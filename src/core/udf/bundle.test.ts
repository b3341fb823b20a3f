import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../test/cli.js';
import { loadBuiltinFramework, loadFramework } from '../../store/framework-files.js';
import { readUdfCore } from '../../store/udf-core.js';
import { createNormalizer, normalizeTitle } from '../normalize/index.js';
import { bundleSource, UDF_NAME } from './bundle.js';
import { snowflakeSql, bigquerySql } from './targets.js';

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

  it('runs with no Node API and answers every title of the data sets as normalizeTitle does', () => {
    const context = bare();
    vm.runInContext(bundle, context);
    const normalize = context[UDF_NAME] as (t: string | null) => unknown;
    const titles = allTitles();
    expect(titles.length).toBeGreaterThan(15_000);
    const differ: string[] = [];
    for (const t of titles) if (JSON.stringify(normalize(t)) !== JSON.stringify(normalizeTitle(t, { framework: fw }))) differ.push(t);
    expect(differ).toEqual([]);
    expect(normalize(null)).toBeNull();
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

  it('works as the body of a Snowflake function (argument TITLE) and with a BigQuery library', () => {
    const titles = allTitles().filter((_, i) => i % 50 === 0);
    // Snowflake: the SQL's $$ … $$ body is a JavaScript function body of the argument TITLE,
    // run for each row in a context that keeps its globals.
    const sf = /AS \$\$\n([\s\S]*)\n\$\$;/.exec(snowflakeSql(bundle))![1]!;
    const sfContext = bare();
    const sfFunction = vm.runInContext(`(function (TITLE) {\n${sf}\n})`, sfContext) as (t: string) => unknown;
    // BigQuery: the library is loaded, then the r""" … """ body runs as a function of title.
    const bq = /AS r"""\n([\s\S]*)\n""";/.exec(bigquerySql(bundle, 'gs://bucket/ladder-normalize.js'))![1]!;
    const bqContext = bare();
    vm.runInContext(bundle, bqContext);
    const bqFunction = vm.runInContext(`(function (title) {\n${bq}\n})`, bqContext) as (t: string) => unknown;
    for (const t of titles) {
      const want = JSON.stringify(normalizeTitle(t, { framework: fw }));
      expect(JSON.stringify(sfFunction(t)), t).toBe(want);
      expect(JSON.stringify(bqFunction(t)), t).toBe(want);
    }
  });
});
