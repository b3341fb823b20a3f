import { describe, expect, it } from 'vitest';
import { decodeText, encodingNamed, firstInvalidUtf8, MixedEncodingError, sniffEncoding, Utf8Pieces } from './text-encoding.js';

const TEXT = 'name,title\nJosé Núñez,Gerente de Produção\nZoë Müller,Chef de produit sénior – Paiements\n';
const cp1252 = (s: string) => Buffer.from(s.replace('–', '\x96'), 'latin1');
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]);

/** Runs bytes through Utf8Pieces in pieces of `size` bytes, as a file is read. */
function streamed(bytes: Buffer, size: number, given?: Parameters<typeof encodingNamed>[0]): { text: string; encoding: string } {
  const p = new Utf8Pieces(given === undefined ? undefined : (encodingNamed(given) ?? undefined));
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(p.push(bytes.subarray(i, i + size)));
  out.push(p.end());
  return { text: Buffer.concat(out).toString('utf8').replace(/^\uFEFF/, ''), encoding: p.encoding };
}

describe('decodeText: a whole file', () => {
  it('reads UTF-8, UTF-16 with its mark, and Windows-1252, each by its bytes', () => {
    expect(decodeText(Buffer.from(TEXT, 'utf8'))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText(utf16le(TEXT))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeText(utf16be(TEXT))).toEqual({ text: TEXT, encoding: 'utf-16be' });
    expect(decodeText(cp1252(TEXT))).toEqual({ text: TEXT, encoding: 'windows-1252' });
  });

  it('reads UTF-16 without a mark by its zero bytes', () => {
    expect(sniffEncoding(Buffer.from(TEXT, 'utf16le'))).toBe('utf-16le');
    expect(sniffEncoding(Buffer.from(TEXT, 'utf16le').swap16())).toBe('utf-16be');
  });

  it('takes the encoding a user names, by any of its usual names', () => {
    expect(decodeText(cp1252(TEXT), encodingNamed('Latin1')!).text).toBe(TEXT);
    expect(encodingNamed('cp1252')).toBe('windows-1252');
    expect(encodingNamed('UTF8')).toBe('utf-8');
    expect(encodingNamed('ebcdic')).toBeNull();
  });

  it('refuses text that is UTF-8 up to a byte that is not, saying where', () => {
    const mixed = Buffer.concat([Buffer.from('Zoë,PM\n', 'utf8'), Buffer.from('José,PM\n', 'latin1')]);
    expect(() => decodeText(mixed)).toThrow(MixedEncodingError);
    try {
      decodeText(mixed);
    } catch (e) {
      expect((e as MixedEncodingError).at).toBe(Buffer.byteLength('Zoë,PM\nJos'));
    }
  });
});

describe('Utf8Pieces: a file read piece by piece', () => {
  it('gives the same text as reading the file whole, whatever the size of the pieces', () => {
    for (const [bytes, encoding] of [
      [Buffer.from(TEXT, 'utf8'), 'utf-8'],
      [utf16le(TEXT), 'utf-16le'],
      [utf16be(TEXT), 'utf-16be'],
      [cp1252(TEXT), 'windows-1252'],
    ] as const) {
      for (const size of [1, 2, 3, 7, 64, 1 << 16]) expect(streamed(bytes, size)).toEqual({ text: TEXT, encoding });
    }
  });

  it('switches to Windows-1252 at the first byte that is not UTF-8 when all before it was ASCII', () => {
    // A file of plain English rows with one accented name far down: the start proves nothing.
    const rows = `${'title\n'.padEnd(5000, 'x')}\nJosé,Product Manager\n`;
    expect(streamed(Buffer.from(rows, 'latin1'), 1024)).toEqual({ text: rows, encoding: 'windows-1252' });
    // An accented letter that ends the file; files too short for a mark.
    expect(streamed(Buffer.from('title\nCafé', 'latin1'), 4)).toEqual({ text: 'title\nCafé', encoding: 'windows-1252' });
    expect(streamed(Buffer.from('t\né', 'latin1'), 1)).toEqual({ text: 't\né', encoding: 'windows-1252' });
    expect(streamed(Buffer.from('t\n', 'latin1'), 1)).toEqual({ text: 't\n', encoding: 'utf-8' });
  });

  it('passes UTF-8 through and refuses a byte that is not UTF-8 after UTF-8 text, saying where', () => {
    const piece = Buffer.from('Zoë,PM\n', 'utf8');
    const p = new Utf8Pieces();
    expect(p.push(piece)).toEqual(piece);
    expect(() => p.push(Buffer.from('José,PM\n', 'latin1'))).toThrow(expect.objectContaining({ at: piece.length + 3 }));
  });

  it('reads the code pages of other regions when they are named, a character split between pieces included', () => {
    const samples: [string, number[], string][] = [
      ['shift_jis', [0x83, 0x76, 0x83, 0x8d, 0x83, 0x5f, 0x83, 0x4e, 0x83, 0x67], 'プロダクト'],
      ['windows-1251', [0xcc, 0xe5, 0xed, 0xe5, 0xe4, 0xe6, 0xe5, 0xf0], 'Менеджер'],
      ['cp1250', [0x4d, 0x65, 0x6e, 0x65, 0x64, 0xbf, 0x65, 0x72], 'Menedżer'],
      ['gbk', [0xb2, 0xfa, 0xc6, 0xb7, 0xbe, 0xad, 0xc0, 0xed], '产品经理'],
      ['euc-kr', [0xc1, 0xa6, 0xc7, 0xb0], '제품'],
    ];
    for (const [name, bytes, text] of samples) {
      const file = Buffer.concat([Buffer.from('title\n'), Buffer.from(bytes), Buffer.from('\n')]);
      expect(streamed(file, 1, name).text, name).toBe(`title\n${text}\n`);
      expect(decodeText(file, encodingNamed(name)!).text, name).toBe(`title\n${text}\n`);
    }
  });

  it('reads as told when the encoding is given', () => {
    expect(streamed(cp1252(TEXT), 5, 'windows-1252')).toEqual({ text: TEXT, encoding: 'windows-1252' });
    expect(streamed(Buffer.from(TEXT, 'utf16le'), 5, 'utf-16le')).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });
});

describe('firstInvalidUtf8', () => {
  it('finds stray bytes, cut-off characters, overlong forms and surrogates', () => {
    expect(firstInvalidUtf8(Buffer.from('Produção', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from('Produção', 'latin1'))).toBe(5);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xc3]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
  });
});
