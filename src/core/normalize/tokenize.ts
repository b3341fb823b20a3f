import { ASCII_FOLD, FOLD_MULTI, Sep, foldChar, foldMultiWide, sepKind } from './chars.js';
import { FNV_OFFSET, FNV_PRIME, type SurfaceTable } from './surface-table.js';
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
}

export function createTokens(): Tokens {
  return {
    n: 0,
    text: new Array<string>(MAX_TOKENS).fill(''),
    sep: new Uint8Array(MAX_TOKENS),
    depth: new Uint8Array(MAX_TOKENS),
    flags: new Uint8Array(MAX_TOKENS),
    word: new Array<Word | undefined>(MAX_TOKENS).fill(undefined),
  };
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
 */
export function tokenize(title: string, out: Tokens, table?: SurfaceTable): Tokens {
  const s = title;
  // Trim without allocating; then read at most MAX_CHARS characters.
  let from = 0;
  let to = s.length;
  while (from < to && isSpaceCode(s.charCodeAt(from))) from++;
  if (to - from > MAX_CHARS) to = from + MAX_CHARS;
  while (to > from && isSpaceCode(s.charCodeAt(to - 1))) to--;
  const len = to;
  let n = 0;
  let depth = 0;
  let pending: number = Sep.NONE;
  let spaced = false;
  let flags = 0;
  let i = from;
  while (i < len && n < MAX_TOKENS) {
    const c = s.charCodeAt(i);
    const f = c < 128 ? ASCII_FOLD[c]! : foldChar(c);
    if (f !== 0) {
      // A word: run to the next separator. Fast path when every character is a lower-case
      // ASCII letter or digit already (the word is then a slice of the title).
      const start = i;
      let simple = true;
      let ascii = true;
      let hash = FNV_OFFSET;
      let digits = 0;
      let letters = 0;
      while (i < len) {
        const d = s.charCodeAt(i);
        const g = d < 128 ? ASCII_FOLD[d]! : foldChar(d);
        if (g === 0) {
          // An apostrophe inside a word joins it: "women's" -> "womens".
          if ((d === 39 || d === 0x2019 || d === 96) && i > start && i + 1 < len && wordAt(s, i + 1)) {
            simple = false;
            ascii = false;
            i++;
            continue;
          }
          break;
        }
        if (g !== d) {
          simple = false;
          if (d >= 128) ascii = false;
        }
        hash = Math.imul(hash ^ g, FNV_PRIME);
        if (d >= 48 && d <= 57) digits++;
        else letters++;
        i++;
      }
      let text: string;
      let known: Word | undefined;
      // A known word: found by its hash, checked letter by letter, no string made.
      if (table !== undefined && ascii && i - start <= 24) {
        const wl = i - start;
        let slot = hash & table.mask;
        let key = table.keys[slot];
        while (key !== undefined) {
          if (table.hashes[slot] === hash && key.length === wl && sameFolded(s, start, key)) {
            known = table.words[slot];
            break;
          }
          slot = (slot + 1) & table.mask;
          key = table.keys[slot];
        }
        if (known !== undefined) text = key!;
        else text = simple ? s.slice(start, i) : s.slice(start, i).toLowerCase();
      } else if (simple) text = s.slice(start, i);
      else if (ascii) text = s.slice(start, i).toLowerCase();
      else text = foldWord(s, start, i);
      if (text.length === 0) continue;
      let tf = flags;
      if (spaced) tf |= TF.SPACED;
      if (digits > 0) tf |= TF.DIGIT;
      if (digits > 0 && letters === 0) tf |= TF.NUMBER;
      out.text[n] = text;
      out.word[n] = known;
      out.sep[n] = n === 0 ? Sep.NONE : pending === Sep.NONE ? Sep.SPACE : pending;
      out.depth[n] = depth > 255 ? 255 : depth;
      out.flags[n] = tf;
      n++;
      pending = Sep.NONE;
      spaced = false;
      flags = 0;
      continue;
    }
    // A separator character.
    if (isSpaceCode(c)) {
      spaced = true;
      if (pending === Sep.HYPHEN) pending = Sep.DASH;
      else if (pending === Sep.DOT) pending = Sep.SPACE;
      i++;
      continue;
    }
    let k: number = sepKind(c);
    if (c === 35) flags |= TF.HASH; // #
    else if (c === 36 || c === 0x20ac || c === 0xa3) flags |= TF.MONEY; // $ € £
    if (k === Sep.OPEN) depth++;
    else if (k === Sep.CLOSE) {
      if (depth > 0) depth--;
    } else if (k === Sep.HYPHEN) {
      if (spaced || (i + 1 < len && isSpaceCode(s.charCodeAt(i + 1))) || i + 1 >= len || !wordAt(s, i + 1) || n === 0) k = Sep.DASH;
    } else if (k === Sep.DOT) {
      if (spaced || i + 1 >= len || !wordAt(s, i + 1)) k = Sep.SPACE;
    }
    if (k > pending) pending = k;
    i++;
  }
  out.n = n;
  mergeTight(out);
  return out;
}

/** Does the ASCII word at s[start..] fold to key (same length checked by the caller)? */
function sameFolded(s: string, start: number, key: string): boolean {
  for (let k = 0; k < key.length; k++) if (ASCII_FOLD[s.charCodeAt(start + k)] !== key.charCodeAt(k)) return false;
  return true;
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
      if (sep === Sep.DOT && text.length === 1 && (prev.length === 1 || (t.flags[w - 1]! & TF.DOTTED) !== 0) && (t.flags[r]! & TF.DIGIT) === 0) {
        t.text[w - 1] = prev + text;
        t.word[w - 1] = undefined;
        t.flags[w - 1]! |= TF.DOTTED;
        continue;
      }
      if (sep === Sep.AMP && (t.flags[r]! & TF.SPACED) === 0 && prev.length <= 3 && text.length <= 3) {
        t.text[w - 1] = `${prev}&${text}`;
        t.word[w - 1] = undefined;
        continue;
      }
    }
    if (w !== r) {
      t.text[w] = text;
      t.word[w] = t.word[r];
      t.sep[w] = t.sep[r]!;
      t.depth[w] = t.depth[r]!;
      t.flags[w] = t.flags[r]!;
    }
    w++;
  }
  t.n = w;
}
