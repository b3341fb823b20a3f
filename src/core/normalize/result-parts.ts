import type { ExplanationPart } from './result.js';

/**
 * Parts that are the same in many results are made once, frozen and shared: most titles are
 * not product roles, and building their results' empty lists and fixed explanation parts
 * anew was a large share of reading them. Results are values: read them, don't change them.
 */
export const EMPTY: readonly never[] = Object.freeze([]);

/** One part of an explanation: the words that decided it and the rule. */
export function part(words: readonly string[], rule: string): ExplanationPart {
  return { words, rule };
}

const FIXED_PARTS = new Map<string, ExplanationPart>();

/** The one frozen explanation part of a rule that names no words ("not a product role"). */
export function fixedPart(rule: string): ExplanationPart {
  let p = FIXED_PARTS.get(rule);
  if (p === undefined) FIXED_PARTS.set(rule, (p = Object.freeze({ words: EMPTY, rule })));
  return p;
}
