import { push, type Stream } from './stream.js';
import type { Vocabulary } from './vocabulary.js';
import { X } from './words.js';

/**
 * A language written in syllables with spaces between them (Vietnamese "sản phẩm", "quản lý",
 * "thực tập sinh"): when the last word pushed is a marked first syllable (X.SYLLABLE) and the
 * vocabulary knows it with `text` after it (written with "_"), the two become one word in the
 * stream. Returns the pair's kinds, or -1 when `text` is no next syllable (the caller pushes it).
 */
export function joinSyllable(s: Stream, text: string, vocab: Vocabulary): number {
  if (s.n === 0 || (s.word[s.n - 1]!.x & X.SYLLABLE) === 0) return -1;
  const prev = s.text[s.n - 1]!;
  const pair = vocab.get(`${prev.replaceAll(' ', '_')}_${text}`);
  if (pair === undefined) return -1;
  s.n--;
  push(s, pair, `${prev} ${text}`, s.sep[s.n]!, s.depth[s.n]!, 0);
  return pair.k;
}
