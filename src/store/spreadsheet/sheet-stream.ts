import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { SheetRow } from '../../core/sheet.js';
import { readSpreadsheet, spreadsheetKind } from './index.js';
import { bookSheet, doctype, SHARED_STRINGS, sheetReaders, type ReadSheetOptions } from './read-xlsx.js';
import { SharedStrings, SharedStringsReader } from './shared-strings.js';
import { MergeScanner } from './sheet-shape.js';
import { hasDoctype } from './xml.js';
import { MAX_STREAMED_BYTES, ZipArchive } from './zip.js';

/** One sheet of a workbook file, read as a stream: its header, then its rows in batches. */
export interface SheetStream {
  file: string;
  sheet: string;
  sheets: string[];
  headers: string[];
  headerLine: number;
  /** Things said about the whole sheet; complete once the rows have been read to the end. */
  notes: string[];
  /** The rows after the header, in the sheet's order, in batches (each as many as one piece of XML holds). */
  rows(): AsyncIterable<SheetRow[]>;
  /** Lets go of the file (done by itself once the rows are read to the end or fail). */
  close(): void;
}

/** A part's text, decoded as it is inflated; its first 2 KB are checked for a document type. */
async function* texts(zip: ZipArchive, name: string, file: string, chunkSize?: number, cap?: number): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let head = '';
  let checked = false;
  for await (const chunk of zip.chunks(name, chunkSize, cap) ?? []) {
    const text = decoder.write(chunk);
    if (checked) {
      if (text) yield text;
      continue;
    }
    head += text;
    if (head.length < 2048) continue;
    if (hasDoctype(head)) throw doctype(file, name);
    checked = true;
    yield head;
    head = '';
  }
  const last = head + decoder.end();
  if (!checked && hasDoctype(last)) throw doctype(file, name);
  if (last) yield last;
}

/**
 * Opens one sheet of a workbook file and reads it as a stream: the ZIP directory by positioned
 * reads (never the whole file), the shared strings once (kept compactly, see shared-strings.ts),
 * the sheet's merged ranges in a first pass over its XML, then its rows as they are inflated.
 * Gives the same header, rows, cell kinds, row numbers, notes and errors as readSpreadsheet
 * (the same parser and shaper), with memory that does not grow with the number of rows.
 * `chunkSize`: the bytes inflated at a time (default 64 KiB; at least 64); small values cut rows between pieces.
 */
export async function openSheetStream(path: string, options: ReadSheetOptions & { chunkSize?: number | undefined }): Promise<SheetStream> {
  const file = options.file;
  const head = Buffer.alloc(8);
  const fd = openSync(path, 'r');
  const n = readSync(fd, head, 0, 8, 0);
  closeSync(fd);
  const kind = spreadsheetKind(head.subarray(0, n));
  // Refused with readSpreadsheet's words; only an Office compound file is read whole, to tell an encrypted one from an old XLS.
  if (kind !== 'xlsx') readSpreadsheet(kind === 'text' ? head.subarray(0, n) : readFileSync(path), options);
  const zip = ZipArchive.open(path, file);
  let source: AsyncIterator<string> | null = null;
  try {
    const book = bookSheet(zip, options);
    let strings = SharedStrings.EMPTY;
    if (zip.has(SHARED_STRINGS)) {
      const reader = new SharedStringsReader();
      for await (const text of texts(zip, SHARED_STRINGS, file, options.chunkSize)) reader.push(text);
      strings = reader.end();
    }
    const scanner = new MergeScanner();
    for await (const text of texts(zip, book.path, file, options.chunkSize, MAX_STREAMED_BYTES)) scanner.push(text);
    let ready: SheetRow[] = [];
    const { parser, shaper } = sheetReaders(book, file, strings, scanner.end(), (row) => ready.push(row));
    const it = texts(zip, book.path, file, options.chunkSize, MAX_STREAMED_BYTES);
    source = it;
    let done = false;
    const pull = async (): Promise<void> => {
      const r = await it.next();
      if (r.done) {
        done = true;
        parser.end();
        shaper.end();
      } else parser.push(r.value);
    };
    while (!shaper.header && !done) await pull();
    const close = () => {
      void it.return(undefined);
      zip.close();
    };
    return {
      file,
      sheet: book.name,
      sheets: book.sheets,
      headers: shaper.header!.headers,
      headerLine: shaper.header!.headerLine,
      notes: shaper.notes,
      rows: async function* () {
        try {
          for (;;) {
            if (ready.length) {
              const batch = ready;
              ready = [];
              yield batch;
            }
            if (done) return;
            await pull();
          }
        } finally {
          close();
        }
      },
      close,
    };
  } catch (e) {
    void source?.return?.(undefined);
    zip.close();
    throw e;
  }
}
