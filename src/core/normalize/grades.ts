import { Sep, isBoundary } from './chars.js';
import { copy, remove, set, type Stream } from './stream.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Corporate grade ladders (South Asia, the Gulf, Southeast Asia, the English titles of Japanese,
 * Korean and Chinese firms): a grade named before the function it is held in ("AGM - Product",
 * "Deputy Manager - Product (Cards)", "Senior Officer, Product Development"). Each grade is
 * rewritten as the rank words of the scheme that mean the same band (the table and its sources:
 * docs/normalizer-rounds.md, "Corporate grade ladders"):
 *
 *   executive, officer          -> associate          band 1 (senior: 2)
 *   product executive           -> product management associate  band 1
 *   assistant manager           -> associate manager  band 1
 *   deputy manager              -> senior associate manager  band 2
 *   chief / section manager,
 *   team leader                 -> group manager      band 5, manages
 *   AGM, DGM, department manager-> director           band 6, manages
 *   GM, general manager         -> head               band 7 (6 to 8), manages
 *
 * Only a grade with a product word right after it, or standing alone in its segment with the
 * next segment opening on "product", is read so: elsewhere the words keep their meaning ("Chief
 * Product Officer", "Executive Director", "General Manager, Product Line", "Assistant Manager"
 * of a store).
 */
export function readGrades(s: Stream, vocab: Vocabulary): void {
  // Every grade here stands before or beside the word "product": most titles have none.
  let p = 0;
  while (p < s.n && s.word[p]!.w !== 'product') p++;
  if (p === s.n) return;
  for (let i = 0; i < s.n; i++) {
    const t = s.text[i]!;
    const w = s.word[i]!.w;
    if (w === 'executive' && productExecutive(s, i)) {
      // "Product Executive", "Product Management Executive": the brand role of pharma and FMCG
      // marketing departments, the grade below the product manager (band 1).
      s.word[i] = vocab.canonical('associate');
      if (s.word[i - 1]!.w === 'product') {
        insertAfter(s, i - 1);
        s.word[i] = vocab.canonical('management');
        i++;
      }
      continue;
    }
    if (w === 'executive' || w === 'officer') {
      // Only a grade closing its segment: "Executive Product Owner" is a rank of the title itself.
      if (i + 1 >= s.n || !isBoundary(s.sep[i + 1]!) || !gradeBefore(s, i, i + 1) || !segmentOfRanks(s, i)) continue;
      s.word[i] = vocab.canonical(s.word[i - 1]?.w === 'principal' && !isBoundary(s.sep[i]!) ? 'senior' : 'associate');
      continue;
    }
    if (t === 'agm' || t === 'dgm' || t === 'gm') {
      const end = i + 1;
      if (!gradeBefore(s, i, end) || (t === 'gm' && !productDiscipline(s, end))) continue;
      s.word[i] = vocab.canonical(t === 'gm' ? 'head' : 'director');
      continue;
    }
    if (w === 'leader' && i > 0 && s.text[i - 1] === 'team' && !isBoundary(s.sep[i]!) && gradeBefore(s, i - 1, i + 1)) {
      // "Team Leader - Product": the first-line manager of a product team, as a group manager.
      s.word[i - 1] = vocab.canonical('group');
      s.word[i] = vocab.canonical('manager');
      continue;
    }
    if (w !== 'manager' || i === 0 || isBoundary(s.sep[i]!)) continue;
    const a = s.word[i - 1]!.w;
    let from = i - 1;
    let grade = a;
    if (a === 'general') {
      const b = i >= 2 && !isBoundary(s.sep[i - 1]!) ? s.word[i - 2]!.w : '';
      if (b === 'assistant' || b === 'deputy') {
        from = i - 2;
        grade = 'agm';
      } else grade = 'gm';
    }
    if (!GRADE_OF.has(grade) && s.text[i - 1] !== 'section' && s.text[i - 1] !== 'department') continue;
    if (!gradeBefore(s, from, i + 1) || (grade === 'gm' && !productDiscipline(s, i + 1))) continue;
    // A shop's "Assistant Manager, Product Ops" does stock work: the store rank (pairs.ts).
    if (grade === 'assistant' && i + 2 < s.n && s.word[i + 2]!.w === 'operations') continue;
    const into = GRADE_OF.get(grade) ?? (s.text[i - 1] === 'section' ? GROUP : DIRECTOR);
    const orig = i - from + 1;
    const text = joined(s, from, i + 1);
    const lead = joined(s, from, i);
    // The grade's words make way for the scheme's: as many as it names.
    while (i - from + 1 > into.length) {
      remove(s, from);
      i--;
    }
    while (i - from + 1 < into.length) {
      insertAfter(s, from);
      i++;
    }
    for (let k = 0; k < into.length; k++) s.word[from + k] = vocab.canonical(into[k]!);
    // Each word keeps its own text where it can, so readers of the text ("Manager - Product",
    // written head first) still see the manager.
    if (orig !== into.length) {
      const last = from + into.length - 1;
      if (into[into.length - 1] === 'manager') {
        s.text[from] = lead;
        s.text[last] = 'manager';
      } else s.text[last] = text;
    }
  }
}

