import { rankBit } from './ranks.js';

/**
 * What a word is to the normalizer: the kinds (bit flags) and the record every known word maps
 * to. The tables themselves live in lexicon.ts (English) and languages.ts (other languages).
 */

/** Word kinds, as bit flags: a word can be several things ("lead" is a rank and a seniority). */
export const K = {
  /** "product", "products", "Produkt", "producto" ... */
  ANCHOR: 1 << 0,
  /** A discipline after "product": management, marketing, analytics, operations, strategy, development. */
  DISC: 1 << 1,
  /** A word that may stand between "product" and a product head: "Product Line Manager", "Product Growth Manager". */
  MIDDLE: 1 << 2,
  /** A person noun that can head a product title or follow a discipline: manager, owner, analyst, lead, intern. */
  PERSON: 1 << 3,
  /** A seniority word before or after a title: senior, junior, staff, principal, group, lead. */
  SENIORITY: 1 << 4,
  /** An executive head: director, head, VP, SVP, EVP, AVP, chief, president, founder. */
  EXEC: 1 << 5,
  /** Any job noun, product or not: the head of a title. */
  ROLE: 1 << 6,
  /** After "product", makes a thing that is not a product role: design, engineer, support, safety. */
  NONPROD: 1 << 7,
  /** Goods, food and finance words: "dairy products", "structured products". */
  MATERIAL: 1 << 8,
  /** A function that an executive can head instead of product: finance, engineering, sales. */
  FUNCTION: 1 << 9,
  /** "of", "for", "de", "di": links a head to its object. */
  CONNECT: 1 << 10,
  /** "and", "or", "und", "et", "y". */
  COORD: 1 << 11,
  /** "with", "experience": what follows qualifies the candidate, not the job. */
  QUALIFIER: 1 << 12,
  /** Says nothing about the job: remote, hybrid, full-time, urgent, hiring. */
  NOISE: 1 << 13,
  /** Makes a following "PM" a product manager: "Data PM", "Growth PM". */
  PM_CUE: 1 << 14,
  /** Makes a nearby "PO" a product owner: "Technical PO", "Scrum Master/PO". */
  PO_CUE: 1 << 15,
  /** A roman grade: I, II, III, IV, V. */
  GRADE: 1 << 16,
  /** A job that serves someone else: assistant, recruiter, talent acquisition. */
  SERVED: 1 << 17,
  /** Shop-floor retail words: product operations in a store is stocking shelves. */
  RETAIL: 1 << 18,
  /** "at", "@": the rest names the employer. */
  AT: 1 << 19,
  /** Time-of-day words: am, pm (as a time), shift. */
  TIME: 1 << 20,
  /** Role abbreviations handled by rules: pm, apm, gpm, pmm, po, cpo, tpm. */
  ABBR: 1 << 21,
  /** "prod": product before a discipline or "owner" (Prod Mgmt, Prod Owner), before "manager" only with a product area beside it; production otherwise (Prod Support). */
  PROD: 1 << 22,
  /** Words that make "CPO" a prosthetist, a chief people or procurement officer. */
  CPO_CONFLICT: 1 << 23,
  /** m, f, d, w, x, h, gn, divers: gender tags, noise inside brackets. */
  GENDER: 1 << 24,
  /** A head written before the product word in Romance languages: "gerente (de) producto". */
  FOREIGN_PRE: 1 << 25,
  /** A product word from another language; allows the Romance word order. */
  FOREIGN: 1 << 26,
  /** Articles and other words skipped everywhere: the, a, la, el. */
  SKIP: 1 << 27,
  /** "to", "to the": "Assistant to the CPO". */
  TO: 1 << 28,
  /** Financial-services words that make a "product developer" a product manager (insurance, banking). */
  FINSERV: 1 << 29,
  /** Starts a two-word unit joined before parsing: vice (president), chief (of staff), executive (assistant). */
  PAIR: 1 << 30,
} as const;

