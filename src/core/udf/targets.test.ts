import { describe, expect, it } from 'vitest';
import { LadderError } from '../errors.js';
import { BIGQUERY_INLINE_LIMIT, BUNDLE_FILE, bigquerySql, SNOWFLAKE_BODY_LIMIT, snowflakeSql, udfFiles } from './targets.js';

// A stand-in bundle of a realistic size: these tests check the SQL around it.
const bundle = `(function (root) { root.ladder_normalize = function (title) { return { title: title }; }; })(globalThis);\n/*${'x'.repeat(80_000)}*/`;

describe('the SQL for each engine', () => {
  it('BigQuery: a JavaScript function returning JSON, with the bundle as a Cloud Storage library', () => {
    const sql = bigquerySql(bundle, 'gs://people-data/udf/ladder-normalize.js');
    // CREATE TEMP FUNCTION name(param type) RETURNS type [DETERMINISTIC] LANGUAGE js [OPTIONS (library = [...])] AS r"""code""";
    expect(sql).toMatch(/^CREATE TEMP FUNCTION ladder_normalize\(title STRING\)\nRETURNS JSON\nDETERMINISTIC\nLANGUAGE js\nOPTIONS \(library = \["gs:\/\/people-data\/udf\/ladder-normalize\.js"\]\)\nAS r"""\n[\s\S]*?\n""";$/m);
    const body = /AS r"""\n([\s\S]*?)\n""";/.exec(sql)![1]!;
    expect(body).not.toContain('"""');
    expect(Buffer.byteLength(body)).toBeLessThan(BIGQUERY_INLINE_LIMIT);
    expect(sql).not.toContain('xxxx');
    expect(() => bigquerySql(bundle, 'https://example.test/x.js')).toThrow(LadderError);
    expect(() => bigquerySql(bundle, 'gs://bucket-only')).toThrow(/Cloud Storage path/);
  });

  it('Snowflake: a JavaScript function returning VARIANT, the bundle inline, the argument read as TITLE', () => {
    const sql = snowflakeSql(bundle);
    expect(sql).toMatch(/^CREATE OR REPLACE FUNCTION ladder_normalize\(title VARCHAR\)\nRETURNS VARIANT\nLANGUAGE JAVASCRIPT\nIMMUTABLE\nAS \$\$\n[\s\S]*\n\$\$;$/m);
    const body = /AS \$\$\n([\s\S]*)\n\$\$;/.exec(sql)![1]!;
    expect(body).toContain(bundle);
    // Snowflake passes arguments to JavaScript under their upper-case names.
    expect(body).toMatch(/\(TITLE\);$/);
    expect(Buffer.byteLength(body)).toBeLessThan(SNOWFLAKE_BODY_LIMIT);
    expect(() => snowflakeSql('var a = "$$";')).toThrow(LadderError);
  });

  it('writes the bundle beside the SQL for every engine, and a loader for DuckDB', () => {
    expect(udfFiles('duckdb', bundle).map((f) => f.name)).toEqual([BUNDLE_FILE, 'register-duckdb.mjs', 'example.sql']);
    expect(udfFiles('bigquery', bundle).map((f) => f.name)).toEqual([BUNDLE_FILE, 'create-function.sql']);
    expect(udfFiles('snowflake', bundle).map((f) => f.name)).toEqual([BUNDLE_FILE, 'create-function.sql']);
    expect(udfFiles('bigquery', bundle)[1]!.text).toContain('gs://YOUR-BUCKET/ladder-normalize.js');
  });
});
