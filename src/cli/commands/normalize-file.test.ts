import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { LadderError } from '../../core/errors.js';
import { createNormalizer } from '../../core/normalize/index.js';
import { framework } from '../../../test/normalize-framework.js';
import { normalizeFile, RESULT_COLUMNS } from './normalize-file.js';
import { tempDir } from '../../../test/temp.js';

const fw = framework();
const dir = tempDir('normalize');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('ladder normalize FILE --column', () => {
  const parse = (path: string, delimiter = ',') => Papa.parse<string[]>(readFileSync(path, 'utf8'), { delimiter, skipEmptyLines: true }).data;

  it('neutralises cells that start like a formula, in copied rows too', async () => {
    const input = file('formula.csv', "id,title\n1,=cmd|'/C calc'!A0\n2,Senior Product Manager\n3,@SUM(A1)\n");
    const out = join(dir, 'formula.out.csv');
    await normalizeFile(fw, input, { column: 'title', out });
    const rows = parse(out);
    expect(rows.map((r) => r[1])).toEqual(['title', "'=cmd|'/C calc'!A0", 'Senior Product Manager', "'@SUM(A1)"]);
    expect(readFileSync(out, 'utf8')).not.toMatch(/(^|,)[=@]/m);
  });

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
    // The same with the byte-order mark cut between blocks.
    const small = join(dir, 'bom.small.out.tsv');
    await normalizeFile(fw, input, { column: 'title', out: small, blockSize: 2, jobs: 1 });
    expect(readFileSync(small, 'utf8')).toBe(readFileSync(out, 'utf8'));
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

  it('finds a column named with other case or word breaks, and renames a result column the file already has', async () => {
    const input = file('breaks.csv', 'Job Title,Canonical Title\nProduct Owner,x\n');
    const out = join(dir, 'breaks.out.csv');
    const stats = await normalizeFile(fw, input, { column: 'job_title', out, jobs: 1 });
    expect(stats.rows).toBe(1);
    const [header, row] = Papa.parse<string[]>(readFileSync(out, 'utf8').trim()).data;
    expect(header).toContain('normalized_canonical_title');
    expect(row![header!.indexOf('family')]).toBe('product-owner');
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

  it('reads rows cut anywhere between blocks exactly as papaparse reads them', async () => {
    // Fields with delimiters, doubled quotes, line breaks, accents, wide characters and emoji,
    // read in blocks of a few bytes so that every kind of cut is met.
    let seed = 11;
    const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const pieces = ['Product Manager', 'Senior Product Owner', 'Line Cook', 'Gérente de producto', '产品经理', 'PM 🚀', 'a, b', 'say "hi"', 'two\nlines', 'x\r\ny', ' ', 'Head of Product'];
    const quote = (v: string) => (/[",\r\n]/.test(v) || rnd(4) === 0 ? `"${v.replace(/"/g, '""')}"` : v);
    for (const newline of ['\n', '\r\n']) {
      const rows = [['id', 'title', 'note']];
      for (let i = 0; i < 60; i++) rows.push([String(i), `${pieces[rnd(pieces.length)]}${rnd(3) === 0 ? ` ${pieces[rnd(pieces.length)]}` : ''}`, pieces[rnd(pieces.length)]!]);
      const text = rows.map((r) => r.map(quote).join(',')).join(newline) + (rnd(2) === 0 ? newline : '');
      const input = file(`cut-${newline.length}.csv`, text);
      const want = Papa.parse<string[]>(text, { delimiter: ',', newline: newline as '\n' }).data.filter((r) => r.length > 1);
      const norm = createNormalizer(fw);
      for (const blockSize of [1, 2, 3, 7, 64, 4096]) {
        const out = join(dir, `cut-${newline.length}-${blockSize}.out.csv`);
        // Tiny blocks in this thread; bigger ones spread over worker threads.
        const stats = await normalizeFile(fw, input, { column: 'title', out, blockSize, jobs: blockSize === 64 ? 3 : 1 });
        expect(stats.rows).toBe(60);
        const got = Papa.parse<string[]>(readFileSync(out, 'utf8'), { delimiter: ',', newline: newline as '\n' }).data.filter((r) => r.length > 1);
        expect(got).toHaveLength(61);
        expect(got[0]).toEqual(['id', 'title', 'note', ...RESULT_COLUMNS]);
        for (let i = 1; i < got.length; i++) {
          expect(got[i]!.slice(0, 3)).toEqual(want[i]);
          if (want[i]![1]!.trim()) expect(got[i]![3]).toBe(norm(want[i]![1]!).family ?? '');
        }
      }
    }
  });

  it('reads other delimiters, line breaks and misplaced quotes', async () => {
    const semi = file('semi.csv', 'id;title\n1;Product Owner\n2;"Chef de produit; junior"\n');
    const rows = Papa.parse<string[]>(readFileSync((await normalizeFile(fw, semi, { column: 'title', out: join(dir, 'semi.out.csv'), delimiter: ';' })).out, 'utf8'), { delimiter: ';' }).data;
    expect(rows[2]!.slice(0, 3)).toEqual(['2', 'Chef de produit; junior', 'product-management']);
    const cr = file('cr.csv', 'title,team\rProduct Owner,A\r"Head of\rProduct",B\r');
    const crOut = await normalizeFile(fw, cr, { column: 'title', out: join(dir, 'cr.out.csv') });
    expect(crOut.rows).toBe(2);
    expect(readFileSync(crOut.out, 'utf8').split('\r')[1]).toMatch(/^Product Owner,A,product-owner,/);
    const wide = file('wide.csv', 'title§team\nProduct Owner§A\n');
    const wideOut = await normalizeFile(fw, wide, { column: 'title', out: join(dir, 'wide.out.csv'), delimiter: '§' });
    expect(readFileSync(wideOut.out, 'utf8').split('\n')[1]).toMatch(/^Product Owner§A§product-owner§/);
    const spaced = file('spaced.csv', 'title,team\n"Product Owner"  ,A\n');
    expect((await normalizeFile(fw, spaced, { column: 'title', out: join(dir, 'spaced.out.csv') })).badRowCount).toBe(0);
    const misplaced = file('misplaced.csv', 'title,team\nProduct Owner,A\n"Head" of Product,B\n');
    const err = await normalizeFile(fw, misplaced, { column: 'title', out: join(dir, 'misplaced.out.csv') }).catch((e: unknown) => e);
    expect((err as LadderError).message).toMatch(/misplaced\.csv:3: a quote is misplaced/);
  });

  it('keeps a blank line in the middle as a bad row, and a row longer than a block whole', async () => {
    const long = `Product Manager ${'x'.repeat(5000)}`;
    const input = file('blank.csv', `title,team\nProduct Owner,A\n\n"${long}",B\n`);
    const out = join(dir, 'blank.out.csv');
    const stats = await normalizeFile(fw, input, { column: 'title', out, blockSize: 100, jobs: 1 });
    expect(stats.rows).toBe(3);
    expect(stats.badRows.map((b) => b.line)).toEqual([3]);
    const rows = Papa.parse<string[]>(readFileSync(out, 'utf8'), { delimiter: ',' }).data;
    expect(rows[3]![0]).toBe(long);
    expect(rows[3]![2]).toBe('product-management');
  });

  it('reads a title too long for the memo of results (megabytes in one cell), in one thread and over workers', async () => {
    const huge = `Kiosk Owner ${'y'.repeat(5 << 20)}`;
    const rows = ['title,team', `"${huge}",A`];
    for (let i = 0; i < 3_000; i++) rows.push(`Product Owner ${i % 5},B`);
    rows.push(`"${huge}",C`);
    const input = file('huge-title.csv', `${rows.join('\n')}\n`);
    for (const jobs of [1, 2]) {
      const out = join(dir, `huge-title.${jobs}.csv`);
      const stats = await normalizeFile(fw, input, { column: 'title', out, jobs, blockSize: 1 << 16 });
      expect(stats.rows).toBe(3_002);
      const text = readFileSync(out, 'utf8').split('\n');
      expect(text[1]!.startsWith(`"${huge}",A,`)).toBe(true);
      expect(text[3_002]!.startsWith(`"${huge}",C,`)).toBe(true);
      expect(text[2]).toMatch(/^Product Owner 0,B,product-owner,/);
    }
  });

  it('streams a large file with flat memory', async () => {
    const lines = ['id,title'];
    const sample = ['Senior Product Manager, Maps', 'Production Supervisor', 'Product Owner II', 'Head of Product', 'PM Shift Lead'];
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

  describe('over worker threads (--jobs)', () => {
    /**
     * A file of several MB: CRLF line ends, a byte-order mark, quoted fields with line breaks,
     * doubled quotes and delimiters, accents, CJK and emoji (so reads cut UTF-8 characters),
     * and a few bad rows (an empty title, a short row) far into the file.
     */
    function bigFile(): { path: string; rows: number; badLines: number[] } {
      let seed = 7;
      const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
      const titles = ['Senior Product Manager', 'Gérante de produit 🚀', '产品经理', 'Head of\r\nProduct', 'Lead "Gadget" Owner, EMEA', 'Kiosk Clerk', 'Principal PM – Ads', 'Produktmanager (m/w/d)'];
      const q = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
      const parts: string[] = ['\ufeffid,title,note\r\n'];
      const badLines: number[] = [];
      let line = 2;
      const rows = 60_000;
      for (let i = 1; i <= rows; i++) {
        const t = `${titles[rnd(titles.length)]!} ${rnd(50)}`;
        const note = rnd(5) === 0 ? 'two\r\nlines' : 'ü';
        if (i % 20_011 === 0) {
          parts.push(`${i},,empty\r\n`);
          badLines.push(line);
          line++;
          continue;
        }
        if (i % 25_013 === 0) {
          parts.push(`${i},short\r\n`);
          badLines.push(line);
          line++;
          continue;
        }
        parts.push(`${i},${q(t)},${q(note)}\r\n`);
        line += 1 + (t.match(/\n/g)?.length ?? 0) + (note.match(/\n/g)?.length ?? 0);
      }
      return { path: file('parallel.csv', parts.join('')), rows, badLines: badLines.sort((a, b) => a - b) };
    }

    it('writes the same bytes with 1 and 3 jobs, in the file\'s row order, with bad rows at their lines', async () => {
      const big = bigFile();
      expect(statSync(big.path).size).toBeGreaterThan(2_000_000);
      const one = await normalizeFile(fw, big.path, { column: 'title', out: join(dir, 'parallel.1.csv'), jobs: 1, blockSize: 1 << 16 });
      const three = await normalizeFile(fw, big.path, { column: 'title', out: join(dir, 'parallel.3.csv'), jobs: 3, blockSize: 1 << 16 });
      expect(readFileSync(three.out).equals(readFileSync(one.out))).toBe(true);
      expect({ ...three, seconds: 0, out: '' }).toEqual({ ...one, seconds: 0, out: '' });
      expect(three.rows).toBe(big.rows);
      expect(three.badRows.map((b) => b.line)).toEqual(big.badLines);
      const rows = Papa.parse<string[]>(readFileSync(three.out, 'utf8'), { delimiter: ',', newline: '\r\n' }).data.filter((r) => r.length > 1);
      expect(rows.slice(1).map((r) => Number(r[0]))).toEqual(Array.from({ length: big.rows }, (_, i) => i + 1));
      expect(rows[1]![1]).not.toBe('');
    });

    it('the installed command runs its workers from the one-file build and writes the same bytes as one thread', () => {
      // `npm ci` builds it (the prepare script); an installed package has no TypeScript sources.
      expect(existsSync(join(process.cwd(), 'dist/src/cli/commands/normalize-worker.cjs'))).toBe(true);
      const big = bigFile();
      const cli = (jobs: number) => {
        const out = join(dir, `installed.${jobs}.csv`);
        const r = spawnSync(process.execPath, ['bin/ladder.js', 'normalize', big.path, '--column', 'title', '--jobs', String(jobs), '--out', out], { encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(0);
        return readFileSync(out);
      };
      const two = cli(2);
      expect(two.equals(cli(1))).toBe(true);
      expect(two.toString('utf8').split('\r\n').length).toBeGreaterThan(big.rows);
    });

    it('reads each row in the context of its department column, the same over workers as in one thread', async () => {
      // Product shorthand is a product role under a product department only; each context has
      // its own memo of results, shared by the workers.
      const rows = ['id,title,department'];
      const departments = ['Product', 'Engineering', 'Produkt & Design', 'Production'];
      const teams = ['Payments', 'Growth', 'Checkout', 'Search', 'Ads', 'Onboarding', 'Billing'];
      for (let i = 0; i < 40_000; i++) rows.push(`${i},Sr. PM ${teams[i % teams.length]!},${departments[i % departments.length]!}`);
      const input = file('context.csv', `${rows.join('\n')}\n`);
      expect(statSync(input).size).toBeGreaterThan(8 << 16);
      const one = await normalizeFile(fw, input, { column: 'title', contextColumn: 'department', out: join(dir, 'context.1.csv'), jobs: 1, blockSize: 1 << 16 });
      const three = await normalizeFile(fw, input, { column: 'title', contextColumn: 'department', out: join(dir, 'context.3.csv'), jobs: 3, blockSize: 1 << 16 });
      expect(readFileSync(three.out).equals(readFileSync(one.out))).toBe(true);
      const out = parse(three.out);
      const family = out[0]!.indexOf('family');
      const byDepartment = new Map<string, Set<string>>();
      for (const r of out.slice(1)) byDepartment.set(r[2]!, (byDepartment.get(r[2]!) ?? new Set()).add(r[family]!));
      expect(byDepartment.get('Product')).toEqual(new Set(['product-management']));
      expect(byDepartment.get('Produkt & Design')).toEqual(new Set(['product-management']));
      expect(byDepartment.get('Engineering')).toEqual(new Set(['']));
      expect(byDepartment.get('Production')).toEqual(new Set(['']));
    });

    it('fails with an error, not a hang, when a worker thread dies, and leaves no output', async () => {
      const big = bigFile();
      const script = join(dir, 'dies.mjs');
      writeFileSync(script, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
      const out = join(dir, 'dies.out.csv');
      const err = await normalizeFile(fw, big.path, { column: 'title', out, jobs: 2, blockSize: 1 << 16, workerScript: pathToFileURL(script) }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LadderError);
      expect((err as LadderError).code).toBe('normalize-internal');
      expect((err as LadderError).message).toMatch(/worker thread stopped/);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir).filter((f) => f.startsWith('.dies.out.csv'))).toEqual([]);
    });
  });

  describe('JSON Lines (.jsonl)', () => {
    it('finds the key named with other case or word breaks on every line, whichever spelling each line uses', async () => {
      const lines = ['{"Job_Title":"Product Owner"}', '{"Job_Title":"Line Cook"}', '{"job title":"Senior Product Manager"}', '{"Job_Title":"Product Owner"}'];
      const input = file('keys.jsonl', `${lines.join('\n')}\n`);
      const stats = await normalizeFile(fw, input, { column: 'job-title', out: join(dir, 'keys.out.jsonl') });
      expect(stats.badRowCount).toBe(0);
      const out = readFileSync(stats.out, 'utf8').trimEnd().split('\n').map((l) => (JSON.parse(l) as { family: string | null }).family);
      expect(out).toEqual(['product-owner', null, 'product-management', 'product-owner']);
    });

    it('adds the result keys to each object, keeps bad lines with their error, and reads the same over workers', async () => {
      const lines = ['\ufeff{"id":1,"title":"Senior Product Manager","team":"Ads"}', '{"id":2,"Title":"Line Cook"}', 'not json', '{"id":4}', '', '{"id":5,"title":"Senior Product Manager","family":"mine"}', '[1,2]'];
      const input = file('people.jsonl', `${lines.join('\r\n')}\r\n`);
      const stats = await normalizeFile(fw, input, { column: 'title', out: join(dir, 'people.out.jsonl') });
      expect(stats.rows).toBe(6);
      expect(stats.badRows.map((b) => [b.line, b.message])).toEqual([
        [3, 'the line is not valid JSON'],
        [4, 'no "title" key in this object'],
        [7, 'the line is not a JSON object'],
      ]);
      const out = readFileSync(stats.out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(out[0]).toMatchObject({ id: 1, title: 'Senior Product Manager', team: 'Ads', family: 'product-management', role_id: 'senior-product-manager', level: 3, normalize_error: null });
      expect(out[1]).toMatchObject({ id: 2, family: null });
      expect(out[2]).toEqual({ normalize_error: 'the line is not valid JSON', raw: 'not json' });
      expect(out[3]).toMatchObject({ id: 4, family: null, normalize_error: 'no "title" key in this object' });
      expect(out[4]).toMatchObject({ family: 'mine', normalized_family: 'product-management', role_id: 'senior-product-manager' });

      // Several MB over three workers: the same bytes as in one thread.
      const big: string[] = [];
      const titles = ['Senior Product Manager', 'Gérante de produit 🚀', '产品经理', 'Lead "Gadget" Owner', 'Kiosk Clerk'];
      for (let i = 0; i < 20_000; i++) big.push(JSON.stringify({ id: i, title: `${titles[i % titles.length]} ${i % 31}`, department: i % 3 === 0 ? 'Product' : 'Sales' }));
      const bigInput = file('big.jsonl', `${big.join('\n')}\n`);
      const one = await normalizeFile(fw, bigInput, { column: 'title', contextColumn: 'department', out: join(dir, 'big.1.jsonl'), jobs: 1, blockSize: 1 << 16 });
      const three = await normalizeFile(fw, bigInput, { column: 'title', contextColumn: 'department', out: join(dir, 'big.3.jsonl'), jobs: 3, blockSize: 1 << 16 });
      expect(three.rows).toBe(20_000);
      expect(readFileSync(three.out).equals(readFileSync(one.out))).toBe(true);
      const ids = readFileSync(three.out, 'utf8').trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: number }).id);
      expect(ids).toEqual(Array.from({ length: 20_000 }, (_, i) => i));
    });
  });
});
