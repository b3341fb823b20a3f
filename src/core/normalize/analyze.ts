import { Sep, isBoundary } from './chars.js';
import { coordinatedWith, execOpening, functionList, jobBefore, segStart } from './before-product.js';
import { contextEvidence } from './context.js';
import { Kind, PhraseFinder, productLine, type Phrase } from './phrase.js';
import { EXEC_BITS, RANK_NOUN_BITS, R } from './ranks.js';
import { M, closesSegment, type Stream } from './stream.js';
import { Fam, K, type Adjacent } from './words.js';

/** Rank bits per segment (-1: not a rank segment), reused from title to title. */
const SEG_RANK = new Int32Array(256);

export function newAnalysis(): Analysis {
  return { phrase: null, reason: '', quoted: false, segBits: 0, segIdx: [], grade: 0, adjacent: null, otherJob: -1, ambiguousAbbr: '' };
}

/** What the words of a title say, before the framework is consulted. */
export interface Analysis {
  /** The product phrase that decides, or null. */
  phrase: Phrase | null;
  /** Why the title is not a product role (when phrase is null), or why the phrase won. */
  reason: string;
  /** The reason quotes words of the title. */
  quoted: boolean;
  /** Rank bits from segments made only of rank words ("Sr. Associate, Product Marketing"). */
  segBits: number;
  /** The words of those segments. */
  segIdx: number[];
  grade: number;
  /** The look-alike family, for titles that are not product roles. */
  adjacent: Adjacent | null;
  /** A non-product job also named in the title (two jobs in one title). */
  otherJob: number;
  /** The reading that lost, when a product abbreviation was too ambiguous to call. */
  ambiguousAbbr: string;
}

function isPlural(text: string, canonical: string): boolean {
  return text.length === canonical.length + 1 && text.charCodeAt(text.length - 1) === 115 && text.startsWith(canonical);
}

/** Scratch for rankOnly(): the bits and grade of the segment, and where it ends. */
const RO = { bits: 0, grade: 0, end: 0 };

/** Is the segment starting at `from` made only of rank words ("Director", "Senior Associate", "VP", "Analyst II")? */
function rankOnly(s: Stream, seg: number, from: number): boolean {
  let bits = 0;
  let grade = 0;
  let any = false;
  let i = from;
  for (; i < s.n && s.seg[i] === seg; i++) {
    const w = s.word[i]!;
    const k = w.k;
    if ((k & K.GRADE) !== 0) {
      grade = w.band;
      continue;
    }
    if (s.num[i]! > 0 && s.code[i] === '') {
      grade = s.num[i]!;
      continue;
    }
    if ((s.mark[i]! & M.NOISE) !== 0 || (k & (K.SKIP | K.CONNECT)) !== 0) continue;
    const b = w.r;
    // A plural ("Assistants", "Directors") names a group or an area, not the holder's rank.
    if (b !== 0 && isPlural(s.text[i]!, w.w)) return false;
    if (b !== 0 && ((k & (K.SENIORITY | K.EXEC)) !== 0 || ((k & K.PERSON) !== 0 && (b & RANK_NOUN_BITS) !== 0))) {
      bits |= b;
      any = true;
      continue;
    }
    return false;
  }
  if (!any) return false;
  RO.bits = bits;
  RO.grade = grade;
  RO.end = i;
  return true;
}

/** Does a time of day or a shift stand anywhere in the title ("APM (Evening Shift)")? */
function timed(s: Stream): boolean {
  for (let i = 0; i < s.n; i++) if ((s.mark[i]! & M.TIME) !== 0 || (s.word[i]!.k & K.TIME) !== 0) return true;
  return false;
}

