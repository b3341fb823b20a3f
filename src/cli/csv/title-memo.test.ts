import { describe, expect, it } from 'vitest';
import { ROW, RowReader } from './row-reader.js';
import { memoMemory, TITLE_MEMO, TitleMemo } from './title-memo.js';

/** A reader on the row `row`, its field `col` hashed as it is read. */
function onRow(row: string, col = 0): RowReader {
  const r = new RowReader(',', '\n');
  r.col = col;
  r.bytes = Buffer.from(`${row}\n`);
  r.pos = 0;
  expect(r.readRow(true)).toBe(ROW);
  return r;
}

const tail = (text: string) => Buffer.from(text);
const got = (memo: TitleMemo, r: RowReader, col = 0) => {
  const tail = memo.get(r, col);
  return tail === undefined ? undefined : Buffer.from(tail).toString();
};

describe('TitleMemo', () => {
  it('finds a title again by its bytes, whatever the row around it', () => {
    const memo = new TitleMemo();
    memo.add(onRow('7,Kiosk Owner,Ads', 1), 1, tail(',kiosk\n'));
    expect(got(memo, onRow('8,Kiosk Owner,Core', 1), 1)).toBe(',kiosk\n');
    expect(got(memo, onRow('Kiosk Owner'))).toBe(',kiosk\n');
  });

  it('keeps its own copy of the title, not the block it was read from', () => {
    const memo = new TitleMemo();
    const r = onRow('Kiosk Owner');
    memo.add(r, 0, tail(',kiosk\n'));
    r.bytes.fill(0x78);
    expect(got(memo, onRow('Kiosk Owner'))).toBe(',kiosk\n');
    expect(got(memo, onRow('xxxxxxxxxxx'))).toBeUndefined();
  });

  it('never gives one title the result of another', () => {
    const memo = new TitleMemo();
    memo.add(onRow('Kiosk Owner'), 0, tail(',kiosk\n'));
    expect(got(memo, onRow('Kiosk Ownes'))).toBeUndefined();
    expect(got(memo, onRow('Kiosk Owne'))).toBeUndefined();
    expect(got(memo, onRow('Kiosk Owner '))).toBeUndefined();
    // The same raw bytes, quoted and not, are different values: Say "hi" and Say ""hi"".
    memo.add(onRow('"Say ""hi"""'), 0, tail(',quoted\n'));
    expect(got(memo, onRow('Say ""hi""'))).toBeUndefined();
    memo.add(onRow('Say ""hi""'), 0, tail(',unquoted\n'));
    expect(got(memo, onRow('"Say ""hi"""'))).toBe(',quoted\n');
    expect(got(memo, onRow('Say ""hi""'))).toBe(',unquoted\n');
  });

  it('tells titles apart by their bytes when their hashes collide', () => {
    const memo = new TitleMemo();
    const kiosk = onRow('Kiosk Owner');
    const teapot = onRow('Teapot Lead');
    teapot.hash = kiosk.hash;
    teapot.hash2 = kiosk.hash2;
    memo.add(kiosk, 0, tail(',kiosk\n'));
    expect(got(memo, teapot)).toBeUndefined();
    memo.add(teapot, 0, tail(',teapot\n'));
    expect(got(memo, kiosk)).toBe(',kiosk\n');
    expect(got(memo, teapot)).toBe(',teapot\n');
  });

  it(`holds ${TITLE_MEMO} titles, then starts again`, () => {
    const memo = new TitleMemo();
    const title = (i: number) => `Gadget Planner ${i}`;
    for (let i = 0; i < TITLE_MEMO; i++) memo.add(onRow(title(i)), 0, tail(`,${i}\n`));
    const wrong: number[] = [];
    for (let i = 0; i < TITLE_MEMO; i++) if (got(memo, onRow(title(i))) !== `,${i}\n`) wrong.push(i);
    expect(wrong).toEqual([]);
    memo.add(onRow(title(TITLE_MEMO)), 0, tail(',new\n'));
    expect(got(memo, onRow(title(TITLE_MEMO)))).toBe(',new\n');
    expect(got(memo, onRow(title(0)))).toBeUndefined();
    expect(got(memo, onRow(title(TITLE_MEMO - 1)))).toBeUndefined();
  });

  it('is one memo for every thread given the same shared memory', () => {
    const memory = memoMemory(true);
    const one = new TitleMemo(memory);
    const two = new TitleMemo(memory);
    one.add(onRow('Kiosk Owner'), 0, tail(',kiosk\n'));
    two.add(onRow('Teapot Lead'), 0, tail(',teapot\n'));
    expect(got(two, onRow('Kiosk Owner'))).toBe(',kiosk\n');
    expect(got(one, onRow('Teapot Lead'))).toBe(',teapot\n');
    expect(got(one, onRow('Gadget Planner'))).toBeUndefined();
  });

  it(`when shared, keeps its ${TITLE_MEMO} titles and takes no more (another thread may be reading them)`, () => {
    const memory = memoMemory(true);
    const memo = new TitleMemo(memory);
    const title = (i: number) => `Gadget Planner ${i}`;
    for (let i = 0; i < TITLE_MEMO; i++) expect(memo.add(onRow(title(i)), 0, tail(`,${i}\n`))).not.toBe(-1);
    expect(memo.add(onRow(title(TITLE_MEMO)), 0, tail(',new\n'))).toBe(-1);
    const other = new TitleMemo(memory);
    expect(other.add(onRow(title(TITLE_MEMO + 1)), 0, tail(',new\n'))).toBe(-1);
    expect(got(other, onRow(title(0)))).toBe(',0\n');
    expect(got(other, onRow(title(TITLE_MEMO - 1)))).toBe(`,${TITLE_MEMO - 1}\n`);
    expect(got(other, onRow(title(TITLE_MEMO)))).toBeUndefined();
  });

  it('does not take a title longer than it holds, and keeps the others', () => {
    const memo = new TitleMemo();
    memo.add(onRow('Kiosk Owner'), 0, tail(',kiosk\n'));
    const huge = onRow(`Kiosk Owner ${'y'.repeat(5 << 20)}`);
    expect(memo.add(huge, 0, tail(',huge\n'))).toBe(-1);
    expect(got(memo, huge)).toBeUndefined();
    expect(got(memo, onRow('Kiosk Owner'))).toBe(',kiosk\n');
    memo.add(onRow('Teapot Lead'), 0, tail(',teapot\n'));
    expect(got(memo, onRow('Kiosk Owner'))).toBe(',kiosk\n');
  });
});
