import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as duckdb from '@duckdb/node-api';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { ladder } from '../../../test/cli.js';
import { loadTitles } from '../../../bench/normalize-speed.js';

const dir = mkdtempSync(join(tmpdir(), 'ladder-udf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ladder udf --target duckdb', () => {
  it('registers ladder_normalize in DuckDB, whose answers over a 100,000-row file match the CLI\'s', async () => {
    const out = join(dir, 'duckdb');
    const made = ladder(['udf', '--target', 'duckdb', '--out', out]);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('register-duckdb.mjs');

    // 100,000 rows of titles from the data sets, with quoting where a title needs it.
    const titles = loadTitles(true).filter((t) => t.trim() === t && t !== '');
    let seed = 5;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const q = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const rows: string[] = ['id,title'];
    for (let i = 1; i <= 100_000; i++) rows.push(`${i},${q(titles[Math.floor(rnd() * titles.length)]!)}`);
    const csv = join(dir, 'titles.csv');
    writeFileSync(csv, `${rows.join('\n')}\n`);

    const { registerLadderNormalize } = (await import(pathToFileURL(join(out, 'register-duckdb.mjs')).href)) as { registerLadderNormalize: (c: duckdb.DuckDBConnection, d: typeof duckdb) => void };
    const instance = await duckdb.DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      registerLadderNormalize(connection, duckdb);
      const reader = await connection.runAndReadAll(
        `SELECT id, ladder_normalize(title) FROM read_csv('${csv}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {'id': 'BIGINT', 'title': 'VARCHAR'}) ORDER BY id`,
      );
      const got = reader.getRows();
      expect(got).toHaveLength(100_000);
      const family = await connection.runAndReadAll(`SELECT ladder_normalize('Senior Product Manager')::JSON ->> 'family'`);
      expect(family.getRows()[0]![0]).toBe('product-management');

      const cli = ladder(['normalize', csv, '--column', 'title', '--out', join(dir, 'titles.out.csv')]);
      expect(cli.code).toBe(0);
      const table = Papa.parse<string[]>(readFileSync(join(dir, 'titles.out.csv'), 'utf8'), { skipEmptyLines: true }).data;
      const head = table[0]!;
      const col = (name: string) => head.indexOf(name);
      const mismatches: string[] = [];
      for (let i = 0; i < got.length; i++) {
        const r = JSON.parse(got[i]![1] as string) as { family: string | null; roleId: string | null; canonicalTitle: string | null; level: number | null; track: string | null; confidence: number; adjacent: string | null; specialties: string[]; area: string | null };
        const c = table[i + 1]!;
        const fromSql = [r.family ?? '', r.roleId ?? '', r.canonicalTitle ?? '', r.level === null ? '' : String(r.level), r.track ?? '', r.confidence.toFixed(2), r.adjacent ?? '', r.specialties.join('|'), r.area ?? ''];
        const fromCli = ['family', 'role_id', 'canonical_title', 'level', 'track', 'confidence', 'adjacent', 'specialties', 'area'].map((n) => c[col(n)]);
        if (String(got[i]![0]) !== c[0] || JSON.stringify(fromSql) !== JSON.stringify(fromCli)) mismatches.push(`${c[0]} ${c[1]}`);
      }
      expect(mismatches.slice(0, 5)).toEqual([]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it('says which engines there are', () => {
    const r = ladder(['udf', '--target', 'oracle', '--out', join(dir, 'x')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--target must be one of duckdb, bigquery, snowflake/);
  });
});
