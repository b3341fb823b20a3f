import type { CompanyLevel, Framework, Role } from '../framework/schema.js';
import { Sep } from './chars.js';
import { hashString } from './surface-table.js';
import { createTokens, tokenize, type Tokens } from './tokenize.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * The roles of one family prepared for pickRole(), as parallel arrays: picking reads a few
 * numbers per role instead of walking the roles' full records, which are cold in the cache.
 */
interface FamilyRoles {
  roles: Role[];
  band: number[];
  /** 0: the role's track is settled by its title; 1: it is not (titleSettlesTrack false). */
  unsettled: number[];
  track: string[];
  specialty: (string | null)[];
  /** The rank bits of the role's title words ("Head of Product": head). */
  bits: number[];
  /** All of them, and a bit per specialty the family's roles have: what pickRole's answer can depend on. */
  allBits: number;
  specialtyBit: Map<string, number>;
  /** pickRole's answers by (band, track, named specialties, rank bits). */
  picked: Map<number, number>;
}

/** A company level prepared for matching: its folded words ("l6", "pm iii"). */
interface LevelEntry {
  level: CompanyLevel;
  words: readonly string[];
}

/**
 * What the normalizer takes from a framework, compiled once: roles by family, the company's
 * exact titles (titleMap) and other names (aliases), and company level codes.
 */
export interface CompiledFramework {
  framework: Framework;
  /** The role of a family that fits a band, track and specialty best; null when the family has no roles. */
  pickRole(family: string, band: number, track: string | null, specialties: readonly string[], hints: number): Role | null;
  /**
   * The framework alias or role title that the words of a title are, or undefined. A match is
   * the name's own index entry, the same object each time: no key string or object is made.
   */
  /**
   * The role an alias names, word for word. Aliases made of product shorthand ("Rotational PM")
   * count only with `shorthand`, for a title the rules already read as that family.
   */
  aliasOf(t: Tokens, shorthand?: boolean): { role: Role; key: string } | undefined;
  /** The same for the company's exact titles (titleMap). */
  companyTitleOf(t: Tokens): { role: Role; key: string } | undefined;
  /** The company level named in the title's words, if any. */
  level(words: readonly string[], n: number): CompanyLevel | undefined;
  hasTitleMap: boolean;
  hasAliases: boolean;
  hasLevels: boolean;
}

/** Abbreviations the rules decide on; an alias made of them ("PM", "Technical PM") is not trusted as an exact name. */
const AMBIGUOUS = new Set(['pm', 'pms', 'po', 'tpm', 'spm', 'apm', 'gpm', 'pmm', 'apmm', 'cpo']);

/** The key of a title for exact matching: its folded words joined by one space. */
export function titleKeyOf(t: Tokens, from = 0, to = t.n): string {
  let key = '';
  for (let i = from; i < to; i++) key += i === from ? t.text[i]! : ` ${t.text[i]!}`;
  return key;
}

/**
 * Names (company titles or aliases) by their first word, as word lists: a title is compared
 * with the few names that start with its first word and have as many words, without making a
 * key string unless one matches.
 */
interface NameIndex {
  /** coordinated: the name joins words with "&" or "/" (a title must too, to be that name). */
  byFirst: Map<string, NameEntry[]>;
  /**
   * A one-hash Bloom filter of (first word, word count) pairs (64K bits): most titles are ruled
   * out by one bit, without hashing or reading the word, including the many that start with a
   * common first word ("Senior", "Product") but have a word count no such name has.
   */
  firstBits: Int32Array;
}

const FIRST_BITS = 1 << 16;

/** The filter's bit for a first word (by its hash) and a word count. */
function firstBit(hash: number, words: number): number {
  return (Math.imul(hash ^ words, 0x9e3779b1) >>> 16) & (FIRST_BITS - 1);
}

/**
 * One name of the index. findName() hands back the entry itself: its key is the title's key
 * (the words matched one by one), so a match makes no string and no object, and the entry is
 * the same object every time its name is met (the normalizer keeps its answer by it).
 */
