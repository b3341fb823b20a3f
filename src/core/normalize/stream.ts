import { Sep, isBoundary } from './chars.js';
import { readEarlyCareer, readStage } from './early-career.js';
import { GENDER_ENDINGS } from './languages.js';
import { HYPHEN_PREFIXES } from './lexicon.js';
import { joinPairs } from './pairs.js';
import { markNoise } from './noise.js';
import { ID_WORDS, openingShorthand } from './roster.js';
import { foreignOrder, innerBracket } from './word-order.js';
import { expandShortForms, initialsOf } from './short-forms.js';
import { joinSyllable } from './syllables.js';
import { MAX_TOKENS, TF, type Tokens } from './tokenize.js';
import { K, UNKNOWN, X, type Word } from './words.js';
import type { Vocabulary } from './vocabulary.js';

/** Marks on a word of the stream. */
export const M = {
  /** Says nothing about the job (noise word, time, pay, id, gender tag). */
  NOISE: 1,
  /** Inside a qualifier ("with ... experience", "for ..."): not the job itself. */
  QUAL: 2,
  /** After "at"/"@": the employer. */
  ORG: 4,
  /** After "to (the)": the person served ("Assistant to the CPO"). */
  SERVED: 8,
  /** A time of day ("3PM", "PM shift"). */
  TIME: 16,
  /** Inside brackets. */
  BRACKET: 32,
} as const;

const CAP = MAX_TOKENS * 2;

/** The words of a title, resolved, with their separators, segments and marks. */
export interface Stream {
  n: number;
  word: Word[];
  /** The folded surface text, for explanations and the area. */
  text: string[];
  sep: Uint8Array;
  depth: Uint8Array;
  mark: Uint8Array;
  /** Segment index: segments are split by commas, spaced dashes, colons, pipes and brackets. */
  seg: Uint8Array;
  /** A small number written as a grade ("Engineer 2"), else 0. */
  num: Uint8Array;
  /** A level code such as "L5" or "IC4": the letters in code, the number in num. */
  code: string[];
  /** How many segments. */
  segs: number;
  /** The kinds of all its words, or-ed. */
  kinds: number;
  /** Any word was a corrected typo. */
  typos: number;
}

export function createStream(): Stream {
  return {
    n: 0,
    word: new Array<Word>(CAP).fill(UNKNOWN),
    text: new Array<string>(CAP).fill(''),
    sep: new Uint8Array(CAP),
    depth: new Uint8Array(CAP),
    mark: new Uint8Array(CAP),
    seg: new Uint8Array(CAP),
    num: new Uint8Array(CAP),
    code: new Array<string>(CAP).fill(''),
    segs: 0,
    kinds: 0,
    typos: 0,
  };
}

/** Appends a word; its segment is counted here (segment() counts again after words moved). */
export function push(s: Stream, word: Word, text: string, sep: number, depth: number, mark: number): void {
  if (s.n >= CAP) return;
  const i = s.n++;
  s.word[i] = word;
  s.text[i] = text;
  s.sep[i] = sep;
  s.depth[i] = depth;
  s.mark[i] = mark;
  s.num[i] = 0;
  s.code[i] = '';
  if (i === 0) s.seg[0] = 0;
  else {
    const b = isBoundary(sep) ? 1 : 0;
    s.seg[i] = Math.min(255, s.seg[i - 1]! + b);
    s.segs += b;
  }
}

/** The known word after a year's digits ("2028届校园招聘" -> "届校园招聘"), or null. */
function cohortWord(text: string, vocab: Vocabulary): Word | null {
  let j = 0;
  while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j === 0 || j === text.length || text.charCodeAt(j) < 0x2e80) return null;
  const w = vocab.resolve(text.slice(j));
  return w === UNKNOWN ? null : w;
}

/** Classifies a word with digits: a grade number, a level code (L5, IC4), a time (3pm), or noise. */
/** The code of a number written after "#": a count, not a level code. */
export const COUNT = '#';

