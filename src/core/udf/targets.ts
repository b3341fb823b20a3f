import { LadderError } from '../errors.js';
import { UDF_NAME } from './bundle.js';

export const UDF_TARGETS = ['duckdb', 'bigquery', 'snowflake'] as const;
export type UdfTarget = (typeof UDF_TARGETS)[number];

/** The bundle's file name, beside the SQL. */
export const BUNDLE_FILE = 'ladder-normalize.js';

/**
 * Size limits of JavaScript function code, as each engine documents them (docs/warehouse.md
 * gives the sources). BigQuery: 32,768 bytes for a function's inline definition body (larger
 * code goes in a library file in Cloud Storage). Snowflake: about 100 KB of JavaScript source
 * recommended for a function's body (stored compressed, so the real limit varies).
 */
export const BIGQUERY_INLINE_LIMIT = 32_768;
export const SNOWFLAKE_BODY_LIMIT = 100 * 1024;

export interface UdfFile {
  name: string;
  text: string;
}

export interface UdfOptions {
  /** BigQuery: where the bundle will be in Cloud Storage. */
  library?: string;
}

/** The files `ladder udf --target T` writes: the bundle, the SQL and, for DuckDB, the loader. */
export function udfFiles(target: UdfTarget, bundle: string, options: UdfOptions = {}): UdfFile[] {
  const files: UdfFile[] = [{ name: BUNDLE_FILE, text: bundle }];
  if (target === 'duckdb') files.push({ name: 'register-duckdb.mjs', text: duckdbLoader() }, { name: 'example.sql', text: duckdbExample() });
  if (target === 'bigquery') files.push({ name: 'create-function.sql', text: bigquerySql(bundle, options.library ?? `gs://YOUR-BUCKET/${BUNDLE_FILE}`) });
  if (target === 'snowflake') files.push({ name: 'create-function.sql', text: snowflakeSql(bundle) });
  return files;
}

/**
 * DuckDB has no JavaScript in SQL: its Node client registers a JavaScript scalar function on a
 * connection. The loader evaluates the bundle in a fresh context (node:vm) and registers
 * ladder_normalize(VARCHAR) → VARCHAR holding the result as JSON. The caller passes its own
 * @duckdb/node-api module, so the loader needs no install of its own.
 */
function duckdbLoader(): string {
  return `// Registers ${UDF_NAME}(title VARCHAR) -> VARCHAR (JSON) on a DuckDB connection of @duckdb/node-api.
//
//   import * as duckdb from '@duckdb/node-api';
//   import { registerLadderNormalize } from './register-duckdb.mjs';
//   const connection = await (await duckdb.DuckDBInstance.create()).connect();
//   registerLadderNormalize(connection, duckdb);
//   await connection.runAndReadAll("SELECT title, ${UDF_NAME}(title)::JSON ->> 'family' FROM read_csv('titles.csv')");
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

export function registerLadderNormalize(connection, duckdb) {
  const context = vm.createContext({});
  vm.runInContext(readFileSync(new URL('./${BUNDLE_FILE}', import.meta.url), 'utf8'), context);
  const normalize = context.${UDF_NAME};
  // Columns of titles repeat them: each distinct title is read once (up to 50,000 remembered).
  const memo = new Map();
  const answer = (title) => {
    let json = memo.get(title);
    if (json === undefined) {
      if (memo.size >= 50000) memo.clear();
      json = JSON.stringify(normalize(title));
      memo.set(title, json);
    }
    return json;
  };
  connection.registerScalarFunction(
    duckdb.DuckDBScalarFunction.create({
      name: '${UDF_NAME}',
      parameterTypes: [duckdb.VARCHAR],
      returnType: duckdb.VARCHAR,
      mainFunction: (info, input, output) => {
        const titles = input.getColumnVector(0);
        for (let row = 0; row < input.rowCount; row++) {
          const title = titles.getItem(row);
          output.setItem(row, title === null ? null : answer(title));
        }
        output.flush();
      },
    }),
  );
}
`;
}

