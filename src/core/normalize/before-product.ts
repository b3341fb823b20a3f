import { Sep } from './chars.js';
import { productLine } from './phrase.js';
import { M, type Stream } from './stream.js';
import { K } from './words.js';

// What stands before a product word in its segment, as the analysis asks it: another job or
// function, a list of functions ending in product, an executive opening such a list.

/** The first word of the segment holding word i. */
export function segStart(s: Stream, i: number): number {
  let j = i;
  while (j > 0 && s.seg[j - 1] === s.seg[i]) j--;
  return j;
}

/** Word `a` is joined to the phrase starting at `start` by "&", "/" or "and" in the same segment. */
export function coordinatedWith(s: Stream, a: number, start: number): boolean {
  if (a < 0 || a >= start || s.seg[a] !== s.seg[start]) return false;
  if (a + 1 === start) return s.sep[start] === Sep.AMP || s.sep[start] === Sep.SLASH;
  return a + 2 === start && (s.word[a + 1]!.k & K.COORD) !== 0;
}

/**
 * Words [from, to) are function words and links only ("Sales", "Customer Success and"), none a
 * person, an executive or another job's head; `joined`: the last of them is joined to word `to`
 * by "and", "&" or "/".
 */
export function functionList(s: Stream, from: number, to: number, joined: boolean): boolean {
  let any = false;
  let last = -1;
  for (let i = from; i < to; i++) {
    if ((s.mark[i]! & M.NOISE) !== 0) continue;
    const k = s.word[i]!.k;
    last = i;
    if ((k & K.COORD) !== 0) continue;
    if ((k & (K.FUNCTION | K.NONPROD)) === 0 || (k & (K.EXEC | K.PERSON | K.ANCHOR | K.MATERIAL)) !== 0) return false;
    if ((k & K.ROLE) !== 0 && (k & K.FUNCTION) === 0) return false;
    any = true;
  }
  // ", and Product": the list's last link alone in its segment.
  if (!any) return joined && last !== -1;
  return !joined || (s.word[last]!.k & K.COORD) !== 0 || s.sep[to] === Sep.AMP || s.sep[to] === Sep.SLASH;
}

/**
 * Words [from, to) are rank words, an executive, then function words only ("Vice President
 * Sales", "Senior VP Marketing"): the index of the executive, or -1.
 */
export function execOpening(s: Stream, from: number, to: number): number {
  for (let x = from; x < to; x++) {
    if ((s.mark[x]! & M.NOISE) !== 0) continue;
    const w = s.word[x]!;
    if ((w.k & K.EXEC) !== 0 && (w.k & K.ROLE) !== 0 && w.w !== 'cxo' && w.r !== 0) return x + 1 < to && functionList(s, x + 1, to, false) ? x : -1;
    if ((w.k & K.SENIORITY) === 0 || (w.k & K.ROLE) !== 0) return -1;
  }
  return -1;
}

/** A job or function word between from and to ("Strategic Finance - Product" has one). */
export function jobBefore(s: Stream, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if ((s.mark[i]! & M.NOISE) !== 0 || productLine(s, i, to)) continue;
    if ((s.word[i]!.k & (K.ROLE | K.FUNCTION)) !== 0) return true;
  }
  return false;
}
