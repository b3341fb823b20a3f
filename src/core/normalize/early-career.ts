import { isBoundary } from './chars.js';
import { R } from './ranks.js';
import { M, closesSegment, remove, type Stream } from './stream.js';
import type { Vocabulary } from './vocabulary.js';
import { K } from './words.js';

// Internship and early-career words that only their neighbours make what they are: a French
// "Stage", a programme that is a graduate scheme.

/** Reads the early-career words of a title beside their neighbours; true when a word changed. */
export function readEarlyCareer(s: Stream, vocab: Vocabulary): boolean {
  const joined = joinSchemePairs(s, vocab);
  markSchemes(s);
  markTracks(s);
  return readSummer(s, vocab) || joined;
}

/** First words of the two-word early-career schemes read by schemePair. */
const SCHEME_OPENERS: ReadonlySet<string> = new Set(['degree', 'fresh', 'graduate', 'job', 'insight', 'insights', 'jovenes']);

/** Words after "graduate" that make it hiring of new graduates ("Graduate Recruitment"), not a recruiter's job. */
const GRADUATE_HIRING: ReadonlySet<string> = new Set(['hire', 'hiring', 'recruitment', 'recruiting']);

/**
 * "Degree Apprenticeship", "Fresh Graduate", "Graduate Recruitment", "Job Shadowing", "Insight
 * Week", "Jóvenes Profesionales": the early-career scheme one joins, read as one rank word.
 */
function joinSchemePairs(s: Stream, vocab: Vocabulary): boolean {
  let changed = false;
  for (let i = 0; i + 1 < s.n; i++) {
    const a = s.text[i]!;
    if (!SCHEME_OPENERS.has(a) || isBoundary(s.sep[i + 1]!) || !schemePair(s, i)) continue;
    s.word[i] = vocab.canonical(a === 'degree' || a === 'job' || a === 'insight' || a === 'insights' ? 'intern' : 'graduate');
    s.text[i] = `${a} ${s.text[i + 1]}`;
    s.mark[i] = 0;
    remove(s, i + 1);
    changed = true;
  }
  return changed;
}

/**
 * Is words i, i+1 an early-career scheme: a degree apprenticeship (the British apprenticeship
 * that ends in a bachelor's degree), a fresh graduate (Asian boards' new graduate), graduate
 * recruitment (optionally "open", the Korean and Japanese yearly intake), job shadowing or an
 * insight week or day (a few days of watching the work, for students), or a young
 * professionals' programme ("Jóvenes Profesionales", the Latin American graduate intake)?
 */
function schemePair(s: Stream, i: number): boolean {
  const a = s.text[i]!;
  let b = s.text[i + 1]!;
  if (a === 'degree') return s.word[i + 1]!.w === 'intern' && b.startsWith('apprentic');
  if (a === 'fresh') return s.word[i + 1]!.w === 'graduate' && b.startsWith('grad');
  if (a === 'graduate') {
    if (b === 'open' && i + 2 < s.n && !isBoundary(s.sep[i + 2]!) && GRADUATE_HIRING.has(s.text[i + 2]!)) {
      remove(s, i + 1);
      b = s.text[i + 1]!;
    }
    return GRADUATE_HIRING.has(b);
  }
  if (a === 'job') return b === 'shadowing';
  if (a === 'insight' || a === 'insights') return b === 'week' || b === 'day' || b === 'days';
  return b === 'profesionales';
}

/** The branch words of a scheme: "Product Management Track", "Product Stream", "Product Pathway". */
const TRACKS = new Set(['track', 'tracks', 'stream', 'streams', 'pathway', 'pathways']);

/**
 * A graduate or internship scheme names the branch one joins after its discipline: "Graduate
 * Programme – Product Management Track", "Rotational Program: Product Management Stream". Where the title
 * names such a scheme, a branch word closing its segment after a discipline or a role is the
 * scheme's wording, not a job the discipline heads (a "product management track" is not a
 * track's manager); it is marked as noise.
 */
function markTracks(s: Stream): void {
  let scheme = false;
  for (let j = 0; j < s.n && !scheme; j++) scheme = earlyCareer(s, j);
  if (!scheme) return;
  for (let i = 1; i < s.n; i++) {
    if (!TRACKS.has(s.text[i]!) || isBoundary(s.sep[i]!) || !closesSegment(s, i)) continue;
    if ((s.word[i - 1]!.k & (K.DISC | K.ROLE)) !== 0) s.mark[i]! |= M.NOISE;
  }
}

/**
 * "Summer Analyst", "Summer Associate": the summer internships of banks, consultancies and law
 * firms. A season is noise elsewhere ("Summer 2027", "Summer Camp Counselor"). A fellowship
 * named with a summer anywhere in the title is a student's internship ("Product Fellow (Summer 2027)").
 */
function readSummer(s: Stream, vocab: Vocabulary): boolean {
  let changed = false;
  let summer = false;
  for (let i = 0; i < s.n; i++) if (s.text[i] === 'summer') summer = true;
  if (!summer) return false;
  for (let i = 0; i < s.n; i++) {
    if (s.word[i]!.w !== 'fellow') continue;
    s.word[i] = vocab.canonical('intern');
    changed = true;
  }
  for (let i = 0; i + 1 < s.n; i++) {
    if (s.text[i] !== 'summer' || isBoundary(s.sep[i + 1]!)) continue;
    const next = s.word[i + 1]!;
    if (next.r !== R.ANALYST && next.r !== R.ASSOCIATE) continue;
    s.word[i] = vocab.canonical('intern');
    s.mark[i]! &= ~M.NOISE;
    changed = true;
  }
  return changed;
}

