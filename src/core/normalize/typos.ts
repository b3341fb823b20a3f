/**
 * Typos of one or two letters in the words that decide a title ("Prodcut Manger").
 *
 * Only words the lexicon does not know are corrected, and only to a short list of key words,
 * so a real word is never bent into another ("produce", "markets", "managed" are known words).
 * The distance is optimal string alignment: a swap of two neighbours counts as one edit.
 * Key words up to 8 letters take one edit, longer ones two; the first letter must match
 * (or be swapped with the second), and words under 5 letters are never corrected.
 */

/** The words typos are corrected to. */
export const TYPO_TARGETS: readonly string[] = [
  'product',
  'products',
  'manager',
  'management',
  'marketing',
  'owner',
  'analyst',
  'analytics',
  'operations',
  'director',
  'senior',
  'principal',
  'associate',
  'assistant',
  'president',
  'technical',
  'development',
  'strategy',
  'junior',
  'executive',
  'officer',
  'specialist',
  'coordinator',
  'consultant',
  'intern',
  'internship',
  'strategist',
];

/**
 * Real words within a typo's distance of a key word. They are known, so never corrected.
 * Collected by running the corrector over the vocabulary of the raw title files.
 */
export const NOT_TYPOS: readonly string[] = [
  'managed', 'manage', 'manages', 'managerial', 'market', 'markets', 'marking', 'marketeer', 'marketed',
  'owned', 'owns', 'analyse', 'analyze', 'analysed', 'analyzed', 'analytic', 'analytical', 'analysts', 'direct', 'directs',
  'directed', 'detector', 'operational', 'operating', 'operator', 'operators', 'principles', 'associated', 'assistance',
  'assisting', 'precedent', 'execute', 'executed', 'executor', 'office', 'offices', 'official', 'officials', 'specialise',
  'specialize', 'specialism', 'consulting', 'consultancy', 'inter', 'internal', 'interns', 'interim', 'produce', 'produced',
  'produces', 'producer', 'protects', 'predicts', 'juniors', 'senior', 'seniors', 'senor', 'coordinating', 'coordination',
  'strategic', 'strategies', 'technician', 'technicals', 'developed', 'developer', 'developing', 'presidents', 'residents',
  'analysis', 'analyses', 'sensor', 'sensors', 'directory', 'execution', 'executions', 'present', 'presents', 'presented',
  'prudent', 'products', 'intent', 'inters', 'internet', 'internist', 'interned', 'intercom', 'interpreter',
];

// Scratch rows for the distance, reused (the normalizer is synchronous).
const ROW_A = new Int32Array(64);
const ROW_B = new Int32Array(64);
const ROW_C = new Int32Array(64);

/** Optimal string alignment distance, giving up (returning max+1) once it exceeds max. */
export function osaDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la >= 63 || lb >= 63) return max + 1;
  let prev2 = ROW_A;
  let prev = ROW_B;
  let cur = ROW_C;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = prev[j - 1]! + cost;
      const del = prev[j]! + 1;
      if (del < v) v = del;
      const ins = cur[j - 1]! + 1;
      if (ins < v) v = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const t = prev2[j - 2]! + 1;
        if (t < v) v = t;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const tmp = prev2;
    prev2 = prev;
    prev = cur;
    cur = tmp;
  }
  return prev[lb]!;
}

/** The key word a misspelt word stands for, or null. */
export function correctTypo(word: string): string | null {
  const len = word.length;
  if (len < 4 || len > 14) return null;
  const c0 = word.charCodeAt(0);
  const c1 = word.charCodeAt(1);
  let best: string | null = null;
  let bestD = 3;
  for (let t = 0; t < TYPO_TARGETS.length; t++) {
    const target = TYPO_TARGETS[t]!;
    const tl = target.length;
    const max = tl >= 9 ? 2 : 1;
    if (len < tl - max || len > tl + max) continue;
    if (len === 4 && tl !== 5) continue;
    const t0 = target.charCodeAt(0);
    if (c0 !== t0 && !(c1 === t0 && c0 === target.charCodeAt(1))) continue;
    const d = osaDistance(word, target, max);
    if (d <= max && d < bestD) {
      best = target;
      bestD = d;
      if (d === 1) break;
    }
  }
  return best;
}