/** The look-alike family of a title that is not a product role: the first job or function word that names one. */
function adjacentOf(s: Stream, finder: PhraseFinder): Adjacent | null {
  for (let x = 0; x < finder.phrases.length; x++) {
    const p = finder.phrases[x]!;
    if (p.kind === Kind.NONPROD && (s.mark[p.anchor]! & M.BRACKET) === 0) {
      // A job word before it wins ("Sales Manager, Product Support").
      for (let i = 0; i < p.start; i++) if ((s.word[i]!.k & (K.FUNCTION | K.ROLE)) !== 0 && s.word[i]!.adj && (s.mark[i]! & (M.BRACKET | M.NOISE)) === 0) return s.word[i]!.adj;
      return p.adj;
    }
  }
  let pm = false;
  for (let i = 0; i < s.n; i++) {
    const w = s.word[i]!;
    if ((s.mark[i]! & (M.NOISE | M.BRACKET)) !== 0) continue;
    if (w.w === 'pm') pm = true;
    if (w.adj !== null && (w.k & (K.FUNCTION | K.ROLE | K.NONPROD)) !== 0) return w.adj;
  }
  if (pm) return 'project-management';
  return s.n > 0 ? 'other' : null;
}

/**
 * Decides which product phrase, if any, names the job. A full product title ("Product Owner",
 * "Head of Product", "Data PM") wins even beside another job (two jobs in one title take the
 * product one); a bare discipline ("Product Management") needs a rank word somewhere else in
 * the title or must stand alone, so "Credit Analyst (Product Management)" is a credit analyst.
 */