function digits(s: Stream, i: number, text: string, flags: number): void {
  // "#2", "# 3": an opening's or a requisition's number, never a grade nor an hour (code "#").
  if ((flags & TF.HASH) !== 0) {
    s.code[i] = COUNT;
    s.mark[i]! |= M.NOISE;
    return;
  }
  if ((flags & TF.NUMBER) !== 0) {
    if (text.length <= 2) {
      const v = Number(text);
      if (v >= 1 && v <= 12) s.num[i] = v;
    }
    s.mark[i]! |= M.NOISE;
    return;
  }
  // letters then digits: "l5", "ic4", "m2", "p4"; digits then letters: "3pm", "2nd", "170k".
  let k = 0;
  while (k < text.length && text.charCodeAt(k) >= 97 && text.charCodeAt(k) <= 122) k++;
  if (k > 0 && k <= 2) {
    let allDigits = k < text.length;
    for (let j = k; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c < 48 || c > 57) allDigits = false;
    }
    if (allDigits && text.length - k <= 2) {
      s.code[i] = text.slice(0, k);
      s.num[i] = Number(text.slice(k));
    }
  } else if (k === 0) {
    let j = 0;
    while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    const rest = text.slice(j);
    // "2x PM", "3x Prod Analyst": a hiring plan's count of openings, never an hour ("2x" is no "2 PM").
    if (rest === 'x' && j > 0) s.code[i] = COUNT;
    else if (rest === 'am' || rest === 'pm' || rest === 'a' || rest === 'p') s.mark[i]! |= M.TIME;
  }
  s.mark[i]! |= M.NOISE;
}

/**
 * Builds the stream: resolves every word, joins hyphenated compounds, splits one-word
 * compounds, puts Romance-order titles into English order, and marks noise, times, gender
 * tags, qualifiers, employers and segments.
 */
