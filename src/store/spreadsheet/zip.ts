import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { LadderError } from '../../core/errors.js';

/**
 * The entries of a ZIP archive (an XLSX file is one), read from the central directory at the end
 * of the file. Only what spreadsheets use: stored and deflated entries, no encryption, no ZIP64
 * (an XLSX over 4 GB is not a roster). Every entry's size is capped before it is inflated, so a
 * small file cannot expand into gigabytes.
 *
 * The archive reads its bytes through positioned reads (a Buffer in memory, or a file
 * descriptor): opening a file reads only its directory, and an entry can be inflated as a
 * stream, so a large sheet never has to be in memory whole.
 */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** The most one entry read whole may inflate to (a 100,000-row sheet is about 40 MB of XML). */
export const MAX_ENTRY_BYTES = 512 * 1024 * 1024;
/**
 * The most an entry read as a stream may inflate to: its memory stays flat, so only the time it
 * takes is bounded (a sheet of Excel's 1,048,576 rows and 30 columns is over 1 GB of XML). The
 * most a ZIP without ZIP64 can declare.
 */
export const MAX_STREAMED_BYTES = 0xffffffff;

/** Where the archive's bytes come from: positioned reads, and a stream of a byte range. */
interface ZipSource {
  readonly size: number;
  read(offset: number, length: number): Buffer;
  stream(start: number, end: number): Readable;
  close(): void;
}

function bufferSource(data: Buffer): ZipSource {
  return {
    size: data.length,
    read: (offset, length) => data.subarray(offset, Math.min(data.length, offset + length)),
    stream: (start, end) => Readable.from([data.subarray(start, end)]),
    close: () => {},
  };
}

