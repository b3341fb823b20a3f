import { inflateRawSync } from 'node:zlib';
import { LadderError } from '../../core/errors.js';

/**
 * The entries of a ZIP archive (an XLSX file is one), read from the central directory at the end
 * of the file. Only what spreadsheets use: stored and deflated entries, no encryption, no ZIP64
 * (an XLSX over 4 GB is not a roster). Every entry's size is capped before it is inflated, so a
 * small file cannot expand into gigabytes.
 */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** The most one entry may inflate to (a 100,000-row sheet is about 40 MB of XML). */
export const MAX_ENTRY_BYTES = 512 * 1024 * 1024;

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();

  constructor(private readonly data: Buffer, private readonly file: string) {
    const eocd = findEndOfCentralDirectory(data);
    if (eocd < 0) throw corrupt(file, 'the end of the ZIP directory is missing (the file is cut short or is not an XLSX)');
    const count = data.readUInt16LE(eocd + 10);
    const dirSize = data.readUInt32LE(eocd + 12);
    let at = data.readUInt32LE(eocd + 16);
    if (count === 0xffff || at === 0xffffffff || at + dirSize > data.length) throw corrupt(file, 'the ZIP directory points outside the file');
    for (let i = 0; i < count; i++) {
      if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) throw corrupt(file, 'a ZIP directory entry is damaged');
      const nameLength = data.readUInt16LE(at + 28);
      const entry: ZipEntry = {
        flags: data.readUInt16LE(at + 8),
        method: data.readUInt16LE(at + 10),
        compressedSize: data.readUInt32LE(at + 20),
        size: data.readUInt32LE(at + 24),
        offset: data.readUInt32LE(at + 42),
        name: data.toString('utf8', at + 46, at + 46 + nameLength),
      };
      this.entries.set(entry.name.replace(/^\/+/, ''), entry);
      at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes, inflated; undefined when the archive has no such entry. */
  read(name: string): Buffer | undefined {
    const e = this.entries.get(name);
    if (!e) return undefined;
    const { data, file } = this;
    if (e.flags & 1) throw new LadderError('xlsx-encrypted', `${file} is password-protected; remove the password (save a copy without it) and try again`, { issues: [{ code: 'xlsx-encrypted', file, message: 'encrypted ZIP entry' }] });
    if (e.size > MAX_ENTRY_BYTES) throw tooLarge(file, name);
    if (e.offset + 30 > data.length || data.readUInt32LE(e.offset) !== 0x04034b50) throw corrupt(file, `the part ${name} is damaged`);
    const start = e.offset + 30 + data.readUInt16LE(e.offset + 26) + data.readUInt16LE(e.offset + 28);
    const end = start + e.compressedSize;
    if (end > data.length) throw corrupt(file, `the part ${name} is cut short`);
    const raw = data.subarray(start, end);
    if (e.method === 0) return raw;
    if (e.method !== 8) throw corrupt(file, `the part ${name} uses a compression method (${e.method}) spreadsheets do not use`);
    try {
      return inflateRawSync(raw, { maxOutputLength: MAX_ENTRY_BYTES });
    } catch (err) {
      if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(file, name);
      throw corrupt(file, `the part ${name} cannot be decompressed`);
    }
  }

  text(name: string): string | undefined {
    return this.read(name)?.toString('utf8');
  }
}

function findEndOfCentralDirectory(data: Buffer): number {
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= stop; i--) if (data.readUInt32LE(i) === 0x06054b50) return i;
  return -1;
}

export function corrupt(file: string, why: string): LadderError {
  return new LadderError('xlsx-corrupt', `${file} cannot be read as a spreadsheet: ${why}. Open it in a spreadsheet app and save it again as .xlsx`, {
    issues: [{ code: 'xlsx-corrupt', file, message: why }],
  });
}

function tooLarge(file: string, part: string): LadderError {
  return new LadderError('xlsx-too-large', `${file}: the part ${part} expands to more than ${MAX_ENTRY_BYTES / 1024 / 1024} MB; split the sheet or save it as CSV`, {
    issues: [{ code: 'xlsx-too-large', file, message: `${part} too large` }],
  });
}
