import { describe, expect, it } from 'vitest';
import { ladderErrorOf } from '../../../test/errors.js';
import { BlockFeed } from './block-feed.js';
import { END, FIRST_READ, malformed, MORE, ROW, RowReader } from './row-reader.js';

interface Row {
  line: number;
  values: string[];
  raw: string;
}

/**
 * Chunk sizes, used in turn. Odd and tiny sizes end blocks inside rows, quoted fields, CRLF
 * pairs, two-byte delimiters and multi-byte characters; the last is the file in one chunk.
 */
const CHUNKINGS = [[1], [2], [3], [5, 1, 7], [13], [4093], [Infinity]];

function valuesOf(r: RowReader): string[] {
  const values: string[] = [];
  for (let i = 0; i < r.fields.n; i++) values.push(r.value(i));
  return values;
}

/**
 * Feeds `bytes` to a BlockFeed in chunks of `sizes`, reads each block it gives out (as the
 * bulk command does, in whichever thread) and collects the rows with their lines in the file.
 * A block target of 1 byte cuts a block at every chance.
 */
function feed(bytes: Buffer, sizes: number[], delimiter?: string, target = 1) {
  const rows: Row[] = [];
  const f = new BlockFeed(delimiter, target);
  let reader: RowReader | null = null;
  let line = 1;
  const read = (block: Buffer | null) => {
    if (block === null) return;
    reader ??= new RowReader(f.delimiter, f.newline);
    const r = reader;
    r.begin(block);
    let status: number;
    while ((status = r.nextRow()) === ROW) rows.push({ line: line + r.line, values: valuesOf(r), raw: r.text(r.rowStart, r.rowEnd) });
    if (status !== END) throw malformed('people.csv', line + r.line, status);
    line += r.lines;
  };
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const n = sizes[k % sizes.length]!;
    for (let b = f.push(bytes.subarray(at, at + n)); b !== null; b = f.next()) read(b);
    at += n;
  }
  read(f.end());
  return { rows, delimiter: f.delimiter, newline: f.newline };
}

/** Lines a row spans: line breaks inside quoted fields count. */
function linesOf(raw: string, newline: string): number {
  return raw.split(newline === '\r' ? '\r' : '\n').length;
}

/** How many times to repeat `body` for rows past the first read: those meet cut blocks. */
function pastFirstRead(body: string): number {
  return Math.ceil((FIRST_READ * 1.5) / Buffer.byteLength(body));
}

interface Case {
  /** Each row as written, and its values. */
  rows: [raw: string, values: string[]][];
  newline: string;
  /** The --delimiter given; else it is guessed. */
  given?: string;
  delimiter: string;
  bom?: boolean;
}

/**
 * Reads the case's rows after a header, once and repeated past the first read, in every
 * chunking, and checks each row's values, raw bytes and line, and the guessed separators.
 */
function expectRows(c: Case): void {
  const header: [string, string[]] = [['title', 'team', 'n'].join(c.delimiter), ['title', 'team', 'n']];
  for (const reps of [1, pastFirstRead(c.rows.map(([raw]) => raw + c.newline).join(''))]) {
    const rows = [header, ...Array.from({ length: reps }, () => c.rows).flat()];
    const text = rows.map(([raw]) => raw + c.newline).join('');
    const want: Row[] = [];
    let line = 1;
    for (const [raw, values] of rows) {
      want.push({ line, values, raw });
      line += linesOf(raw, c.newline);
    }
    const bytes = Buffer.from(c.bom ? `\ufeff${text}` : text);
    for (const [sizes, target] of CHUNKINGS.flatMap((sizes) => [[sizes, 1], [sizes, 4096]] as const)) {
      const got = feed(bytes, sizes, c.given, target);
      expect({ delimiter: got.delimiter, newline: got.newline }).toEqual({ delimiter: c.delimiter, newline: c.newline });
      expect(got.rows.length).toBe(want.length);
      // One comparison over all rows: thousands of expect() calls would be slow.
      expect(got.rows).toEqual(want);
    }
  }
}