export function analyze(s: Stream, finder: PhraseFinder, out: Analysis = newAnalysis()): Analysis {
  const n = s.n;
  out.phrase = null;
  out.reason = '';
  out.quoted = false;
  out.segBits = 0;
  if (out.segIdx.length !== 0) out.segIdx.length = 0;
  out.grade = 0;
  out.adjacent = null;
  out.otherJob = -1;
  out.ambiguousAbbr = '';
  if ((s.kinds & (K.ANCHOR | K.ABBR | K.PROD)) === 0) {
    finder.clear();
    return noProductWord(s, finder, out);
  }
  finder.find(s);

  // Segments made only of rank words, and title-wide facts.
  let retail = false;
  let material = false;
  /** An engineering or production job word: product development here is engineering. */
  let nonprodRole = false;
  const segRank = SEG_RANK;
  let segRankAny = false;
  for (let i = 0; i < n; ) {
    const seg = s.seg[i]!;
    segRank[seg] = -1;
    if ((s.mark[i]! & (M.QUAL | M.ORG | M.SERVED)) === 0 && rankOnly(s, seg, i)) {
      segRank[seg] = RO.bits;
      segRankAny = true;
      out.segBits |= RO.bits;
      if (RO.grade > 0) out.grade = RO.grade;
      for (let x = i; x < RO.end; x++) if (s.word[x]!.r !== 0 && (s.mark[x]! & M.NOISE) === 0) out.segIdx.push(x);
      i = RO.end;
      continue;
    }
    let j = i;
    for (; j < n && s.seg[j] === seg; j++) {
      const k = s.word[j]!.k;
      if ((s.mark[j]! & M.NOISE) !== 0) continue;
      if ((k & K.RETAIL) !== 0) retail = true;
      if ((k & K.MATERIAL) !== 0) material = true;
      const adj = s.word[j]!.adj;
      // "Sales Engineer" sells: not an engineering job.
      if ((k & K.NONPROD) !== 0 && (k & K.ROLE) !== 0 && (adj === 'engineering' || adj === 'production') && !(j > 0 && s.word[j - 1]!.w === 'sales')) nonprodRole = true;
      // An engineering discipline named in the title ("Product Development (Mechanical Engineering)").
      if ((s.mark[j]! & M.BRACKET) !== 0 && s.word[j]!.w === 'engineering') nonprodRole = true;
    }
    i = j;
  }

  // The first job word outside every product phrase, outside brackets and qualifiers.
  let otherJob = -1;
  let otherJobWord = '';
  const phrases = finder.phrases;
  let outsideRole = false;
  for (let i = 0; i < n; i++) {
    const k = s.word[i]!.k;
    if ((s.mark[i]! & (M.NOISE | M.QUAL | M.ORG | M.BRACKET)) !== 0) continue;
    // An internship word is the cohort, not another job: "Intern (Product Manager)" names its job in the bracket.
    if ((k & (K.ROLE | K.ANCHOR | K.ABBR)) !== 0 && s.word[i]!.r !== R.INTERN) outsideRole = true;
    if ((k & K.ROLE) === 0 || otherJob !== -1) continue;
    if (segRank[s.seg[i]!] !== -1) continue;
    let inside = false;
    for (let x = 0; x < phrases.length; x++) {
      const p = phrases[x]!;
      if (p.kind !== Kind.NONPROD && i >= p.start && i < p.end) inside = true;
    }
    if (inside) continue;
    otherJob = i;
    otherJobWord = s.word[i]!.w;
  }
  for (let x = 0; x < phrases.length && otherJob === -1; x++) {
    const p = phrases[x]!;
    if (p.kind === Kind.NONPROD && (s.mark[p.anchor]! & (M.BRACKET | M.QUAL)) === 0) otherJob = p.anchor;
  }
  out.otherJob = otherJob;
  // Pick the phrase.
  let best: Phrase | null = null;
  let bestDisc: Phrase | null = null;
  let reason = 'no product role word';
  /** The reason quotes the title's words (it is made for this title, and its text is not kept). */
  let quoted = false;
  for (let x = 0; x < finder.phrases.length; x++) {
    const p = finder.phrases[x]!;
    if (p.kind === Kind.NONPROD || p.fam === Fam.NONE) {
      reason = `"product" heads something else here (${s.text[p.end - 1] || s.word[p.end - 1]!.w})`;
      quoted = true;
      continue;
    }
    const mark = s.mark[p.anchor]!;
    if ((mark & (M.QUAL | M.ORG)) !== 0) {
      reason = 'the product words only qualify the candidate or name the employer';
      quoted = false;
      continue;
    }
    if ((mark & M.SERVED) !== 0 || p.served) {
      reason = 'the job serves a product role, it is not one';
      quoted = false;
      continue;
    }
    if ((mark & M.BRACKET) !== 0 && (outsideRole || (p.kind !== Kind.TITLE && !bracketAfterIntern(s, p)))) {
      reason = 'the product words are a bracketed aside';
      quoted = false;
      continue;
    }
    const after = p.end < n && !isBoundary(s.sep[p.end]!) ? s.word[p.end]!.w : '';
    if (after === 'required' || after === 'experience') {
      reason = 'the product words describe required experience';
      quoted = false;
      continue;
    }
    if (p.fam === Fam.OPS && (retail || storeLocation(s, p))) {
      reason = 'product operations in a shop or store is stock work';
      quoted = false;
      out.adjacent = 'other';
      continue;
    }
    const dev = p.disc !== -1 && s.word[p.disc]!.w === 'development';
    if ((dev || p.headWord === 'developer') && (material || nonprodRole)) {
      reason = 'product development of goods, food or chemistry is engineering or manufacturing';
      quoted = false;
      out.adjacent = material ? 'production' : 'engineering';
      continue;
    }
    if (p.headWord === 'developer' && !p.finserv) {
      reason = 'a product developer makes goods unless the setting is financial';
      quoted = false;
      out.adjacent = 'product-design';
      continue;
    }
    // "Director, Investment Products" heads a bank's product line; "Structured Products" are traded goods.
    // The plural in any language ("productos alimenticios", "gıda ürünleri").
    if (p.material && (p.kind !== Kind.TITLE || s.word[p.anchor]!.w === 'products') && !(p.kind === Kind.BARE && productLine(s, p.anchor - 1, p.anchor))) {
      reason = `"${s.text[p.anchor - 1]} ${s.text[p.anchor]}" are goods`;
      quoted = true;
      continue;
    }
    // "Reliability Engineer - APM Tooling", "Medical Assistant - GPM Clinic": a name, not the job.
    // "APM - Data Centre Build", "APM, Office Fit-Out": on building, trade and facilities work (the
    // evidence that makes "PM, Construction" a project manager) APM and GPM are the assistant and
    // general project manager, in any context; on a shift they are no product role either.
    if ((p.abbr === 'apm' || p.abbr === 'gpm') && p.weak && (otherJob !== -1 || contextEvidence(s, p.head))) {
      reason = `${p.abbr.toUpperCase()} beside another job names something else`;
      quoted = true;
      out.ambiguousAbbr = p.abbr;
      if (otherJob === -1 && !timed(s)) out.adjacent = 'project-management';
      continue;
    }
    if (p.kind === Kind.BARE) {
      if (p.blocked) {
        reason = `the executive heads another function (${s.text[p.start] ?? ''})`;
        quoted = true;
        continue;
      }
      if (p.exec === -1) {
        let prevSeg = s.seg[p.anchor]! - 1;
        const from = segStart(s, p.anchor);
        // "VP, Marketing & Product", "VP, Sales, Marketing & Product": the executive before the
        // comma heads a list of functions ending in product; the list's items are passed over.
        const list = from < p.anchor && functionList(s, from, p.anchor, true);
        let listExec = -1;
        if (list) {
          let at = from;
          while (at > 0 && segRank[s.seg[at - 1]!] === -1) {
            const st = segStart(s, at - 1);
            if (st !== 0 && functionList(s, st, at, false)) {
              at = st;
              continue;
            }
            // "Vice President Sales, Marketing, and Product": the executive opens the list's first item.
            listExec = execOpening(s, st, at);
            break;
          }
          if (at !== from) prevSeg = s.seg[at - 1]!;
        }
        let bits = prevSeg >= 0 ? segRank[prevSeg]! : -1;
        if (listExec !== -1) {
          bits = 0;
          for (let x = segStart(s, listExec); x <= listExec; x++) {
            if (s.word[x]!.r === 0 || (s.mark[x]! & M.NOISE) !== 0) continue;
            bits |= s.word[x]!.r;
            out.segIdx.push(x);
          }
        }
        // "Group Manager, Product", "Senior Manager, Product": a manager of product, when "product" stands alone.
        const groupManager = bits !== -1 && (bits & R.MANAGER) !== 0 && ((bits & R.GROUP) !== 0 || ((bits & R.SENIOR) !== 0 && closesSegment(s, p.anchor) && segStart(s, p.anchor) === p.anchor && s.text[p.anchor] === 'product'));
        if (bits === -1 || ((bits & EXEC_BITS) === 0 && !groupManager) || (!list && jobBefore(s, from, p.anchor))) {
          reason = '"product" alone names a product role only under an executive word';
          quoted = false;
          continue;
        }
      }
      if (!best || seniorPartner(s, best, p)) best = p;
      continue;
    }
    if (p.kind === Kind.DISC) {
      if ((mark & M.BRACKET) !== 0 && !bracketAfterIntern(s, p)) continue;
      const hasRank = p.exec !== -1 || p.bits !== 0 || segRankAny;
      const standalone = otherJob === -1;
      const analyticsOk = p.fam === Fam.AN && (otherJobWord === 'scientist' || otherJobWord === 'analyst');
      // "Level 4 Apprenticeship - Product Management", "Year in Industry – Product Marketing": the
      // discipline an internship opening the title is in (normalizer.ts ranks it band 0), not a
      // qualifier of another job. (In one segment the internship heads the phrase already.)
      // Not an internship of another discipline ("Software Engineering Intern - Fullstack - Product Platform").
      const internshipIn = otherJob !== -1 && s.word[otherJob]!.r === R.INTERN && s.seg[otherJob] === 0 && s.seg[p.anchor] !== 0 && !otherDiscipline(s, otherJob, p);
      // "Product Marketing – Consumer Audio Intern": the discipline first, then the team and the
      // intern closing a later segment (internship boards): an intern in the discipline.
      const teamIntern = otherJob !== -1 && !internshipIn && s.seg[otherJob]! > s.seg[p.anchor]! && teamInternship(s, otherJob);
      if (!hasRank && !standalone && !analyticsOk && !internshipIn && !teamIntern) {
        reason = `the product discipline qualifies another job (${s.text[otherJob]})`;
        quoted = true;
        continue;
      }
      // "Director, Sourcing & Product Management": an executive over two functions, one of them product.
      const jointUnderExec = (out.segBits & EXEC_BITS) !== 0 && coordinatedWith(s, otherJob, Math.min(p.start, p.anchor));
      // "General Manager - Director, Product Analytics": a second job, an executive's, whose rank
      // stands alone in the segment right before the discipline, as a slash would join them.
      const prevSeg = s.seg[p.anchor]! - 1;
      const execSegBefore = prevSeg >= 0 && segRank[prevSeg]! !== -1 && (segRank[prevSeg]! & EXEC_BITS) !== 0 && segStart(s, p.anchor) === Math.min(p.start, p.anchor);
      if (hasRank && p.exec === -1 && p.bits === 0 && !standalone && !analyticsOk && otherJob < p.anchor && !jointUnderExec && !execSegBefore) {
        reason = `the product discipline qualifies another job (${s.text[otherJob]})`;
        quoted = true;
        continue;
      }
      if (!bestDisc) bestDisc = p;
      continue;
    }
    if (!best || seniorPartner(s, best, p)) best = p;
  }
  out.phrase = best ?? bestDisc;
  if (out.phrase === null) {
    out.reason = reason;
    out.quoted = quoted;
    if (out.adjacent === null) out.adjacent = adjacentOf(s, finder);
    if (finder.phrases.length === 0) {
      for (let i = 0; i < n; i++) {
        const w = s.word[i]!.w;
        if ((s.word[i]!.k & K.ABBR) !== 0 && (s.mark[i]! & M.TIME) === 0 && (w === 'pm' || w === 'po' || w === 'apm')) {
          out.ambiguousAbbr = w;
          out.reason = `"${w.toUpperCase()}" alone is too ambiguous to call a product role`;
          out.quoted = true;
        }
      }
      if (out.ambiguousAbbr === '' && reason === 'no product role word') {
        for (let i = 0; i < n; i++) {
          if (s.word[i]!.w === 'pm' && (s.mark[i]! & M.TIME) !== 0) {
            out.reason = '"PM" here is a time of day';
            out.quoted = false;
          }
        }
      }
    }
    return out;
  }
  out.reason = 'product phrase';
  return out;
}

