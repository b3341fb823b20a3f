import { LadderError } from '../errors.js';
import { UDF_DEPARTMENT_NAME, UDF_NAME } from './bundle.js';

export const UDF_TARGETS = ['duckdb', 'bigquery', 'snowflake'] as const;
export type UdfTarget = (typeof UDF_TARGETS)[number];

/**
 * BigQuery has no overloads (a function is known by its name alone, and defining one name twice
 * in a query is an error), so there the two-argument form has a name of its own.
 */
export const BIGQUERY_CONTEXT_NAME = `${UDF_NAME}_in_context`;

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
 * DuckDB has no JavaScript in SQL: its Node client registers JavaScript scalar functions on a
 * connection. The loader evaluates the bundle in a fresh context (node:vm) and registers
 * ladder_normalize(VARCHAR[, VARCHAR]) → VARCHAR holding the result as JSON, and
 * ladder_is_product_department(VARCHAR) → BOOLEAN. The caller passes its own @duckdb/node-api
 * module, so the loader needs no install of its own.
 */
function duckdbLoader(): string {
  return `// Registers on a DuckDB connection of @duckdb/node-api:
//   ${UDF_NAME}(title VARCHAR) -> VARCHAR (JSON), the title read in the general context
//   ${UDF_NAME}(title VARCHAR, context VARCHAR) -> VARCHAR (JSON), context 'general' or 'product'
//   ${UDF_DEPARTMENT_NAME}(department VARCHAR) -> BOOLEAN
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
  const isProductDepartment = context.${UDF_DEPARTMENT_NAME};
  // Columns repeat their values: each distinct title is read once per context (up to 50,000
  // remembered for each), each distinct department once (up to 10,000).
  const memos = new Map();
  const answer = (title, titleContext) => {
    let memo = memos.get(titleContext);
    if (memo === undefined) {
      if (memos.size >= 8) memos.clear();
      memos.set(titleContext, (memo = new Map()));
    }
    let json = memo.get(title);
    if (json === undefined) {
      json = JSON.stringify(normalize(title, titleContext));
      if (memo.size >= 50000) memo.clear();
      memo.set(title, json);
    }
    return json;
  };
  const departmentMemo = new Map();
  const isProduct = (department) => {
    let yes = departmentMemo.get(department);
    if (yes === undefined) {
      yes = isProductDepartment(department);
      if (departmentMemo.size >= 10000) departmentMemo.clear();
      departmentMemo.set(department, yes);
    }
    return yes;
  };
  // NULLs are handled here, not by DuckDB: a NULL context reads the title in the general
  // context, and a NULL department is not a product department.
  const titles = (arity) => (info, input, output) => {
    const title = input.getColumnVector(0);
    const titleContext = arity === 2 ? input.getColumnVector(1) : null;
    try {
      for (let row = 0; row < input.rowCount; row++) {
        const t = title.getItem(row);
        const c = titleContext === null ? null : titleContext.getItem(row);
        output.setItem(row, t === null ? null : answer(t, c));
      }
    } catch (e) {
      // An unknown context: the query stops with the function's message.
      info.setError(e instanceof Error ? e.message : String(e));
      return;
    }
    output.flush();
  };
  for (const arity of [1, 2]) {
    connection.registerScalarFunction(
      duckdb.DuckDBScalarFunction.create({
        name: '${UDF_NAME}',
        parameterTypes: arity === 1 ? [duckdb.VARCHAR] : [duckdb.VARCHAR, duckdb.VARCHAR],
        returnType: duckdb.VARCHAR,
        specialHandling: true,
        mainFunction: titles(arity),
      }),
    );
  }
  connection.registerScalarFunction(
    duckdb.DuckDBScalarFunction.create({
      name: '${UDF_DEPARTMENT_NAME}',
      parameterTypes: [duckdb.VARCHAR],
      returnType: duckdb.BOOLEAN,
      specialHandling: true,
      mainFunction: (info, input, output) => {
        const departments = input.getColumnVector(0);
        for (let row = 0; row < input.rowCount; row++) output.setItem(row, isProduct(departments.getItem(row)));
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

-- A roster: each title read in the context its department gives it, as
-- ladder normalize roster.csv --column title --context-column department does.
SELECT
  title,
  department,
  ${UDF_NAME}(title, CASE WHEN ${UDF_DEPARTMENT_NAME}(department) THEN 'product' ELSE 'general' END)::JSON ->> 'roleId' AS role_id
FROM read_csv('roster.csv');
`;
}

/**
 * BigQuery: JavaScript functions returning JSON (and BOOL for the department rule). The
 * bundle is larger than an inline body may be, so it is loaded as a library from Cloud Storage
 * and each body only calls it. The two-argument form has its own name: BigQuery has no
 * overloads.
 */