interface NameEntry {
  words: string[];
  hashes: Int32Array;
  role: Role;
  coordinated: boolean;
  key: string;
}

function newNameIndex(): NameIndex {
  return { byFirst: new Map(), firstBits: new Int32Array(FIRST_BITS >>> 5) };
}

function indexName(index: NameIndex, key: string, role: Role, coordinated: boolean): void {
  const words = key.split(' ');
  let list = index.byFirst.get(words[0]!);
  if (list === undefined) index.byFirst.set(words[0]!, (list = []));
  list.push({ words, hashes: Int32Array.from(words, hashString), role, coordinated, key });
  const bit = firstBit(hashString(words[0]!), words.length);
  index.firstBits[bit >>> 5]! |= 1 << (bit & 31);
}

function findName(index: NameIndex, t: Tokens): { role: Role; key: string } | undefined {
  if (t.n === 0) return undefined;
  const bit = firstBit(t.hash[0]!, t.n);
  if ((index.firstBits[bit >>> 5]! & (1 << (bit & 31))) === 0) return undefined;
  const list = index.byFirst.get(t.text[0]!);
  if (list === undefined) return undefined;
  outer: for (let c = 0; c < list.length; c++) {
    const entry = list[c]!;
    const { words, hashes, coordinated } = entry;
    if (words.length !== t.n) continue;
    // Hashes first: a different word is ruled out without reading either string.
    for (let i = 1; i < words.length; i++) if (hashes[i] !== t.hash[i] || words[i] !== t.text[i]) continue outer;
    // "VP Product & Marketing" heads two functions; it is not the name "VP Product Marketing".
    if (coordinates(t) !== coordinated) continue;
    return entry;
  }
  return undefined;
}

/** Some words of the title are joined by "&" or "/". */
function coordinates(t: Tokens): boolean {
  for (let i = 1; i < t.n; i++) if (t.sep[i] === Sep.AMP || t.sep[i] === Sep.SLASH) return true;
  return false;
}

/** The index of the role of a family that fits a band, track, specialties and rank bits best, or -1. */
function pickIndex(f: FamilyRoles, band: number, track: string | null, specialties: readonly string[], hints: number): number {
  let best = -1;
  let bestScore = Infinity;
  for (let x = 0; x < f.roles.length; x++) {
    let score = Math.abs(f.band[x]! - band) * 10;
    if (track !== null) {
      if (f.unsettled[x] === 0) {
        if (f.track[x] !== track) score += 3;
      } else {
        // A known track prefers a role whose title settles it (Staff over Lead for an IC at band 4).
        score += 0.5;
      }
    }
    const sp = f.specialty[x];
    if (sp != null) {
      if (f.band[x] === band && specialties.includes(sp)) score -= 5;
      else score += 8;
    }
    let common = f.bits[x]! & hints;
    while (common !== 0) {
      score -= 1;
      common &= common - 1;
    }
    if (score < bestScore) {
      bestScore = score;
      best = x;
    }
  }
  return best;
}

