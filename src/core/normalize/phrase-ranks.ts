import { Sep, isBoundary } from './chars.js';
import { sameSeg, type Phrase } from './phrase-model.js';
import { R } from './ranks.js';
import { M, type Stream } from './stream.js';
import { K } from './words.js';

// The rank words around and inside a phrase, as the phrase finder reads them: a seniority after
// a Romance title, an executive or a rank noun before it, a grade or "staff" after the discipline.

/** Words that may stand between a title and a trailing seniority: areas and adjectives, not jobs or links. */
const NOT_AREA = K.ROLE | K.FUNCTION | K.NONPROD | K.EXEC | K.ABBR | K.ANCHOR | K.CONNECT | K.COORD | K.SENIORITY | K.TIME;

/**
 * Romance titles put adjectives after the head, the seniority last: "Gerente de producto digital
 * senior", "Chef de produit technique confirmé". Up to two area words from `j`, then senior,
 * junior or mid closing the segment: that rank is the title's.
 */
export function trailingRank(s: Stream, j: number, p: Phrase): void {
  for (let x = j; x < s.n && x <= j + 2; x++) {
    if (x > j && isBoundary(s.sep[x]!)) return;
    const w = s.word[x]!;
    if ((w.k & K.SENIORITY) !== 0 && (w.k & K.ROLE) === 0 && x > j) {
      if ((w.r & (R.SENIOR | R.JUNIOR | R.MID)) === 0 || (x + 1 < s.n && !isBoundary(s.sep[x + 1]!))) return;
      p.bits |= w.r;
      p.rankIdx.push(x);
      return;
    }
    if ((w.k & NOT_AREA) !== 0 || (s.mark[x]! & M.NOISE) !== 0) return;
  }
}

/** A "senior" among the phrase's ranks stands between its discipline and its head. */
export function seniorBetween(s: Stream, p: Phrase, disc: number, head: number): boolean {
  for (let x = 0; x < p.rankIdx.length; x++) {
    const at = p.rankIdx[x]!;
    if (at > disc && at < head && (s.word[at]!.r & R.SENIOR) !== 0) return true;
  }
  return false;
}

/** The discipline at disc was written in one word with the product word ("Produktmanagement"), and is not development. */
export function compoundArea(s: Stream, disc: number): boolean {
  return disc !== -1 && s.text[disc] === '' && s.word[disc]!.w !== 'development';
}

/** An executive word before word i in its segment, past linking words and noise ("Head of", "VP,"). */
export function execBefore(s: Stream, i: number): boolean {
  for (let j = i - 1; j >= 0 && sameSeg(s, j + 1); j--) {
    const k = s.word[j]!.k;
    if ((k & (K.CONNECT | K.SKIP)) !== 0 || (s.mark[j]! & M.NOISE) !== 0) continue;
    return (k & K.EXEC) !== 0 && (k & K.ROLE) !== 0 && s.word[j]!.w !== 'cxo';
  }
  return false;
}

/** A rank noun (head, director, lead, manager) right before word i in its segment, past linking words. */
export function rankNounBefore(s: Stream, i: number): boolean {
  let j = i - 1;
  for (; j >= 0 && sameSeg(s, j + 1); j--) {
    const w = s.word[j]!;
    if ((w.k & (K.CONNECT | K.SKIP)) !== 0 || (s.mark[j]! & M.NOISE) !== 0) continue;
    return isRankNoun(s, j);
  }
  // "Mgr, Product Management Payroll", "Sr. Dir, Product Marketing Benefits": career
  // sites write the rank first and the discipline after a comma, so the rank heads it there too.
  return j >= 0 && s.sep[j + 1] === Sep.COMMA && rankOnlyOpening(s, j);
}

function isRankNoun(s: Stream, j: number): boolean {
  const w = s.word[j]!;
  return (w.k & K.ROLE) !== 0 && (w.k & (K.EXEC | K.PERSON)) !== 0 && w.r !== 0;
}

/** Words 0..end are one segment of seniority words closed by a rank noun and its grade: "Senior Manager", "Manager II". */
function rankOnlyOpening(s: Stream, end: number): boolean {
  while (end > 0 && (s.word[end]!.k & K.GRADE) !== 0) end--;
  if (!isRankNoun(s, end)) return false;
  for (let x = 0; x < end; x++) {
    if (x > 0 && isBoundary(s.sep[x]!)) return false;
    const k = s.word[x]!.k;
    if ((k & K.SENIORITY) === 0 && (s.mark[x]! & M.NOISE) === 0) return false;
  }
  return true;
}

/**
 * Boards of Indonesia, Malaysia and the Philippines write "Staff" after a discipline for its rank
 * and file ("Product Marketing Staff", "Staff Produksi"), as US surveys write "program staff": the
 * team's employee, not the staff engineer's band 4. After a head noun it is still the grade, as
 * defence contractors' job codes write it ("Product Manager Staff"), and before the title or after
 * a comma ("Staff Product Manager", "Product Manager, Staff") too.
 */
export function staffAfter(s: Stream, j: number, sep: number): boolean {
  return sep === Sep.SPACE && s.word[j]!.w === 'staff' && (j + 1 >= s.n || isBoundary(s.sep[j + 1]!));
}
