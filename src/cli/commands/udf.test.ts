import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as duckdb from '@duckdb/node-api';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ladder } from '../../../test/cli.js';
import { loadTitles } from '../../../bench/normalize-speed.js';
import { rng } from '../../../test/roster-workbook.js';

const dir = mkdtempSync(join(tmpdir(), 'ladder-udf-'));
const out = join(dir, 'duckdb');
let instance: duckdb.DuckDBInstance;
let connection: duckdb.DuckDBConnection;

afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

beforeAll(async () => {
  const made = ladder(['udf', '--target', 'duckdb', '--out', out]);
  expect(made.stderr).toBe('');
  expect(made.code).toBe(0);
  expect(made.stdout).toContain('register-duckdb.mjs');
  const { registerLadderNormalize } = (await import(pathToFileURL(join(out, 'register-duckdb.mjs')).href)) as { registerLadderNormalize: (c: duckdb.DuckDBConnection, d: typeof duckdb) => void };
  instance = await duckdb.DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  registerLadderNormalize(connection, duckdb);
});

const q = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const TITLES = loadTitles(true).filter((t) => t.trim() === t && t !== '');

/** Rows of the CLI's output CSV and of the SQL's JSON results agree, field by field, row by row. */
function mismatches(got: unknown[][], cliOut: string): string[] {
  const table = Papa.parse<string[]>(readFileSync(cliOut, 'utf8'), { skipEmptyLines: true }).data;
  const head = table[0]!;
  const col = (name: string) => head.indexOf(name);
  const wrong: string[] = [];
  expect(table.length - 1).toBe(got.length);
  for (let i = 0; i < got.length; i++) {
    const r = JSON.parse(got[i]![1] as string) as { family: string | null; roleId: string | null; canonicalTitle: string | null; level: number | null; track: string | null; confidence: number; adjacent: string | null; specialties: string[]; area: string | null };
    const c = table[i + 1]!;
    const fromSql = [r.family ?? '', r.roleId ?? '', r.canonicalTitle ?? '', r.level === null ? '' : String(r.level), r.track ?? '', r.confidence.toFixed(2), r.adjacent ?? '', r.specialties.join('|'), r.area ?? ''];
    const fromCli = ['family', 'role_id', 'canonical_title', 'level', 'track', 'confidence', 'adjacent', 'specialties', 'area'].map((n) => c[col(n)]);
    if (String(got[i]![0]) !== c[0] || JSON.stringify(fromSql) !== JSON.stringify(fromCli)) wrong.push(`${c[0]} ${c[1]}`);
  }
  return wrong;
}

describe('ladder udf --target duckdb', () => {
  it('registers ladder_normalize in DuckDB, whose answers over a 100,000-row file match the CLI\'s', async () => {
    // 100,000 rows of titles from the data sets, with quoting where a title needs it.
    const rnd = rng(5);
    const rows: string[] = ['id,title'];
    for (let i = 1; i <= 100_000; i++) rows.push(`${i},${q(TITLES[Math.floor(rnd() * TITLES.length)]!)}`);
    const csv = join(dir, 'titles.csv');
    writeFileSync(csv, `${rows.join('\n')}\n`);

    const reader = await connection.runAndReadAll(
      `SELECT id, ladder_normalize(title) FROM read_csv('${csv}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {'id': 'BIGINT', 'title': 'VARCHAR'}) ORDER BY id`,
    );
    const got = reader.getRows();
    expect(got).toHaveLength(100_000);
    const family = await connection.runAndReadAll(`SELECT ladder_normalize('Senior Product Manager')::JSON ->> 'family'`);
    expect(family.getRows()[0]![0]).toBe('product-management');

    const cli = ladder(['normalize', csv, '--column', 'title', '--out', join(dir, 'titles.out.csv')]);
    expect(cli.code).toBe(0);
    expect(mismatches(got, join(dir, 'titles.out.csv')).slice(0, 5)).toEqual([]);
  });

  it('reads each title in the context its department gives it, as ladder normalize --context-column does, over a 30,000-row roster', async () => {
    // Departments as rosters spell them: product ones in several languages, others, and blanks.
    const departments = ['Product', 'Product Management', 'Product & Design', 'Produkt', 'produit', 'CPO Office', 'Production', 'Produktion', 'Engineering', 'Sales', 'Facilities', 'Design', ''];
    // Shorthand whose reading depends on the context, beside the data sets' titles.
    const shorthand = ['Sr. PM', 'Senior PM', 'PM II', 'GPM', 'APM', 'PO', 'TPM', 'Lead PM', 'PMM', 'Prod Mgr', 'Director of PM', 'SPM'];
    const rnd = rng(17);
    const rows: string[] = ['id,title,department'];
    for (let i = 1; i <= 30_000; i++) {
      const title = rnd() < 0.3 ? shorthand[Math.floor(rnd() * shorthand.length)]! : TITLES[Math.floor(rnd() * TITLES.length)]!;
      rows.push(`${i},${q(title)},${q(departments[Math.floor(rnd() * departments.length)]!)}`);
    }
    const csv = join(dir, 'roster.csv');
    writeFileSync(csv, `${rows.join('\n')}\n`);

    const from = `read_csv('${csv}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {'id': 'BIGINT', 'title': 'VARCHAR', 'department': 'VARCHAR'})`;
    const got = (await connection.runAndReadAll(`SELECT id, ladder_normalize(title, CASE WHEN ladder_is_product_department(department) THEN 'product' ELSE 'general' END) FROM ${from} ORDER BY id`)).getRows();
    expect(got).toHaveLength(30_000);

    const cli = ladder(['normalize', csv, '--column', 'title', '--context-column', 'department', '--out', join(dir, 'roster.out.csv')]);
    expect(cli.code).toBe(0);
    expect(mismatches(got, join(dir, 'roster.out.csv')).slice(0, 5)).toEqual([]);

    // The context changed answers in this file: reading it all in the general context differs.
    const general = (await connection.runAndReadAll(`SELECT count(*) FROM ${from} WHERE ladder_normalize(title) <> ladder_normalize(title, CASE WHEN ladder_is_product_department(department) THEN 'product' ELSE 'general' END)`)).getRows();
    expect(Number(general[0]![0])).toBeGreaterThan(1000);
  });

  it('reads a NULL context as general, a NULL department as not product, and stops on an unknown context', async () => {
    const rows = (await connection.runAndReadAll(`SELECT ladder_normalize('Sr. PM', NULL) = ladder_normalize('Sr. PM'), ladder_normalize('Sr. PM', ' Product ') = ladder_normalize('Sr. PM', 'product'), ladder_normalize(NULL, 'product') IS NULL, ladder_is_product_department(NULL), ladder_is_product_department('Produktmanagement')`)).getRows();
    expect(rows[0]).toEqual([true, true, true, false, true]);
    await expect(connection.runAndReadAll(`SELECT ladder_normalize('Sr. PM', 'engineering')`)).rejects.toThrow("ladder_normalize: the context must be 'general' or 'product', not 'engineering'");
  });

  it('says which engines there are', () => {
    const r = ladder(['udf', '--target', 'oracle', '--out', join(dir, 'x')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--target must be one of duckdb, bigquery, snowflake/);
  });
});
