/**
 * Character classes and folding for the tokenizer: one table lookup per character.
 *
 * Every character is either part of a word (folded to lower case, accents removed) or a
 * separator of some kind. Separators carry meaning for the parser: a comma or a spaced dash
 * ends a segment ("Senior Product Manager, Payments"), a slash or "&" coordinates
 * ("Brand/Product Manager"), brackets open a qualifier ("(Remote)").
 */

/** Separator kinds, ordered by strength: the strongest one between two words is kept. */
export const Sep = {
  NONE: 0,
  SPACE: 1,
  /** "-" with no space on either side: "co-founder", "Manager-Data". */
  HYPHEN: 2,
  /** "." directly followed by a word character: "Sr.Product", "V.P". */
  DOT: 3,
  SLASH: 4,
  AMP: 5,
  /** " - ", "–", "—", "•". */
  DASH: 6,
  COMMA: 7,
  COLON: 8,
  PIPE: 9,
  AT: 10,
  OPEN: 11,
  CLOSE: 12,
} as const;
export type Sep = (typeof Sep)[keyof typeof Sep];

/** A separator that ends a segment (as opposed to a space, hyphen, dot, slash or ampersand). */
export function isBoundary(sep: number): boolean {
  return sep >= Sep.DASH;
}

/** Class of an ASCII or Latin character: 0 = separator/space, 1 = word character. */
const TABLE_SIZE = 0x0250;
/** Folded code for word characters (lower case, no accent); 0 for separators. */
const FOLD = new Uint16Array(TABLE_SIZE);
/** Separator kind for separator characters. */
const SEPKIND = new Uint8Array(TABLE_SIZE);

const MULTI: Record<number, string> = {
  0xdf: 'ss', // ß
  0xe6: 'ae', // æ
  0xc6: 'ae',
  0x153: 'oe', // œ
  0x152: 'oe',
  0x133: 'ij', // ĳ
  0x132: 'ij',
  0xfe: 'th', // þ
  0xde: 'th',
};
/** Characters folded to a multi-letter string are flagged with this code. */
export const FOLD_MULTI = 0xffff;

(function build() {
  for (let c = 0; c < TABLE_SIZE; c++) SEPKIND[c] = Sep.SPACE;
  for (let c = 48; c <= 57; c++) FOLD[c] = c;
  for (let c = 97; c <= 122; c++) FOLD[c] = c;
  for (let c = 65; c <= 90; c++) FOLD[c] = c + 32;
  const seps: [string, Sep][] = [
    [',', Sep.COMMA],
    [';', Sep.COMMA],
    [':', Sep.COLON],
    ['=', Sep.COLON], // "Grade=Senior": the key=value fields of job-architecture exports
    ['|', Sep.PIPE],
    ['(', Sep.OPEN],
    ['[', Sep.OPEN],
    ['{', Sep.OPEN],
    [')', Sep.CLOSE],
    [']', Sep.CLOSE],
    ['}', Sep.CLOSE],
    ['/', Sep.SLASH],
    ['\\', Sep.SLASH],
    ['&', Sep.AMP],
    ['+', Sep.AMP],
    ['-', Sep.HYPHEN],
    ['.', Sep.DOT],
    ['@', Sep.AT],
    ['!', Sep.COMMA],
    ['?', Sep.COMMA],
    ["'", Sep.NONE],
    ['`', Sep.NONE],
    // Breadcrumbs of team pages and org charts ("PM >> Identity >> L5", "Product » Search"): a path's steps.
    ['>', Sep.DASH],
    ['<', Sep.DASH],
    ['\u00bb', Sep.DASH],
    ['\u00ab', Sep.DASH],
  ];
  for (const [ch, kind] of seps) SEPKIND[ch.charCodeAt(0)] = kind;
  // Latin-1 and Latin Extended-A letters, folded to their base letter.
  const groups: [string, string][] = [
    ['a', 'àáâãäåāăąÀÁÂÃÄÅĀĂĄ'],
    ['c', 'çćĉċčÇĆĈĊČ'],
    ['d', 'ďđĎĐð'],
    // Azerbaijani schwa (capital Ə here, small ə in foldChar): typed as e where the keyboard lacks it.
    ['e', 'èéêëēĕėęěÈÉÊËĒĔĖĘĚƏ'],
    ['g', 'ĝğġģĜĞĠĢ'],
    ['h', 'ĥħĤĦ'],
    ['i', 'ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ'],
    ['j', 'ĵĴ'],
    ['k', 'ķĶĸ'],
    ['l', 'ĺļľŀłĹĻĽĿŁ'],
    ['n', 'ñńņňŉÑŃŅŇŋŊ'],
    ['o', 'òóôõöøōŏőÒÓÔÕÖØŌŎŐ'],
    ['r', 'ŕŗřŔŖŘ'],
    // Romanian writes ș and ț with a comma below (Latin Extended-B) as often as with a cedilla.
    ['s', 'śŝşšſŚŜŞŠșȘ'],
    ['t', 'ţťŧŢŤŦțȚ'],
    ['u', 'ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ'],
    ['w', 'ŵŴ'],
    ['y', 'ýÿŷÝŶŸ'],
    ['z', 'źżžŹŻŽ'],
  ];
  for (const [base, chars] of groups) for (const ch of chars) FOLD[ch.charCodeAt(0)] = base.charCodeAt(0);
  for (const code of Object.keys(MULTI)) FOLD[Number(code)] = FOLD_MULTI;
  // The other letters of Latin Extended-B (Vietnamese ơ and ư, African and Pinyin letters) are
  // letters too, lower-cased: a word written with one is one word, not two.
  for (let c = 0x0180; c < TABLE_SIZE; c++) if (FOLD[c] === 0) FOLD[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);
  // Ordinal indicators and the micro sign are letters too.
  FOLD[0xaa] = 97;
  FOLD[0xba] = 111;
  FOLD[0xb5] = 117;
  // The multiplication sign of hiring plans ("PM ×3", "2× PO") is read as the letter x: a count, not a grade.
  FOLD[0xd7] = 120;
  SEPKIND[0xb7] = Sep.DASH; // middle dot
})();

