import { ASCII_FOLD, FOLD_MULTI, Sep, foldChar, foldMultiWide, joinsWord, sepKind } from './chars.js';
import { Reread, isStyledSeparator, rereadOf, rereadText } from './unicode-forms.js';
import { FNV_OFFSET, FNV_PRIME, H2_MUL, H2_SEED, findEntry, hashString, remember, type SurfaceTable } from './surface-table.js';
import type { Word } from './words.js';

/** Titles longer than this are read up to here: no job title needs more, and time stays bounded. */
export const MAX_CHARS = 400;
/** At most this many words are read. */
export const MAX_TOKENS = 64;

/** Token flags. */
export const TF = {
  /** Preceded by "#": a requisition number. */
  HASH: 1,
  /** Preceded by "$", "€", "£": an amount of pay. */
  MONEY: 2,
  /** Letters joined by dots, "v.p." */
  DOTTED: 4,
  /** Contains a digit. */
  DIGIT: 8,
  /** Only digits. */
  NUMBER: 16,
  /** The separator before the word contained white space. */
  SPACED: 32,
  /** Preceded by a middle dot ("·"). */
  MIDDOT: 64,
} as const;

/**
 * The words of one title. The arrays are reused from call to call (the normalizer is
 * synchronous), so reading a title allocates only the words' strings.
 */
export interface Tokens {
  n: number;
  /** Folded text: lower case, accents removed. */
  text: string[];
  /** The strongest separator before the word (Sep). */
  sep: Uint8Array;
  /** Bracket depth: 0 outside any bracket. */
  depth: Uint8Array;
  flags: Uint8Array;
  /** The known word, when the surface table found it while scanning; else undefined. */
  word: (Word | undefined)[];
  /** hashString() of the folded text: lets an index rule a word out without reading its string. */
  hash: Int32Array;
  /** The text the words were read from: the title, or its plain form (unicode-forms.ts). */
  source: string;
}

export function createTokens(): Tokens {
  return {
    n: 0,
    source: '',
    text: new Array<string>(MAX_TOKENS).fill(''),
    sep: new Uint8Array(MAX_TOKENS),
    depth: new Uint8Array(MAX_TOKENS),
    flags: new Uint8Array(MAX_TOKENS),
    word: new Array<Word | undefined>(MAX_TOKENS).fill(undefined),
    hash: new Int32Array(MAX_TOKENS),
  };
}

/** A letter of the Hebrew alphabet. */
function isHebrew(c: number): boolean {
  return c >= 0x05d0 && c <= 0x05ea;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f || c === 0x205f;
}

/** True when the character at i starts a word. */
function wordAt(s: string, i: number): boolean {
  if (i >= s.length) return false;
  const c = s.charCodeAt(i);
  return (c < 128 ? ASCII_FOLD[c]! : foldChar(c)) !== 0;
}

/**
 * Splits a title into folded words and the separators between them, in one pass over its
 * character codes. Never throws; any string gives some (possibly zero) words.
 *
 * With a surface table, a word is looked up by the hash of its folded codes while it is
 * scanned: a vocabulary word or a word met before costs no string and no Map lookup, and
 * comes with its resolved Word. Only a word met for the first time is sliced, folded and
 * resolved (then remembered in the table).
 */
