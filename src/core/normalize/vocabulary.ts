import { COMPOUNDS, ENGLISH, type LexRow } from './lexicon.js';
import { COMPOUND_PARTS, COMPOUND_STARTS } from './languages-compounds.js';
import { FOREIGN, INTERN_ENDINGS } from './languages.js';
import { CYRILLIC, GREEK } from './languages-cyrillic.js';
import { ARABIC } from './languages-arabic.js';
import { CJK, SCRIPT_PARTS } from './languages-cjk.js';
import { INDIC, THAI, THAI_PARTS } from './languages-brahmic.js';
import { ARMENIAN, GEORGIAN, HEBREW } from './languages-alphabets.js';
import { TRADES } from './languages-trades.js';
import { scriptCompound } from './script-compound.js';
import { NOT_TYPOS, correctTypo } from './typos.js';
import { K, UNKNOWN, makeWord, type Word } from './words.js';
import { buildSurfaceTable, type SurfaceTable } from './surface-table.js';

/**
 * The compiled vocabulary: surface form -> Word, built once. Resolving a word is one Map
 * lookup; only words the map does not know go on to compound splitting and typo correction.
 */
export interface Vocabulary {
  /** The word for a folded surface form; UNKNOWN when it is not a known word. */
  resolve(text: string): Word;
  /** Exact lookup only. */
  get(text: string): Word | undefined;
  /** The canonical Word for an English canonical form ("manager"). */
  canonical(w: string): Word;
  /** Every surface form, hashed for the tokenizer. */
  table: SurfaceTable;
}

function addRows(map: Map<string, Word>, rows: readonly LexRow[], byCanon: Map<string, Word>, override: boolean): void {
  for (const [surfaces, canon, spec] of rows) {
    const word = makeWord(canon, spec);
    if (!byCanon.has(canon)) byCanon.set(canon, word);
    for (const s of surfaces.split(' ')) {
      if (!s) continue;
      if (override || !map.has(s)) map.set(s, word);
    }
  }
}

let shared: Vocabulary | undefined;

/** The built-in vocabulary (English, the six other languages, compounds), built on first use. */
export function vocabulary(): Vocabulary {
  shared ??= buildVocabulary();
  return shared;
}

/** Role abbreviations that may be written glued to a seniority or a grade; longer ones first. */
const GLUED_ROLES = ['pmm', 'tpm', 'apm', 'gpm', 'pdm', 'pm', 'po'];
/** Ranks that are also job nouns, glued before the abbreviation all the same ("LeadPM", "PrincipalPO", "リードPdM"). */
const GLUED_ROLE_RANKS: ReadonlySet<string> = new Set(['lead', 'principal']);