/** Product families, as small numbers for the hot path. */
export const Fam = {
  NONE: 0,
  PM: 1,
  OPS: 2,
  PO: 3,
  AN: 4,
  PMM: 5,
} as const;
export type Fam = (typeof Fam)[keyof typeof Fam];

export const FAMILY_OF: readonly (string | null)[] = [
  null,
  'product-management',
  'product-operations',
  'product-owner',
  'product-analytics',
  'product-marketing',
];

export type Adjacent =
  | 'project-management'
  | 'program-management'
  | 'delivery-management'
  | 'business-analysis'
  | 'production'
  | 'product-design'
  | 'engineering'
  | 'sales'
  | 'support'
  | 'marketing'
  | 'other';

export interface Word {
  /** The canonical (English) word. */
  readonly w: string;
  readonly k: number;
  /** The band a rank word gives, or -1. */
  readonly band: number;
  /** The family a discipline or person noun gives after "product". */
  readonly fam: Fam;
  /** The look-alike family a non-product word points to. */
  readonly adj: Adjacent | null;
  /** A specialty this word names (technical, growth, data, ai, ...). */
  readonly spec: string | null;
  /** A compound written as one word, read as several: "Produktmanager" -> product manager. */
  readonly expand: readonly Word[] | null;
  /** True when this surface form was a typo corrected to the word. */
  readonly typo: boolean;
  /** The rank bit of the word (see ranks.ts), or 0. */
  readonly r: number;
  /**
   * A number per canonical word (wordId()): the same for every surface form and typo of it.
   * Comparing ids reads the word's own record only, where comparing `w` with a string literal
   * also reads the string, a second memory access per word on the hottest path.
   */
  readonly id: number;
  /** X bits. */
  readonly x: number;
}

/** Rare facts about a word, one bit each, so the common word is passed over with one test. */
export const X = {
  TYPO: 1,
  EXPAND: 2,
  /** "stage": an internship in French and Italian, or a stage. */
  STAGE: 4,
  /** "program", "summer": read beside their neighbours by early-career.ts (a graduate scheme, a summer internship). */
  EARLY: 8,
  /** A product adjective ("продуктовый", "produktový"): a discipline after it is its noun ("по продуктовому маркетингу"). */
  ADJ: 16,
  /**
   * The first syllable of a word of a language written in syllables (Vietnamese "sản phẩm",
   * "quản lý"): read with the syllable after it when the vocabulary knows the pair (stream.ts).
   */
  SYLLABLE: 32,
  /** "turned", "now": what comes before them in a profile line may be an earlier job (noise.ts). */
  HISTORY: 64,
} as const;

const IDS = new Map<string, number>();

/** The id of a canonical word (see Word.id); words not met yet get the next number. */
export function wordId(w: string): number {
  let id = IDS.get(w);
  if (id === undefined) IDS.set(w, (id = IDS.size));
  return id;
}

export interface WordSpec {
  k?: number;
  band?: number;
  fam?: Fam;
  adj?: Adjacent;
  spec?: string;
  /** Rare facts (X bits) given by the vocabulary. */
  x?: number;
}

const STAGE = wordId('stage');
const PROGRAM = wordId('program');
const SUMMER = wordId('summer');

export function makeWord(w: string, spec: WordSpec = {}, expand: readonly Word[] | null = null, typo = false): Word {
  // The fields every word is asked for come first: a word's record is then read with one
  // cache line in the common case.
  const id = wordId(w);
  return Object.freeze({
    k: spec.k ?? 0,
    x: (spec.x ?? 0) | (typo ? X.TYPO : 0) | (expand !== null ? X.EXPAND : 0) | (id === STAGE ? X.STAGE : 0) | (id === PROGRAM || id === SUMMER ? X.EARLY : 0),
    id,
    r: rankBit(w),
    w,
    band: spec.band ?? -1,
    fam: spec.fam ?? Fam.NONE,
    adj: spec.adj ?? null,
    spec: spec.spec ?? null,
    expand,
    typo,
  });
}

/** A word the lexicon does not know: a name, a place, a domain word. */
export const UNKNOWN: Word = makeWord('');
