import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ladder } from '../../../test/cli.js';
import { writeRosterWorkbook } from '../../../test/roster-workbook.js';
import { readSpreadsheet } from '../../store/spreadsheet/index.js';
import { writeXlsx } from '../../store/spreadsheet/write-xlsx.js';

let dir: string;
let export5000: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ladder-org-data-'));
  export5000 = join(dir, 'workers.xlsx');
  await writeRosterWorkbook(export5000, 5000);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('spreadsheets on the command line', () => {
  it('audits a 5,000-person Workday-like XLSX export, its columns recognised from the header', () => {
    const r = ladder(['org', 'audit', export5000, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toMatchObject({ people: 5000, rejectedRows: 0 });
  });

  it('names the sheets when --sheet names none of them', () => {
    const r = ladder(['org', 'audit', export5000, '--sheet', 'Staff']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('has no sheet "Staff"; its sheets are "Workers"');
  });

  it('normalizes the titles of a workbook into a workbook that cannot start a formula', async () => {
    const input = join(dir, 'titles.xlsx');
    await writeXlsx(input, [{ name: 'Titles', headers: ['Title', 'Team'], rows: [['Senior Product Manager', 'Payments'], ['=1+1', 'x'], [42, 'y']] }]);
    const out = join(dir, 'titles.out.xlsx');
    const r = ladder(['normalize', input, '--column', 'Title', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('3 rows normalized');
    expect(r.stderr).toContain('holds the number 42, not a title');
    const t = readSpreadsheet(readFileSync(out), { file: 'out.xlsx' });
    expect(t.headers.slice(0, 4)).toEqual(['Title', 'Team', 'family', 'role_id']);
    expect(t.rows[0]!.cells.slice(2, 4)).toEqual(['product-management', 'senior-product-manager']);
    expect(t.rows[1]!.cells[0]).toBe("'=1+1");
    expect(t.rows[2]!.cells.at(-1)).toContain('holds the number 42');
  });
});

describe('ladder org pay', () => {
  it('prints percentiles per band and location and withholds small groups', () => {
    const r = ladder(['org', 'pay', export5000, '--by', 'band,location']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Pay by band, location (EUR a year)');
    expect(r.stdout).toContain('not shown: fewer than 5 people');
    expect(r.stdout).not.toMatch(/W0\d{5}/);
  });

  it('writes pay bands as a company framework file that org audit then checks against', () => {
    const bands = join(dir, 'bands.yaml');
    const w = ladder(['org', 'pay', export5000, '--format', 'framework', '--name', 'Acme', '--out', bands]);
    expect(w.code).toBe(0);
    const text = readFileSync(bands, 'utf8');
    expect(text).toContain('senior-product-manager:');
    expect(text).toMatch(/- region: All locations\n\s+currency: GBP\n\s+period: year\n\s+min: \d+\n\s+max: \d+/);
    expect(ladder(['validate', bands]).code).toBe(0);
    // Roles the built-in ladder gives no range for in a currency are checked once the company's bands are in.
    const before = JSON.parse(ladder(['org', 'audit', export5000, '--json']).stdout).metrics.pay;
    const after = JSON.parse(ladder(['--framework', bands, 'org', 'audit', export5000, '--json']).stdout).metrics.pay;
    expect(after.checked).toBeGreaterThan(before.checked);
  });

  it('refuses a minimum group below 3', () => {
    const r = ladder(['org', 'pay', export5000, '--min-group', '2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--min-group');
  });
});

describe('ladder org levels', () => {
  it('proposes the levels, writes them as a company framework file, and other commands use it', () => {
    const file = join(dir, 'levels.yaml');
    const r = ladder(['org', 'levels', export5000, '--level-column', 'Management Level', '--write', file, '--name', 'Acme']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/L5\s+\d+ people → band 3 \(individual contributor\)/);
    expect(r.stdout).toContain('People whose title reads as another band than their level');
    expect(ladder(['validate', file]).code).toBe(0);
    // "Product Manager L5" now reads as band 3 through the company's level.
    const n = ladder(['--framework', file, 'normalize', 'Product Manager L5', '--json']);
    expect(JSON.parse(n.stdout).level).toBe(3);
  });

  it('says which column to name when there is no level column', () => {
    const csv = join(dir, 'nolevel.csv');
    writeFileSync(csv, 'id,name,title,manager_id\na,A,Product Manager,\n');
    const r = ladder(['org', 'levels', csv]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--level-column');
  });
});

describe('ladder org trend', () => {
  it('shows the organisation over dated snapshots, with joiners, leavers and promotions', async () => {
    const later = join(dir, 'later.xlsx');
    await writeRosterWorkbook(later, 5200, { date: '2026-12-31' });
    const r = ladder(['org', 'trend', export5000, later, '--json']);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout);
    expect(t.points.map((p: { date: string; people: number }) => [p.date, p.people])).toEqual([['2026-06-30', 5000], ['2026-12-31', 5200]]);
    expect(t.steps[0].joiners).toBeGreaterThan(0);
    expect(t.points[0].engineersPerProduct).toBeGreaterThan(1);
  });

  it('takes the date from NAME@YYYY-MM-DD and refuses a roster without one', () => {
    const a = join(dir, 'a.csv');
    writeFileSync(a, 'id,name,title,manager_id\nh,H,Head of Product,\np,P,Product Manager,h\n');
    const b = join(dir, 'b.csv');
    writeFileSync(b, 'id,name,title,manager_id\nh,H,Head of Product,\np,P,Senior Product Manager,h\nq,Q,Product Manager,h\n');
    const r = ladder(['org', 'trend', `${a}@2026-01-01`, `${b}@2026-02-01`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2026-01-01 → 2026-02-01: 1 joined, 0 left (0%), 1 promoted');
    const bad = ladder(['org', 'trend', a, b]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('has no date');
  });
});
