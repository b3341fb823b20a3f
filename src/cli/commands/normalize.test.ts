import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { LadderError } from '../../core/errors.js';
import { createNormalizer } from '../../core/normalize/index.js';
import type { Framework, Role } from '../../core/framework/schema.js';
import { jsonl, normalizeFile, readable, RESULT_COLUMNS } from './normalize.js';

/** A small hand-built framework, so these tests do not move when the framework's content does. */
function role(id: string, title: string, family: Role['family'], band: number, track: Role['track']): Role {
  const fact = { text: `${title} test fact.`, source: ['decision:test'] };
  return { id, title, family, band, track, titleSettlesTrack: true, summary: fact, responsibilities: [fact], skills: [fact], levelUp: [], reportsTo: [], directReports: [], aliases: [], pay: [] };
}
const fw: Framework = {
  name: 'test',
  families: [],
  relations: [],
  sources: { seeds: [{ id: '000', file: 'x', title: 'x' }], decisions: [] },
  titleMap: {},
  levels: [],
  roles: [
    role('product-manager', 'Product Manager', 'product-management', 2, 'ic'),
    role('senior-product-manager', 'Senior Product Manager', 'product-management', 3, 'ic'),
    role('staff-product-manager', 'Staff Product Manager', 'product-management', 4, 'ic'),
    role('head-of-product', 'Head of Product', 'product-management', 7, 'management'),
    role('product-owner', 'Product Owner', 'product-owner', 2, 'ic'),
    role('senior-product-owner', 'Senior Product Owner', 'product-owner', 3, 'ic'),
    role('director-of-product-marketing', 'Director of Product Marketing', 'product-marketing', 6, 'management'),
  ],
};
const dir = mkdtempSync(join(tmpdir(), 'ladder-normalize-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function collect(stream: PassThrough): Promise<string> {
  let out = '';
  stream.setEncoding('utf8');
  stream.on('data', (d: string) => (out += d));
  await new Promise((r) => stream.on('end', r));
  return out;
}

describe('ladder normalize --jsonl', () => {
  it('writes one JSON object per input line, in order, empty lines included', async () => {
    const titles = ['Senior Product Owner, Claims', '', 'Produce Clerk - Night', 'Head of Product, Travel App', 'PM Shift 3PM-11PM'];
    const out = new PassThrough();
    const done = collect(out);
    const n = await jsonl(createNormalizer(fw), Readable.from([`${titles.slice(0, 2).join('\n')}\n${titles[2]}`, `\r\n${titles[3]}\n${titles[4]}`]), out);
    out.end();
    const lines = (await done).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(n).toBe(5);
    expect(lines.map((l) => l.title)).toEqual(titles);
    expect(lines.map((l) => l.family)).toEqual(['product-owner', null, null, 'product-management', null]);
    expect(lines[0]).toMatchObject({ level: 3, track: 'ic' });
    expect(Object.keys(lines[0]!)).toEqual(expect.arrayContaining(['family', 'level', 'track', 'roleId', 'canonicalTitle', 'confidence', 'explanation', 'alternatives', 'specialties', 'area']));
  });

  it('keeps the order over many chunks', async () => {
    const titles = Array.from({ length: 3000 }, (_, i) => (i % 2 ? `Product Manager ${i}` : `Line Cook ${i}`));
    const out = new PassThrough();
    const done = collect(out);
    const body = `${titles.join('\n')}\n`;
    const chunks = [];
    for (let i = 0; i < body.length; i += 997) chunks.push(body.slice(i, i + 997));
    await jsonl(createNormalizer(fw, { cache: 100 }), Readable.from(chunks), out);
    out.end();
    const lines = (await done).trimEnd().split('\n').map((l) => JSON.parse(l) as { title: string; family: string | null });
    expect(lines.map((l) => l.title)).toEqual(titles);
    expect(lines.filter((l) => l.family === 'product-management')).toHaveLength(1500);
  });
});

describe('ladder normalize "<title>"', () => {
  it('prints a readable result', () => {
    const text = readable('Sr. Prodcut Manger', createNormalizer(fw)('Sr. Prodcut Manger'));
    expect(text).toMatch(/family\s+product-management/);
    expect(text).toMatch(/level\s+3/);
    expect(text).toMatch(/why\s+.*typo corrected/);
  });
});

describe('ladder normalize FILE --column', () => {
  const parse = (path: string, delimiter = ',') => Papa.parse<string[]>(readFileSync(path, 'utf8'), { delimiter, skipEmptyLines: true }).data;

  it('adds the result columns to every row and keeps the others as they were', async () => {
    const input = file('people.csv', 'id,name,Job Title\n1,Ana,"Director, Product Marketing"\n2,Bo,Warehouse Picker\n3,Cy,"Says ""hi"", PM"\n');
    const out = join(dir, 'people.out.csv');
    const stats = await normalizeFile(fw, input, { column: 'job title', out });
    expect(stats.rows).toBe(3);
    const rows = parse(out);
    expect(rows[0]).toEqual(['id', 'name', 'Job Title', ...RESULT_COLUMNS]);
    expect(rows[1]!.slice(0, 8)).toEqual(['1', 'Ana', 'Director, Product Marketing', 'product-marketing', 'director-of-product-marketing', 'Director of Product Marketing', '6', 'management']);
    expect(rows[2]![3]).toBe('');
    expect(rows[3]![2]).toBe('Says "hi", PM');
  });

  it('reads TSV, a byte-order mark and CRLF line ends', async () => {
    const input = file('bom.tsv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('title\tteam\r\nStaff Product Manager\tAds\r\nLead Product Owner\tCore\r\n')]));
    const out = join(dir, 'bom.out.tsv');
    const stats = await normalizeFile(fw, input, { column: 'title', out });
    expect(stats.rows).toBe(2);
    const rows = parse(out, '\t');
    expect(rows[0]![0]).toBe('title');
    expect(rows[1]!.slice(0, 4)).toEqual(['Staff Product Manager', 'Ads', 'product-management', 'staff-product-manager']);
    expect(readFileSync(out, 'utf8')).toContain('\r\n');
  });

  it('keeps bad rows, says why in a column, and reports their line numbers', async () => {
    const input = file('bad.csv', 'title,team\nProduct Analyst,Data\n,Empty\n"Senior Product Manager\nwith a line break",Two lines\nJunior Product Owner\nGroup Product Manager,Ads,extra\n');
    const out = join(dir, 'bad.out.csv');
    const stats = await normalizeFile(fw, input, { column: 'title', out });
    expect(stats.rows).toBe(5);
    expect(stats.badRowCount).toBe(3);
    expect(stats.badRows.map((b) => b.line)).toEqual([3, 6, 7]);
    expect(stats.badRows[0]!.message).toMatch(/empty/);
    const rows = parse(out);
    const col = (name: string) => rows[0]!.indexOf(name);
    expect(rows).toHaveLength(6);
    // A short row is padded; a long row keeps its extra field after the result columns.
    expect(rows[4]![col('family')]).toBe('product-owner');
    expect(rows[5]![col('family')]).toBe('product-management');
    expect(rows[5]![col('normalize_error')]).toMatch(/3 fields where the header has 2/);
    expect(rows[5]!.at(-1)).toBe('extra');
    expect(rows[3]![0]).toBe('Senior Product Manager\nwith a line break');
  });

  it('stops on a quote that is never closed, naming file and line, and leaves no output', async () => {
    const input = file('quotes.csv', 'title,team\nProduct Manager,Ads\n"Product Owner,Core\nHead of Product,X\n');
    const out = join(dir, 'quotes.out.csv');
    const err = await normalizeFile(fw, input, { column: 'title', out }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LadderError);
    expect((err as LadderError).code).toBe('csv-malformed');
    expect((err as LadderError).message).toMatch(/quotes\.csv:3: .*never closed/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('quotes.out') && f.endsWith('.tmp'))).toEqual([]);
  });

  it('names the columns there are when the column does not exist', async () => {
    const input = file('cols.csv', 'name,role\nAna,Product Manager\n');
    const err = await normalizeFile(fw, input, { column: 'title', out: join(dir, 'cols.out.csv') }).catch((e: unknown) => e);
    expect((err as LadderError).code).toBe('column-not-found');
    expect((err as LadderError).message).toMatch(/cols\.csv:1: there is no column "title".*"name", "role"/);
    expect(existsSync(join(dir, 'cols.out.csv'))).toBe(false);
  });

  it('says so when the file is empty or missing', async () => {
    const empty = file('empty.csv', '');
    await expect(normalizeFile(fw, empty, { column: 'title', out: join(dir, 'empty.out.csv') })).rejects.toMatchObject({ code: 'csv-empty' });
    await expect(normalizeFile(fw, join(dir, 'nope.csv'), { column: 'title' })).rejects.toMatchObject({ code: 'file-not-readable' });
  });

  it('streams a large file with flat memory', async () => {
    const lines = ['id,title'];
    const sample = ['Senior Product Manager, Ads', 'Production Supervisor', 'Product Owner II', 'Head of Product', 'PM Shift Lead'];
    for (let i = 0; i < 60_000; i++) lines.push(`${i},"${sample[i % sample.length]} ${i % 97}"`);
    const input = file('big.csv', `${lines.join('\n')}\n`);
    const out = join(dir, 'big.out.csv');
    const stats = await normalizeFile(fw, input, { column: 'title', out });
    expect(stats.rows).toBe(60_000);
    expect(stats.badRowCount).toBe(0);
    const written = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(written).toHaveLength(60_001);
    expect(written[60_000]!.startsWith('59999,')).toBe(true);
  });
});