export function buildStream(t: Tokens, vocab: Vocabulary, s: Stream): Stream {
  s.n = 0;
  s.typos = 0;
  s.segs = 0;
  let kinds = 0;
  /** Words were joined, moved or changed after push(): segments and kinds are counted again. */
  let changed = false;
  let open = false;
  let bracket = false;
  let at = false;
  let stage = false;
  let early = false;
  /** A first syllable of a syllable-written language was met: pairs may follow. */
  let syllable = false;
  let field = false;
  for (let r = 0; r < t.n; r++) {
    let text = t.text[r]!;
    let sep = t.sep[r]!;
    if (sep >= Sep.COLON) {
      if (sep === Sep.OPEN) open = true;
      else if (sep === Sep.AT) at = true;
      // "Manager: GPM Search": a directory export's field naming whom the person reports to.
      else if (sep === Sep.COLON && s.n > 1 && s.word[s.n - 1]!.w === 'manager') field = true;
      // "Promotion: Senior PM to Staff PM", "Promotion case: PO II": the field of a promotion case,
      // no marketing job.
      else if (sep === Sep.COLON && s.n > 0 && s.n <= 2 && s.text[0] === 'promotion') for (let j = 0; j < s.n; j++) s.mark[j]! |= M.NOISE;
      // "Senior PM, group::billing", "PM (Group: Risk)": the team's label in a handbook or an
      // issue tracker, a field's name after the job, not the rank of a group product manager.
      else if (sep === Sep.COLON && s.n > 1 && s.word[s.n - 1]!.w === 'group' && isBoundary(s.sep[s.n - 1]!)) s.mark[s.n - 1]! |= M.NOISE;
    }
    if (t.depth[r]! > 0) bracket = true;
    const flags = t.flags[r]!;
    const depth = t.depth[r]!;
    // (The tail of a split compound has no text: "Produktmarketing-Manager" keeps its parts.)
    // "Co-PO", "Co-Product Manager", "Co-Head of Product": a role shared by two people is that
    // role, as "Co PM" written with a space reads; "co" is dropped and the role read on.
    if (sep === Sep.HYPHEN && s.n > 0 && s.text[s.n - 1] === 'co' && vocab.get('co' + text) === undefined && ((t.word[r] ?? vocab.resolve(text)).k & (K.ROLE | K.ABBR | K.PROD | K.ANCHOR | K.EXEC)) !== 0) {
      changed = true;
      s.n--;
      sep = s.sep[s.n]!;
    } else if (sep === Sep.HYPHEN && s.n > 0 && s.text[s.n - 1] !== '') {
      // "co-founder" -> "cofounder" when known; "non-tech" -> one unknown word.
      const prev = s.text[s.n - 1]!;
      const joined = prev + text;
      const known = vocab.get(joined);
      if (known !== undefined || HYPHEN_PREFIXES.has(prev)) {
        changed = true;
        s.n--;
        const w = known ?? vocab.resolve(joined);
        kinds |= w.k;
        if ((w.x & X.EXPAND) !== 0) {
          // A compound joined at its hyphen ("продакт-менеджер"): read as its parts.
          const parts = w.expand!;
          const sep0 = s.sep[s.n]!;
          const depth0 = s.depth[s.n]!;
          for (let e = 0; e < parts.length; e++) {
            kinds |= parts[e]!.k;
            push(s, parts[e]!, e === 0 ? joined : '', e === 0 ? sep0 : Sep.SPACE, depth0, 0);
          }
          continue;
        }
        push(s, w, joined, s.sep[s.n]!, s.depth[s.n]!, 0);
        continue;
      }
      // "Product-Manager", "Produkt-Owner", "Product-Marketing": German and Dutch titles join the
      // product word to the job with a hyphen; elsewhere a tight hyphen separates ("Manager-Data").
      // So does the product shorthand in meeting notes and chat ("PM-Lead", "Prod-Ops Manager").
      sep = (s.word[s.n - 1]!.k & (K.ANCHOR | K.ABBR | K.PROD)) !== 0 && ((t.word[r] ?? vocab.resolve(text)).k & (K.ROLE | K.DISC)) !== 0 ? Sep.SPACE : Sep.DASH;
    }
    // Only once a first syllable was met, so that other titles pay nothing (syllables.ts).
    if (syllable && sep === Sep.SPACE) {
      const k = joinSyllable(s, text, vocab);
      if (k !== -1) {
        changed = true;
        kinds |= k;
        continue;
      }
    }
    if ((flags & TF.DIGIT) !== 0) {
      // "2028届校园招聘", "28卒": the cohort's year written onto a Chinese, Japanese or Korean word
      // (scripts written without spaces): the word is read, the year is noise.
      if (text.charCodeAt(text.length - 1) >= 0x2e80) {
        const w = cohortWord(text, vocab);
        if (w !== null) {
          changed = true;
          const parts = (w.x & X.EXPAND) !== 0 ? w.expand! : [w];
          for (let e = 0; e < parts.length; e++) {
            kinds |= parts[e]!.k;
            push(s, parts[e]!, e === 0 ? text : '', e === 0 ? sep : Sep.SPACE, depth, 0);
          }
          continue;
        }
      }
      push(s, UNKNOWN, text, sep, depth, 0);
      digits(s, s.n - 1, text, flags);
      // "Req 1042", "JR-1042", "R-20931": a requisition's number, never an hour before a "PM".
      // The word is part of the id ("JR" there is no junior).
      if (text.length >= 3 && s.n > 1 && (flags & TF.NUMBER) !== 0 && ID_WORDS.has(s.text[s.n - 2]!)) {
        s.code[s.n - 1] = COUNT;
        s.mark[s.n - 2]! |= M.NOISE;
      }
      // "PM2", "PO3": a role abbreviation with its grade written on; read as "PM 2". The grade
      // keeps no text of its own, so no number is read after the "PM": an hour is written before
      // it, and "PM3-2207" is a job code, not "PM 3-11".
      const at = s.n - 1;
      if (s.num[at]! >= 1 && s.num[at]! <= 5 && GRADED.has(s.code[at]!) && s.n < CAP) {
        const abbr = vocab.canonical(s.code[at]!);
        const v = s.num[at]!;
        kinds |= abbr.k;
        set(s, at, abbr, s.code[at]!, sep, depth);
        push(s, UNKNOWN, '', Sep.SPACE, depth, M.NOISE);
        s.num[s.n - 1] = v;
      }
      continue;
    }
    // "EM, Checkout", "EA to GPM": other jobs of product teams written as shorthand.
    if (r === 0 && text.length === 2 && t.n > 1) {
      const k = openingShorthand(s, t, text, sep, depth, vocab);
      if (k !== 0) {
        kinds |= k;
        changed = true;
        continue;
      }
    }
    const w = t.word[r] ?? vocab.resolve(text);
    kinds |= w.k;
    const mark = (flags & (TF.HASH | TF.MONEY)) !== 0 ? M.NOISE : 0;
    const x = w.x;
    if (x !== 0) {
      if ((x & X.TYPO) !== 0) s.typos++;
      if ((x & X.STAGE) !== 0) stage = true;
      if ((x & X.EARLY) !== 0) early = true;
      if ((x & X.SYLLABLE) !== 0) syllable = true;
      if ((x & X.EXPAND) !== 0) {
        const parts = w.expand!;
        for (let e = 0; e < parts.length; e++) {
          kinds |= parts[e]!.k;
          push(s, parts[e]!, e === 0 ? text : '', e === 0 ? sep : Sep.SPACE, depth, mark);
        }
        continue;
      }
    }
    if ((flags & TF.DOTTED) !== 0 && w === UNKNOWN) text = text.toLowerCase();
    if (sep === Sep.SLASH && s.n > 0 && GENDER_ENDINGS.has(text)) {
      // "Becario/a Product Owner": the ending belongs to the word before; nothing is coordinated.
      push(s, w, text, Sep.SPACE, depth, M.NOISE);
      continue;
    }
    push(s, w, text, sep, depth, mark);
  }
  if ((kinds & K.FOREIGN) !== 0) {
    foreignOrder(s, vocab);
    changed = true;
  }
  if ((kinds & K.PAIR) !== 0) {
    joinPairs(s, vocab);
    changed = true;
  }
  if (open) {
    expandAbbreviations(s);
    seriesBracket(s);
    innerBracket(s, CAP);
    changed = true;
  }
  // Most titles have no bracket, no "@" and no noise, linking or time word: nothing to mark.
  if (bracket || at || field || (kinds & (K.NOISE | K.AT | K.TO | K.QUALIFIER | K.TIME)) !== 0) markNoise(s, field);
  if (stage) {
    readStage(s, vocab);
    changed = true;
  }
  // Only a word that changed needs the kinds counted again; marks do not.
  if (early && readEarlyCareer(s, vocab)) changed = true;
  if (changed) segment(s);
  else {
    s.segs = s.n === 0 ? 0 : s.segs + 1;
    s.kinds = kinds;
  }
  return s;
}