/**
 * ASCII fast path: for codes < 128, the folded code (lower-case letter or digit), 0 for a
 * separator. Exported so the tokenizer's inner loop can index it directly.
 */
export const ASCII_FOLD: Uint16Array = FOLD.subarray(0, 128);

/**
 * Folds one character: a letter code (lower case, accents removed), FOLD_MULTI, or 0 for a
 * separator. Characters outside the Latin tables are word characters when they are letters of
 * another script, separators when they are punctuation, symbols or emoji.
 */
export function foldChar(code: number): number {
  if (code < TABLE_SIZE) return FOLD[code]!;
  // Dashes, quotes, bullets, spaces, symbols, emoji (surrogates), private use.
  if (code >= 0x2000 && code <= 0x2bff) return 0;
  if (code >= 0xd800 && code <= 0xdfff) return 0;
  if (code >= 0xe000 && code <= 0xf8ff) return 0;
  if (code >= 0xfe00 && code <= 0xfe0f) return 0; // variation selectors
  if (code === 0xfeff || code === 0x3000 || code === 0x3001 || code === 0x3002 || code === 0xff0c) return 0;
  // Ligatures fi, fl.
  if (code === 0xfb01 || code === 0xfb02) return FOLD_MULTI;
  // Greek: lower case without accents or diaeresis, and final sigma as sigma, so a title reads
  // the same in capitals ("ΠΡΟΪΌΝΤΟΣ") and with or without its accents ("Προϊόντος").
  if (code >= 0x0386 && code <= 0x03ce) return GREEK[code - 0x0386]!;
  // Arabic: the alef with hamza or madda as a bare alef, alef maqsura as ya (spelt either way);
  // the Arabic comma, semicolon and question mark are separators.
  if (code === 0x0623 || code === 0x0625 || code === 0x0622) return 0x0627;
  if (code === 0x0649) return 0x064a;
  if (code === 0x060c || code === 0x061b || code === 0x061f) return 0;
  // Persian and Urdu write ya and kaf in their own forms (ی, ک) and Urdu heh as ہ: folded to the
  // Arabic letters, so a word reads the same from either keyboard ("مدیر" is "مدير").
  if (code === 0x06cc) return 0x064a;
  if (code === 0x06a9) return 0x0643;
  if (code === 0x06c1) return 0x0647;
  // Devanagari and Bengali letters with a nukta written as one character ("ड़", "ড়") fold to the
  // letter without it, as the letter followed by the combining nukta does (the nukta is dropped:
  // joinsWord), so either spelling is one word.
  if (code >= 0x0958 && code <= 0x095f) return DEVANAGARI_NUKTA[code - 0x0958]!;
  if (code === 0x09dc) return 0x09a1;
  if (code === 0x09dd) return 0x09a2;
  if (code === 0x09df) return 0x09af;
  if (joinsWord(code) !== 0) return 0;
  if (code === 0x0259) return 101; // Azerbaijani ə, as its capital above
  // Cyrillic "ё" is written "е" as often as not.
  if (code === 0x0451 || code === 0x0401) return 0x0435;
  // CJK punctuation and brackets (、。「」【】), the katakana middle dot between the words of a
  // Japanese title ("プロダクト・マネージャー"): separators.
  if ((code >= 0x3001 && code <= 0x3004) || (code >= 0x3008 && code <= 0x301f) || code === 0x30fb) return 0;
  // Full-width forms: letters and digits as their ASCII letters ("ＰＭ"), the rest as separators.
  if (code >= 0xff01 && code <= 0xff5e) return code >= 0xff10 ? WIDE[code - 0xff10]! : 0;
  // Another script's letter: lower-cased by the caller when needed; kept as is.
  return code;
}

/** The Devanagari letters 0x958..0x95f (qa, khha, ghha, za, dddha, rha, fa, yya) without their nukta. */
const DEVANAGARI_NUKTA = [0x0915, 0x0916, 0x0917, 0x091c, 0x0921, 0x0922, 0x092b, 0x092f];

