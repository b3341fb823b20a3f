import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutraliseCell } from '../../core/safe-cell.js';
import { abandonStream, commitTemporary, temporaryPathFor } from '../atomic-file.js';

export type XlsxValue = string | number | boolean | Date | null | undefined;

export interface XlsxSheet {
  name: string;
  headers: readonly string[];
  rows: Iterable<readonly XlsxValue[]> | AsyncIterable<readonly XlsxValue[]>;
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string, taken: Set<string>): string {
  let base = name.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31) || 'Sheet';
  for (let n = 2; taken.has(base.toLowerCase()); n++) base = `${base.slice(0, 28)} ${n}`;
  taken.add(base.toLowerCase());
  return base;
}

/** A cell as written: text that would start a formula is neutralised; numbers and booleans stay values. */
function cellValue(v: XlsxValue): string | number | boolean | Date | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === 'string') return v === '' ? null : neutraliseCell(v);
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  return v;
}

/**
 * Waits while the sheet's compressed stream is behind. exceljs' streaming writer (4.4.0) hands
 * each 64 KB of sheet XML to the ZIP's deflate stream without waiting for it, so rows that come
 * faster than they are compressed and written would pile up in memory: every 256 rows the
 * writer waits for that stream to drain (or, before the ZIP takes the sheet, for a turn of the
 * event loop). This reads exceljs internals (the worksheet's `stream` and its `pipes`): without
 * the wait, a 1,000,000-row sheet took 700 MB; with it, memory stays flat.
 */
async function zipped(ws: ExcelJS.Worksheet): Promise<void> {
  const sheetStream = (ws as unknown as { stream?: { pipes?: (Writable & { _writableState?: { needDrain?: boolean } })[] } }).stream;
  const sink = sheetStream?.pipes?.[0];
  if (!sink) await new Promise((r) => setImmediate(r));
  // The ZIP's streams come from the readable-stream package, whose state is read the old way.
  else if (sink.writableNeedDrain ?? sink._writableState?.needDrain) await once(sink, 'drain');
}

export interface WriteXlsxOptions {
  /**
   * Shared strings (the default) make a smaller file, but the writer keeps every distinct string
   * in memory until the end; without them each cell holds its text, and memory stays flat
   * however many distinct values the rows hold (the bulk normalizer writes this way).
   */
  sharedStrings?: boolean;
  /**
   * Styles (the default): a bold header, and dates shown as dates. Without them the writer skips
   * its per-cell style lookup and writes about twice as fast; for sheets of text only.
   */
  styles?: boolean;
}

/**
 * Writes a workbook, streaming rows to disk, under a temporary name renamed into place at the
 * end: the file is whole or absent, also when reading the rows fails part way (the error is
 * passed on, the temporary file removed). No cell is a formula: every value is written as
 * text, a number or a boolean, and text that a spreadsheet would read as a formula is neutralised.
 */
export async function writeXlsx(path: string, sheets: readonly XlsxSheet[], options: WriteXlsxOptions = {}): Promise<void> {
  const tmp = temporaryPathFor(path);
  const out = createWriteStream(tmp);
  try {
    await once(out, 'open');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: options.sharedStrings ?? true, useStyles: options.styles ?? true });
    const taken = new Set<string>();
    for (const s of sheets) {
      const ws = wb.addWorksheet(sheetName(s.name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
      const header = ws.addRow(s.headers.map((h) => cellValue(h)));
      header.font = { bold: true };
      header.commit();
      let n = 0;
      for await (const row of s.rows as AsyncIterable<readonly XlsxValue[]>) {
        ws.addRow(row.map(cellValue)).commit();
        if (++n % 256 === 0) await zipped(ws);
      }
      ws.commit();
    }
    await wb.commit();
    commitTemporary(tmp, path);
  } catch (e) {
    throw await abandonStream(out, tmp, path, e);
  }
}