/** Only noise (a year, "(Remote)") follows word i in its segment. */
export function closesSegment(s: Stream, i: number): boolean {
  for (let j = i + 1; j < s.n && !isBoundary(s.sep[j]!); j++) if ((s.mark[j]! & M.NOISE) === 0) return false;
  return true;
}

export function set(s: Stream, i: number, w: Word, text: string, sep: number, depth: number): void {
  s.word[i] = w;
  s.text[i] = text;
  s.sep[i] = sep;
  s.depth[i] = depth;
  s.mark[i] = 0;
  s.num[i] = 0;
  s.code[i] = '';
}

export function copy(s: Stream, to: number, from: number): void {
  s.word[to] = s.word[from]!;
  s.text[to] = s.text[from]!;
  s.sep[to] = s.sep[from]!;
  s.depth[to] = s.depth[from]!;
  s.mark[to] = s.mark[from]!;
  s.num[to] = s.num[from]!;
  s.code[to] = s.code[from]!;
}

/** Two-letter role abbreviations written with their grade in one word ("PM2", "PO3"). */
const GRADED: ReadonlySet<string> = new Set(['pm', 'po']);

export function remove(s: Stream, i: number): void {
  for (let k = i; k < s.n - 1; k++) copy(s, k, k + 1);
  s.n--;
}

/**
 * An abbreviation followed by its expansion in brackets ("Sr. TPM (Technical Product Manager)",
 * "PMM (Product Marketing Manager)", "PM (Project Manager)"): the expansion settles it, so it
 * takes the abbreviation's place and leaves its brackets. So does a short form of several words
 * (short-forms.ts).
 */
