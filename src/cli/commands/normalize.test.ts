import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createNormalizer } from '../../core/normalize/index.js';
import { ladder } from '../../../test/cli.js';
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

  it('reads titles piped from a file saved as UTF-16 or Windows-1252, and names the line where UTF-8 text stops being UTF-8', async () => {
    const titles = ['Gerente de Produção', 'Produktmanagerin – München'];
    const text = `${titles.join('\r\n')}\r\n`;
    for (const bytes of [Buffer.from(`\uFEFF${text}`, 'utf16le'), Buffer.from(text.replace('–', '\x96'), 'latin1')]) {
      const out = new PassThrough();
      const done = collect(out);
      await jsonl(createNormalizer(fw), Readable.from([bytes.subarray(0, 7), bytes.subarray(7)]), out);
      out.end();
      expect((await done).trimEnd().split('\n').map((l) => (JSON.parse(l) as { title: string }).title)).toEqual(titles);
    }
    const mixed = Readable.from([Buffer.from('Zoë PM\nAna PO\n', 'utf8'), Buffer.from('José PM\n', 'latin1')]);
    await expect(jsonl(createNormalizer(fw), mixed, new PassThrough())).rejects.toThrow('standard input:3: the text is UTF-8 before this line, but byte 0xE9 here is not');
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

describe('ladder normalize --context', () => {
  it('reads product shorthand as a product role in the product context, for one title and for --jsonl', () => {
    const one = ladder(['normalize', '--context', 'product', 'Principal PM, Freight Marketplace', '--json']);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ family: 'product-management', level: 5, track: 'ic', context: 'product' });
    const lines = ladder(['normalize', '--jsonl', '--context', 'product'], { input: 'Sr. PMM\nConstruction PM\nPO, Claims Intake\n' })
      .stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { family: string | null; level: number | null; context: string });
    expect(lines.map((l) => [l.family, l.level, l.context])).toEqual([
      ['product-marketing', 3, 'product'],
      [null, null, 'product'],
      ['product-owner', 2, 'product'],
    ]);
  });

  it('stays general by default and says what the product context would read', () => {
    const r = ladder(['normalize', 'Staff PM']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/family\s+not a product role/);
    expect(r.stdout).toMatch(/context\s+general/);
    expect(r.stdout).toMatch(/or\s+product-management band 4/);
    expect(r.stdout).toContain('the product context would read it as product-management band 4');
  });

  it('rejects an unknown context and names the choices', () => {
    const r = ladder(['normalize', '--context', 'startup', 'Senior PM']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--context must be "general" or "product"');
  });
});