/** What each case reads after its header: its rows, line break and delimiter. */
const CASES: [name: string, Case][] = [
  [
    'plain and quoted fields: delimiters, doubled quotes and line breaks inside, spaces after the closing quote',
    {
      newline: '\n',
      delimiter: ',',
      given: ',',
      rows: [
        ['Kiosk Owner,Ads,1', ['Kiosk Owner', 'Ads', '1']],
        ['"Director, Widget Strategy",Core,2', ['Director, Widget Strategy', 'Core', '2']],
        ['"Says ""yes"" Lead",X,3', ['Says "yes" Lead', 'X', '3']],
        ['"Lead Gadget\nPlanner",Y,"two\nlines"', ['Lead Gadget\nPlanner', 'Y', 'two\nlines']],
        ['Gérant des trucs 🚀,团队,5', ['Gérant des trucs 🚀', '团队', '5']],
        ['"Spoon Wrangler"  ,W,7', ['Spoon Wrangler', 'W', '7']],
        // A quote inside an unquoted field is an ordinary character, as papaparse reads it.
        ['Head "of" Teapots,Z,8', ['Head "of" Teapots', 'Z', '8']],
        [',,', ['', '', '']],
        ['"",short', ['', 'short']],
      ],
    },
  ],
  [
    'CRLF line ends, with a CRLF inside a quoted field',
    {
      newline: '\r\n',
      delimiter: ',',
      rows: [
        ['Kiosk Owner,Ads,1', ['Kiosk Owner', 'Ads', '1']],
        ['"Lead Gadget\r\nPlanner",Core,"a, b"', ['Lead Gadget\r\nPlanner', 'Core', 'a, b']],
        ['Gérant 🚀,"x\ny",3', ['Gérant 🚀', 'x\ny', '3']],
      ],
    },
  ],
  [
    'CR line ends',
    {
      newline: '\r',
      delimiter: ',',
      rows: [
        ['Kiosk Owner,Ads,1', ['Kiosk Owner', 'Ads', '1']],
        ['"Lead Gadget\rPlanner",Core,2', ['Lead Gadget\rPlanner', 'Core', '2']],
      ],
    },
  ],
  [
    'a UTF-8 byte-order mark left out, and a tab guessed',
    {
      bom: true,
      newline: '\n',
      delimiter: '\t',
      rows: [
        ['Kiosk Owner\tAds, West\t1', ['Kiosk Owner', 'Ads, West', '1']],
        ['"Lead\tPlanner"\tCore\t2', ['Lead\tPlanner', 'Core', '2']],
        ['Gérant 🚀\t团队\t3', ['Gérant 🚀', '团队', '3']],
      ],
    },
  ],
  [
    'a semicolon guessed',
    {
      newline: '\r\n',
      delimiter: ';',
      rows: [
        ['Kiosk Owner;Ads, West;1', ['Kiosk Owner', 'Ads, West', '1']],
        ['"Chef de gadgets; junior";Core;2', ['Chef de gadgets; junior', 'Core', '2']],
      ],
    },
  ],
  [
    'a delimiter of two bytes',
    {
      newline: '\n',
      delimiter: '§',
      given: '§',
      rows: [
        ['Kiosk Owner§Ads§1', ['Kiosk Owner', 'Ads', '1']],
        ['"Lead § Planner"§Core§Gérant 🚀', ['Lead § Planner', 'Core', 'Gérant 🚀']],
      ],
    },
  ],
];

