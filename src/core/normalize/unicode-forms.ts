/**
 * Titles that must be read again in another form before their words mean anything: written
 * decomposed (an accent as a character of its own after its letter: macOS file names, some
 * exports), in the "fancy" letters of profile headlines (mathematical bold 𝐏𝐫𝐨𝐝𝐮𝐜𝐭, circled Ⓟ,
 * superscript ᴾʳᵒᵈ), or as mojibake: UTF-8 text that some system once read as Windows-1252 and
 * saved again ("GerÃªncia de Produto", "Produktmanager MÃ¼nchen", "Product Manager â€“ Payments").
 * The tokenizer notes while it reads which of these a title may need (a bit each); only such
 * titles pay for the second reading.
 */
export const Reread = {
  /** Unicode's composed form (NFC). */
  COMPOSE: 1,
  /** Unicode's compatibility form (NFKC): styled letters as plain ones. */
  PLAIN: 2,
  /** The bytes of the text read as UTF-8 again. */
  MOJIBAKE: 4,
} as const;

/**
 * A character that Unicode's composed form (NFC) may join to the character before it: combining
 * accents, the Arabic madda and hamza marks, the Indic nukta and the second halves of two-part
 * vowel signs (Bengali "ো" written as "ে" + "া"), Hangul vowel and final letters (jamo), the kana
 * voicing marks.
 */
export function composesWithPrevious(code: number): boolean {
  if (code <= 0x036f) return code >= 0x0300;
  if (code < 0x0653) return false;
  if (code <= 0x0655) return true;
  if (code >= 0x0900 && code <= 0x0dff) {
    return (
      code === 0x093c || code === 0x09bc || code === 0x09be || code === 0x09d7 || code === 0x0b3e || code === 0x0b56 || code === 0x0b57 || code === 0x0bbe ||
      code === 0x0bd7 || code === 0x0c56 || code === 0x0cc2 || code === 0x0cd5 || code === 0x0cd6 || code === 0x0d3e || code === 0x0d57 || code === 0x0dca ||
      code === 0x0dcf || code === 0x0ddf
    );
  }
  return (code >= 0x1161 && code <= 0x11c2) || code === 0x3099 || code === 0x309a;
}

/** Windows-1252's characters for the bytes 0x80-0x9F (the bytes it leaves undefined keep their code). */
export const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
/** Bytes read as Windows-1252 text (what a system that takes UTF-8 for it shows). */
export function windows1252Text(bytes: Uint8Array): string {
  // Node's decoder of this name reads Latin-1, which puts control characters at 0x80-0x9F.
  latin1 ??= new TextDecoder('windows-1252');
  return latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (c: string) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
// Made on first use: the warehouse bundle runs this module where there is no TextDecoder.
let latin1: { decode(bytes: Uint8Array): string } | undefined;

/** The byte Windows-1252 writes each of those characters with. */
const CP1252_BYTE = new Map<number, number>([...CP1252_HIGH].map((ch, i) => [ch.charCodeAt(0), 0x80 + i]));

/** The byte a character stands for when Windows-1252 text is taken for bytes, or -1. */
function cp1252Byte(code: number): number {
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  return CP1252_BYTE.get(code) ?? -1;
}

/**
 * What a character inside a word asks for (Reread bits, 0 for nothing); `next` is the character
 * after it. Only called for characters outside ASCII.
 */
export function rereadOf(code: number, next: number): number {
  if (code >= 0xc2 && code <= 0xf4) {
    // The first byte of a UTF-8 sequence seen as a Windows-1252 letter ("Ã", "Â", "Ä", "Å", "Ð",
    // "â"), followed by a continuation byte seen so ("©", "¼", "€", "™"): no language writes these pairs.
    const b = cp1252Byte(next);
    return b >= 0x80 && b <= 0xbf ? Reread.MOJIBAKE : 0;
  }
  if (code >= 0x0300 && composesWithPrevious(code)) return Reread.COMPOSE;
  // Modifier letters used as superscript text ("ᴾʳᵒᵈᵘᶜᵗ").
  if ((code >= 0x1d2c && code <= 0x1dbf) || (code >= 0x02b0 && code <= 0x02b8)) return Reread.PLAIN;
  return 0;
}

/** A separator character that is part of a styled letter: the high half of a mathematical letter (𝐀-𝟿), or a circled letter. */
export function isStyledSeparator(code: number): boolean {
  return code === 0xd835 || (code >= 0x24b6 && code <= 0x24e9);
}

/** The text of a title in the form `why` asks for; the same string when it changes nothing. */
export function rereadText(s: string, why: number): string {
  let t = s;
  if ((why & Reread.MOJIBAKE) !== 0) t = asUtf8Again(t) ?? t;
  // NFKC also splits the Thai and Lao vowel "am" (U+0E33, U+0EB3) into two marks; it is put back,
  // so a Thai word beside bold letters reads as it does beside plain ones ("ตำแหน่ง").
  if ((why & Reread.PLAIN) !== 0) return t.normalize('NFKC').replace(/\u0e4d\u0e32/g, '\u0e33').replace(/\u0ecd\u0eb2/g, '\u0eb3');
  if ((why & Reread.COMPOSE) !== 0) return t.normalize('NFC');
  return t;
}

/**
 * Mojibake undone: the text's characters taken as the Windows-1252 bytes they were read from and
 * read as UTF-8. Null when some character has no such byte or the bytes are not UTF-8: then the
 * text is not mojibake of this kind, and is kept.
 */
export function asUtf8Again(s: string): string | null {
  let out = '';
  let i = 0;
  const byte = (k: number) => (k < s.length ? cp1252Byte(s.charCodeAt(k)) : -1);
  while (i < s.length) {
    const b = byte(i);
    if (b < 0) return null;
    if (b < 0x80) {
      out += s[i];
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need === -1) return null;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = byte(i + k);
      if (c < 0x80 || c > 0xbf) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms and surrogates are not UTF-8.
    if ((need === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (need === 3 && (cp < 0x10000 || cp > 0x10ffff))) return null;
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}
