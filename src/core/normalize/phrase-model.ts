import { isBoundary } from './chars.js';
import type { Stream } from './stream.js';
import { Fam, type Adjacent } from './words.js';

/** What a product phrase is. */
export const Kind = {
  /** A job title: "Senior Product Manager", "Product Marketing Lead", "Data PM". */
  TITLE: 1,
  /** A discipline with no person noun: "Product Management", "Director, Product Marketing". */
  DISC: 2,
  /** "Product" alone under an executive: "Head of Product", "VP Product". */
  BARE: 3,
  /** A product word heading something else: "Product Designer", "Product Support". */
  NONPROD: 4,
} as const;

/**
 * A phrase built around one product word (or a product abbreviation): its family, its head
 * noun, and the rank words that stand inside it.
 */
export interface Phrase {
  kind: number;
  fam: Fam;
  /** The product word or abbreviation. */
  anchor: number;
  /** First and one-past-last word of the phrase. */
  start: number;
  end: number;
  /** The person noun heading it (manager, owner, lead ...), or -1. */
  head: number;
  /** Canonical head word, or ''. */
  headWord: string;
  /** The discipline word (management, marketing ...), or -1. */
  disc: number;
  /** Rank bits found inside the phrase, and the words that gave them. */
  bits: number;
  rankIdx: number[];
  /** An executive word (director, head, VP ...) heads the phrase. */
  exec: number;
  /** A grade number after the head ("Product Owner III", "Product Analyst 4"). */
  grade: number;
  /** Words before the product word: goods ("dairy products"), finance ("insurance product"). */
  material: boolean;
  finserv: boolean;
  /** A product developer or product development: product management only in some settings. */
  weak: boolean;
  /** The look-alike family of a NONPROD phrase. */
  adj: Adjacent | null;
  /** The abbreviation it came from ("pm", "gpm", "cpo"), or ''. */
  abbr: string;
  /** The left side reached a job that serves another ("Exec. Assistant, Office of the CPO"). */
  served: boolean;
  /** Strategy coordinated with operations: "Product Strategy & Operations". */
  opsCoordinated: boolean;
  /** Success, delivery or enablement work for the product organisation itself (product operations). */
  opsOrg: boolean;
  /** A function word stands between an executive and a bare "product" ("Director of Finance, Product"). */
  blocked: boolean;
  /** Shorthand that only the product context reads as a product role ("Senior PM", "PO"). */
  byContext: boolean;
  /** The executive heads the phrase through "of" ("VP of PM"): an executive over the job, not a grade on it. */
  execOf: boolean;
  /** A manager heads the role itself, named in the plural or as shorthand ("Manager of PMMs", "PM Manager", "Sr Mgr PM"). */
  managesRole: boolean;
}

export function newPhrase(): Phrase {
  return {
    kind: 0,
    fam: Fam.NONE,
    anchor: -1,
    start: 0,
    end: 0,
    head: -1,
    headWord: '',
    disc: -1,
    bits: 0,
    rankIdx: [],
    exec: -1,
    grade: 0,
    material: false,
    finserv: false,
    weak: false,
    adj: null,
    abbr: '',
    served: false,
    opsCoordinated: false,
    opsOrg: false,
    blocked: false,
    byContext: false,
    execOf: false,
    managesRole: false,
  };
}

export function reset(p: Phrase): Phrase {
  p.kind = 0;
  p.fam = Fam.NONE;
  p.anchor = -1;
  p.start = 0;
  p.end = 0;
  p.head = -1;
  p.headWord = '';
  p.disc = -1;
  p.bits = 0;
  if (p.rankIdx.length !== 0) p.rankIdx.length = 0;
  p.exec = -1;
  p.grade = 0;
  p.material = false;
  p.finserv = false;
  p.weak = false;
  p.adj = null;
  p.abbr = '';
  p.served = false;
  p.opsCoordinated = false;
  p.opsOrg = false;
  p.blocked = false;
  p.byContext = false;
  p.execOf = false;
  p.managesRole = false;
  return p;
}

export const sameSeg = (s: Stream, j: number): boolean => !isBoundary(s.sep[j]!);

/** Word j heads the phrase as its executive, with these rank bits. */
export function takeExec(p: Phrase, j: number, bits: number): void {
  p.bits |= bits;
  p.rankIdx.push(j);
  p.exec = j;
}
