import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/api.js';
import { rosterWorkbookBuffer } from '../../test/roster-workbook.js';
import { XLSX_TYPE } from './schemas/workspace.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function multipartFile(name: string, data: Buffer, fields: Record<string, string> = {}): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----ladderxlsx';
  const before = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join('');
  const head = Buffer.from(`${before}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${XLSX_TYPE}\r\n\r\n`);
  return { payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('spreadsheet rosters over the API', () => {
  let june: string;
  let december: string;

  it('imports an XLSX workbook sent as the body or as a multipart file, with its date, sheet and export layout', async () => {
    const body = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters?name=june.xlsx', headers: { ...t.auth(), 'content-type': XLSX_TYPE }, payload: await rosterWorkbookBuffer(300, { date: '2026-06-30' }) });
    expect(body.statusCode).toBe(201);
    expect(body.json()).toMatchObject({ source: 'june.xlsx', people: 300, effectiveDate: '2026-06-30', sheet: 'Workers', preset: 'workday' });
    june = body.json().id;
    const form = multipartFile('december.xlsx', await rosterWorkbookBuffer(320, { date: '2026-12-31' }));
    const mp = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters', headers: { ...t.auth(), ...form.headers }, payload: form.payload });
    expect(mp.statusCode).toBe(201);
    december = mp.json().id;
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/workspace/rosters', headers: t.auth() })).json().rosters;
    expect(list.map((r: { effectiveDate: string }) => r.effectiveDate).sort()).toEqual(['2026-06-30', '2026-12-31']);
  });

  it('answers a bad workbook with its error code and stores nothing', async () => {
    const before = (await t.store.rosters.list(t.workspace.id)).length;
    const good = await rosterWorkbookBuffer(10, { date: '2026-01-01' });
    const cut = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters', headers: { ...t.auth(), 'content-type': XLSX_TYPE }, payload: good.subarray(0, 200) });
    expect(cut.statusCode).toBe(400);
    expect(cut.json().error.code).toBe('xlsx-corrupt');
    const sheet = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/rosters?sheet=Staff', headers: { ...t.auth(), 'content-type': XLSX_TYPE }, payload: good });
    expect(sheet.json().error).toMatchObject({ code: 'xlsx-sheet-not-found' });
    expect(sheet.json().error.message).toContain('"Workers"');
    expect((await t.store.rosters.list(t.workspace.id)).length).toBe(before);
  });

  it("gives a snapshot's pay bands, withholding small groups, and people only when asked", async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/workspace/rosters/${june}/pay?by=location`, headers: t.auth() });
    expect(res.statusCode).toBe(200);
    const pay = res.json();
    expect(pay.effectiveDate).toBe('2026-06-30');
    expect(pay.groups.map((g: { currency: string; values: { location: string } }) => `${g.currency} ${g.values.location}`)).toEqual(['EUR Berlin', 'GBP London', 'USD New York']);
    expect(pay.groups.every((g: { figures: unknown }) => g.figures !== null)).toBe(true);
    expect(pay.people).toBeUndefined();
    expect(typeof pay.outliers).toBe('number');
    const withPeople = (await t.app.inject({ method: 'GET', url: `/api/v1/workspace/rosters/${june}/pay?by=band,location&people=true`, headers: t.auth() })).json();
    expect(withPeople.people).toHaveLength(300);
    expect(withPeople.groups.some((g: { withheld: string | null }) => g.withheld === 'small-group')).toBe(true);
    const low = await t.app.inject({ method: 'GET', url: `/api/v1/workspace/rosters/${june}/pay?minGroup=2`, headers: t.auth() });
    expect(low.statusCode).toBe(400);
  });

  it('proposes levels and shows the trend between snapshots', async () => {
    const levels = (await t.app.inject({ method: 'GET', url: `/api/v1/workspace/rosters/${june}/levels`, headers: t.auth() })).json();
    expect(levels.levels.map((l: { level: string }) => l.level)).toContain('L5');
    const trend = await t.app.inject({ method: 'GET', url: `/api/v1/workspace/rosters/trend?ids=${december},${june}`, headers: t.auth() });
    expect(trend.statusCode).toBe(200);
    expect(trend.json().points.map((p: { date: string; people: number }) => [p.date, p.people])).toEqual([['2026-06-30', 300], ['2026-12-31', 320]]);
    const one = await t.app.inject({ method: 'GET', url: `/api/v1/workspace/rosters/trend?ids=${june}`, headers: t.auth() });
    expect(one.json().error.code).toBe('trend-needs-two');
  });
});

describe('normalize jobs over the API', () => {
  it('take a workbook: its first sheet is normalized like a CSV', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Titles');
    ws.addRow(['Team', 'Title']);
    ws.addRow(['Payments', 'Senior Product Manager']);
    ws.addRow(['Growth', 'Product Manager, Growth']);
    const form = multipartFile('titles.xlsx', Buffer.from(await wb.xlsx.writeBuffer()), { column: 'Title' });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/normalize/jobs', headers: form.headers, payload: form.payload });
    expect(res.statusCode).toBe(202);
    await t.app.jobs.idle();
    const result = await t.app.inject({ method: 'GET', url: `/api/v1/normalize/jobs/${res.json().id}/result` });
    const lines = result.body.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^Payments,Senior Product Manager,senior-product-manager,/);
    expect(lines[2]).toMatch(/^Growth,"Product Manager, Growth",product-manager,/);
  });

  it('refuse a damaged workbook with its error code', async () => {
    const form = multipartFile('bad.xlsx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100)]), { column: 'Title' });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/normalize/jobs', headers: form.headers, payload: form.payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('xlsx-corrupt');
  });
});
