import type { Framework, Role } from '../framework/schema.js';
import { analyze, newAnalysis, type Analysis } from './analyze.js';
import {
  contextMayMatter,
  DEFAULT_CONTEXT,
  generalContextNote,
  PRODUCT_CONTEXT_NOTE,
  productAlternativeReason,
  splitConfidence,
  type TitleContext,
} from './context.js';
import { invertedEntry, UNIT_FIRST } from './inverted.js';
import { productResult } from './product-result.js';
import { EMPTY, fixedPart, part } from './result-parts.js';
import { PhraseFinder } from './phrase.js';
import type { Alternative, ExplanationPart, NormalizedTitle } from './result.js';
import { compileFramework, type CompiledFramework } from './roles.js';
import { buildStream, createStream, type Stream } from './stream.js';
import { createTokens, tokenize, type Tokens } from './tokenize.js';
import { vocabulary, type Vocabulary } from './vocabulary.js';
import { FAMILY_OF, K } from './words.js';

export interface NormalizerOptions {
  /**
   * Remember this many recent results (0, the default, remembers none). HR data repeats titles
   * a lot; with a cache a repeated title costs one Map lookup. Cached results are shared
   * objects: treat them as read-only.
   */
  cache?: number;
  /**
   * The context titles are read in (context.ts): "general" (default) for a mixed list of
   * postings, "product" for a product organisation, where "Senior PM" or "PO" is a product role.
   */
  context?: TitleContext;
}

export type Normalizer = (title: string) => NormalizedTitle;

/** The working memory of one normalizer: reused from title to title (it is synchronous). */
interface Work {
  fw: CompiledFramework;
  vocab: Vocabulary;
  tokens: Tokens;
  stream: Stream;
  finder: PhraseFinder;
  analysis: Analysis;
  context: TitleContext;
  /** Set by readTitle(): the title has a product word but no product phrase (normalizeOnce). */
  turnable: boolean;
  /** The result of each framework name met (namedResult()), by the compiled name it matched. */
  named: Map<object, NormalizedTitle>;
}

/**
 * Compiles a normalizer for a framework: the vocabulary, the framework's roles, company
 * titles, aliases and levels are indexed once; each call then reads one title.
 */
export function createNormalizer(framework: Framework, options: NormalizerOptions = {}): Normalizer {
  const vocab = vocabulary();
  const context = options.context ?? DEFAULT_CONTEXT;
  if (context !== 'general' && context !== 'product') throw new TypeError(`unknown title context "${String(context)}": use "general" or "product"`);
  const work: Work = {
    fw: compileFramework(framework, vocab),
    vocab,
    tokens: createTokens(),
    stream: createStream(),
    finder: new PhraseFinder(),
    analysis: newAnalysis(),
    context,
    turnable: false,
    named: new Map(),
  };
  const run = (title: string): NormalizedTitle => {
    try {
      return normalizeOnce(typeof title === 'string' ? title : String(title ?? ''), work);
    } catch (e) {
      // Never throw on a title: an internal failure is reported as an unreadable title.
      return failed(e, context);
    }
  };
  const size = Math.max(0, Math.floor(options.cache ?? 0));
  if (size === 0) return run;
  // A two-generation cache: O(1), bounded to 2 x size entries, keeps what was used recently.
  let current = new Map<string, NormalizedTitle>();
  let previous = new Map<string, NormalizedTitle>();
  return (title: string) => {
    let r = current.get(title);
    if (r !== undefined) return r;
    r = previous.get(title);
    if (r === undefined) r = run(title);
    if (current.size >= size) {
      previous = current;
      current = new Map();
    }
    current.set(title, r);
    return r;
  };
}

const normalizers = new WeakMap<Framework, Partial<Record<TitleContext, Normalizer>>>();

/**
 * Normalizes one title against a framework, in a context (default "general"); the compiled
 * normalizer is kept per framework and context.
 */
export function normalizeTitle(title: string, options: { framework: Framework; context?: TitleContext }): NormalizedTitle {
  const context = options.context ?? DEFAULT_CONTEXT;
  let byContext = normalizers.get(options.framework);
  if (!byContext) normalizers.set(options.framework, (byContext = {}));
  let n = byContext[context];
  if (!n) n = byContext[context] = createNormalizer(options.framework, { context });
  return n(title);
}