function fileSource(path: string): ZipSource {
  const fd = openSync(path, 'r');
  let open = true;
  return {
    size: fstatSync(fd).size,
    read(offset, length) {
      const b = Buffer.allocUnsafe(length);
      const n = readSync(fd, b, 0, length, offset);
      return b.subarray(0, n);
    },
    // Its own descriptor: the stream closes it when done, whatever happens to this one.
    stream: (start, end) => createReadStream(path, { start, end: end - 1, highWaterMark: 256 * 1024 }),
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  private readonly src: ZipSource;

  /** The archive in `data` (a Buffer), or, with `path`, in that file (read by positioned reads). */
  constructor(data: Buffer | null, private readonly file: string, path?: string) {
    this.src = data ? bufferSource(data) : fileSource(path!);
    try {
      this.readDirectory();
    } catch (e) {
      this.src.close();
      throw e;
    }
  }

  /** Opens the archive in a file: reads its directory only. Call close() when done. */
  static open(path: string, file: string): ZipArchive {
    return new ZipArchive(null, file, path);
  }

  close(): void {
    this.src.close();
  }

  private readDirectory(): void {
    const { src, file } = this;
    // The end record is in the last 22 bytes, or up to 64 KiB before them (an archive comment).
    const tailStart = Math.max(0, src.size - 22 - 0xffff);
    const tail = src.read(tailStart, src.size - tailStart);
    const e = findEndOfCentralDirectory(tail);
    if (e < 0) throw corrupt(file, 'the end of the ZIP directory is missing (the file is cut short or is not an XLSX)');
    const count = tail.readUInt16LE(e + 10);
    const dirSize = tail.readUInt32LE(e + 12);
    const dirStart = tail.readUInt32LE(e + 16);
    if (count === 0xffff || dirStart === 0xffffffff || dirStart + dirSize > src.size) throw corrupt(file, 'the ZIP directory points outside the file');
    const dir = src.read(dirStart, dirSize);
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > dir.length || dir.readUInt32LE(at) !== 0x02014b50) throw corrupt(file, 'a ZIP directory entry is damaged');
      const nameLength = dir.readUInt16LE(at + 28);
      const entry: ZipEntry = {
        flags: dir.readUInt16LE(at + 8),
        method: dir.readUInt16LE(at + 10),
        compressedSize: dir.readUInt32LE(at + 20),
        size: dir.readUInt32LE(at + 24),
        offset: dir.readUInt32LE(at + 42),
        name: dir.toString('utf8', at + 46, Math.min(dir.length, at + 46 + nameLength)),
      };
      this.entries.set(entry.name.replace(/^\/+/, ''), entry);
      at += 46 + nameLength + dir.readUInt16LE(at + 30) + dir.readUInt16LE(at + 32);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Where the entry's compressed bytes are, after its checks; undefined when there is no such entry. */
  private locate(name: string, cap: number): { e: ZipEntry; start: number; end: number } | undefined {
    const e = this.entries.get(name);
    if (!e) return undefined;
    const { src, file } = this;
    if (e.flags & 1) throw new LadderError('xlsx-encrypted', `${file} is password-protected; remove the password (save a copy without it) and try again`, { issues: [{ code: 'xlsx-encrypted', file, message: 'encrypted ZIP entry' }] });
    if (e.size > cap) throw tooLarge(file, name, cap);
    const local = src.read(e.offset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50) throw corrupt(file, `the part ${name} is damaged`);
    const start = e.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    const end = start + e.compressedSize;
    if (end > src.size) throw corrupt(file, `the part ${name} is cut short`);
    if (e.method !== 0 && e.method !== 8) throw corrupt(file, `the part ${name} uses a compression method (${e.method}) spreadsheets do not use`);
    return { e, start, end };
  }

  /** The entry's bytes, inflated; undefined when the archive has no such entry. */
  read(name: string): Buffer | undefined {
    const at = this.locate(name, MAX_ENTRY_BYTES);
    if (!at) return undefined;
    const raw = this.src.read(at.start, at.end - at.start);
    if (at.e.method === 0) return raw;
    try {
      return inflateRawSync(raw, { maxOutputLength: MAX_ENTRY_BYTES });
    } catch (err) {
      if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(this.file, name, MAX_ENTRY_BYTES);
      throw corrupt(this.file, `the part ${name} cannot be decompressed`);
    }
  }

  text(name: string): string | undefined {
    return this.read(name)?.toString('utf8');
  }

  /**
   * The entry's bytes, inflated as they are read (a ranged read stream through inflateRaw), in
   * chunks; undefined when there is no such entry. Stops with xlsx-too-large past `cap` (what
   * the reader keeps of it bounds its memory: MAX_ENTRY_BYTES when it keeps the whole part) and
   * xlsx-corrupt when the bytes do not inflate.
   */
  chunks(name: string, chunkSize = 64 * 1024, cap = MAX_ENTRY_BYTES): AsyncIterable<Buffer> | undefined {
    const at = this.locate(name, cap);
    if (!at) return undefined;
    const { src, file } = this;
    return (async function* () {
      // A stored entry of no bytes: nothing to read (a ranged stream cannot be empty).
      if (at.end <= at.start) return;
      const input = src.stream(at.start, at.end);
      const inflated = at.e.method === 0 ? input : input.pipe(createInflateRaw({ chunkSize: Math.max(64, chunkSize) }));
      if (inflated !== input) input.on('error', (e) => inflated.destroy(e));
      let total = 0;
      try {
        for await (const chunk of inflated as AsyncIterable<Buffer>) {
          total += chunk.length;
          if (total > cap) throw tooLarge(file, name, cap);
          yield chunk;
        }
      } catch (err) {
        if (err instanceof LadderError) throw err;
        if ((err as NodeJS.ErrnoException).code?.startsWith('Z_')) throw corrupt(file, `the part ${name} cannot be decompressed`);
        throw err;
      } finally {
        input.destroy();
        inflated.destroy();
      }
    })();
  }
}

function findEndOfCentralDirectory(data: Buffer): number {
  for (let i = data.length - 22; i >= 0; i--) if (data.readUInt32LE(i) === 0x06054b50) return i;
  return -1;
}

export function corrupt(file: string, why: string): LadderError {
  return new LadderError('xlsx-corrupt', `${file} cannot be read as a spreadsheet: ${why}. Open it in a spreadsheet app and save it again as .xlsx`, {
    issues: [{ code: 'xlsx-corrupt', file, message: why }],
  });
}

function tooLarge(file: string, part: string, cap: number): LadderError {
  return new LadderError('xlsx-too-large', `${file}: the part ${part} expands to more than ${Math.round(cap / 1024 / 1024)} MB; split the sheet or save it as CSV`, {
    issues: [{ code: 'xlsx-too-large', file, message: `${part} too large` }],
  });
}
