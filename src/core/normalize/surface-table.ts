import type { Word } from './words.js';

/**
 * An open-addressing hash table of the vocabulary's surface forms, keyed by a 32-bit FNV-1a
 * hash of their folded character codes. The tokenizer computes the same hash while it scans a
 * word, so a known word is found without making a string for it: the table hands back the
 * word and its (shared) surface string.
 */
export interface SurfaceTable {
  mask: number;
  hashes: Int32Array;
  keys: (string | undefined)[];
  words: (Word | undefined)[];
}

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

export function buildSurfaceTable(entries: Iterable<[string, Word]>): SurfaceTable {
  const list = [...entries];
  let cap = 16;
  while (cap < list.length * 4) cap <<= 1;
  const t: SurfaceTable = { mask: cap - 1, hashes: new Int32Array(cap), keys: new Array(cap).fill(undefined), words: new Array(cap).fill(undefined) };
  for (const [key, word] of list) {
    const h = hashString(key);
    let i = h & t.mask;
    while (t.keys[i] !== undefined) i = (i + 1) & t.mask;
    t.hashes[i] = h;
    t.keys[i] = key;
    t.words[i] = word;
  }
  return t;
}