function failed(e: unknown, context: TitleContext): NormalizedTitle {
  const msg = e instanceof Error ? e.message : String(e);
  const internal = fixedPart('internal error');
  return notProductResult(context, null, 0, EMPTY, internal, internal, `could not read the title (${msg})`);
}


const NOT_PRODUCT_PART = fixedPart('not a product role');
const NO_PRODUCT_WORD_REASON = 'no product role word';
const NO_PRODUCT_WORD_PART = fixedPart(NO_PRODUCT_WORD_REASON);

/** Every result that is not a product role has this shape; only the reasons differ. */
function notProductResult(
  context: TitleContext,
  adjacent: NormalizedTitle['adjacent'],
  confidence: number,
  alternatives: NormalizedTitle['alternatives'],
  family: ExplanationPart,
  levelAndTrack: ExplanationPart,
  text: string,
): NormalizedTitle {
  return {
    family: null,
    adjacent,
    roleId: null,
    canonicalTitle: null,
    level: null,
    track: null,
    specialties: EMPTY,
    area: null,
    confidence,
    alternatives,
    explanation: { family, level: levelAndTrack, track: levelAndTrack, text },
    context,
  };
}

/** The seasons internship boards open a title with (inverted.ts). */
const SEASONS: ReadonlySet<string> = new Set(['summer', 'winter', 'spring', 'fall', 'autumn']);

function normalizeOnce(title: string, w: Work): NormalizedTitle {
  w.turnable = false;
  const r = readTitle(title, w);
  if (!w.turnable) return r;
  // A title with a product word but no product phrase: written head first, as occupation
  // indexes do ("Manager, product")? Then read it in the usual order, and keep that reading
  // when it is a product role. (Not a recursive call: V8 optimises the reader better without.)
  const turned = invertedEntry(w.tokens.source);
  if (turned === null) return r;
  const t = readTitle(turned, w);
  return t.family !== null ? headFirst(t, turned) : r;
}

function readTitle(title: string, w: Work): NormalizedTitle {
  const tokens = tokenize(title, w.tokens, w.vocab.table);
  const fw = w.fw;
  // A company's own title wins over every rule.
  if (fw.hasTitleMap) {
    const hit = fw.companyTitleOf(tokens);
    if (hit !== undefined) return namedResult(hit, 'company title', 1, w);
  }
  const s = buildStream(tokens, w.vocab, w.stream);
  const productContext = w.context === 'product';
  // Set for every title: the second reading below switches it, and must not leak into the next title.
  w.finder.product = productContext;
  const a = analyze(s, w.finder, w.analysis);
  if (a.phrase !== null) return productResult(s, a, a.phrase, fw, w.context, tokens);
  // Only a title with a product word but no product phrase, of two segments or more and opening
  // with a job or rank word ("Manager, product"), an internship's season ("Summer 2027 Intern,
  // Product"), a management trainee ("Management Trainee - Product") or the department before
  // an intern ("Product – Intern"), is tried in the usual order. The last three need an
  // early-career rank, a seniority word, somewhere in the title.
  // A team's or chapter's lead opening the title ("Chapter Lead, Product", "Chapterlead Produkt")
  // is tried too, with or without a separator: the discipline after it is the one it leads.
  if ((s.kinds & K.ANCHOR) !== 0 && s.n > 0 && ((s.segs > 1 && ((s.word[0]!.k & (K.ROLE | K.SENIORITY)) !== 0 || ((s.kinds & K.SENIORITY) !== 0 && (SEASONS.has(s.text[0]!) || s.text[0] === 'product' || s.text[0] === 'management')))) || UNIT_FIRST.has(s.text[0]!))) w.turnable = true;
  const none = notProduct(s, a, w);
  if (productContext || none.roleId !== null || !contextMayMatter(s)) return none;
  // The general context: read the shorthand again as a product organisation would, and keep
  // that reading as the alternative the explanation points to.
  w.finder.product = true;
  const p = analyze(s, w.finder, w.analysis).phrase;
  w.finder.product = false;
  if (p === null) return none;
  return withProductReading(none, productResult(s, w.analysis, p, fw, 'product', tokens));
}