export function tokenize(title: string, out: Tokens, table?: SurfaceTable): Tokens {
  const s = title;
  // Imported bindings are read once here, not once per character.
  const FOLD = ASCII_FOLD;
  const P1 = FNV_PRIME;
  const P2 = H2_MUL;
  // Trim without allocating; then read at most MAX_CHARS characters.
  let from = 0;
  let to = s.length;
  while (from < to && isSpaceCode(s.charCodeAt(from))) from++;
  // Trailing white space needs no trimming: it ends no word and marks none.
  if (to - from > MAX_CHARS) to = from + MAX_CHARS;
  const len = to;
  let n = 0;
  let depth = 0;
  let pending: number = Sep.NONE;
  /** A dot or an ampersand stood between two words: mergeTight() may have work. */
  let tight = false;
  let spaced = false;
  let flags = 0;
  /** What the title must be read again as (Reread bits): decomposed, styled letters, mojibake. */
  let reread = 0;
  let i = from;
  while (i < len && n < MAX_TOKENS) {
    const c = s.charCodeAt(i);
    const f = c < 128 ? FOLD[c]! : foldChar(c);
    if (f !== 0) {
      // A word: run to the next separator, hashing the folded codes. The fast loop takes ASCII
      // letters and digits; a word with accents, another script or an apostrophe is read again
      // by the general loop.
      const start = i;
      let hash = FNV_OFFSET;
      let hash2 = H2_SEED;
      let d = c;
      // The first character is already read; an ASCII one is hashed here, not read again.
      if (c < 128) {
        hash = Math.imul(hash ^ f, P1);
        hash2 = Math.imul(hash2 + f, P2);
        i++;
      }
      while (i < len) {
        d = s.charCodeAt(i);
        if (d >= 128) break;
        const g = FOLD[d]!;
        if (g === 0) break;
        hash = Math.imul(hash ^ g, P1);
        hash2 = Math.imul(hash2 + g, P2);
        i++;
      }
      // `plain`: every character folds to one Latin letter or digit (the table may hold it).
      let plain = true;
      if (i < len && (d >= 128 || ((d === 39 || d === 96) && i > start && i + 1 < len && wordAt(s, i + 1)))) {
        i = start;
        hash = FNV_OFFSET;
        hash2 = H2_SEED;
        while (i < len) {
          const e = s.charCodeAt(i);
          if (e >= 0xc2) {
            // Most accented letters are followed by a plain one: no call (and nothing for V8 to inline) then.
            const nx = s.charCodeAt(i + 1);
            if (e >= 0x2b0 || nx >= 0x80) reread |= rereadOf(e, nx);
          }
          const g = e < 128 ? FOLD[e]! : foldChar(e);
          if (g === 0) {
            // An apostrophe inside a word joins it: "women's" -> "womens"; so do the joiners and
            // marks of other scripts (joinsWord), and a double quote between two Hebrew letters,
            // which keyboards type for the gershayim of an abbreviation ("סמנכ"ל").
            const joins = e < 128 ? (e === 39 || e === 96 || (e === 34 && isHebrew(s.charCodeAt(i - 1)) && isHebrew(s.charCodeAt(i + 1))) ? 1 : 0) : joinsWord(e);
            if (joins === 2 || (joins === 1 && i > start && i + 1 < len && wordAt(s, i + 1))) {
              plain = false;
              i++;
              continue;
            }
            break;
          }
          if (g === FOLD_MULTI || g >= 0x250) plain = false;
          hash = Math.imul(hash ^ g, P1);
          hash2 = Math.imul(hash2 + g, P2);
          i++;
        }
      }
      let text: string | undefined;
      let known: Word | undefined;
      let wf: number;
      const wl = i - start;
      if (table !== undefined && plain && wl <= 24) {
        // A word in the table: found by its hashes, no string made.
        const e = findEntry(table, hash, hash2);
        if (e !== -1) {
          text = table.entries[e * 4] as string;
          known = table.entries[e * 4 + 1] as Word;
          wf = table.entries[e * 4 + 3] as number;
        } else {
          text = foldedText(s, start, i);
          wf = digitFlags(s, start, i);
          if (table.resolve !== null && text.length === wl) {
            // The table keeps its own compact copy: a slice would keep the caller's whole text
            // alive and be read through it, two bytes a character when that text has any accent.
            text = compact(text);
            known = table.resolve(text);
            remember(table, hash, hash2, text, known, wf);
          }
        }
      } else {
        text = foldedText(s, start, i);
        wf = digitFlags(s, start, i);
        // A word of characters that fold to nothing; a word from the table is never empty, and
        // its string is not read here at all (reading it cost a cache miss per word).
        if (text.length === 0) continue;
      }
      let tf = flags | wf;
      if (spaced) tf |= TF.SPACED;
      out.text[n] = text;
      out.word[n] = known;
      out.sep[n] = n === 0 ? Sep.NONE : pending === Sep.NONE ? Sep.SPACE : pending;
      out.depth[n] = depth > 255 ? 255 : depth;
      out.flags[n] = tf;
      // The scan hashed the folded codes; that is the text's hash unless folding changed its length or case.
      out.hash[n] = plain ? hash : hashString(text);
      n++;
      pending = Sep.NONE;
      spaced = false;
      flags = 0;
      continue;
    }
    // A separator character, or an HTML character reference that stands for one ("&amp;",
    // "&nbsp;", "&#8211;"): titles copied out of web pages and exports keep them.
    let sc = c;
    let width = 1;
    if (c === 38) {
      const ent = separatorEntity(s, i, len);
      if (ent !== -1) {
        sc = ent % ENTITY_WIDTH;
        width = (ent - sc) / ENTITY_WIDTH;
      }
    }
    if (isSpaceCode(sc)) {
      spaced = true;
      if (pending === Sep.HYPHEN) pending = Sep.DASH;
      else if (pending === Sep.DOT) pending = Sep.SPACE;
      i += width;
      continue;
    }
    // A gender ending in brackets right after its word ("Chargé(e)", "Technicien(ne)",
    // "Operador(a)") belongs to that word, like "Becario/a": it neither opens a bracket nor a word.
    if (c === 40 && n > 0 && !spaced && pending === Sep.NONE) {
      const close = bracketedEnding(s, i + 1);
      if (close !== -1) {
        i = close + 1;
        continue;
      }
    }
    if (sc >= 0x24b6 && isStyledSeparator(sc)) reread |= Reread.PLAIN;
    let k: number = sepKind(sc);
    if (sc === 35) flags |= TF.HASH; // #
    else if (sc === 36 || sc === 0x20ac || sc === 0xa3) flags |= TF.MONEY; // $ € £
    else if (sc === 0xb7) {
      flags |= TF.MIDDOT;
      tight = true;
    }
    const next = i + width;
    if (k === Sep.OPEN) depth++;
    else if (k === Sep.CLOSE) {
      if (depth > 0) depth--;
    } else if (k === Sep.HYPHEN) {
      if (spaced || (next < len && isSpaceCode(s.charCodeAt(next))) || next >= len || !wordAt(s, next) || n === 0) k = Sep.DASH;
    } else if (k === Sep.DOT) {
      if (spaced || next >= len || !wordAt(s, next)) k = Sep.SPACE;
    }
    if (k > pending) pending = k;
    if (k === Sep.DOT || k === Sep.AMP) tight = true;
    i = next;
  }
  // A title written decomposed, in styled letters or as mojibake is read in its plain form
  // (unicode-forms.ts); only titles with such a character pay for it.
  if (reread !== 0) {
    const part = s.slice(from, to);
    const again = rereadText(part, reread);
    if (again !== part) return tokenize(again, out, table);
  }
  out.n = n;
  out.source = s;
  if (tight) mergeTight(out);
  return out;
}