/**
 * Characters inside a word that are not letters but do not end it: 1 for the apostrophes and the
 * marks that join two letters (the zero-width non-joiner Persian writes inside a word,
 * "تحلیل‌گر", the zero-width joiner of Indic scripts, the Hebrew geresh and gershayim of
 * abbreviations and loans, "סמנכ״ל", "ג׳וניור"), which join a word only between two letters; 2 for
 * the vowel points and other marks of Hebrew, Arabic, Devanagari and Bengali that writers add or
 * leave out (niqqud, harakat, tatweel, the nukta), combining accents, the soft hyphen and the
 * replacement character, which are dropped wherever they stand. 0 for
 * every other character. Only reached from a character outside ASCII.
 */
export function joinsWord(code: number): number {
  if (code === 0x2019 || code === 0x200c || code === 0x200d || code === 0x05f3 || code === 0x05f4) return 1;
  if (code >= 0x0591 && code <= 0x05c7) return code === 0x05be || code === 0x05c0 || code === 0x05c3 || code === 0x05c6 ? 0 : 2;
  if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640) return 2;
  // Combining accents that no composed letter absorbs (the tokenizer composes a title first).
  if (code >= 0x0300 && code <= 0x036f) return 2;
  // A soft hyphen (where a web page may break a word) and the replacement character (a letter
  // lost to a wrong encoding) stand inside a word, not between two.
  if (code === 0x00ad || code === 0xfffd) return 2;
  if (code === 0x093c || code === 0x09bc) return 2;
  return 0;
}

/** Greek letters 0x386..0x3ce folded: lower case, no tonos or dialytika, final sigma as sigma. */
const GREEK = new Uint16Array(0x03ce - 0x0386 + 1);
/** Full-width forms from 0xff10 (digit zero) to 0xff5e: the ASCII letter or digit, 0 for punctuation. */
const WIDE = new Uint16Array(0xff5e - 0xff10 + 1);
(function buildWide() {
  const bases: [string, string][] = [
    ['α', 'ΆάΑα'],
    ['ε', 'ΈέΕε'],
    ['η', 'ΉήΗη'],
    ['ι', 'ΊίΪϊΐΙι'],
    ['ο', 'ΌόΟο'],
    ['υ', 'ΎύΫϋΰΥυ'],
    ['ω', 'ΏώΩω'],
    ['σ', 'Σσς'],
  ];
  for (let c = 0x0386; c <= 0x03ce; c++) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase();
    GREEK[c - 0x0386] = /\p{L}/u.test(ch) ? lower.charCodeAt(0) : 0;
  }
  for (const [base, chars] of bases) for (const ch of chars) GREEK[ch.charCodeAt(0) - 0x0386] = base.charCodeAt(0);
  // The Greek question mark and ano teleia (0x387) are punctuation.
  GREEK[0x0387 - 0x0386] = 0;
  for (let c = 0xff10; c <= 0xff5e; c++) {
    const ascii = c - 0xfee0;
    WIDE[c - 0xff10] = ascii < 128 ? ASCII_FOLD[ascii]! : 0;
  }
})();

/** The multi-letter folding of a character flagged FOLD_MULTI (ß, æ, œ, ĳ, þ, ﬁ, ﬂ). */
export function foldMultiWide(code: number): string {
  if (code === 0xfb01) return 'fi';
  if (code === 0xfb02) return 'fl';
  return MULTI[code] ?? '';
}

/** The separator kind of a non-word character. */
export function sepKind(code: number): Sep {
  if (code < TABLE_SIZE) return SEPKIND[code] as Sep;
  if (code === 0x2013 || code === 0x2014 || code === 0x2012 || code === 0x2015 || code === 0x2212 || code === 0x2022 || code === 0x25cf || code === 0x203a || code === 0x2039 || code === 0x2192)
    return Sep.DASH;
  // Arrows and pointing triangles of every block ("⇒", "➜", "⟶", "▸"): org-chart paths and
  // promotion cases ("Senior PM ➜ Staff PM") separate with them as with "→".
  if ((code >= 0x2190 && code <= 0x21ff) || (code >= 0x2794 && code <= 0x27bf) || (code >= 0x27f0 && code <= 0x27ff) || (code >= 0x2900 && code <= 0x297f) || code === 0x25b6 || code === 0x25b8 || code === 0x25ba || code === 0x2b95)
    return Sep.DASH;
  if (code === 0x2019 || code === 0x2018) return Sep.NONE; // apostrophes join a word
  if (code === 0x2010 || code === 0x2011) return Sep.HYPHEN; // the hyphen and the non-breaking hyphen ("Co‑op")
  if (code === 0xff0c || code === 0x3001 || code === 0x060c || code === 0x061b) return Sep.COMMA;
  // Full-width punctuation separates as its ASCII form does: "（", "／", "：".
  if (code >= 0xff01 && code <= 0xff5e) return SEPKIND[code - 0xfee0] as Sep;
  // CJK brackets come in pairs, opening then closing: 〈〉《》「」『』【】 and 〔〕〖〗〘〙〚〛.
  if ((code >= 0x3008 && code <= 0x3011) || (code >= 0x3014 && code <= 0x301b)) return code % 2 === 0 ? Sep.OPEN : Sep.CLOSE;
  return Sep.SPACE;
}