/**
 * Most titles have no product word, no product abbreviation and no "prod": no phrase can form,
 * and what the full analysis would say comes down to the first other job (outside rank-only
 * segments, brackets, qualifiers and the employer's name) and the look-alike family.
 */
function noProductWord(s: Stream, finder: PhraseFinder, out: Analysis): Analysis {
  let otherJob = -1;
  let checkedSeg = -1;
  for (let i = 0; i < s.n && otherJob === -1; i++) {
    if ((s.word[i]!.k & K.ROLE) === 0 || (s.mark[i]! & (M.NOISE | M.QUAL | M.ORG | M.BRACKET)) !== 0) continue;
    const seg = s.seg[i]!;
    if (seg === checkedSeg) continue;
    const from = segStart(s, i);
    if ((s.mark[from]! & (M.QUAL | M.ORG | M.SERVED)) === 0 && rankOnly(s, seg, from)) {
      checkedSeg = seg;
      continue;
    }
    otherJob = i;
  }
  out.otherJob = otherJob;
  out.reason = 'no product role word';
  out.adjacent = adjacentOf(s, finder);
  return out;
}

/**
 * "Graduate Trainee (Product Management)", as boards of India, Africa and South-East Asia write
 * their trainee schemes: a discipline in the bracket that opens right after the trainee or intern
 * word names the scheme's discipline, as a job there names its job ("Intern (Product Owner)").
 */