/** separatorEntity() packs a reference's length and character as length * ENTITY_WIDTH + code. */
const ENTITY_WIDTH = 0x200000;

/** Named references that stand for separators, spaces and quotes (folded to lower case). */
const NAMED_ENTITIES: ReadonlyMap<string, number> = new Map([
  ['amp', 38], ['nbsp', 0xa0], ['quot', 34], ['apos', 39], ['lt', 60], ['gt', 62], ['ndash', 0x2013],
  ['mdash', 0x2014], ['bull', 0x2022], ['middot', 0xb7], ['rsquo', 0x2019], ['lsquo', 0x2018],
  ['ldquo', 0x201c], ['rdquo', 0x201d], ['sol', 47], ['vert', 124], ['verbar', 124], ['comma', 44],
  ['colon', 58], ['semi', 59], ['lpar', 40], ['rpar', 41], ['hellip', 0x2026], ['thinsp', 0x2009],
  ['ensp', 0x2002], ['emsp', 0x2003], ['plus', 43], ['num', 35], ['dollar', 36], ['euro', 0x20ac], ['pound', 0xa3],
]);

/**
 * The HTML character reference at i ("&amp;", "&#8211;", "&#x2F;") when it stands for a
 * separator, packed as its length * ENTITY_WIDTH + the character's code; else -1. A reference
 * to a letter ("&eacute;") is left as written: it is rare in titles and would split a word.
 */
