import { describe, expect, it } from 'vitest';
import { BlockOutput } from './block-output.js';

/** Rows of `input` (each ending in \n) written back each followed by the extra bytes given for it. */
function build(input: Buffer, extras: Buffer[]): Buffer {
  const out = new BlockOutput(input);
  let start = 0;
  extras.forEach((extra) => {
    const end = input.indexOf(10, start);
    out.row(start, end);
    out.add(extra, 0, extra.length, end + 1);
    start = end + 1;
  });
  return Buffer.from(out.bytes());
}

/** The same, the plain way. */
function expected(input: Buffer, extras: Buffer[]): Buffer {
  const rows = input.toString('latin1').split('\n');
  return Buffer.concat(extras.map((e, i) => Buffer.concat([Buffer.from(rows[i]!, 'latin1'), e])));
}

describe('BlockOutput', () => {
  it('writes each row followed by its result columns, in order', () => {
    const input = Buffer.from('1,Kiosk Owner\n2,Teapot Lead\n3,Gadget Planner\n');
    const extras = [',a\n', ',bb\n', ',ccc\n'].map((s) => Buffer.from(s));
    expect(build(input, extras).toString()).toBe('1,Kiosk Owner,a\n2,Teapot Lead,bb\n3,Gadget Planner,ccc\n');
  });

  it('never overwrites rows not read yet, when the results are far longer than the rows', () => {
    // Two-byte rows with 200-byte results: the output outgrows the room it starts with many times.
    const n = 5_000;
    const input = Buffer.from(Array.from({ length: n }, (_, i) => `${String.fromCharCode(65 + (i % 26))}\n`).join(''));
    const extras = Array.from({ length: n }, (_, i) => Buffer.from(`,${String(i).padStart(198, '.')}\n`));
    expect(build(input, extras).equals(expected(input, extras))).toBe(true);
  });

  it('gives the same bytes as plain concatenation for rows and results of any length', () => {
    let seed = 7;
    const rnd = (k: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % k);
    for (let round = 0; round < 20; round++) {
      const rows = 1 + rnd(400);
      const lines = Array.from({ length: rows }, () => 'x'.repeat(rnd(120)).replace(/x/g, () => String.fromCharCode(97 + rnd(26))));
      const input = Buffer.from(lines.map((l) => `${l}\n`).join(''));
      const extras = lines.map(() => Buffer.from(`,${'r'.repeat(rnd(round % 2 ? 600 : 40))}\n`));
      expect(build(input, extras).equals(expected(input, extras))).toBe(true);
    }
  });

  it('builds in the memory of a result already written when it is large enough, else in its own', () => {
    const input = Buffer.from('1,Kiosk Owner\n');
    const big = new ArrayBuffer(4096);
    const inSpare = new BlockOutput(input, big);
    inSpare.row(0, 13);
    inSpare.add(Buffer.from(',a\n'), 0, 3, 14);
    expect(inSpare.bytes().buffer).toBe(big);
    expect(Buffer.from(inSpare.bytes()).toString()).toBe('1,Kiosk Owner,a\n');
    const small = new ArrayBuffer(8);
    const own = new BlockOutput(input, small);
    own.row(0, 13);
    expect(own.bytes().buffer).not.toBe(small);
    expect(Buffer.from(own.bytes()).toString()).toBe('1,Kiosk Owner');
  });
});

