import { SCRIPT_PRODUCT } from './languages-cjk.js';
import { THAI_PRODUCT } from './languages-brahmic.js';
import { K, type Word } from './words.js';

/** Words that may not stand before the product word of a script compound, unless they are ranks. */
const NOT_BEFORE = K.ROLE | K.NONPROD | K.FUNCTION | K.MATERIAL | K.ANCHOR | K.EXEC;
/**
 * Before a head-first language's product word (Thai "ผู้จัดการผลิตภัณฑ์", manager of product): its
 * heads, disciplines, linking and skipped words, which stream.ts then puts into English order.
 */
const HEAD_FIRST = K.FOREIGN_PRE | K.DISC | K.SKIP | K.CONNECT;
const PRODUCTS: readonly string[] = [...SCRIPT_PRODUCT, ...THAI_PRODUCT];

/**
 * A compound of a script written without spaces ("高级产品经理", "プロダクトマネージャー",
 * "프로덕트매니저", the joined "продакт-менеджер"), read with the compound splitter that reads
 * German compounds (`split`, vocabulary.ts): parts from a product word to the end, after ranks or
 * areas ("高级", "数据", "AI"), or, before the product word of a head-first language (Thai), after its
 * heads and disciplines. Any other word before the product word (goods, another job:
 * "食品", "项目") leaves the compound unread, so a look-alike never becomes a product role.
 * Returns the parts, or null.
 */
export function scriptCompound(text: string, split: (text: string, min: number) => Word[] | null, get: (text: string) => Word | undefined): Word[] | null {
  // A Latin word written onto the end ("产品VP", "产品经理JD"): read as a word of its own when known.
  let end = text.length;
  while (end > 0 && isLatin(text.charCodeAt(end - 1))) end--;
  const last = end > 0 && end < text.length ? get(text.slice(end)) : undefined;
  if (last === undefined) end = text.length;
  for (const p of PRODUCTS) {
    const at = text.indexOf(p);
    if (at === -1 || at >= end) continue;
    const pieces = split(text.slice(at, end), 1);
    if (pieces === null) continue;
    if (last !== undefined) pieces.push(last);
    if (at === 0 && pieces.length < 2) continue;
    // Japanese "X の" (of X) before the role names its service or area ("決済のプロダクトマネージャー",
    // the product manager of payments): a qualifier, read only to keep goods and other jobs out
    // ("食品の", "生産の"); unknown words there (a service's name) are passed over.
    const of = text.lastIndexOf('\u306e', at - 1);
    const from = of === -1 ? 0 : of + 1;
    if (of > 0) {
      const q = get(text.slice(0, of)) ?? null;
      const qs = q !== null ? [q] : split(text.slice(0, of), 1);
      if (qs !== null && qs.some((w) => (w.k & K.SENIORITY) === 0 && (w.k & NOT_BEFORE) !== 0)) continue;
    }
    if (at > from) {
      const one = get(text.slice(from, at));
      const before = one !== undefined ? [one] : split(text.slice(from, at), 1);
      const headFirst = (pieces[0]!.k & K.FOREIGN) !== 0;
      if (before === null || before.some((w) => (w.k & K.SENIORITY) === 0 && (w.k & NOT_BEFORE) !== 0 && !(headFirst && (w.k & HEAD_FIRST) !== 0 && ((w.k & K.DISC) !== 0 || (w.k & (K.NONPROD | K.FUNCTION)) === 0)))) continue;
      pieces.unshift(...before);
    }
    return pieces;
  }
  return early(text, split);
}

/**
 * A compound of ranks and hiring talk only, without a product word: the internship or intake an
 * early-career board names before the job ("暑期实习生", summer intern; "長期インターン", long-term
 * intern; "新卒採用", new-graduate hiring), read as its parts. Any other part leaves it unread.
 */
function early(text: string, split: (text: string, min: number) => Word[] | null): Word[] | null {
  const pieces = split(text, 2);
  if (pieces === null || !pieces.every((w) => (w.k & (K.SENIORITY | K.NOISE)) !== 0)) return null;
  return pieces;
}

/** A folded Latin letter or digit. */
function isLatin(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}