/**
 * The reading of an index entry written head first ("Manager, product"), saying so in lower case
 * and with its white space folded (a title reads the same in capitals, and whatever white space
 * surrounds it).
 */
function headFirst(r: NormalizedTitle, turned: string): NormalizedTitle {
  return { ...r, explanation: { ...r.explanation, text: `${r.explanation.text}; written head first, as occupation indexes do: read as "${turned.replace(/\s+/g, ' ').trim().toLowerCase()}"` } };
}

/** A general-context answer that is not a product role, with the product context's reading as its alternative. */
function withProductReading(none: NormalizedTitle, reading: NormalizedTitle): NormalizedTitle {
  const c = splitConfidence(none.confidence, reading.confidence);
  const alternative: Alternative = {
    family: reading.family,
    adjacent: null,
    roleId: reading.roleId,
    level: reading.level,
    track: reading.track,
    confidence: c.alternative,
    reason: productAlternativeReason(reading.canonicalTitle),
  };
  return {
    ...none,
    confidence: c.general,
    alternatives: [alternative, ...none.alternatives.filter((x) => x.family === null)],
    explanation: { ...none.explanation, text: `${none.explanation.text}; ${generalContextNote(reading.family!, reading.level)}` },
  };
}

/**
 * A title that is a framework name word for word ("Project Manager", one title in fourteen of a
 * mixed list) always gets the same answer: it is made once per name, frozen and shared. The
 * name lookups hand back their index entry, the same object each time (roles.ts), and an entry
 * belongs to one index (company titles or aliases) of this normalizer, so it alone keys the
 * answer and the memo holds at most one answer per name. The lookup costs less than the split,
 * the strings and the six objects of making the answer (about 800 ns a title then, 250 now).
 */
function namedResult(hit: { role: Role; key: string }, rule: string, confidence: number, w: Work): NormalizedTitle {
  let r = w.named.get(hit);
  if (r === undefined) w.named.set(hit, (r = deepFreeze(roleResult(hit.role, rule, hit.key, confidence, w.context))));
  return r;
}

function deepFreeze(r: NormalizedTitle): NormalizedTitle {
  for (const p of [r.explanation.family, r.explanation.level, r.explanation.track]) Object.freeze(p.words);
  Object.freeze(r.explanation.family);
  Object.freeze(r.explanation.level);
  Object.freeze(r.explanation.track);
  Object.freeze(r.explanation);
  Object.freeze(r.specialties);
  return Object.freeze(r);
}

function roleResult(role: Role, rule: string, key: string, confidence: number, context: TitleContext): NormalizedTitle {
  const product = FAMILY_OF.includes(role.family);
  const track = role.titleSettlesTrack === false ? null : role.track;
  const words = key.split(' ');
  return {
    family: product ? (role.family as NormalizedTitle['family']) : null,
    adjacent: product ? null : (role.family as NormalizedTitle['adjacent']),
    roleId: role.id,
    canonicalTitle: role.title,
    level: product ? role.band : null,
    track: product ? track : null,
    specialties: role.specialty ? [role.specialty] : EMPTY,
    area: null,
    confidence,
    alternatives: EMPTY,
    explanation: {
      family: part(words, rule),
      level: part(words, `${rule}: the band of ${role.id}`),
      track: part(words, `${rule}: the track of ${role.id}`),
      text: `${role.title} (${role.id}): ${rule}`,
    },
    context,
  };
}