const GROUP = ['group', 'manager'];
const DIRECTOR = ['director'];

/** Grade word before "manager" -> the scheme's rank words for it. */
const GRADE_OF: ReadonlyMap<string, readonly string[]> = new Map([
  ['assistant', ['associate', 'manager']],
  ['deputy', ['senior', 'associate', 'manager']],
  ['chief', GROUP],
  ['agm', DIRECTOR],
  ['gm', ['head']],
]);

/** The words from, to as one text. */
function joined(s: Stream, from: number, to: number): string {
  let t = s.text[from]!;
  for (let k = from + 1; k < to; k++) t += ` ${s.text[k]}`;
  return t;
}

/** Makes room for one word after word i: a copy of it, to be overwritten. */
function insertAfter(s: Stream, i: number): void {
  if (s.n >= s.word.length) return;
  for (let k = s.n; k > i + 1; k--) copy(s, k, k - 1);
  s.n++;
  set(s, i + 1, s.word[i]!, '', Sep.SPACE, s.depth[i]!);
  s.seg[i + 1] = s.seg[i]!;
}

/**
 * Is the grade at [from, end) before a product function: "product" right after it ("DGM Product
 * Management"), or the grade closing its segment and the next segment opening on "product"
 * ("AGM - Product", "Officer, Product Development")?
 */
function gradeBefore(s: Stream, from: number, end: number): boolean {
  if (end >= s.n || s.text[end] !== 'product') return false;
  if (!isBoundary(s.sep[end]!)) return true;
  // The grade is its segment's first word, or follows only rank words ("Senior Officer").
  for (let k = from - 1; k >= 0; k--) {
    if (s.word[k]!.r === 0) return false;
    if (isBoundary(s.sep[k]!)) break;
  }
  return from === 0 || isBoundary(s.sep[from]!) || s.word[from - 1]!.r !== 0;
}

/** The words before word i in its segment are all rank words ("Senior Executive"). */
function segmentOfRanks(s: Stream, i: number): boolean {
  for (let k = i; k > 0 && !isBoundary(s.sep[k]!); k--) if (s.word[k - 1]!.r === 0) return false;
  return true;
}

/** "Product" at word i is followed by a discipline ("Management", "Planning"), not a line or goods. */
function productDiscipline(s: Stream, i: number): boolean {
  const k = i + 1;
  if (k >= s.n || isBoundary(s.sep[k]!)) return false;
  const w = s.word[k]!.w;
  return w === 'management' || w === 'planning' || w === 'strategy' || w === 'development';
}

/**
 * "Executive" at word i closes a product phrase that opens its segment, after rank words only:
 * "Product Executive", "Sr. Product Executive", "Product Management Executive" (not "Product
 * Marketing Executive", a marketer's title, nor "Product Sales Executive").
 */
function productExecutive(s: Stream, i: number): boolean {
  if (i === 0 || isBoundary(s.sep[i]!) || (i + 1 < s.n && !isBoundary(s.sep[i + 1]!))) return false;
  let p = i - 1;
  if (s.word[p]!.w === 'management' && p > 0 && !isBoundary(s.sep[p]!)) p--;
  // The word, not the text: a product word of another language too (Malay "Eksekutif Produk", turned round by word-order.ts).
  if (s.word[p]!.w !== 'product') return false;
  for (let k = p; k > 0 && !isBoundary(s.sep[k]!); k--) if (s.word[k - 1]!.r === 0) return false;
  return true;
}
