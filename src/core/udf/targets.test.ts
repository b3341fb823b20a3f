import { describe, expect, it } from 'vitest';
import { LadderError } from '../errors.js';
import { BIGQUERY_CONTEXT_NAME, BIGQUERY_INLINE_LIMIT, BUNDLE_FILE, bigquerySql, SNOWFLAKE_BODY_LIMIT, snowflakeSql, udfFiles } from './targets.js';

// A stand-in bundle of a realistic size: these tests check the SQL around it.
const bundle = `(function (root) { root.ladder_normalize = function (title) { return { title: title }; }; })(globalThis);\n/*${'x'.repeat(80_000)}*/`;

describe('the SQL for each engine', () => {
  it('BigQuery: JavaScript functions with the bundle as a Cloud Storage library, the form with a context under its own name', () => {
    const sql = bigquerySql(bundle, 'gs://people-data/udf/ladder-normalize.js');
    // CREATE TEMP FUNCTION name(param type, ...) RETURNS type [DETERMINISTIC] LANGUAGE js [OPTIONS (library = [...])] AS r"""code""";
    const create = /^CREATE TEMP FUNCTION (\w+)\(([^)]*)\)\nRETURNS (\w+)\nDETERMINISTIC\nLANGUAGE js\nOPTIONS \(library = \["gs:\/\/people-data\/udf\/ladder-normalize\.js"\]\)\nAS r"""\n([\s\S]*?)\n""";$/gm;
    const functions = [...sql.matchAll(create)].map((m) => ({ name: m[1], params: m[2], returns: m[3], body: m[4]! }));
    expect(functions.map(({ name, params, returns }) => `${name}(${params}) ${returns}`)).toEqual([
      'ladder_normalize(title STRING) JSON',
      `${BIGQUERY_CONTEXT_NAME}(title STRING, context STRING) JSON`,
      'ladder_is_product_department(department STRING) BOOL',
    ]);
    // BigQuery knows a function by its name alone: no name may be defined twice in one script.
    expect(new Set(functions.map((f) => f.name)).size).toBe(3);
    expect(sql.match(/CREATE TEMP FUNCTION/g)).toHaveLength(3);
    for (const f of functions) {
      expect(f.body).not.toContain('"""');
      expect(Buffer.byteLength(f.body)).toBeLessThan(BIGQUERY_INLINE_LIMIT);
    }
    expect(functions[1]!.body.trim()).toBe('return ladder_normalize(title, context);');
    expect(sql).not.toContain('xxxx');
    expect(() => bigquerySql(bundle, 'https://example.test/x.js')).toThrow(LadderError);
    expect(() => bigquerySql(bundle, 'gs://bucket-only')).toThrow(/Cloud Storage path/);
  });

  it('Snowflake: JavaScript functions with the bundle inline, ladder_normalize overloaded by arity, arguments read in upper case', () => {
    const sql = snowflakeSql(bundle);
    const create = /^CREATE OR REPLACE FUNCTION (\w+)\(([^)]*)\)\nRETURNS (\w+)\nLANGUAGE JAVASCRIPT\nIMMUTABLE\nAS \$\$\n([\s\S]*?)\n\$\$;$/gm;
    const functions = [...sql.matchAll(create)].map((m) => ({ name: m[1], params: m[2], returns: m[3], body: m[4]! }));
    expect(functions.map(({ name, params, returns }) => `${name}(${params}) ${returns}`)).toEqual([
      'ladder_normalize(title VARCHAR) VARIANT',
      'ladder_normalize(title VARCHAR, context VARCHAR) VARIANT',
      'ladder_is_product_department(department VARCHAR) BOOLEAN',
    ]);
    // Snowflake passes arguments to JavaScript under their upper-case names.
    expect(functions.map((f) => /return (.*);$/.exec(f.body)![1])).toEqual([
      'globalThis.ladder_normalize(TITLE)',
      'globalThis.ladder_normalize(TITLE, CONTEXT)',
      'globalThis.ladder_is_product_department(DEPARTMENT)',
    ]);
    for (const f of functions) {
      expect(f.body).toContain(bundle);
      expect(Buffer.byteLength(f.body)).toBeLessThan(SNOWFLAKE_BODY_LIMIT);
    }
    expect(() => snowflakeSql('var a = "$$";')).toThrow(LadderError);
  });

  it('writes the bundle beside the SQL for every engine, and a loader for DuckDB', () => {
    expect(udfFiles('duckdb', bundle).map((f) => f.name)).toEqual([BUNDLE_FILE, 'register-duckdb.mjs', 'example.sql']);
    expect(udfFiles('bigquery', bundle).map((f) => f.name)).toEqual([BUNDLE_FILE, 'create-function.sql']);
    expect(udfFiles('snowflake', bundle).map((f) => f.name)).toEqual([BUNDLE_FILE, 'create-function.sql']);
    expect(udfFiles('bigquery', bundle)[1]!.text).toContain('gs://YOUR-BUCKET/ladder-normalize.js');
  });
});
