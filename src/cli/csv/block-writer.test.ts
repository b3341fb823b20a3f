import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LadderError } from '../../core/errors.js';
import { BlockWriter } from './block-writer.js';

/** A stream that keeps every chunk it is given as it was given, without copying it. */
function keeper(): { out: Writable; chunks: Buffer[] } {
  const chunks: Buffer[] = [];
  const out = new Writable({
    highWaterMark: 4,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      setImmediate(done);
    },
  });
  return { out, chunks };
}

describe('BlockWriter', () => {
  it('writes the bytes in order, in whole blocks, and never reuses a block the stream holds', async () => {
    const { out, chunks } = keeper();
    const w = new BlockWriter(out, 8, 'out.csv');
    const want: Buffer[] = [];
    const add = (text: string, from = 0) => {
      const bytes = Buffer.from(text);
      w.add(bytes, from, bytes.length);
      want.push(bytes.subarray(from));
    };
    add('Kiosk');
    add('xx Owner,Ads\n', 2);
    expect(chunks).toEqual([]);
    await w.flush();
    expect(chunks.map((c) => c.length)).toEqual([8, 8]);
    add('a row longer than a few blocks, with Gérant 🚀 in it\n');
    w.addText('团队\n');
    want.push(Buffer.from('团队\n'));
    await w.flush();
    await w.flush(true);
    expect(chunks.every((c, i) => c.length === 8 || i === chunks.length - 1)).toBe(true);
    expect(Buffer.concat(chunks).toString()).toBe(Buffer.concat(want).toString());
  });

  it('says when a block put whole has been written, so its memory can be used again, never before', async () => {
    const written: string[] = [];
    const chunks: string[] = [];
    const out = new Writable({
      highWaterMark: 1 << 20,
      write(chunk: Buffer, _encoding, done) {
        // The stream still holds the block until it calls done.
        setImmediate(() => {
          chunks.push(chunk.toString());
          done();
        });
      },
    });
    const w = new BlockWriter(out, 64, 'out.csv');
    w.addText('header\n');
    w.put(Buffer.from('row one\n'), () => written.push(`one after ${chunks.length} chunks`));
    w.put(Buffer.from('row two\n'), () => written.push(`two after ${chunks.length} chunks`));
    w.put(Buffer.alloc(0), () => written.push('empty'));
    await w.flush(true);
    expect(written).toEqual(['empty']);
    await new Promise<void>((r) => out.end(r));
    expect(chunks).toEqual(['header\n', 'row one\n', 'row two\n']);
    expect(written).toEqual(['empty', 'one after 2 chunks', 'two after 3 chunks']);
  });

  it('ends with the last bytes added, and no empty block', async () => {
    for (const [text, want] of [['abcd', ['abcd']], ['abcdefgh', ['abcd', 'efgh']], ['abcdefghi', ['abcd', 'efgh', 'i']]] as const) {
      const { out, chunks } = keeper();
      const w = new BlockWriter(out, 4, 'out.csv');
      w.addText(text);
      await w.flush(true);
      expect(chunks.map(String)).toEqual(want);
    }
  });

  it('fails with a LadderError naming the output when the stream fails while it waits', async () => {
    const out = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, done) {
        setImmediate(() => done(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })));
      },
    });
    const w = new BlockWriter(out, 4, 'people.normalized.csv');
    w.addText('Kiosk Owner\n');
    const e = await w.flush().catch((err: unknown) => err);
    expect(e).toBeInstanceOf(LadderError);
    expect(e).toMatchObject({ code: 'file-not-writable', message: 'Cannot write people.normalized.csv: ENOSPC', issues: [{ code: 'file-not-writable', file: 'people.normalized.csv', message: 'ENOSPC' }] });
  });
});
