import { Sep, isBoundary } from './chars.js';
import type { Phrase } from './phrase-model.js';
import { M, type Stream } from './stream.js';
import { Fam, K, type Word } from './words.js';

/**
 * What the words around a product phrase say: the family a head gives, another function
 * joined to it, the product organisation served, a bank's product line, a manager of goods.
 */

/** Person nouns that head a product title, and the family they give after "product". */
export function headFamily(w: string): Fam | -1 {
  switch (w) {
    case 'manager':
    case 'strategist':
    case 'lead':
    case 'leader':
    case 'director':
    case 'head':
    case 'vp':
    case 'svp':
    case 'evp':
    case 'intern':
    case 'principal':
    case 'founder':
    case 'president':
      return Fam.PM;
    case 'owner':
      return Fam.PO;
    case 'analyst':
      return Fam.AN;
    case 'marketer':
      return Fam.PMM;
    default:
      return -1;
  }
}

/**
 * "& Engineering", "and Design", "/ Data", "& Systems Engineering" from j to the end of the
 * segment: a coordinator, then words that end with a function or discipline (not goods:
 * "Consumer Products and the Performance Materials").
 */
export function jointFunction(s: Stream, j: number): boolean {
  if (j >= s.n || isBoundary(s.sep[j]!)) return false;
  if ((s.word[j]!.k & K.COORD) === 0 && s.sep[j] !== Sep.AMP && s.sep[j] !== Sep.SLASH) return false;
  let last = -1;
  for (let x = (s.word[j]!.k & K.COORD) !== 0 ? j + 1 : j; x < s.n && !isBoundary(s.sep[x]!); x++) {
    if ((s.mark[x]! & M.NOISE) === 0 && (s.word[x]!.k & K.SKIP) === 0) last = x;
  }
  if (last === -1) return false;
  const k = s.word[last]!.k;
  if ((k & K.MATERIAL) !== 0) return false;
  return (k & (K.FUNCTION | K.DISC)) !== 0 || ((k & K.NONPROD) !== 0 && (k & K.ROLE) === 0);
}

/** An engineering function word among the words [from, to). */
export function engineeringIn(s: Stream, from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (s.word[x]!.adj === 'engineering' && (s.word[x]!.k & (K.FUNCTION | K.NONPROD)) !== 0) return true;
  return false;
}

/** Heads that make a product development phrase a manager's job, not an engineer's. */
export function devHeadOk(w: string): boolean {
  return (
    w === 'manager' || w === 'director' || w === 'head' || w === 'lead' || w === 'leader' || w === 'executive' || w === 'vp' || w === 'svp' || w === 'evp' ||
    w === 'associate' || w === 'analyst' || w === 'coordinator' || w === 'consultant' || w === 'intern' || w === 'specialist' || w === 'principal' || w === 'strategist'
  );
}

export const ENGINEERING_OR_DESIGN: ReadonlySet<string> = new Set(['engineering', 'product-design']);

/** The index of an "of" left of j (same segment) that follows an executive or a manager, or -1. */
export function ofHead(s: Stream, j: number): number {
  for (let k = j - 1; k > 0 && !isBoundary(s.sep[k + 1]!); k--) {
    if (s.word[k]!.w !== 'of') continue;
    const h = s.word[k - 1]!;
    if (!isBoundary(s.sep[k]!) && ((h.k & K.EXEC) !== 0 || h.w === 'manager')) return k;
    return -1;
  }
  return -1;
}

export function prevWord(s: Stream, i: number): Word | null {
  for (let j = i - 1; j >= 0; j--) {
    if (isBoundary(s.sep[j + 1]!)) return null;
    if ((s.mark[j]! & M.NOISE) !== 0 || (s.word[j]!.k & K.SKIP) !== 0) continue;
    return s.word[j]!;
  }
  return null;
}

