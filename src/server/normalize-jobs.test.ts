import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/api.js';
import { multipart } from '../../test/multipart.js';
import { pickColumn } from './job-runner.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function upload(parts: Parameters<typeof multipart>[0]) {
  const form = multipart(parts);
  return t.app.inject({ method: 'POST', url: '/api/v1/normalize/jobs', headers: form.headers, payload: form.payload });
}
const status = async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/normalize/jobs/${id}` })).json();

describe('normalize jobs', () => {
  it('normalizes an uploaded CSV in the background and gives the result as CSV', async () => {
    const rows = ['Employee,Job Title', 'Ann,Senior Product Manager', 'Bo,"Product Manager, Payments"', 'Cy,', 'Di,Astronaut'];
    for (let i = 0; i < 2500; i++) rows.push(`P${i},Associate Product Manager`);
    const res = await upload([{ name: 'column', value: 'Job Title' }, { name: 'file', filename: 'titles.csv', content: `\uFEFF${rows.join('\n')}\n` }]);
    expect(res.statusCode).toBe(202);
    const { id } = res.json();
    await t.app.jobs.idle();
    const done = await status(id);
    expect(done).toMatchObject({ id, status: 'done', processed: 2504, total: 2504, column: 'Job Title' });
    expect(done.errors).toEqual([{ code: 'empty-title', message: 'the title cell is empty', row: 3 }]);
    const result = await t.app.inject({ method: 'GET', url: `/api/v1/normalize/jobs/${id}/result` });
    expect(result.statusCode).toBe(200);
    expect(result.headers['content-type']).toContain('text/csv');
    const parsed = Papa.parse<string[]>(result.body.trim()).data;
    expect(parsed[0]).toEqual(['Employee', 'Job Title', 'normalized_role_id', 'normalized_title', 'normalized_family', 'normalized_level', 'normalized_track', 'normalized_confidence']);
    expect(parsed[1]!.slice(0, 3)).toEqual(['Ann', 'Senior Product Manager', 'senior-product-manager']);
    expect(parsed[2]!.slice(1, 3)).toEqual(['Product Manager, Payments', 'product-manager']);
    expect(parsed[4]![2]).toBe('');
    expect(parsed).toHaveLength(2505);
  });

  it('neutralises formulas in the result CSV (a title a spreadsheet would run)', async () => {
    const res = await upload([{ name: 'file', filename: 't.csv', content: 'name,title\n@Ann,=HYPERLINK("http://x")\nBo,+Product Manager\n' }]);
    await t.app.jobs.idle();
    const result = await t.app.inject({ method: 'GET', url: `/api/v1/normalize/jobs/${res.json().id}/result` });
    const parsed = Papa.parse<string[]>(result.body.trim()).data;
    expect(parsed[1]!.slice(0, 2)).toEqual(["'@Ann", `'=HYPERLINK("http://x")`]);
    expect(parsed[2]![1]).toBe("'+Product Manager");
  });

  it('marks a row with a NUL character and finishes the job', async () => {
    const res = await upload([{ name: 'file', filename: 't.csv', content: 'name,title\nAnn,Product Manager\nB\u0000o,Product Owner\nCy,Senior Product Manager\n' }]);
    await t.app.jobs.idle();
    const done = await status(res.json().id);
    expect(done).toMatchObject({ status: 'done', processed: 3 });
    expect(done.errors).toEqual([expect.objectContaining({ code: 'invalid-characters', row: 2 })]);
    const parsed = Papa.parse<string[]>((await t.app.inject({ method: 'GET', url: `/api/v1/normalize/jobs/${res.json().id}/result` })).body.trim()).data;
    expect(parsed.map((r) => r[0])).toEqual(['name', 'Ann', 'Bo', 'Cy']);
    expect(parsed[3]![2]).toBe('senior-product-manager');
  });

  it('reads \\r\\n, \\n and a lone \\r as line ends', async () => {
    const res = await upload([{ name: 'file', filename: 't.csv', content: 'name,title\r\nAnn,Product Manager\nBo,Product Owner\rCy,Senior Product Manager\r\n' }]);
    await t.app.jobs.idle();
    const done = await status(res.json().id);
    expect(done).toMatchObject({ status: 'done', processed: 3, total: 3 });
  });

  it('leaves no spooled file behind when an upload fails', async () => {
    const spooled = () => readdirSync(tmpdir()).filter((d) => d.startsWith(`ladder-uploads-${process.pid}-`)).flatMap((d) => readdirSync(join(tmpdir(), d)));
    const before = spooled();
    const form = multipart([{ name: 'column', value: 'title' }, { name: 'file', filename: 't.csv', content: 'title\nPM\n'.repeat(500) }]);
    const cut = await t.app.inject({ method: 'POST', url: '/api/v1/normalize/jobs', headers: form.headers, payload: form.payload.subarray(0, form.payload.length - 100) });
    expect(cut.statusCode).toBe(400);
    expect(spooled()).toEqual(before);
  });

  it('reads the titles of a job in the context the upload names, and rejects an unknown context', async () => {
    const content = 'Name,Title\nAnn,Senior PM\nBo,"Senior PM, Civil Works"\n';
    const ids: Record<string, string> = {};
    for (const context of ['general', 'product']) {
      const res = await upload([{ name: 'column', value: 'Title' }, { name: 'context', value: context }, { name: 'file', filename: 't.csv', content }]);
      expect(res.statusCode).toBe(202);
      ids[context] = res.json().id;
    }
    await t.app.jobs.idle();
    const families = async (id: string) => {
      const csv = Papa.parse<string[]>((await t.app.inject({ method: 'GET', url: `/api/v1/normalize/jobs/${id}/result` })).body.trim()).data;
      return csv.slice(1).map((r) => r[4]);
    };
    expect(await families(ids.general!)).toEqual(['', '']);
    expect(await families(ids.product!)).toEqual(['product-management', '']);
    const bad = await upload([{ name: 'context', value: 'startup' }, { name: 'file', filename: 't.csv', content }]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'invalid-context', field: 'context' });
  });

  it('picks the title column from the header when none is named', () => {
    expect(pickColumn(['Name', 'Title'], null)).toBe(1);
    expect(pickColumn(['name', 'job_title'], null)).toBe(1);
    expect(pickColumn(['a', 'b'], null)).toBe(0);
    expect(pickColumn(['a', 'Job Title'], 'job title')).toBe(1);
    expect(pickColumn(['a'], 'missing')).toBe(-1);
  });

  it('fails a job whose column is not in the file, and says so', async () => {
    const res = await upload([{ name: 'column', value: 'Role Name' }, { name: 'file', filename: 't.csv', content: 'Name,Title\nA,PM\n' }]);
    await t.app.jobs.idle();
    const s = await status(res.json().id);
    expect(s.status).toBe('failed');
    expect(s.errors[0].code).toBe('column-not-found');
    const result = await t.app.inject({ method: 'GET', url: `/api/v1/normalize/jobs/${res.json().id}/result` });
    expect(result.statusCode).toBe(409);
    expect(result.json().error.code).toBe('job-failed');
  });

  it('needs a multipart file, and knows unknown jobs', async () => {
    const noFile = await upload([{ name: 'column', value: 'Title' }]);
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error).toMatchObject({ code: 'file-missing', field: 'file' });
    const json = await t.app.inject({ method: 'POST', url: '/api/v1/normalize/jobs', payload: { titles: [] } });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe('not-multipart');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/normalize/jobs/nope' })).json().error.code).toBe('job-not-found');
  });
});