describe('BlockFeed and RowReader.nextRow', () => {
  it.each(CASES)('reads %s, in chunks of any size', (_, c) => expectRows(c));

  it('reads the last row with or without a line break after it; a blank last line is a row of one empty field', () => {
    for (const sizes of CHUNKINGS) {
      const values = (text: string) => feed(Buffer.from(text), sizes).rows.map((r) => r.values);
      expect(values('title,team\nKiosk Owner,Ads')).toEqual([['title', 'team'], ['Kiosk Owner', 'Ads']]);
      expect(values('title,team\nKiosk Owner,"Ads"')).toEqual([['title', 'team'], ['Kiosk Owner', 'Ads']]);
      expect(values('title,team\nKiosk Owner,Ads\n')).toEqual([['title', 'team'], ['Kiosk Owner', 'Ads']]);
      expect(values('title,team\r\nKiosk Owner,Ads\r\n\r\n')).toEqual([['title', 'team'], ['Kiosk Owner', 'Ads'], ['']]);
      expect(feed(Buffer.from(''), sizes).rows).toEqual([]);
      expect(feed(Buffer.from('\ufeff'), sizes).rows).toEqual([]);
    }
  });

  describe('stops on malformed quoting, naming the file and the line the row starts on', () => {
    const good = 'Kiosk Owner,Ads\n"Lead Gadget\nPlanner",Core\n';
    const before = (reps: number) => `title,team\n${good.repeat(reps)}`;
    const lineAfter = (reps: number) => 2 + reps * 3;

    it.each([
      ['a quoted field never closed', '"Spoon Wrangler,W\nTeapot Lead,X\n', 'a quoted field is never closed (a missing closing quote)', 'Quoted field unterminated'],
      ['text after the closing quote of a field', '"Spoon" Wrangler,W\nTeapot Lead,X\n', 'a quote is misplaced in a field', 'Trailing quote on quoted field is malformed'],
    ])('%s', (_, bad, message, issue) => {
      for (const reps of [1, pastFirstRead(good)]) {
        for (const sizes of CHUNKINGS) {
          const e = ladderErrorOf(() => feed(Buffer.from(before(reps) + bad), sizes));
          const line = lineAfter(reps);
          expect(e.code).toBe('csv-malformed');
          expect(e.message).toBe(`people.csv:${line}: ${message}; fix the quoting and run again`);
          expect(e.issues).toEqual([{ code: 'csv-malformed', file: 'people.csv', line, message: issue }]);
        }
      }
    });
  });
});

describe('RowReader', () => {
  /** Reads one row of `bytes`; `last`: they run to the end of the file. */
  const readOne = (r: RowReader, bytes: Buffer, last: boolean) => {
    r.bytes = bytes;
    r.pos = 0;
    return r.readRow(last);
  };

  it('asks for more bytes rather than read a row that a block cuts short, wherever the cut', () => {
    const cases: [delimiter: string, newline: string, row: string][] = [
      [',', '\r\n', '"Says ""yes"", Lead\r\nPlanner"  ,Gérant 🚀,,x'],
      [';', '\n', 'Kiosk Owner;"a;b";团队'],
      ['§', '\n', '"Lead § Planner"§Core§Gérant 🚀'],
      ['\t', '\r', 'Kiosk\tOwner\t"x\ry"'],
    ];
    for (const [delimiter, newline, row] of cases) {
      const bytes = Buffer.from(`${row}${newline}next${delimiter}row`);
      const r = new RowReader(delimiter, newline);
      expect(readOne(r, bytes, false)).toBe(ROW);
      const whole = { values: valuesOf(r), rowEnd: r.rowEnd, next: r.next, innerLines: r.innerLines };
      expect(whole.next).toBe(Buffer.byteLength(row + newline));
      for (let cut = 0; cut <= bytes.length; cut++) {
        const status = readOne(r, bytes.subarray(0, cut), false);
        if (cut < whole.next) expect(status, `${JSON.stringify(row)} cut at ${cut}`).toBe(MORE);
        else expect({ status, values: valuesOf(r), rowEnd: r.rowEnd, next: r.next, innerLines: r.innerLines }).toEqual({ status: ROW, ...whole });
      }
    }
  });
});
