import type { Fact } from '../framework/schema.js';

/**
 * Matching facts by meaning, simply: two sentences say the same thing when their content words
 * (lower-cased, without stop words, reduced to a rough stem) overlap enough. No model, no
 * dictionary: predictable and explainable, good enough to pair "Owns the product roadmap" with
 * "Owning the roadmaps of several products".
 */

const STOP = new Set(
  `a about above across after again against all also an and any are as at be been before being below between both but by can could did do does doing down during each either etc every few for from further had has have having he her here hers him his how i if in into is it its itself just may might more most much must my no nor not of off on once only or other our ours out over own per same she should so some such than that the their theirs them then there these they this those through to too under until up upon us very via was we were what when where whether which while who whom why will with within without would you your
   product products team teams role roles work works working often usually typically several many one two new well way ways make makes making help helps helping turn turns turning keep keeps keeping take takes taking give gives giving get gets use uses using based rest rests need needs needed whole part parts level levels`.split(/\s+/),
);

/** British spellings folded to American ones before stemming ("prioritise" → "prioritize"). */
function americanize(w: string): string {
  return w.replace(/([iy])s(e|es|ed|ing|ation|ations)$/, '$1z$2').replace(/our$/, 'or').replace(/ogue$/, 'og');
}

const SUFFIXES = ['izations', 'ization', 'ations', 'ation', 'ements', 'ement', 'ments', 'ment', 'ities', 'ity', 'iness', 'ness', 'ically', 'ical', 'ings', 'ing', 'izes', 'ized', 'ize', 'ives', 'ive', 'ers', 'er', 'ies', 'ied', 'ic', 'es', 'ed', 'ly', 'al', 's', 'e', 'y'];

/** A rough stem: strips common suffixes (two at most) while at least three letters remain. */
export function stem(word: string): string {
  let w = americanize(word);
  for (let pass = 0; pass < 2; pass++) {
    const suffix = SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= 3 && !(s === 's' && w.endsWith('ss')));
    if (!suffix) break;
    w = w.slice(0, -suffix.length);
  }
  // "planning" → "plann" → "plan": collapse a doubled final consonant.
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ss|ll)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Words that mean the same here, folded to one stem after stemming. */
const SYNONYMS: Record<string, string> = {
  coach: 'mentor', guid: 'mentor', kpi: 'metr', user: 'custom', client: 'custom', direction: 'strateg',
  roadmapp: 'roadmap', prioritiz: 'priorit', prior: 'priorit', rank: 'priorit', analys: 'analyz', analysi: 'analyz', analy: 'analyz', analyt: 'analyz',
  hir: 'recruit', collaborat: 'collabor', partner: 'collabor',
};
/** Kept whole: stemming would merge them with a word of another meaning ("marketing" and "market"). */
const KEEP = new Set(['marketing', 'business', 'data', 'analytics']);

/** The set of content-word stems of a sentence. */
export function contentWords(text: string): Set<string> {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w));
  return new Set(words.map((w) => {
    const st = KEEP.has(w) ? w : stem(w);
    return SYNONYMS[st] ?? st;
  }));
}

/** How much each word counts: rare words (roadmap, mentor) more than common ones (manage, company). */
export type WordWeights = (word: string) => number;
const UNIFORM: WordWeights = () => 1;

/**
 * Inverse document frequency over a corpus of sentences: log(1 + N / df). Words not in the
 * corpus count as rare.
 */
export function wordWeights(corpus: string[]): WordWeights {
  const df = new Map<string, number>();
  for (const text of corpus) for (const w of contentWords(text)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = Math.max(corpus.length, 1);
  return (w) => Math.log(1 + n / (df.get(w) ?? 1));
}

/** Weighted Dice overlap of two sentences' content words: 1 for the same words, 0 for none in common. */
export function similarity(a: string, b: string, weights: WordWeights = UNIFORM): number {
  return dice(contentWords(a), contentWords(b), weights);
}

function dice(a: Set<string>, b: Set<string>, weight: WordWeights): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  let total = 0;
  for (const w of a) {
    const x = weight(w);
    total += x;
    if (b.has(w)) shared += x;
  }
  for (const w of b) total += weight(w);
  return (2 * shared) / total;
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

export interface FactPair {
  a: Fact;
  b: Fact;
  /** 0-1; 1 when both say it with the same content words. */
  similarity: number;
}
export interface FactMatch {
  /** In both, possibly reworded. */
  kept: FactPair[];
  /** Only in b: what the second role adds. */
  added: Fact[];
  /** Only in a: what the second role no longer has. */
  dropped: Fact[];
}

/** Above this overlap two facts are taken to say the same thing. */
export const SAME_MEANING = 0.3;
/** ... and share at least this many content words, so one shared rare word is not enough. */
export const MIN_SHARED_WORDS = 2;

/**
 * Pairs facts of two lists one-to-one, best overlap first; unpaired facts are added or dropped.
 * Deterministic: ties keep the lists' order.
 */
export function matchFacts(a: Fact[], b: Fact[], options: { threshold?: number; weights?: WordWeights } = {}): FactMatch {
  const threshold = options.threshold ?? SAME_MEANING;
  const weights = options.weights ?? UNIFORM;
  const wa = a.map((f) => contentWords(f.text));
  const wb = b.map((f) => contentWords(f.text));
  const pairs: { i: number; j: number; s: number }[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      const s = dice(wa[i]!, wb[j]!, weights);
      if (s >= threshold && sharedCount(wa[i]!, wb[j]!) >= MIN_SHARED_WORDS) pairs.push({ i, j, s });
    }
  }
  pairs.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const kept: FactPair[] = [];
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) continue;
    usedA.add(p.i);
    usedB.add(p.j);
    kept.push({ a: a[p.i]!, b: b[p.j]!, similarity: Math.round(p.s * 100) / 100 });
  }
  kept.sort((x, y) => a.indexOf(x.a) - a.indexOf(y.a));
  return {
    kept,
    added: b.filter((_, j) => !usedB.has(j)),
    dropped: a.filter((_, i) => !usedA.has(i)),
  };
}
