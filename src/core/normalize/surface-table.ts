import type { Word } from './words.js';

/**
 * An open-addressing hash table of folded words, keyed by two 32-bit hashes of their folded
 * character codes (FNV-1a and a multiplicative hash, 64 bits in all). The tokenizer computes
 * both while it scans a word, so a word met before is found without making a string for it
 * and without reading it twice: the table hands back the word and its (shared) folded string.
 * Two different words share both hashes with a chance of about one in 10^15 per lookup.
 *
 * Each entry also keeps the word's digit flags, so a word found needs no other pass.
 *
 * It holds every surface form of the vocabulary and, when a resolver is attached, a memo of the
 * other words met so far with what they resolved to (a name, a typo, a compound). The memo is
 * bounded: when it is full it is dropped and starts again, keeping the vocabulary.
 */
export interface SurfaceTable {
  mask: number;
  /** Per slot: [hash, hash2, token flags of the word (digits), unused]. */
  hashes: Int32Array;
  /** Per slot: [folded text, Word]; an empty slot has undefined text. */
  slots: (string | Word | undefined)[];
  /** How many entries, and how many the table may hold before the memo is dropped. */
  count: number;
  limit: number;
  /** The vocabulary's own entries, put back when the memo is dropped. */
  readonly fixed: readonly (readonly [string, Word])[];
  /** Resolves a word the table does not hold yet; null: the table is not extended. */
  resolve: ((text: string) => Word) | null;
}

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;
export const H2_SEED = 0x2545f491;
export const H2_MUL = 0x9e3779b1 | 0;

export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

export function hash2String(s: string): number {
  let h = H2_SEED;
  for (let i = 0; i < s.length; i++) h = Math.imul(h + s.charCodeAt(i), H2_MUL);
  return h;
}

/** Memo entries at most. */
const MEMO_ENTRIES = 12_000;

export function buildSurfaceTable(entries: Iterable<[string, Word]>, resolve: ((text: string) => Word) | null = null): SurfaceTable {
  const fixed = [...entries];
  const limit = fixed.length + (resolve === null ? 0 : MEMO_ENTRIES);
  let cap = 16;
  while (cap < limit * 2) cap <<= 1;
  const t: SurfaceTable = {
    mask: cap - 1,
    hashes: new Int32Array(cap * 4),
    slots: new Array<string | Word | undefined>(cap * 2).fill(undefined),
    count: 0,
    limit,
    fixed,
    resolve,
  };
  for (const [key, word] of fixed) insert(t, hashString(key), hash2String(key), key, word, digitFlagsOf(key));
  return t;
}

/** The tokenizer's digit flags of a vocabulary word (see tokenize.ts: TF.DIGIT 8, TF.NUMBER 16). */
function digitFlagsOf(key: string): number {
  let digits = 0;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) >= 48 && key.charCodeAt(i) <= 57) digits++;
  return digits === 0 ? 0 : digits === key.length ? 8 | 16 : 8;
}

function insert(t: SurfaceTable, hash: number, hash2: number, key: string, word: Word, flags: number): void {
  let i = hash & t.mask;
  while (t.slots[i * 2] !== undefined) i = (i + 1) & t.mask;
  t.hashes[i * 4] = hash;
  t.hashes[i * 4 + 1] = hash2;
  t.hashes[i * 4 + 2] = flags;
  t.slots[i * 2] = key;
  t.slots[i * 2 + 1] = word;
  t.count++;
}

/** Adds a word met in a title (hashes of its folded text, its token flags); drops the memo when full. */
export function remember(t: SurfaceTable, hash: number, hash2: number, key: string, word: Word, flags: number): void {
  if (t.count >= t.limit) {
    t.slots.fill(undefined);
    t.count = 0;
    for (const [k, w] of t.fixed) insert(t, hashString(k), hash2String(k), k, w, digitFlagsOf(k));
  }
  insert(t, hash, hash2, key, word, flags);
}

/** The slot of a word by its two hashes, or -1. */
export function findSlot(t: SurfaceTable, hash: number, hash2: number): number {
  let i = hash & t.mask;
  const slots = t.slots;
  const hashes = t.hashes;
  while (slots[i * 2] !== undefined) {
    if (hashes[i * 4] === hash && hashes[i * 4 + 1] === hash2) return i;
    i = (i + 1) & t.mask;
  }
  return -1;
}
