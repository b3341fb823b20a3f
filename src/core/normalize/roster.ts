import { Sep, isBoundary } from './chars.js';
import { M, push, type Stream } from './stream.js';
import type { Tokens } from './tokenize.js';
import type { Vocabulary } from './vocabulary.js';
import { K } from './words.js';

/**
 * What rosters, people directories, hiring plans and meeting notes write around a title, read by
 * the stream builder (stream.ts): the person's manager named in the same cell ("reports to GPM",
 * "Manager: Lead Analyst"), requisition numbers ("Req 1042", "JR-1042"), and other jobs of a
 * product organisation written as shorthand at the start ("EM, Checkout", "EA to GPM").
 */

/**
 * "EM, Checkout", "EM II", "EA to GPM": the engineering manager and the assistants of product
 * teams, opening the title (elsewhere "em" is Portuguese "in": "Estágio em produto"). Pushes
 * their words and returns their kinds; 0 when the title does not open so.
 */
export function openingShorthand(s: Stream, t: Tokens, text: string, sep: number, depth: number, vocab: Vocabulary): number {
  if (text !== 'em' && text !== 'ea' && text !== 'pa') return 0;
  const role = openingRole(t, text);
  if (role === '') return 0;
  const parts = role === 'em' ? [vocab.canonical('engineering'), vocab.canonical('manager')] : [vocab.canonical('assistant')];
  let kinds = 0;
  for (let e = 0; e < parts.length; e++) {
    kinds |= parts[e]!.k;
    // The text goes with the head, which explanations quote ("another job (em)").
    push(s, parts[e]!, e === parts.length - 1 ? text : '', e === 0 ? sep : Sep.SPACE, depth, 0);
  }
  return kinds;
}

/**
 * The role a two-letter abbreviation opening the title names: 'em' for an engineering manager
 * followed by its team or grade ("EM, Checkout", "EM II - Payments"), 'assistant' for an EA or PA
 * "to" someone; '' otherwise.
 */
function openingRole(t: Tokens, text: string): string {
  const next = t.text[1]!;
  if (text !== 'em') return next === 'to' ? 'assistant' : '';
  const sep = t.sep[1]!;
  return isBoundary(sep) || next === 'i' || next === 'ii' || next === 'iii' || next === 'iv' ? 'em' : '';
}

/** A job word (a role, a product word, a product abbreviation) before word i. */
export function jobBefore(s: Stream, i: number): boolean {
  for (let j = 0; j < i; j++) if ((s.word[j]!.k & (K.ROLE | K.ANCHOR | K.ABBR)) !== 0) return true;
  return false;
}

/**
 * Marks words from..the end of the segment that word `from` opens or continues (a boundary at
 * `from` itself, the colon of a field, does not end it) as noise: they name the person's
 * manager. Returns the last word marked.
 */
export function boss(s: Stream, at: number, from: number): number {
  s.mark[at]! |= M.NOISE;
  let j = from;
  while (j < s.n && (j === from || !isBoundary(s.sep[j]!))) s.mark[j++]! |= M.NOISE;
  return j - 1;
}

/** The words before a requisition's number ("Req 1042", "JR-1042", "R-20931"). */
export const ID_WORDS: ReadonlySet<string> = new Set(['req', 'reqid', 'requisition', 'ref', 'id', 'jr', 'r', 'job', 'no']);

/** The words before "to" that name whom a person reports to, and the words before a manager field. */
export const REPORTS: ReadonlySet<string> = new Set(['reports', 'reporting', 'report']);
export const LINE_MANAGER: ReadonlySet<string> = new Set(['line', 'direct', 'reporting', 'people']);