export function nextWord(s: Stream, i: number): Word | null {
  for (let j = i + 1; j < s.n; j++) {
    if (isBoundary(s.sep[j]!) && s.sep[j] !== Sep.SLASH) return null;
    if ((s.mark[j]! & M.NOISE) !== 0 || (s.word[j]!.k & K.SKIP) !== 0) continue;
    return s.word[j]!;
  }
  return null;
}

export function hasWord(s: Stream, w: string): boolean {
  for (let j = 0; j < s.n; j++) if (s.word[j]!.w === w) return true;
  return false;
}

const PRODUCT_PEOPLE = new Set(['team', 'teams', 'managers', 'org', 'orgs', 'organization', 'organisation', 'organizations', 'organisations', 'leaders', 'owners']);
const PROCESS_WORDS = new Set(['governance', 'process', 'processes', 'tooling', 'coe']);

/** productOrgCue(): product teams, managers or the product org named, or "excellence". */
export const ORG_PEOPLE = 1;
/** productOrgCue(): process, governance or tooling words. */
const ORG_PROCESS = 2;
export const ORG_ANY = ORG_PEOPLE | ORG_PROCESS;

/**
 * Does the title say that its work serves the product organisation? Product teams, managers or
 * the product org named ("... (for product teams)") or "excellence" say so for success,
 * delivery and enablement work; process, governance or tooling words only for delivery
 * ("Head of Product Delivery, Tooling & Rituals"). Then that work is product operations.
 */
export function productOrgCue(s: Stream): number {
  let cue = 0;
  for (let i = 0; i < s.n; i++) {
    if ((s.mark[i]! & M.ORG) !== 0) continue;
    const w = s.word[i]!;
    if (w.w === 'excellence') cue |= ORG_PEOPLE;
    else if (PROCESS_WORDS.has(s.text[i]!)) cue |= ORG_PROCESS;
    else if ((w.k & K.ANCHOR) !== 0 && i + 1 < s.n && !isBoundary(s.sep[i + 1]!) && PRODUCT_PEOPLE.has(s.text[i + 1]!)) cue |= ORG_PEOPLE;
  }
  return cue;
}

/**
 * "Risk Products", "Credit Products", "Treasury Products": a bank's product line, named by the
 * word right before "products" (so "Director, Risk Products" heads product, not risk).
 */
export function productLine(s: Stream, j: number, anchor: number): boolean {
  if (j !== anchor - 1 || s.text[anchor] !== 'products' || isBoundary(s.sep[anchor]!)) return false;
  const w = s.word[j]!;
  return (w.k & K.FINSERV) !== 0 || w.w === 'risk' || s.text[j] === 'treasury';
}

/**
 * "Senior Manager Product", "Manager of Sensor Product Line", "Senior Manager Consumer Products":
 * the manager manages product. Not "Branch Manager Roofing Products" or "Sales Manager Label
 * Products": another job word before the manager, or an area between it and "products" that is
 * not a product area.
 */
export function managerOfProduct(s: Stream, p: Phrase, anchor: number): boolean {
  let of = false;
  for (let j = p.exec + 1; j < anchor; j++) {
    if ((s.mark[j]! & M.NOISE) !== 0) continue;
    const k = s.word[j]!.k;
    if ((k & K.CONNECT) !== 0 && j === p.exec + 1) of = true;
    // "Manager of Sales, Bank Products", "менеджер по продажам продуктов": the function is what
    // the manager runs; the products are what it sells or makes.
    else if (of && (k & (K.FUNCTION | K.NONPROD)) !== 0) return false;
    if (of || (k & (K.CONNECT | K.SKIP | K.SENIORITY | K.PM_CUE | K.FINSERV)) !== 0) continue;
    return false;
  }
  for (let j = p.start - 1; j >= 0 && !isBoundary(s.sep[j + 1]!); j--) {
    if ((s.mark[j]! & M.NOISE) !== 0 || (s.word[j]!.k & (K.SKIP | K.SENIORITY)) !== 0) continue;
    return (s.word[j]!.k & K.COORD) !== 0;
  }
  return true;
}