function notProduct(s: Stream, a: Analysis, w: Work): NormalizedTitle {
  const fw = w.fw;
  const tokens = w.tokens;
  // A framework name the rules did not read (an alias, a translation).
  if (fw.hasAliases) {
    const hit = fw.aliasOf(tokens);
    if (hit !== undefined) return namedResult(hit, 'a name of the role in the framework', 0.8, w);
  }
  let alternatives: readonly Alternative[] = EMPTY;
  if (a.ambiguousAbbr) {
    const fam = a.ambiguousAbbr === 'po' ? 'product-owner' : 'product-management';
    const band = a.ambiguousAbbr === 'apm' ? 1 : a.ambiguousAbbr === 'gpm' ? 5 : 2;
    const role = fw.pickRole(fam, band, band <= 3 ? 'ic' : 'management', [], 0);
    alternatives = [{
      family: fam,
      adjacent: null,
      roleId: role?.id ?? null,
      level: band,
      track: band <= 3 ? 'ic' : 'management',
      confidence: 0.25,
      reason: `"${a.ambiguousAbbr.toUpperCase()}" may stand for ${role ? role.title.toLowerCase() : 'a product role'}`,
    }];
  }
  const productWord = (s.kinds & K.ANCHOR) !== 0;
  if (a.reason === NO_PRODUCT_WORD_REASON && !a.ambiguousAbbr) return noProductWordResult(w.context, a.adjacent, a.otherJob !== -1 ? s.text[a.otherJob]! : productWord ? PRODUCT_WORD : '');
  const confidence = a.ambiguousAbbr ? 0.6 : a.otherJob !== -1 ? 0.9 : productWord ? 0.8 : 0.95;
  const family = part(a.otherJob !== -1 ? [s.text[a.otherJob]!] : EMPTY, a.reason);
  return notProductResult(w.context, a.adjacent, confidence, alternatives, family, NOT_PRODUCT_PART, notProductText(a.reason, a.adjacent, a.quoted));
}

/**
 * Most titles are not product roles and name no product word: what is said of them depends
 * only on the look-alike family and the other job's word, so each such result is made once,
 * frozen and shared (at most NONE_MAX of them; the memo starts again when full). Every title
 * is still read in full; only the making of the same answer is saved.
 */
const NONE_RESULTS: Record<TitleContext, Map<string | null, Map<string, NormalizedTitle>>> = { general: new Map(), product: new Map() };
const NONE_MAX = 8192;
let noneCount = 0;
/** The otherJob key of a title with a product word but no other job (confidence 0.8). */
const PRODUCT_WORD = '\u0000';

function noProductWordResult(context: TitleContext, adjacent: NormalizedTitle['adjacent'], otherJob: string): NormalizedTitle {
  const memo = NONE_RESULTS[context];
  let byJob = memo.get(adjacent);
  let r = byJob?.get(otherJob);
  if (r !== undefined) return r;
  if (noneCount >= NONE_MAX) {
    NONE_RESULTS.general.clear();
    NONE_RESULTS.product.clear();
    noneCount = 0;
    byJob = undefined;
  }
  const named = otherJob !== '' && otherJob !== PRODUCT_WORD;
  const confidence = named ? 0.9 : otherJob === PRODUCT_WORD ? 0.8 : 0.95;
  const family = named ? Object.freeze(part(Object.freeze([otherJob]), NO_PRODUCT_WORD_REASON)) : NO_PRODUCT_WORD_PART;
  r = notProductResult(context, adjacent, confidence, EMPTY, family, NOT_PRODUCT_PART, notProductText(NO_PRODUCT_WORD_REASON, adjacent));
  Object.freeze(r.explanation);
  Object.freeze(r);
  if (byJob === undefined) memo.set(adjacent, (byJob = new Map()));
  byJob.set(otherJob, r);
  noneCount++;
  return r;
}

/** The texts of the commonest reasons, made once per look-alike family. */
const TEXTS = new Map<string, Map<string | null, string>>();

/** The texts of the commonest reason (no product word at all), by look-alike family. */
const NO_PRODUCT_WORD = new Map<string | null, string>();

function notProductText(reason: string, adjacent: string | null, quoted = false): string {
  // A reason that quotes the title is made for it alone: keeping it, or even looking it up,
  // would cost more than writing the text.
  if (quoted) return notProductTextFor(reason, adjacent);
  if (reason === NO_PRODUCT_WORD_REASON) {
    let text = NO_PRODUCT_WORD.get(adjacent);
    if (text === undefined) NO_PRODUCT_WORD.set(adjacent, (text = notProductTextFor(reason, adjacent)));
    return text;
  }
  let byAdjacent = TEXTS.get(reason);
  let text = byAdjacent?.get(adjacent);
  if (text !== undefined) return text;
  text = notProductTextFor(reason, adjacent);
  if (byAdjacent === undefined) TEXTS.set(reason, (byAdjacent = new Map()));
  byAdjacent.set(adjacent, text);
  return text;
}

function notProductTextFor(reason: string, adjacent: string | null): string {
  return `not a product role: ${reason}${adjacent && adjacent !== 'other' ? ` (looks like ${adjacent})` : ''}`;
}
