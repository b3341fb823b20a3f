import { describe, expect, it } from 'vitest';
import { BlockFeed, LineFeed } from './block-feed.js';
import { END, ROW, RowReader } from './row-reader.js';

type Feed = { push(b: Buffer): Buffer | null; next(): Buffer | null; end(): Buffer | null; setTarget(n: number): void };

/** Feeds `text` in reads of `read` bytes; the target of each block comes from `targets` in turn. */
function blocks(feed: Feed, text: string, read: number, targets: (k: number) => number): Buffer[] {
  const bytes = Buffer.from(text);
  const out: Buffer[] = [];
  feed.setTarget(targets(0));
  const take = (b: Buffer) => {
    out.push(b);
    feed.setTarget(targets(out.length));
  };
  for (let at = 0; at < bytes.length; at += read) for (let b = feed.push(bytes.subarray(at, at + read)); b !== null; b = feed.next()) take(b);
  const last = feed.end();
  if (last !== null) out.push(last);
  return out;
}

/** The rows RowReader reads in the block, to its end (no quoting left open), and where the last one starts. */
function rowsIn(block: Buffer): { rows: number; lastStart: number } {
  const r = new RowReader(',', '\n');
  r.begin(block);
  let rows = 0;
  let lastStart = 0;
  let status: number;
  while ((status = r.nextRow()) === ROW) {
    rows++;
    lastStart = r.rowStart;
  }
  expect(status).toBe(END);
  return { rows, lastStart };
}

// Rows of different lengths; some with a line break or a delimiter inside quotes.
const ROWS = ['title,team', 'Kiosk Owner,Ads', '"Lead Gadget\nPlanner",Core', 'Teapot Lead,"a,b"', 'Spoon Wrangler,"x\n\ny"', 'Gérant 🚀,Sales'];
// Past the first read, where the feed guesses the delimiter before it gives out blocks.
const N = 4000;
const CSV = `${Array.from({ length: N }, (_, i) => ROWS[i % ROWS.length]).join('\n')}\n`;

describe('BlockFeed', () => {
  it('cuts each block at the first row end at or past its target, so one read can give several blocks', () => {
    const target = 4096;
    const got = blocks(new BlockFeed(',', target), CSV, 4096, () => target);
    expect(Buffer.concat(got).toString()).toBe(CSV);
    expect(got.length).toBeGreaterThan(15);
    for (const b of got.slice(0, -1)) {
      expect(b.length).toBeGreaterThanOrEqual(target);
      // Without its last row the block would be short of the target: it was cut at the first chance.
      expect(rowsIn(b).lastStart).toBeLessThan(target);
    }
    expect(got.reduce((n, b) => n + rowsIn(b).rows, 0)).toBe(N);
  });

  it('follows a target that grows from block to block, whatever the size of the reads, never inside quotes', () => {
    for (const read of [997, 4096, 1 << 20]) {
      const targets = (k: number) => Math.min(32_768, 512 << k);
      const got = blocks(new BlockFeed(',', 512), CSV, read, targets);
      expect(Buffer.concat(got).toString()).toBe(CSV);
      got.slice(0, -1).forEach((b, k) => expect(b.length).toBeGreaterThanOrEqual(targets(k)));
      expect(got.reduce((n, b) => n + rowsIn(b).rows, 0)).toBe(N);
    }
  });
});

describe('LineFeed', () => {
  const JSONL = `${Array.from({ length: 30 }, (_, i) => JSON.stringify({ title: `Kiosk Owner ${'x'.repeat(i % 7)}` })).join('\n')}\n`;

  it('cuts each block at the first line end at or past its target, and grows with it', () => {
    for (const read of [3, 50, 100_000]) {
      const targets = (k: number) => Math.min(200, 20 << k);
      const got = blocks(new LineFeed(20), JSONL, read, targets);
      expect(Buffer.concat(got).toString()).toBe(JSONL);
      got.slice(0, -1).forEach((b, k) => {
        expect(b.length).toBeGreaterThanOrEqual(targets(k));
        expect(b.at(-1)).toBe(10);
        expect(b.subarray(0, b.lastIndexOf(10, b.length - 2) + 1).length).toBeLessThan(targets(k));
      });
    }
  });
});
