import type { Word } from './words.js';

/**
 * An open-addressing hash table of folded words, keyed by two 32-bit hashes of their folded
 * character codes (FNV-1a and a multiplicative hash, 64 bits in all). The tokenizer computes
 * both while it scans a word, so a word met before is found without making a string for it
 * and without reading it twice: the table hands back the word and its (shared) folded string.
 * Two different words share both hashes with a chance of about one in 10^15 per lookup.
 *
 * The layout is for the cache: a lookup reads 8-byte slots of a typed array (the first hash and
 * the entry number), then the entry's text, word, second hash and digit flags, side by side in
 * a dense array where the vocabulary comes first: two cache lines a word. The slot array grows with the entries (at most 70% full), so a
 * table of a few thousand words stays in the CPU's cache; a sparse table of pointers did not,
 * and its misses were the tokenizer's largest cost.
 *
 * It holds every surface form of the vocabulary and, when a resolver is attached, a memo of the
 * other words met so far with what they resolved to (a name, a typo, a compound). The memo is
 * bounded: when it is full it is dropped and starts again, keeping the vocabulary.
 */
export interface SurfaceTable {
  mask: number;
  /** Per slot: [hash, entry + 1 (0: empty)]. */
  keys: Int32Array;
  /** Per entry, side by side: [folded text, Word, second hash, token flags (digits)]. */
  entries: (string | Word | number)[];
  /** How many entries the table may hold before the memo is dropped. */
  limit: number;
  /** The vocabulary's own entries, kept when the memo is dropped. */
  readonly fixed: number;
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
  const list = [...entries];
  const limit = list.length + (resolve === null ? 0 : MEMO_ENTRIES);
  const t: SurfaceTable = {
    mask: 0,
    keys: new Int32Array(0),
    entries: [],

    limit,
    fixed: list.length,
    resolve,
  };
  for (const [key, word] of list) t.entries.push(key, word, hash2String(key), digitFlagsOf(key));
  rehash(t, slotsFor(list.length));
  return t;
}

/** A power of two with room for `entries` at most 70% full. */
function slotsFor(entries: number): number {
  let cap = 16;
  while (cap * 0.7 < entries + 1) cap <<= 1;
  return cap;
}

/** Rebuilds the slots for the current entries with `cap` slots. */
function rehash(t: SurfaceTable, cap: number): void {
  t.mask = cap - 1;
  t.keys = new Int32Array(cap * 2);
  for (let e = 0; e < t.entries.length / 4; e++) place(t, hashString(t.entries[e * 4] as string), e);
}

function place(t: SurfaceTable, hash: number, entry: number): void {
  const keys = t.keys;
  let i = hash & t.mask;
  while (keys[i * 2 + 1] !== 0) i = (i + 1) & t.mask;
  keys[i * 2] = hash;
  keys[i * 2 + 1] = entry + 1;
}

/** The tokenizer's digit flags of a vocabulary word (see tokenize.ts: TF.DIGIT 8, TF.NUMBER 16). */
function digitFlagsOf(key: string): number {
  let digits = 0;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) >= 48 && key.charCodeAt(i) <= 57) digits++;
  return digits === 0 ? 0 : digits === key.length ? 8 | 16 : 8;
}

/** Adds a word met in a title (hashes of its folded text, its token flags); drops the memo when full. */
export function remember(t: SurfaceTable, hash: number, hash2: number, key: string, word: Word, flags: number): void {
  if (t.entries.length / 4 >= t.limit) {
    t.entries.length = t.fixed * 4;
    rehash(t, slotsFor(t.fixed));
  }
  const entry = t.entries.length / 4;
  t.entries.push(key, word, hash2, flags);
  if (entry + 1 > (t.mask + 1) * 0.7) rehash(t, slotsFor(entry + 1));
  else place(t, hash, entry);
}

/** The entry of a word by its two hashes, or -1: entries[e * 4 ...] hold its text, Word, second hash and flags. */
export function findEntry(t: SurfaceTable, hash: number, hash2: number): number {
  const keys = t.keys;
  const mask = t.mask;
  let i = hash & mask;
  for (;;) {
    const e = keys[i * 2 + 1]! - 1;
    if (e === -1) return -1;
    if (keys[i * 2] === hash && t.entries[e * 4 + 2] === hash2) return e;
    i = (i + 1) & mask;
  }
}