function bracketAfterIntern(s: Stream, p: Phrase): boolean {
  const start = Math.min(p.start, p.anchor);
  if (start === 0 || s.depth[start - 1]! >= s.depth[start]!) return false;
  // Singular only: no internship word of the lexicon ends in "s" but its plural ("Trainees (…)" lists people).
  return s.word[start - 1]!.r === R.INTERN && !s.text[start - 1]!.endsWith('s') && (s.mark[start - 1]! & (M.QUAL | M.ORG)) === 0;
}

/**
 * Is word i a singular internship word closing its segment ("Consumer Audio Intern",
 * "Content Internship/Co-op") with no job or function word before it in the segment?
 */
function teamInternship(s: Stream, i: number): boolean {
  const w = s.word[i]!;
  if (w.r !== R.INTERN || isPlural(s.text[i]!, w.w) || s.text[i] === 'student' || (s.mark[i]! & (M.QUAL | M.ORG)) !== 0) return false;
  for (let j = i + 1; j < s.n && s.seg[j] === s.seg[i]; j++) {
    if ((s.mark[j]! & M.NOISE) === 0 && s.num[j]! === 0 && s.word[j]!.r !== R.INTERN) return false;
  }
  return !jobBefore(s, segStart(s, i), i);
}

/**
 * A job or function word before word `to` that the phrase does not name: "Software Engineering
 * Intern - Product Platform" is an engineering internship, "Marketing Apprentice - Product
 * Marketing" one in product marketing.
 */
