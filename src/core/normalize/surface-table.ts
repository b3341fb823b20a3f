import type { Word } from './words.js';

/**
 * An open-addressing hash table of folded words, keyed by two 32-bit hashes of their folded
 * character codes (FNV-1a and a multiplicative hash, 64 bits in all). The tokenizer computes
 * both while it scans a word, so a word met before is found without making a string for it
 * and without reading it twice: the table hands back the word and its (shared) folded string.
 * Two different words share both hashes with a chance of about one in 10^15 per lookup.
 *
 * The layout is for the cache: a lookup reads 16-byte slots of a typed array (both hashes, the
 * entry number and the word's digit flags), so a probe is settled without leaving the slot; then
 * the entry's text and word, side by side in a dense array where the vocabulary comes first. The
 * second hash sat in that array before: as a JS number outside the small-integer range it was a
 * boxed heap number, one more pointer and cache miss per word. The slot array grows with the
 * entries (at most 70% full), so a table of a few thousand words stays in the CPU's cache; a
 * sparse table of pointers did not, and its misses were the tokenizer's largest cost.
 *
 * It holds every surface form of the vocabulary and, when a resolver is attached, a memo of the
 * other words met so far with what they resolved to (a name, a typo, a compound). The memo is
 * bounded: when it is full it is dropped and starts again, keeping the vocabulary.
 */
export interface SurfaceTable {
  mask: number;
  /** Per slot (SLOT ints): [hash, second hash, entry + 1 (0: empty), token flags (digits)]. */
  keys: Int32Array;
  /** Per entry, side by side: [folded text, Word]. */
  entries: (string | Word)[];
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
/** Ints per slot of SurfaceTable.keys. */
export const SLOT = 4;

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
  for (const [key, word] of list) t.entries.push(key, word);
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
  const old = t.keys;
  t.keys = new Int32Array(cap * SLOT);
  if (old.length === 0) {
    for (let e = 0; e < t.entries.length / 2; e++) {
      const key = t.entries[e * 2] as string;
      place(t, hashString(key), hash2String(key), e, digitFlagsOf(key));
    }
    return;
  }
  // The hashes were kept in the old slots; entries past the new end (a dropped memo) are left out.
  const count = t.entries.length / 2;
  for (let i = 0; i < old.length; i += SLOT) {
    const e = old[i + 2]! - 1;
    if (e !== -1 && e < count) place(t, old[i]!, old[i + 1]!, e, old[i + 3]!);
  }
}

function place(t: SurfaceTable, hash: number, hash2: number, entry: number, flags: number): void {
  const keys = t.keys;
  let i = hash & t.mask;
  while (keys[i * SLOT + 2] !== 0) i = (i + 1) & t.mask;
  keys[i * SLOT] = hash;
  keys[i * SLOT + 1] = hash2;
  keys[i * SLOT + 2] = entry + 1;
  keys[i * SLOT + 3] = flags;
}

/** The tokenizer's digit flags of a vocabulary word (see tokenize.ts: TF.DIGIT 8, TF.NUMBER 16). */
function digitFlagsOf(key: string): number {
  let digits = 0;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) >= 48 && key.charCodeAt(i) <= 57) digits++;
  return digits === 0 ? 0 : digits === key.length ? 8 | 16 : 8;
}

/** Adds a word met in a title (hashes of its folded text, its token flags); drops the memo when full. */
export function remember(t: SurfaceTable, hash: number, hash2: number, key: string, word: Word, flags: number): void {
  if (t.entries.length / 2 >= t.limit) {
    t.entries.length = t.fixed * 2;
    rehash(t, slotsFor(t.fixed));
  }
  const entry = t.entries.length / 2;
  t.entries.push(key, word);
  if (entry + 1 > (t.mask + 1) * 0.7) rehash(t, slotsFor(entry + 1));
  place(t, hash, hash2, entry, flags);
}

/**
 * The slot of a word by its two hashes, or -1: keys[slot * SLOT + 2] - 1 is its entry
 * (entries[entry * 2] its text, entries[entry * 2 + 1] its Word), keys[slot * SLOT + 3] its flags.
 */
export function findSlot(t: SurfaceTable, hash: number, hash2: number): number {
  const keys = t.keys;
  const mask = t.mask;
  let i = hash & mask;
  for (;;) {
    const k = i * SLOT;
    if (keys[k + 2] === 0) return -1;
    if (keys[k] === hash && keys[k + 1] === hash2) return i;
    i = (i + 1) & mask;
  }
}
