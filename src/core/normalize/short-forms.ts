import { Sep, isBoundary } from './chars.js';
import { remove, type Stream } from './stream.js';
import { UNKNOWN } from './words.js';

/** Words an expansion holds that its short form leaves out ("Dir Prod Ops (Director of Product Operations)"). */
const LINKS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', '&']);

/**
 * A short form of several words followed by its expansion in brackets, as O*NET's sample of
 * reported titles writes every title ("HR Manager (Human Resources Manager)"): "Sr PM (Senior
 * Product Manager)", "Prod Ops Dir (Product Operations Director)", "Digital Prod VP (Digital
 * Product Vice President)". The expansion settles what the short form leaves open ("PM" is a project manager
 * as often), so it takes the short form's place and leaves its brackets, as a one-word
 * abbreviation's does (stream.ts). Words before the short form in its segment stay ("Payments
 * Sr PM (Senior Product Manager)"). A bracket that is not the short form spelt out ("Sr PM
 * (Payments)", "Tech PM (Civil Works)") is left as it was.
 */
export function expandShortForms(s: Stream): void {
  for (let b = 2; b + 1 < s.n; b++) {
    if (s.sep[b] !== Sep.OPEN) continue;
    const d = s.depth[b - 1]!;
    if (s.depth[b]! <= d) continue;
    let end = b + 1;
    while (end < s.n && s.depth[end]! > d && s.sep[end] !== Sep.OPEN) end++;
    if (end - b < 2 || (end < s.n && s.depth[end]! > d)) continue;
    // Most brackets are no expansion ("(Remote)", "(m/w/d)"): an expansion starts with the
    // letter its short form starts with, so other brackets are passed over at once.
    const first = s.text[b]!.charCodeAt(0);
    // The shortest run of words before the bracket, within its segment, that the bracket spells out.
    for (let start = b - 2; start >= 0 && s.depth[start] === d && !isBoundary(s.sep[start + 1]!); start--) {
      if (s.text[start]!.charCodeAt(0) !== first || !fits(s, start, b, b, end)) continue;
      const sep = s.sep[start]!;
      for (let k = start; k < b; k++) remove(s, start);
      s.sep[start] = sep;
      for (let k = start; k < start + (end - b); k++) s.depth[k] = d;
      b = start;
      break;
    }
  }
}

/** Words i..iEnd, each written out by one or more of words j..jEnd, in order. */
function fits(s: Stream, i: number, iEnd: number, j: number, jEnd: number): boolean {
  if (i === iEnd) {
    while (j < jEnd && LINKS.has(s.text[j]!)) j++;
    return j === jEnd;
  }
  if (j === jEnd) return false;
  if (LINKS.has(s.text[j]!) && fits(s, i, iEnd, j + 1, jEnd)) return true;
  const a = s.text[i]!;
  const long = s.text[j]!;
  if (a === '' || long === '') return false;
  // The same word, or a short form the vocabulary reads as it ("Sr", "Mgr", "VP").
  if ((a === long || (s.word[i] !== UNKNOWN && s.word[i]!.id === s.word[j]!.id)) && fits(s, i + 1, iEnd, j + 1, jEnd)) return true;
  // A contraction of one word: "Snr", "Grp", "Ops", "Mktg", "Dev"; two letters only with the
  // word's first and last ("Sr", "Jr").
  if (a.length < long.length && a[0] === long[0] && (a.length > 2 || a[1] === long[long.length - 1]) && within(a, long) && fits(s, i + 1, iEnd, j + 1, jEnd)) return true;
  // Initials of two or more words: "PM", "NPD", "PD".
  if (a.length >= 2 && a.length <= 5) {
    let got = '';
    for (let k = j; k < jEnd && got.length < a.length; k++) {
      const t = s.text[k]!;
      if (t === '') return false;
      got += initialsOf(t);
      if (got.length >= 2 && got === a && fits(s, i + 1, iEnd, k + 1, jEnd)) return true;
      if (!a.startsWith(got)) return false;
    }
  }
  return false;
}

/** The first letter of a word's text, and of each word a pair joined into it ("vice president": "vp"). */
export function initialsOf(t: string): string {
  let got = t[0]!;
  for (let c = t.indexOf(' '); c !== -1 && c + 1 < t.length; c = t.indexOf(' ', c + 1)) got += t[c + 1];
  return got;
}

/** The letters of a, in order, within b. */
function within(a: string, b: string): boolean {
  let k = 0;
  for (let c = 0; c < b.length && k < a.length; c++) if (b[c] === a[k]) k++;
  return k === a.length;
}