function otherDiscipline(s: Stream, to: number, p: Phrase): boolean {
  for (let i = 0; i < to; i++) {
    if ((s.mark[i]! & M.NOISE) !== 0 || (s.word[i]!.k & (K.ROLE | K.FUNCTION)) === 0) continue;
    let named = false;
    for (let j = p.start; j < p.end; j++) if (s.word[j]!.w === s.word[i]!.w) named = true;
    if (!named) return true;
  }
  return false;
}

/**
 * "Product Operations Lead | Brickell City Centre": a lead of product operations followed,
 * after a pipe, only by words the lexicon does not know (a place) is a store's stock lead.
 */
function storeLocation(s: Stream, p: Phrase): boolean {
  if ((p.bits & R.LEAD) === 0 && p.headWord !== 'lead') return false;
  let pipe = -1;
  for (let i = p.end; i < s.n; i++) if (s.sep[i] === 9 /* Sep.PIPE */) pipe = i;
  if (pipe === -1) return false;
  for (let i = pipe; i < s.n; i++) {
    if ((s.mark[i]! & M.NOISE) !== 0 || (s.word[i]!.k & (K.SKIP | K.CONNECT | K.COORD)) !== 0) continue;
    if (s.word[i]!.w !== '') return false;
  }
  return true;
}

/**
 * "GPM/Head of Product", "Sr. PM & Director of Product": two product jobs joined by a slash, an
 * ampersand or "and", of which only the later has an executive word. The title takes the senior part.
 */
function seniorPartner(s: Stream, first: Phrase, later: Phrase): boolean {
  if (later.exec === -1 || first.exec !== -1 || later.start < first.end) return false;
  let joined = false;
  for (let x = first.end; x <= later.start; x++) {
    const sep = s.sep[x]!;
    if (isBoundary(sep)) return false;
    if (sep === Sep.SLASH || sep === Sep.AMP) joined = true;
    if (x === later.start) break;
    if ((s.word[x]!.k & K.COORD) !== 0) joined = true;
    else if ((s.mark[x]! & M.NOISE) === 0) return false;
  }
  return joined;
}