function expandAbbreviations(s: Stream): void {
  for (let i = 0; i + 2 < s.n; i++) {
    if (s.sep[i + 1] !== Sep.OPEN) continue;
    const abbr = s.text[i]!;
    if (abbr.length < 2 || abbr.length > 5) continue;
    const d = s.depth[i]!;
    let end = i + 1;
    let initials = '';
    for (; end < s.n && s.depth[end]! > d; end++) {
      if (end > i + 1 && s.sep[end] === Sep.OPEN) break;
      const t = s.text[end]!;
      // A word of another script, and each part of a compound ("PM (プロダクトマネージャー)",
      // "PM (产品经理)", "PM (Produktmanager)"), counts by the English word it is read as.
      if (t === '' || t.charCodeAt(0) >= 0x370) {
        const w = s.word[end]!.w;
        if (w !== '') initials += w[0];
        if (initials.length > abbr.length) break;
        continue;
      }
      initials += initialsOf(t);
      if (initials.length > abbr.length) break;
    }
    // Japanese "PdM" is the product manager: its expansion's initials are "pm".
    if (end - (i + 1) < 2 || (initials !== abbr && (abbr !== 'pdm' || initials !== 'pm')) || (end < s.n && s.depth[end]! > d)) continue;
    const sep = s.sep[i]!;
    remove(s, i);
    end--;
    s.sep[i] = sep;
    for (let k = i; k < end; k++) s.depth[k] = d;
  }
  expandShortForms(s);
}

/** The last two words of US federal series titles that take the work in brackets after them. */
const SERIES: ReadonlySet<string> = new Set(['it specialist', 'technology specialist', 'management analyst', 'program analyst', 'services expert']);

/**
 * "IT Specialist (Product Manager)", "Supervisory IT Specialist (Product Owner)", "Management and
 * Program Analyst (Product Owner)", "Digital Services Expert (Product Manager)": US federal postings
 * name the occupational series (2210 IT management, 0343 management and program analysis) or the
 * digital service's expert title and put the work in brackets after it. The series name is then
 * noise and the bracket the job, with the ranks written before it.
 */
function seriesBracket(s: Stream): void {
  for (let i = 1; i + 1 < s.n; i++) {
    const head = s.word[i]!.w;
    if ((head !== 'specialist' && head !== 'analyst' && head !== 'expert') || s.sep[i + 1] !== Sep.OPEN || s.depth[i + 1]! <= s.depth[i]!) continue;
    const before = s.text[i - 1]!;
    if (!SERIES.has(`${before} ${head}`)) continue;
    // Only a bracket that names a person's job ("(Product Manager)", not "(Product Lifecycle)").
    const d = s.depth[i]!;
    let person = false;
    for (let j = i + 1; j < s.n && s.depth[j]! > d; j++) if ((s.word[j]!.k & K.PERSON) !== 0) person = true;
    if (!person) continue;
    s.mark[i - 1]! |= M.NOISE;
    s.mark[i]! |= M.NOISE;
    if (before === 'technology' && i > 1 && s.text[i - 2] === 'information') s.mark[i - 2]! |= M.NOISE;
    // "Management and Program Analyst", "Digital Services Expert": the words before belong to the name.
    if (before === 'program' && i > 2 && s.text[i - 2] === 'and' && s.text[i - 3] === 'management') {
      s.mark[i - 2]! |= M.NOISE;
      s.mark[i - 3]! |= M.NOISE;
    }
    if (before === 'services' && i > 1 && s.text[i - 2] === 'digital') s.mark[i - 2]! |= M.NOISE;
    s.sep[i + 1] = Sep.SPACE;
    for (let j = i + 1; j < s.n && s.depth[j]! > d; j++) s.depth[j] = d;
  }
}

/**
 * Numbers segments: a new one starts at every comma, spaced dash, colon, pipe, "@" or bracket.
 * Also collects the kinds of the words.
 */
function segment(s: Stream): void {
  let seg = 0;
  let kinds = 0;
  for (let i = 0; i < s.n; i++) {
    if (i > 0 && isBoundary(s.sep[i]!)) seg++;
    s.seg[i] = seg > 255 ? 255 : seg;
    kinds |= s.word[i]!.k;
  }
  s.segs = s.n === 0 ? 0 : seg + 1;
  s.kinds = kinds;
}