function buildVocabulary(): Vocabulary {
  const map = new Map<string, Word>();
  const byCanon = new Map<string, Word>();
  addRows(map, ENGLISH, byCanon, true);
  addRows(map, COMPOUNDS, byCanon, false);
  addRows(map, FOREIGN, byCanon, false);
  addRows(map, TRADES, byCanon, false);
  addRows(map, CYRILLIC, byCanon, false);
  addRows(map, GREEK, byCanon, false);
  addRows(map, CJK, byCanon, false);
  addRows(map, ARABIC, byCanon, false);
  addRows(map, HEBREW, byCanon, false);
  addRows(map, INDIC, byCanon, false);
  addRows(map, THAI, byCanon, false);
  addRows(map, ARMENIAN, byCanon, false);
  addRows(map, GEORGIAN, byCanon, false);
  const known = new Set<string>(NOT_TYPOS);
  const canonical = (w: string): Word => {
    const word = byCanon.get(w);
    if (!word) throw new Error(`normalizer vocabulary: no canonical word "${w}"`);
    return word;
  };
  // "PMT": the product manager–technical of some large employers' ladders, read as "Technical PM"
  // (so the context rules decide it as they do "Technical PM"; "PMTs" is the plural).
  const pmt = makeWord('technical pm', {}, [canonical('technical'), map.get('pm')!]);
  if (!map.has('pmt')) {
    map.set('pmt', pmt);
    map.set('pmts', makeWord('technical pm', {}, [canonical('technical'), map.get('pms')!]));
  }
  // "PMkt": product-management ladders' shorthand for the product-marketing function ("PMkt Lead",
  // "Sr PMkt Manager"), read as "Prod Marketing", so "prod" decides it as in "Prod Mktg Manager".
  if (!map.has('pmkt')) map.set('pmkt', makeWord('prod marketing', {}, [canonical('prod'), canonical('marketing')]));
  // Thai parts are the Thai words themselves, with their head-first flags (FOREIGN, FOREIGN_PRE),
  // so that stream.ts puts a split Thai title into English order.
  const parts = [...[...COMPOUND_PARTS, ...SCRIPT_PARTS].map(([p, c]) => [p, c === '' ? null : canonical(c)] as const), ...THAI_PARTS.map((p) => [p, map.get(p)!] as const)];

  /** Splits a compound made only of known parts and starting with a product word. */
  const split = (text: string, min = 2): Word[] | null => {
    const out: Word[] = [];
    const go = (at: number): boolean => {
      if (at === text.length) return true;
      for (const [p, w] of parts) {
        if (text.startsWith(p, at)) {
          if (w === null && (at === 0 || out.length === 0)) continue;
          if (w) out.push(w);
          if (go(at + p.length)) return true;
          if (w) out.pop();
        }
      }
      return false;
    };
    if (!go(0) || out.length < min) return null;
    return out;
  };

  /**
   * Shorthand written as one word, as HR systems and chat handles do: a seniority before a role
   * abbreviation ("SrPM", "JnrPO", "StaffPM"; in Japanese "シニアPM", a katakana rank before the
   * Latin letters, and a product area so, "グロースPdM") or a grade after one ("PMII", "POIII"); read as the two words, so the
   * abbreviation's own rules (and its context) decide.
   */
  const glued = (text: string): Word[] | null => {
    for (const r of GLUED_ROLES) {
      if (text.length <= r.length) continue;
      if (text.endsWith(r)) {
        const rank = map.get(text.slice(0, -r.length));
        if (rank !== undefined && (rank.k & K.SENIORITY) !== 0 && ((rank.k & K.ROLE) === 0 || GLUED_ROLE_RANKS.has(rank.w))) return [rank, map.get(r)!];
        // A product area in katakana or hanzi glued before the Latin letters ("グロースPdM",
        // "データPM"), as Japanese postings write it: the area, then the abbreviation's own rules.
        if (rank !== undefined && (rank.k & (K.PM_CUE | K.PO_CUE)) !== 0 && text.charCodeAt(0) >= 0x370) return [rank, map.get(r)!];
      }
      if (text.startsWith(r) && text.length - r.length >= 2) {
        const grade = map.get(text.slice(r.length));
        if (grade !== undefined && (grade.k & K.GRADE) !== 0) return [map.get(r)!, grade];
      }
    }
    return null;
  };

  const slow = (text: string): Word => {
    if (text.charCodeAt(0) >= 0x370 || text.charCodeAt(text.length - 1) >= 0x370) {
      const pieces = scriptCompound(text, split, (t) => map.get(t)) ?? glued(text);
      return pieces ? makeWord(pieces.map((p) => p.w).join(' '), {}, pieces) : UNKNOWN;
    }
    if (text.length < 4 || known.has(text)) return UNKNOWN;
    const shorthand = glued(text);
    if (shorthand) return makeWord(shorthand.map((p) => p.w).join(' '), {}, shorthand);
    const c = text.charCodeAt(0);
    if (c < 97 || c > 122) return UNKNOWN;
    if (COMPOUND_STARTS.some((p) => text.startsWith(p))) {
      const pieces = split(text);
      if (pieces) return makeWord(pieces.map((p) => p.w).join(' '), {}, pieces);
    }
    // An area before the product word of a compound ("Bankproduktmanager", "Softwareproductmanager"):
    // read from the product word on.
    // A seniority before it is the title's rank ("Seniorprodukteier", "Juniorproduktchef").
    const at = Math.max(text.indexOf('produkt', 3), text.indexOf('product', 3));
    if (at > 0) {
      const pieces = split(text.slice(at));
      const rank = map.get(text.slice(0, at));
      if (pieces && rank !== undefined && (rank.k & K.SENIORITY) !== 0 && (rank.k & K.ROLE) === 0) pieces.unshift(rank);
      if (pieces) return makeWord(pieces.map((p) => p.w).join(' '), {}, pieces);
    }
    for (const end of INTERN_ENDINGS) if (text.length > end.length + 2 && text.endsWith(end)) return map.get(end)!;
    const fixed = correctTypo(text);
    if (fixed !== null) {
      const target = map.get(fixed)!;
      return makeWord(target.w, { k: target.k, band: target.band, fam: target.fam, ...(target.adj ? { adj: target.adj } : {}), ...(target.spec ? { spec: target.spec } : {}) }, target.expand, true);
    }
    return UNKNOWN;
  };
  // Words outside the map are resolved once and remembered (a pure function of the text);
  // the memo is bounded and simply starts again when full.
  const memo = new Map<string, Word>();
  const MEMO_MAX = 50_000;
  const resolve = (text: string): Word => {
    const hit = map.get(text);
    if (hit !== undefined) return hit;
    let w = memo.get(text);
    if (w === undefined) {
      w = slow(text);
      if (memo.size >= MEMO_MAX) memo.clear();
      memo.set(text, w);
    }
    return w;
  };
  // The tokenizer finds vocabulary words and words met before by their hash; a word it meets
  // for the first time is resolved here once and remembered in the table.
  // The tokenizer looks up only words of Latin letters and digits in the table (tokenize.ts):
  // the words of other scripts are found in the map.
  const latin = [...map].filter(([surface]) => !/[^\u0000-\u024f]/.test(surface));
  return { resolve, get: (t) => map.get(t), canonical, table: buildSurfaceTable(latin, resolve) };
}