export function compileFramework(framework: Framework, vocab: Vocabulary): CompiledFramework {
  const tokens = createTokens();
  const byFamily = new Map<string, FamilyRoles>();
  const byId = new Map<string, Role>();
  for (const role of framework.roles) {
    byId.set(role.id, role);
    const t = tokenize(role.title, tokens);
    let bits = 0;
    for (let i = 0; i < t.n; i++) bits |= vocab.resolve(t.text[i]!).r;
    let f = byFamily.get(role.family);
    if (f === undefined)
      byFamily.set(role.family, (f = { roles: [], band: [], unsettled: [], track: [], specialty: [], bits: [], allBits: 0, specialtyBit: new Map(), picked: new Map() }));
    f.roles.push(role);
    f.band.push(role.band);
    f.unsettled.push(role.titleSettlesTrack === false ? 1 : 0);
    f.track.push(role.track);
    f.specialty.push(role.specialty ?? null);
    f.bits.push(bits);
    f.allBits |= bits;
    if (role.specialty && !f.specialtyBit.has(role.specialty)) f.specialtyBit.set(role.specialty, 1 << f.specialtyBit.size);
  }
  const titles = new Map<string, Role>();
  const titleIndex = newNameIndex();
  const titleCoordinated = new Map<string, boolean>();
  for (const [title, id] of Object.entries(framework.titleMap ?? {})) {
    const role = byId.get(id);
    const t = tokenize(title, tokens);
    const key = titleKeyOf(t);
    if (role && key) {
      titles.set(key, role);
      titleCoordinated.set(key, coordinates(t));
    }
  }
  for (const [key, role] of titles) indexName(titleIndex, key, role, titleCoordinated.get(key)!);
  const aliases = new Map<string, Role>();
  const aliasIndex = newNameIndex();
  const shorthandKeys = new Set<string>();
  const addAlias = (name: string, role: Role, abbreviation = false) => {
    const t = tokenize(name, tokens);
    const key = titleKeyOf(t);
    if (abbreviation) shorthandKeys.add(key);
    for (let i = 0; i < t.n; i++) if (AMBIGUOUS.has(t.text[i]!)) shorthandKeys.add(key);
    if (key && !aliases.has(key)) {
      aliases.set(key, role);
      indexName(aliasIndex, key, role, coordinates(t));
    }
  };
  for (const role of framework.roles) addAlias(role.title, role);
  for (const role of framework.roles) for (const a of role.aliases ?? []) addAlias(a.name, role, a.kind === 'abbreviation');
  const levels: LevelEntry[] = [];
  for (const level of framework.levels ?? []) {
    const t = tokenize(level.id, tokens);
    if (t.n > 0) levels.push({ level, words: t.text.slice(0, t.n) });
  }
  // Longer level names first: "PM III" before "III".
  levels.sort((a, b) => b.words.length - a.words.length);

  let lastFamily = '';
  let lastRoles: FamilyRoles | undefined;
  return {
    framework,
    hasTitleMap: titles.size > 0,
    hasAliases: aliases.size > 0,
    hasLevels: levels.length > 0,
    aliasOf: (t, shorthand = false) => {
      const hit = findName(aliasIndex, t);
      return hit !== undefined && !shorthand && shorthandKeys.has(hit.key) ? undefined : hit;
    },
    companyTitleOf: (t) => findName(titleIndex, t),
    level(words, n) {
      for (const { level, words: lw } of levels) {
        outer: for (let i = 0; i + lw.length <= n; i++) {
          for (let k = 0; k < lw.length; k++) if (words[i + k] !== lw[k]) continue outer;
          return level;
        }
      }
      return undefined;
    },
    pickRole(family, band, track, specialties, hints) {
      // Titles of one family come in runs; a Map lookup per call was a tenth of this function.
      if (family !== lastFamily) {
        lastFamily = family;
        lastRoles = byFamily.get(family);
      }
      const f = lastRoles;
      if (f === undefined) return null;
      // The answer depends on few things: the band, the track, which of the family's
      // specialties the title names, and which of its roles' rank bits it has. Each answer is
      // worked out once (the choices are few) and kept.
      let named = 0;
      for (let x = 0; x < specialties.length; x++) {
        const bit = f.specialtyBit.get(specialties[x]!);
        if (bit !== undefined) named |= bit;
      }
      if (f.specialtyBit.size > 12 || band < -1 || band > 15) return f.roles[pickIndex(f, band, track, specialties, hints)] ?? null;
      const key = (((band + 1) * 4 + (track === null ? 0 : track === 'ic' ? 1 : track === 'management' ? 2 : 3)) * 4096 + named) * 2 ** 31 + (hints & f.allBits);
      let best = f.picked.get(key);
      if (best === undefined) {
        best = pickIndex(f, band, track, specialties, hints);
        if (f.picked.size >= 4096) f.picked.clear();
        f.picked.set(key, best);
      }
      return best === -1 ? null : f.roles[best]!;
    },
  };
}
