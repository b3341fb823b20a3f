import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createNormalizer } from '../../core/normalize/index.js';
import { framework } from '../../../test/normalize-framework.js';
import { jsonl, readable } from './normalize.js';

const fw = framework();

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
    const titles = Array.from({ length: 3000 }, (_, i) => (i % 2 ? `Product Owner ${i}` : `Line Cook ${i}`));
    const out = new PassThrough();
    const done = collect(out);
    const body = `${titles.join('\n')}\n`;
    const chunks = [];
    for (let i = 0; i < body.length; i += 997) chunks.push(body.slice(i, i + 997));
    await jsonl(createNormalizer(fw, { cache: 100 }), Readable.from(chunks), out);
    out.end();
    const lines = (await done).trimEnd().split('\n').map((l) => JSON.parse(l) as { title: string; family: string | null });
    expect(lines.map((l) => l.title)).toEqual(titles);
    expect(lines.filter((l) => l.family === 'product-owner')).toHaveLength(1500);
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