function separatorEntity(s: string, i: number, len: number): number {
  let j = i + 1;
  let code = -1;
  if (j < len && s.charCodeAt(j) === 35) {
    j++;
    const hex = j < len && (s.charCodeAt(j) | 32) === 120;
    if (hex) j++;
    const from = j;
    let v = 0;
    while (j < len && j - from < 7) {
      const d = s.charCodeAt(j);
      const x = d >= 48 && d <= 57 ? d - 48 : hex && (d | 32) >= 97 && (d | 32) <= 102 ? (d | 32) - 87 : -1;
      if (x < 0) break;
      v = v * (hex ? 16 : 10) + x;
      j++;
    }
    if (j === from || v > 0xffff) return -1;
    code = v;
  } else {
    const from = j;
    while (j < len && j - from < 8 && (s.charCodeAt(j) | 32) >= 97 && (s.charCodeAt(j) | 32) <= 122) j++;
    if (j === from) return -1;
    code = NAMED_ENTITIES.get(s.slice(from, j).toLowerCase()) ?? -1;
  }
  if (code < 0 || j >= len || s.charCodeAt(j) !== 59) return -1;
  if ((code < 128 ? ASCII_FOLD[code]! : foldChar(code)) !== 0) return -1;
  return (j + 1 - i) * ENTITY_WIDTH + code;
}

/** Gender endings written in brackets after a word (folded: "(ère)" is "ere"). */
const BRACKET_ENDINGS: ReadonlySet<string> = new Set(['e', 'ne', 'fe', 'ffe', 'ere', 'a', 'ra', 'in', 'innen', 'ice', 'rice', 'trice', 'euse', 'es', 'as', 'ka']);

/** The index of the ")" that closes a gender ending starting at `from`, or -1. */
function bracketedEnding(s: string, from: number): number {
  let j = from;
  while (j < s.length && j - from <= 5 && s.charCodeAt(j) !== 41) j++;
  if (j === from || j >= s.length || s.charCodeAt(j) !== 41) return -1;
  const ending = s.slice(from, j).toLowerCase().replace(/[\u00e8\u00e9]/g, 'e');
  return BRACKET_ENDINGS.has(ending) ? j : -1;
}

/** Endings French inclusive writing puts after a middle dot; after a period only the longer ones (mergeTight). */
const DOT_ENDINGS: ReadonlySet<string> = new Set(['e', 'es', 'fe', 'ffe', 'ne', 'ere', 'rice', 'trice', 'euse', 'se', 's', 'le', 'te']);
const PERIOD_ENDINGS: ReadonlySet<string> = new Set(['fe', 'ffe', 'ne', 'ere', 'rice', 'trice', 'euse']);


const ENCODER = new TextEncoder();
const DECODER = new TextDecoder();

/** A fresh, flat, one-byte copy of a plain folded word (lower-case ASCII letters and digits). */
function compact(text: string): string {
  return DECODER.decode(ENCODER.encode(text));
}

