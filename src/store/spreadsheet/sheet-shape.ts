import { LadderError } from '../../core/errors.js';
import { columnIndex, type CellKind, type SheetRow } from '../../core/sheet.js';

/** A merged range of cells. */
export interface Merge {
  c1: number;
  r1: number;
  c2: number;
  r2: number;
  ref: string;
}

const MERGE = /<(?:[\w.-]+:)?mergeCell\s[^>]*?ref\s*=\s*["']\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?["']/g;

/**
 * Finds the merged ranges of a sheet in its XML given in pieces. They are listed after the cells
 * (after the last "sheetData>"), so a sheet is read twice when streamed: once for its merges,
 * once for its rows; only a partial tag is carried between pieces.
 */
export class MergeScanner {
  private carry = '';
  private merges: Merge[] = [];

  push(xml: string, last = false): void {
    let buf = this.carry + xml;
    const after = buf.lastIndexOf('sheetData>');
    if (after >= 0) {
      this.merges = [];
      buf = buf.slice(after);
    }
    // Tags before the last "<" are whole (an attribute value holds no "<"). Only a tag not yet
    // closed waits for the next piece: text after a closed tag holds no merge, and carrying it
    // would keep a cell's whole text when it spans many pieces.
    const lt = last ? -1 : buf.lastIndexOf('<');
    const open = lt >= 0 && buf.indexOf('>', lt) < 0;
    const whole = open ? buf.slice(0, lt) : buf;
    this.carry = open ? buf.slice(lt) : '';
    // Most of the XML is cells: the pattern runs only where a merged range can be.
    if (whole.indexOf('mergeCell') < 0) return;
    MERGE.lastIndex = 0;
    for (let m = MERGE.exec(whole); m; m = MERGE.exec(whole)) {
      const c1 = columnIndex(m[1]!);
      const r1 = Number(m[2]);
      const c2 = m[3] ? columnIndex(m[3]) : c1;
      const r2 = m[4] ? Number(m[4]) : r1;
      this.merges.push({ c1: Math.min(c1, c2), r1: Math.min(r1, r2), c2: Math.max(c1, c2), r2: Math.max(r1, r2), ref: m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}` });
    }
  }

  end(): Merge[] {
    this.push('', true);
    return this.merges;
  }
}

const filled = (row: SheetRow) => row.cells.some((c) => c !== undefined && c !== '') || (row.kinds?.some((k) => k === 'formula-without-value') ?? false);

export interface SheetHeader {
  headers: string[];
  headerLine: number;
}

/**
 * Turns the rows of a sheet, as they are read, into a table: finds the header (skipping a band
 * of merged group titles above it), gives every cell a merged range covers in the data the
 * range's value, drops empty rows and pads the others to the header's width. Rows are handed on
 * as soon as they are shaped; only the rows up to the header are held.
 */
export class RowShaper {
  header: SheetHeader | null = null;
  readonly notes: string[] = [];
  private readonly pending: SheetRow[] = [];
  private readonly candidates: SheetRow[] = [];
  private readonly beyond: number[] = [];
  /** The merged ranges below the header, in the order the sheet lists them, with their top-left value once read. */
  private data: { mg: Merge; v?: string | undefined; kind?: CellKind | undefined }[] = [];
  private lastLine = 0;

  constructor(
    private readonly ctx: { file: string; sheet: string; sheets: string[] },
    private readonly merges: Merge[],
    private readonly emit: (row: SheetRow) => void,
  ) {}

  push(row: SheetRow): void {
    if (this.header) return this.accept(row);
    this.pending.push(row);
    if (filled(row)) this.candidates.push(row);
    if (this.candidates.length === 2) this.decide();
  }

  /** The end of the sheet: the header (an empty sheet is an error) and the rows held until now. */
  end(): SheetHeader {
    if (!this.header) this.decide();
    this.fillGap(this.lastLine + 1, Number.POSITIVE_INFINITY);
    const b = this.beyond;
    if (b.length) this.notes.push(`row${b.length === 1 ? '' : 's'} ${b.slice(0, 10).join(', ')}${b.length > 10 ? ', …' : ''} ha${b.length === 1 ? 's' : 've'} cells right of the last header column; they are not read`);
    return this.header!;
  }

  private decide(): void {
    const { file, sheet, sheets } = this.ctx;
    const rows = this.candidates;
    const merges = this.merges;
    if (!rows.length) {
      const others = sheets.filter((s) => s !== sheet);
      throw new LadderError('xlsx-empty-sheet', `${file}: the sheet "${sheet}" is empty${others.length ? `; the workbook's other sheets are ${others.map((s) => `"${s}"`).join(', ')} (choose one with the sheet option)` : ''}`, {
        issues: [{ code: 'xlsx-empty-sheet', file, sheet, message: 'no cells with values' }],
      });
    }
    let h = 0;
    const wide = (line: number) => merges.filter((mg) => mg.r1 <= line && mg.r2 >= line && mg.c2 > mg.c1);
    let headerMerges = wide(rows[0]!.line);
    if (headerMerges.length && rows.length > 1) {
      // A band of merged group titles ("Person", "Job") above the real header row.
      const band = rows[0]!;
      const onlyBands = band.cells.every((c, i) => c === undefined || c === '' || headerMerges.some((mg) => mg.c1 === i && mg.r1 === band.line));
      const next = rows[1]!;
      const nextIsHeader = next.cells.filter((c) => c).length >= 2 && !(next.kinds ?? []).some((k) => k && k !== 'text') && !wide(next.line).length;
      if (onlyBands && nextIsHeader) {
        this.notes.push(`row ${band.line} holds merged group titles and was skipped; row ${next.line} is the header`);
        h = 1;
        headerMerges = [];
      }
    }
    const header = rows[h]!;
    if (headerMerges.length) {
      const refs = headerMerges.map((mg) => mg.ref);
      throw new LadderError('xlsx-merged-header', `${file}: the header row ${header.line} of "${sheet}" has merged cells (${refs.join(', ')}); give every column its own header cell (unmerge them) and try again`, {
        issues: headerMerges.map((mg) => ({ code: 'xlsx-merged-header', file, sheet, cell: mg.ref, line: header.line, message: 'merged header cells: each column needs its own name' })),
      });
    }
    const headers: string[] = [];
    for (let i = 0; i < header.cells.length; i++) headers.push((header.cells[i] ?? '').trim());
    this.header = { headers, headerLine: header.line };
    this.data = merges.filter((mg) => mg.r1 > header.line).map((mg) => ({ mg }));
    for (const row of this.pending.splice(0)) this.accept(row);
  }

  private accept(row: SheetRow): void {
    if (row.line <= this.header!.headerLine) return;
    if (this.data.length) {
      this.fillGap(this.lastLine + 1, row.line - 1);
      // A merged cell in the data shows its value across the range: every covered cell gets it.
      for (const d of this.data) if (d.mg.r1 === row.line && d.v === undefined && row.cells[d.mg.c1] !== undefined) ((d.v = row.cells[d.mg.c1]), (d.kind = row.kinds?.[d.mg.c1]));
      this.fill(row);
    }
    if (row.line > this.lastLine) this.lastLine = row.line;
    this.out(row);
  }

  private fill(row: SheetRow): void {
    for (const { mg, v, kind } of this.data) {
      if (v === undefined || mg.r1 > row.line || mg.r2 < row.line) continue;
      for (let c = mg.c1; c <= mg.c2; c++) {
        row.cells[c] = v;
        if (kind) (row.kinds ??= [])[c] = kind;
      }
    }
  }

  /** Rows the file leaves out but a merged range covers, from line `from` to `to`. */
  private fillGap(from: number, to: number): void {
    let last = 0;
    for (const d of this.data) if (d.v !== undefined && d.mg.r2 > last) last = d.mg.r2;
    for (let line = from; line <= Math.min(to, last); line++) {
      const row: SheetRow = { line, cells: [] };
      this.fill(row);
      this.out(row);
    }
    if (last >= from && Math.min(to, last) > this.lastLine) this.lastLine = Math.min(to, last);
  }

  private out(row: SheetRow): void {
    if (!filled(row)) return;
    const width = this.header!.headers.length;
    const cells = row.cells;
    if (cells.length > width) {
      if (cells.slice(width).some((c) => c)) this.beyond.push(row.line);
      cells.length = width;
    }
    // Cells left out of the file (empty ones) are holes: they become empty text, in place.
    for (let i = 0; i < width; i++) if (cells[i] === undefined) cells[i] = '';
    if (row.kinds && row.kinds.length > width) row.kinds.length = width;
    this.emit(row);
  }
}
