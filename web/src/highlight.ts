/**
 * The normalizer's explanation names the words that decided the match. These helpers find
 * those words in whatever shape the explanation takes (text with quoted words, a list, or an
 * object with word lists) and locate them in the title, for highlighting.
 */

const WORD_KEYS = /word|token|phrase|match|decid|signal|cue|keyword|term/i;

export function decidingWords(explanation: unknown): string[] {
  const out = new Set<string>();
  const add = (s: string) => {
    const t = s.trim();
    if (t && t.length <= 60) out.add(t);
  };
  const quoted = (s: string) => {
    for (const m of s.matchAll(/["“”]([^"“”]{1,60})["“”]|(?:^|[\s(:,])['‘]([^'‘’]{1,60})['’](?=$|[\s),.:;])/g)) add(m[1] ?? m[2] ?? '');
  };
  const visit = (x: unknown, wordy: boolean, depth: number) => {
    if (depth > 5 || x === null || x === undefined) return;
    if (typeof x === 'string') {
      if (wordy) add(x);
      else quoted(x);
    } else if (Array.isArray(x)) x.forEach((v) => visit(v, wordy, depth + 1));
    else if (typeof x === 'object') {
      for (const [k, v] of Object.entries(x as Record<string, unknown>)) visit(v, wordy || WORD_KEYS.test(k), depth + 1);
    }
  };
  visit(explanation, false, 0);
  return [...out];
}

export interface Reason {
  aspect: string;
  words: string[];
  rule: string;
}

/**
 * The normalizer's structured explanation — `{ family: { words, rule }, level: {…}, track: {…}, text }` —
 * as one row per aspect; empty for any other shape.
 */
export function explanationReasons(explanation: unknown): Reason[] {
  if (!explanation || typeof explanation !== 'object' || Array.isArray(explanation)) return [];
  const out: Reason[] = [];
  for (const [aspect, v] of Object.entries(explanation as Record<string, unknown>)) {
    if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
    const o = v as Record<string, unknown>;
    if (typeof o.rule !== 'string') continue;
    out.push({ aspect, words: Array.isArray(o.words) ? o.words.filter((w): w is string => typeof w === 'string') : [], rule: o.rule });
  }
  return out;
}

/** The explanation as readable sentences. */
export function explanationLines(explanation: unknown): string[] {
  if (explanation === null || explanation === undefined) return [];
  if (typeof explanation === 'string') return [explanation];
  if (Array.isArray(explanation)) return explanation.flatMap((e) => (typeof e === 'string' ? [e] : explanationLines(e)));
  if (typeof explanation === 'object') {
    const o = explanation as Record<string, unknown>;
    for (const k of ['text', 'summary', 'message', 'reason', 'because']) if (typeof o[k] === 'string') return [o[k] as string, ...explanationLines(o.steps ?? o.reasons ?? null)];
    for (const k of ['steps', 'reasons', 'rules', 'notes']) if (Array.isArray(o[k])) return explanationLines(o[k]);
  }
  return [];
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** Splits `title` into marked and unmarked parts: each deciding word, case-insensitive, at word boundaries. */
export function highlight(title: string, words: string[]): Segment[] {
  const ranges: [number, number][] = [];
  const lower = title.toLowerCase();
  for (const w of words) {
    const needle = w.toLowerCase();
    if (!needle) continue;
    let from = 0;
    for (;;) {
      const i = lower.indexOf(needle, from);
      if (i < 0) break;
      const before = i === 0 || !/[\p{L}\p{N}]/u.test(lower[i - 1]!);
      const after = i + needle.length >= lower.length || !/[\p{L}\p{N}]/u.test(lower[i + needle.length]!);
      if (before && after) ranges.push([i, i + needle.length]);
      from = i + 1;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    // Overlapping words, and words only a space apart, make one highlight.
    if (last && (r[0] <= last[1] || /^\s+$/.test(title.slice(last[1], r[0])))) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) out.push({ text: title.slice(at, s), mark: false });
    out.push({ text: title.slice(s, e), mark: true });
    at = e;
  }
  if (at < title.length) out.push({ text: title.slice(at), mark: false });
  return out;
}