/**
 * Early-career schemes: "Rotational Program", "Graduate Programme", "Internship Program 2027",
 * "APM Program". A programme word that closes its segment right after an early-career word
 * names the scheme the person joins, not programme management: it is marked as noise, so the
 * rest of the title ("Product Management Rotational Program") is read as the job.
 */
function markSchemes(s: Stream): void {
  for (let i = 1; i < s.n; i++) {
    if (s.word[i]!.w !== 'program' || !closesSegment(s, i)) continue;
    // "Graduate Product Management Programme": the scheme's word opens the segment, its discipline between.
    if (schemeOpens(s, i)) {
      s.mark[i]! |= M.NOISE;
      continue;
    }
    let prev = -1;
    for (let j = i - 1; j >= 0 && !isBoundary(s.sep[j + 1]!); j--) {
      if ((s.mark[j]! & M.NOISE) === 0) {
        prev = j;
        break;
      }
    }
    // "Graduate Development Programme": the scheme's own name, of an early-career word.
    if (prev > 0 && s.text[prev] === 'development' && !isBoundary(s.sep[prev]!) && earlyCareer(s, prev - 1)) {
      s.mark[prev]! |= M.NOISE;
      prev--;
    }
    if (prev !== -1 && earlyCareer(s, prev)) s.mark[i]! |= M.NOISE;
  }
}

/** Does the segment of the programme word i open with a graduate or internship word, with only a product discipline between? */
function schemeOpens(s: Stream, i: number): boolean {
  let j = i - 1;
  while (j > 0 && !isBoundary(s.sep[j]!)) j--;
  while (j < i && (s.mark[j]! & M.NOISE) !== 0) j++;
  if (j + 2 >= i || (s.word[j]!.w !== 'graduate' && s.word[j]!.r !== R.INTERN)) return false;
  if ((s.word[j + 1]!.k & K.ANCHOR) === 0) return false;
  for (let x = j + 2; x < i; x++) if ((s.word[x]!.k & K.DISC) === 0 && (s.mark[x]! & M.NOISE) === 0) return false;
  return true;
}

/** Interns, trainees, rotational, graduate and associate schemes, and the APM programme. */
function earlyCareer(s: Stream, j: number): boolean {
  const w = s.word[j]!;
  return w.r === R.INTERN || w.w === 'rotational' || w.w === 'graduate' || w.w === 'apm' || (w.r === R.ASSOCIATE && (w.k & K.PERSON) !== 0);
}

/** How long an internship lasts: "Stage 6 mois", "Stage de 6 meses". */
const DURATIONS = new Set(['mois', 'month', 'months', 'mes', 'meses', 'mesi', 'monat', 'monate', 'maand', 'maanden', 'semaines', 'semanas', 'settimane', 'weeks']);

/** "Stage Assistant Chef de Produit", "Stage Junior Product Owner": an entry rank before a job after the stage. */
function assistantAfter(s: Stream, next: number): boolean {
  const w = s.word[next]!.w;
  if (w !== 'assistant' && w !== 'junior') return false;
  const after = next + 1 < s.n && !isBoundary(s.sep[next + 1]!) ? s.word[next + 1]!.k : 0;
  return (after & (K.ANCHOR | K.FOREIGN_PRE | K.ABBR | K.PROD)) !== 0;
}

/** Italian kinds of internship: "Stage curriculare" (for credit), "Stage extracurriculare", "Stage retribuito" (paid). */
const STAGE_KINDS = new Set(['curriculare', 'extracurriculare', 'retribuito']);

/**
 * "Stage" is an internship in French and Italian: read so where it stands apart beside a title
 * ("Stage - Chef de produit", "Product Owner (stage)", "Stage Product Manager", "Chef de produit
 * en stage"), not in "Stage Manager" or "Early Stage".
 */
export function readStage(s: Stream, vocab: Vocabulary): void {
  for (let i = 0; i < s.n; i++) {
    if (s.word[i]!.w !== 'stage' || (s.mark[i]! & (M.ORG | M.QUAL)) !== 0) continue;
    let prev = -1;
    for (let j = i - 1; j >= 0 && !isBoundary(s.sep[j + 1]!); j--) {
      if ((s.mark[j]! & M.NOISE) === 0) {
        prev = j;
        break;
      }
    }
    let next = -1;
    for (let j = i + 1; j < s.n && !isBoundary(s.sep[j]!); j++) {
      if ((s.mark[j]! & M.NOISE) === 0) {
        next = j;
        break;
      }
    }
    let internship: boolean;
    if (prev !== -1) {
      // "... en stage", "... in stage": after a linking word, at the end of its segment.
      const pt = s.text[prev]!;
      internship = next === -1 && (pt === 'en' || pt === 'in' || pt === 'em' || pt === 'di' || pt === 'de');
    } else if (next === -1) internship = true;
    else {
      const k = s.word[next]!.k;
      // "Stage Product Owner", "Stage Chef de produit", "Stage de 6 mois", "Stage 6 mois", "Stage curriculare".
      internship = (k & (K.ANCHOR | K.FOREIGN_PRE | K.ABBR | K.CONNECT | K.PROD)) !== 0 || s.text[next] === 'en' || DURATIONS.has(s.text[next]!) || STAGE_KINDS.has(s.text[next]!) || assistantAfter(s, next);
    }
    if (internship) s.word[i] = vocab.canonical('intern');
  }
}