/** The folded text of the word s[start, end): a slice when it is already lower-case ASCII. */
function foldedText(s: string, start: number, end: number): string {
  let simple = true;
  let ascii = true;
  for (let k = start; k < end; k++) {
    const d = s.charCodeAt(k);
    if (d >= 128 || d === 39 || d === 96) {
      ascii = false;
      break;
    }
    if (ASCII_FOLD[d] !== d) simple = false;
  }
  if (simple && ascii) return s.slice(start, end);
  return ascii ? s.slice(start, end).toLowerCase() : foldWord(s, start, end);
}

/** TF.DIGIT when the word s[start, end) has a digit, with TF.NUMBER when it is only digits. */
export function digitFlags(s: string, start: number, end: number): number {
  let digits = 0;
  for (let k = start; k < end; k++) {
    const d = s.charCodeAt(k);
    if (d >= 48 && d <= 57) digits++;
  }
  return digits === 0 ? 0 : digits === end - start ? TF.DIGIT | TF.NUMBER : TF.DIGIT;
}

/** A word with capitals, accents or letters of another script, folded character by character. */
function foldWord(s: string, start: number, end: number): string {
  let text = '';
  let other = false;
  for (let k = start; k < end; k++) {
    const d = s.charCodeAt(k);
    const g = d < 128 ? ASCII_FOLD[d]! : foldChar(d);
    if (g === 0) continue;
    if (g === FOLD_MULTI) text += foldMultiWide(d);
    else {
      if (g >= 0x250) other = true;
      text += String.fromCharCode(g);
    }
  }
  // Letters of other scripts are lower-cased by the engine (Greek, Cyrillic, ...).
  return other ? text.toLowerCase() : text;
}

/**
 * Joins letters written with dots ("V.P." -> "vp", "S.V.P" -> "svp") and short words joined by
 * a tight "&" ("R&D", "P&C", "PM&R"), which name one thing.
 */
function mergeTight(t: Tokens): void {
  let w = 0;
  for (let r = 0; r < t.n; r++) {
    const text = t.text[r]!;
    if (w > 0) {
      const prev = t.text[w - 1]!;
      const sep = t.sep[r]!;
      // French inclusive writing puts the feminine ending after a middle dot or a period, right
      // after its word ("Chef·fe", "Chargé·e·s", "Directeur.rice"): it belongs to that word, as a
      // bracketed ending does. After a period only the longer endings: a period between letters
      // is most often an abbreviation's ("M.A.", "n.e.c.").
      const f = t.flags[r]!;
      if ((f & TF.SPACED) === 0 && (f & TF.DIGIT) === 0 && ((f & TF.MIDDOT) !== 0 ? DOT_ENDINGS : sep === Sep.DOT ? PERIOD_ENDINGS : null)?.has(text)) continue;
      if (sep === Sep.DOT && text.length === 1 && (prev.length === 1 || (t.flags[w - 1]! & TF.DOTTED) !== 0) && (t.flags[r]! & TF.DIGIT) === 0) {
        t.text[w - 1] = prev + text;
        t.word[w - 1] = undefined;
        t.hash[w - 1] = hashString(t.text[w - 1]!);
        t.flags[w - 1]! |= TF.DOTTED;
        continue;
      }
      if (sep === Sep.AMP && (t.flags[r]! & TF.SPACED) === 0 && prev.length <= 3 && text.length <= 3) {
        t.text[w - 1] = `${prev}&${text}`;
        t.word[w - 1] = undefined;
        t.hash[w - 1] = hashString(t.text[w - 1]!);
        continue;
      }
    }
    if (w !== r) {
      t.text[w] = text;
      t.word[w] = t.word[r];
      t.sep[w] = t.sep[r]!;
      t.depth[w] = t.depth[r]!;
      t.flags[w] = t.flags[r]!;
      t.hash[w] = t.hash[r]!;
    }
    w++;
  }
  t.n = w;
}