function duckdbExample(): string {
  return `-- After registerLadderNormalize(connection, duckdb) (see register-duckdb.mjs):
SELECT
  title,
  ${UDF_NAME}(title)::JSON ->> 'family' AS family,
  ${UDF_NAME}(title)::JSON ->> 'roleId' AS role_id,
  CAST(${UDF_NAME}(title)::JSON ->> 'level' AS INTEGER) AS level,
  ${UDF_NAME}(title)::JSON ->> 'track' AS track
FROM read_csv('titles.csv');
`;
}

/**
 * BigQuery: a JavaScript function returning JSON. The bundle is larger than an inline body may
 * be, so it is loaded as a library from Cloud Storage and the body only calls it.
 */
export function bigquerySql(bundle: string, library: string): string {
  if (!/^gs:\/\/[^/\s"]+\/\S+\.js$/.test(library)) {
    throw new LadderError('udf-library', `--library must be a Cloud Storage path to a .js file, such as gs://bucket/${BUNDLE_FILE}, not "${library}"`);
  }
  const body = `  return ${UDF_NAME}(title);`;
  return `-- ${UDF_NAME}(title STRING) -> JSON for BigQuery.
-- 1. Upload ${BUNDLE_FILE} (${bundle.length.toLocaleString('en-US')} bytes) to ${library}
--    (the code is too large for an inline body of ${BIGQUERY_INLINE_LIMIT.toLocaleString('en-US')} bytes, so it is a library).
-- 2. Run this with your query (a temporary function), or use CREATE FUNCTION dataset.${UDF_NAME} for a lasting one.
CREATE TEMP FUNCTION ${UDF_NAME}(title STRING)
RETURNS JSON
DETERMINISTIC
LANGUAGE js
OPTIONS (library = ["${library}"])
AS r"""
${body}
""";

SELECT
  title,
  JSON_VALUE(${UDF_NAME}(title), '$.family') AS family,
  JSON_VALUE(${UDF_NAME}(title), '$.roleId') AS role_id,
  SAFE_CAST(JSON_VALUE(${UDF_NAME}(title), '$.level') AS INT64) AS level,
  JSON_VALUE(${UDF_NAME}(title), '$.track') AS track
FROM UNNEST(['Senior Product Manager', 'Head of Product']) AS title;
`;
}

/**
 * Snowflake: a JavaScript function returning VARIANT, with the whole bundle in its body. The
 * body runs for each row, so the bundle is evaluated once and kept in the global state
 * (Snowflake usually keeps it between rows). Snowflake hands arguments to JavaScript by their
 * upper-case names: the title is TITLE.
 */
export function snowflakeSql(bundle: string): string {
  if (bundle.includes('$$')) throw new LadderError('udf-bundle', 'the bundle holds "$$", which would end the function body early in Snowflake');
  return `-- ${UDF_NAME}(title VARCHAR) -> VARIANT for Snowflake (JavaScript body: ${bundle.length.toLocaleString('en-US')} bytes).
CREATE OR REPLACE FUNCTION ${UDF_NAME}(title VARCHAR)
RETURNS VARIANT
LANGUAGE JAVASCRIPT
IMMUTABLE
AS $$
if (typeof globalThis.${UDF_NAME} !== 'function') {
${bundle}
}
return globalThis.${UDF_NAME}(TITLE);
$$;

SELECT
  title,
  ${UDF_NAME}(title):family::VARCHAR AS family,
  ${UDF_NAME}(title):roleId::VARCHAR AS role_id,
  ${UDF_NAME}(title):level::INTEGER AS level,
  ${UDF_NAME}(title):track::VARCHAR AS track
FROM (SELECT column1 AS title FROM VALUES ('Senior Product Manager'), ('Head of Product'));
`;
}