export function bigquerySql(bundle: string, library: string): string {
  if (!/^gs:\/\/[^/\s"]+\/\S+\.js$/.test(library)) {
    throw new LadderError('udf-library', `--library must be a Cloud Storage path to a .js file, such as gs://bucket/${BUNDLE_FILE}, not "${library}"`);
  }
  const fn = (name: string, params: string, returns: string, body: string) => `CREATE TEMP FUNCTION ${name}(${params})
RETURNS ${returns}
DETERMINISTIC
LANGUAGE js
OPTIONS (library = ["${library}"])
AS r"""
  ${body}
""";`;
  return `-- ${UDF_NAME}(title STRING) -> JSON, ${BIGQUERY_CONTEXT_NAME}(title STRING, context STRING) -> JSON
-- and ${UDF_DEPARTMENT_NAME}(department STRING) -> BOOL for BigQuery.
-- 1. Upload ${BUNDLE_FILE} (${bundle.length.toLocaleString('en-US')} bytes) to ${library}
--    (the code is too large for an inline body of ${BIGQUERY_INLINE_LIMIT.toLocaleString('en-US')} bytes, so it is a library).
-- 2. Run this with your query (temporary functions), or use CREATE FUNCTION dataset.name for lasting ones.
-- BigQuery has no overloads: the form with a context is ${BIGQUERY_CONTEXT_NAME}.
${fn(UDF_NAME, 'title STRING', 'JSON', `return ${UDF_NAME}(title);`)}

${fn(BIGQUERY_CONTEXT_NAME, 'title STRING, context STRING', 'JSON', `return ${UDF_NAME}(title, context);`)}

${fn(UDF_DEPARTMENT_NAME, 'department STRING', 'BOOL', `return ${UDF_DEPARTMENT_NAME}(department);`)}

SELECT
  title,
  JSON_VALUE(${UDF_NAME}(title), '$.family') AS family,
  JSON_VALUE(${UDF_NAME}(title), '$.roleId') AS role_id,
  SAFE_CAST(JSON_VALUE(${UDF_NAME}(title), '$.level') AS INT64) AS level,
  JSON_VALUE(${UDF_NAME}(title), '$.track') AS track,
  JSON_VALUE(${BIGQUERY_CONTEXT_NAME}(title, CASE WHEN ${UDF_DEPARTMENT_NAME}(department) THEN 'product' ELSE 'general' END), '$.roleId') AS role_id_in_context
FROM UNNEST([STRUCT('Senior PM' AS title, 'Product' AS department), STRUCT('Senior PM' AS title, 'Facilities' AS department)]);
`;
}

/**
 * Snowflake: JavaScript functions returning VARIANT (BOOLEAN for the department rule), each
 * with the whole bundle in its body; Snowflake has overloads, so both forms are
 * ladder_normalize. A body runs for each row, so the bundle is evaluated once and kept in the
 * global state (Snowflake usually keeps it between rows). Snowflake hands arguments to
 * JavaScript by their upper-case names: TITLE, CONTEXT, DEPARTMENT.
 */
export function snowflakeSql(bundle: string): string {
  if (bundle.includes('$$')) throw new LadderError('udf-bundle', 'the bundle holds "$$", which would end the function body early in Snowflake');
  const fn = (name: string, params: string, returns: string, call: string) => `CREATE OR REPLACE FUNCTION ${name}(${params})
RETURNS ${returns}
LANGUAGE JAVASCRIPT
IMMUTABLE
AS $$
if (typeof globalThis.${name} !== 'function') {
${bundle}
}
return globalThis.${call};
$$;`;
  return `-- ${UDF_NAME}(title VARCHAR [, context VARCHAR]) -> VARIANT and ${UDF_DEPARTMENT_NAME}(department VARCHAR) -> BOOLEAN
-- for Snowflake (JavaScript body of each: ${bundle.length.toLocaleString('en-US')} bytes).
${fn(UDF_NAME, 'title VARCHAR', 'VARIANT', `${UDF_NAME}(TITLE)`)}

${fn(UDF_NAME, 'title VARCHAR, context VARCHAR', 'VARIANT', `${UDF_NAME}(TITLE, CONTEXT)`)}

${fn(UDF_DEPARTMENT_NAME, 'department VARCHAR', 'BOOLEAN', `${UDF_DEPARTMENT_NAME}(DEPARTMENT)`)}

SELECT
  title,
  ${UDF_NAME}(title):family::VARCHAR AS family,
  ${UDF_NAME}(title):roleId::VARCHAR AS role_id,
  ${UDF_NAME}(title):level::INTEGER AS level,
  ${UDF_NAME}(title):track::VARCHAR AS track,
  ${UDF_NAME}(title, CASE WHEN ${UDF_DEPARTMENT_NAME}(department) THEN 'product' ELSE 'general' END):roleId::VARCHAR AS role_id_in_context
FROM (SELECT column1 AS title, column2 AS department FROM VALUES ('Senior PM', 'Product'), ('Senior PM', 'Facilities'));
`;
}
