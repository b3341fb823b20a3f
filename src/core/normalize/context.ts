import * as z from 'zod';
import { isBoundary, Sep } from './chars.js';
import { M, closesSegment, type Stream } from './stream.js';
import { K } from './words.js';
import { managerAfter } from './phrase-left.js';
import { Kind, type Phrase } from './phrase-model.js';
import { Fam } from './words.js';
import { GRADE_WORDS, genericLevelCode } from './level.js';

/**
 * The context a title is read in, and everything that depends on it.
 *
 * - `general`: a mixed list of postings or survey answers from every industry. The shorthand of
 *   product teams is ambiguous there ("Senior PM" builds as many car parks as it ships apps), so
 *   it counts as product only with a product word or area beside it ("Data PM", "Sr. PM, Growth").
 * - `product`: a product organisation's roster, or a person naming their own product role. The
 *   shorthand is product there (Sr. PM, SPM, GPM, APM, PM II, Director of PM, Prod Mgr, Prod
 *   Analyst, PO, PMM, ProdOps, TPM, an org-chart path "Product | team | rank") unless the title
 *   carries explicit evidence of another job (contextEvidence()).
 *
 * The rules that read a title ask this module, and only this module, what the context allows.
 */
export const TitleContext = z
  .enum(['general', 'product'])
  .describe('the context the title is read in: "general" (a mixed list of postings, the default) or "product" (a product organisation, where "Senior PM" or "PO" is a product role)');
export type TitleContext = z.infer<typeof TitleContext>;

export const DEFAULT_CONTEXT: TitleContext = 'general';

/**
 * The shorthand whose reading depends on the context. TPM is a technical product manager in a
 * product organisation; in a general list of postings it is far more often a technical
 * programme manager (the title of that job at most large software employers), so there it
 * needs the words "product manager" spelt out.
 */
export const CONTEXT_SHORTHAND: ReadonlySet<string> = new Set(['pm', 'spm', 'apm', 'gpm', 'po', 'tpm', 'pdm', 'gmp', 'prod']);

/**
 * Trades, building and delivery work: a "PM" beside them manages a project, in any
 * organisation ("Senior PM, Civil Works", "Electrical PM", "PM – Data Centre Build").
 */
const PROJECT_EVIDENCE: ReadonlySet<string> = new Set([
  'construction', 'drywall', 'civil', 'electrical', 'plumbing', 'mechanical', 'hvac', 'roofing', 'highway', 'highways', 'bridge', 'bridges',
  'road', 'roads', 'roadworks', 'rail', 'railway', 'tunnel', 'site', 'sites', 'building', 'buildings', 'works', 'fitout', 'interiors', 'demolition',
  'excavation', 'masonry', 'carpentry', 'framing', 'painting', 'landscaping', 'paving', 'utilities', 'utility', 'pipeline', 'wastewater', 'solar',
  'renovation', 'renovations', 'remodel', 'remodeling', 'refurbishment', 'restoration', 'installation', 'installations', 'build', 'buildout',
  // The short forms of site and office work in trackers and HR exports ("PM – Racking Install", "PM, Office Reno").
  'install', 'installs', 'reno', 'renos', 'refurb', 'refurbs', 'relo',
  'migration', 'migrations', 'implementation', 'implementations', 'rollout', 'deployment', 'deployments', 'cutover', 'relocation', 'upgrade', 'upgrades',
  'plant', 'plants', 'refinery', 'refineries', 'substation', 'substations', 'retrofit', 'commissioning', 'shutdown', 'shutdowns', 'turnaround', 'turnarounds',
  'capital', 'facilities', 'facility', 'maintenance', 'preventive', 'preventative', 'property', 'properties', 'residential', 'estate', 'equity', 'equities',
  'hedge', 'trading', 'quant', 'bonds', 'income', 'portfolio',
  // The same in other languages: building sites, civil and building-services work.
  'bau', 'tiefbau', 'hochbau', 'bauleitung', 'baustelle', 'elektro', 'elektrotechnik', 'haustechnik', 'tga', 'sanitar', 'heizung', 'bouw',
  'installatie', 'installaties', 'chantier', 'chantiers', 'travaux', 'btp', 'obra', 'obras', 'construccion', 'instalaciones', 'cantiere', 'cantieri',
  'edilizia', 'impianti', 'budowa', 'budowy', 'budowlany', 'budowlanego', 'bygg', 'anlaggning',
  // Shift work, where "PM" is the evening shift: restaurants, kitchens, shop floors. (Not hotels,
  // stores or yards: travel, app-store and logistics products are named so.)
  'restaurant', 'restaurants', 'kitchen', 'cafe', 'diner', 'catering', 'banquet', 'banquets', 'housekeeping', 'bartender', 'barista',
  'dishwasher', 'keyholder', 'holder', 'crew', 'mall', 'supermarket', 'boutique',
]);

/**
 * Departments and methods named right beside a "PM" that make it the project manager they employ,
 * in a product organisation too: marketing, creative, events, design and localisation teams,
 * agile and scrum delivery, professional services, IT. ("Design Systems PM" is product: the word
 * must stand right beside the "PM".)
 */
const PROJECT_DEPARTMENTS: ReadonlySet<string> = new Set([
  'marketing', 'creative', 'event', 'events', 'design', 'designops', 'studio', 'agency', 'campaign', 'campaigns', 'localization', 'localisation',
  'translation', 'editorial', 'print', 'agile', 'scrum', 'waterfall', 'kanban', 'services', 'it',
]);

/**
 * Look-alike families whose function word is evidence of another job anywhere in the title.
 * Engineering only as the words engineering and engineer: security, testing or developer
 * platforms are product areas ("Staff PM, Security", "GPM, Developer Platform"), and so is
 * delivery ("PM, Delivery Experience").
 */
const OTHER_JOB_FAMILIES: ReadonlySet<string> = new Set(['project-management', 'program-management', 'production']);

/**
 * Does the title name another job, whatever the context? Anywhere in the title: a time of day
 * or a shift ("PM Shift 7AM-3PM"), a project, programme, production or engineering word, a
 * trade or building word, goods. Before the shorthand or in its own segment: another job noun
 * that is not a rank ("Truck Driver - PM", "PM Coordinator", "PO Processing Clerk"); after it in
 * its segment, a job noun or discipline, which it then only qualifies ("PM Manager", "SPM
 * Operations Manager"). A job noun in a later segment names the users or the area ("Staff PM -
 * Patient Scheduling"). `at` is the shorthand itself.
 */
export function contextEvidence(s: Stream, at: number): boolean {
  const abbreviation = s.word[at]!.w !== 'prod';
  for (let j = 0; j < s.n; j++) {
    if (j === at) continue;
    const mark = s.mark[j]!;
    const w = s.word[j]!;
    const k = w.k;
    // A time or a shift anywhere ("PM (Evening Shift)"); another "PM" is not one.
    if ((mark & M.TIME) !== 0 || ((k & K.TIME) !== 0 && (k & K.ABBR) === 0)) return true;
    if ((mark & M.NOISE) !== 0) continue;
    if (((k & K.MATERIAL) !== 0 || PROJECT_EVIDENCE.has(s.text[j]!)) && !productArea(s, j)) return true;
    if (w.adj !== null && (k & (K.FUNCTION | K.NONPROD)) !== 0 && OTHER_JOB_FAMILIES.has(w.adj) && !offerPackaging(s, j)) return true;
    if (w.w === 'engineering' || w.w === 'engineer') return true;
    const together = j < at ? sameSegment(s, j, at) : sameSegment(s, at, j);
    // "Marketing PM", "Event PM", "Agile PM", "PM IT": the department or method a project manager works in.
    if (together && (j === at - 1 || j === at + 1) && PROJECT_DEPARTMENTS.has(s.text[j]!) && (s.word[at]!.w === 'pm' || s.word[at]!.w === 'spm') && !linkedLead(s, at, j)) return true;
    // "PM Houseperson", "PM Valet": a title opening with "PM" and one unknown noun after it is that job on the evening shift.
    // After another abbreviation, which names no time, only an unknown agent noun is a job ("PO Picker"); another word
    // names the team, often in the team's language ("PO Kasse", "GPM Betaalverkeer").
    if (j === at + 1 && at === firstWord(s) && abbreviation && together && w.w === '' && closesSegment(s, j) && (s.word[at]!.w === 'pm' || agentNoun(s.text[j]!))) return true;
    // A job that serves someone, before the shorthand ("Medical Assistant - GPM Clinic").
    if (j < at && !together && (k & K.SERVED) !== 0 && (k & K.ROLE) !== 0) return true;
    if ((k & (K.ROLE | K.DISC)) === 0 || (k & (K.SENIORITY | K.EXEC)) !== 0 || CONTEXT_SHORTHAND.has(w.w)) continue;
    if (j > at && !together) continue;
    if (together && jointJob(s, at, j)) continue;
    // After "Prod Ops" or "Prod Mgr" a job noun is its head ("Prod Ops Analyst"); "PM Manager" manages PMs.
    if (j > at) {
      if (j === managerAfter(s, at)) continue;
      if (abbreviation) return true;
      continue;
    }
    // "Manager, PM", "Sr. Manager - PO": a manager standing alone before the shorthand is its rank (the manager of PMs).
    if (w.w === 'manager' && !together && s.seg[j]! + 1 === s.seg[at] && rankSegment(s, j)) continue;
    // "Owner: PM Checkout": a job noun alone before a colon, opening the title, names a field of
    // meeting notes or a tracker, not a second job.
    if (!together && j === firstWord(s) && s.sep[j + 1] === Sep.COLON && FIELD_NAMES.has(w.w)) continue;
    // "Consultant PO – via agency", "Consultora PM": a consultant opening the title right before the
    // shorthand is how the holder is engaged, as "Contract PM" or "Freelance PO" is (not "IT Consultant PO").
    if (together && j === at - 1 && w.w === 'consultant' && j === firstWord(s)) continue;
    // "Mentor | Group PM @ …", "Mentor, co-PO": a mentor alone in a segment before the shorthand is a
    // hat of a profile or speaker line, not a second employment ("Truck Driver - PM" still is one).
    if (!together && j < at && s.text[j] === 'mentor' && aloneInSegment(s, j)) continue;
    if ((k & K.ROLE) !== 0 && (k & K.ANCHOR) === 0 && (!together || (w.w !== 'manager' && w.w !== 'owner'))) return true;
  }
  return false;
}

/**
 * The jobs a product organisation lists beside its PMs and POs, as their words read (a French
 * "chargé" or "responsable" reads "manager"): held together with the shorthand, they are a second
 * job of the same person. Not shop-floor, trade or care jobs ("Truck Driver / PM", "PM / Estimator"),
 * testers (engineering, as an engineer anywhere in the title is), specialists (a physician's
 * specialty is written with "and" beside a letter or two), or business analysts: "PM/BA" is the
 * project manager and analyst of change programmes as often ("PO/BA" reads by its own rule).
 */
const NEIGHBOUR_JOBS: ReadonlySet<string> = new Set([
  'designer', 'coach', 'analyst', 'developer', 'development', 'research', 'manager', 'master', 'scientist', 'architect', 'consultant',
  'writer', 'strategist', 'marketer',
]);

/**
 * "Mentor et PO", "PO / Designer", "Designer & PM": the shorthand joined to another job by a slash,
 * an ampersand or "and" in any language right beside it. Two jobs held together, the product one
 * kept, as "PO/BA" and "Coach / Product Owner" read; a job noun right after the shorthand with no
 * such link still heads or qualifies it ("PO Picker", "PM Coordinator").
 */
function jointJob(s: Stream, at: number, j: number): boolean {
  if (!NEIGHBOUR_JOBS.has(s.word[j]!.w)) return false;
  if (j > at) return at + 1 < j ? s.sep[at + 1] === Sep.SLASH || s.sep[at + 1] === Sep.AMP || (s.word[at + 1]!.k & K.COORD) !== 0 : s.sep[j] === Sep.SLASH || s.sep[j] === Sep.AMP;
  return s.sep[at] === Sep.SLASH || s.sep[at] === Sep.AMP || (at - 1 > j && (s.word[at - 1]!.k & K.COORD) !== 0);
}

/**
 * "PM/Design Lead", "PM & Design Manager": a department linked to the shorthand by a slash or an
 * ampersand and heading its own job right after it (a lead, manager or director of design) is a
 * second job of the same person, not the department a project manager serves ("Design PM").
 */
function linkedLead(s: Stream, at: number, j: number): boolean {
  if (j !== at + 1 || (s.sep[j] !== Sep.SLASH && s.sep[j] !== Sep.AMP) || j + 1 >= s.n || s.sep[j + 1] !== Sep.SPACE) return false;
  const head = s.word[j + 1]!;
  return head.w === 'lead' || ((head.k & K.PERSON) !== 0 && (head.k & K.ROLE) !== 0);
}

/**
 * A trade or goods word that names a product area, followed by a technology word ("Senior PM
 * (Construction Tech)", "PM, Property Software", "Maintenance Platform PM").
 */
function productArea(s: Stream, j: number): boolean {
  if (j + 1 >= s.n || isBoundary(s.sep[j + 1]!)) return false;
  const next = s.word[j + 1]!;
  return (next.k & (K.PM_CUE | K.ANCHOR)) !== 0 || next.w === 'technical' || next.w === 'software';
}

/** The fields of meeting notes, trackers and decision records (RACI, DACI) that name who holds a task. */
const FIELD_NAMES: ReadonlySet<string> = new Set(['owner', 'approver', 'reviewer', 'assignee', 'sponsor', 'contact', 'responsible', 'accountable', 'author']);

/** "Pricing & Packaging": the packaging of an offer (its plans and bundles) beside its pricing, not goods being packed. */
function offerPackaging(s: Stream, j: number): boolean {
  if (s.word[j]!.w !== 'packaging' || j < 1) return false;
  const sep = s.sep[j]!;
  if (sep === Sep.AMP || sep === Sep.SLASH) return s.text[j - 1] === 'pricing';
  return j >= 2 && (s.word[j - 1]!.k & K.COORD) !== 0 && s.text[j - 2] === 'pricing';
}

/** Word j's segment holds only it and rank words ("Sr."; not "General") or noise. */
function rankSegment(s: Stream, j: number): boolean {
  return onlyInSegment(s, j, true);
}

/** Word j's segment holds only it, or it and noise. */
function aloneInSegment(s: Stream, j: number): boolean {
  return onlyInSegment(s, j, false);
}

/** Every other word of word j's segment is noise, or (`ranks`) a rank word. */
function onlyInSegment(s: Stream, j: number, ranks: boolean): boolean {
  let a = j;
  while (a > 0 && !isBoundary(s.sep[a]!)) a--;
  for (let x = a; x < s.n && (x === a || !isBoundary(s.sep[x]!)); x++) {
    if (x === j || (s.mark[x]! & M.NOISE) !== 0) continue;
    if (!ranks || (s.word[x]!.k & K.SENIORITY) === 0 || s.word[x]!.r === 0) return false;
  }
  return true;
}

/** An English noun of a person who does something: "picker", "receiver", "inspector", "houseperson" (not Dutch "-eer" words). */
function agentNoun(t: string): boolean {
  return (t.endsWith('er') && !t.endsWith('eer')) || t.endsWith('or') || t.endsWith('ist') || t.endsWith('ant') || t.endsWith('ian') || t.endsWith('person');
}

/** The first word that is not noise. */
function firstWord(s: Stream): number {
  for (let j = 0; j < s.n; j++) if ((s.mark[j]! & M.NOISE) === 0) return j;
  return -1;
}

/** No segment boundary between words a and b (a < b). */
function sameSegment(s: Stream, a: number, b: number): boolean {
  for (let x = a + 1; x <= b; x++) if (isBoundary(s.sep[x]!)) return false;
  return true;
}

/** Words that make a segment of an org-chart path more than a team's name. */
const NOT_TEAM = K.ROLE | K.FUNCTION | K.NONPROD | K.EXEC | K.ABBR | K.ANCHOR | K.PROD | K.DISC | K.MATERIAL | K.TIME | K.SENIORITY | K.CONNECT | K.COORD | K.RETAIL;

/**
 * An org-chart path in the product context: "Product | Payments | Senior", "Product / Search /
 * Staff". The function opens the path in a segment of its own, teams follow, and a segment of
 * rank words only gives the rank: a product manager of that rank. Without a rank segment, or
 * with a job, function, discipline or trade in the path ("Product | Support | Senior"), it is not
 * read so. Turns the bare phrase p of "product" at i into that title; false when the path is not one.
 */
export function orgChartPath(s: Stream, i: number, p: Phrase): boolean {
  const first = firstWord(s);
  if ((first !== i && !fieldLabel(s, first, i)) || !closesSegment(s, i) || s.depth[i] !== 0) return false;
  let rank = false;
  for (let j = i + 1; j < s.n; ) {
    const end = segmentEnd(s, j);
    const kind = pathSegment(s, j, end);
    if (kind === PATH_NONE) return false;
    if (kind === PATH_RANK) rank = true;
    j = end;
  }
  if (!rank) return false;
  // Ranks may come in more than one field: "Product | P4 | Senior".
  for (let j = i + 1; j < s.n; ) {
    const end = segmentEnd(s, j);
    if (pathSegment(s, j, end) === PATH_RANK) {
      for (let x = j; x < end; x++) {
        if ((s.mark[x]! & M.NOISE) !== 0) continue;
        p.bits |= s.word[x]!.r;
        p.rankIdx.push(x);
      }
    }
    j = end;
  }
  p.kind = Kind.TITLE;
  p.fam = Fam.PM;
  p.head = i;
  p.headWord = 'manager';
  p.weak = false;
  p.byContext = true;
  return true;
}

function segmentEnd(s: Stream, j: number): number {
  let end = j + 1;
  while (end < s.n && !isBoundary(s.sep[end]!)) end++;
  return end;
}

const PATH_NONE = 0;
const PATH_TEAM = 1;
const PATH_RANK = 2;

/** What the segment s[j, end) of an org-chart path is: a team's name, the rank, or neither (the path is not one). */
function pathSegment(s: Stream, j: number, end: number): number {
  let ranks = 0;
  let team = 0;
  for (let x = j; x < end; x++) {
    // A job-architecture row gives the rank as a level code or a grade ("Product | M3", "level 3").
    if (s.code[x] !== '' ? genericLevelCode(s.code[x]!, s.num[x]!) >= 0 : s.num[x]! >= 1 && s.num[x]! <= 5 && x > j && GRADE_WORDS.has(s.text[x - 1]!)) {
      ranks++;
      continue;
    }
    if ((s.mark[x]! & M.NOISE) !== 0 || GRADE_WORDS.has(s.text[x]!)) continue;
    const w = s.word[x]!;
    if ((w.k & K.SENIORITY) !== 0 && w.r !== 0 && (w.k & (K.EXEC | K.ABBR)) === 0) ranks++;
    else if ((w.k & NOT_TEAM) === 0 && !PROJECT_EVIDENCE.has(s.text[x]!)) team++;
    else return PATH_NONE;
  }
  if (ranks > 0) return team > 0 ? PATH_NONE : PATH_RANK;
  return PATH_TEAM;
}

/** The names of a job-architecture field that holds the function: "Job family: Product", "Department: Product". */
const FIELD_LABELS: ReadonlySet<string> = new Set(['job', 'family', 'function', 'department', 'dept', 'org']);

/** Words a..i-1 are only a field's name, and a colon (or "=") sets "product" at i apart from them. */
function fieldLabel(s: Stream, a: number, i: number): boolean {
  if (a < 0 || a >= i || s.sep[i] !== Sep.COLON) return false;
  for (let x = a; x < i; x++) if ((x > a && isBoundary(s.sep[x]!)) || !FIELD_LABELS.has(s.text[x]!)) return false;
  return true;
}

/** In the product context, is the shorthand at i a product role? */
export function productShorthand(s: Stream, i: number, product: boolean): boolean {
  return product && (s.mark[i]! & M.TIME) === 0 && !contextEvidence(s, i);
}

/** Could the product context read this title differently? (Only then is it read a second time.) */
export function contextMayMatter(s: Stream): boolean {
  if ((s.kinds & (K.ABBR | K.PROD)) === 0) return false;
  for (let i = 0; i < s.n; i++) if (CONTEXT_SHORTHAND.has(s.word[i]!.w) && (s.mark[i]! & M.TIME) === 0) return true;
  return false;
}

/** The family rule of a shorthand that only the product context made a product role. */
export function contextFamilyRule(abbr: string): string {
  if (abbr === 'product') return 'an org-chart path (product, team, rank) read in the product context';
  return `${abbr === 'prod' ? 'Prod' : abbr === 'pdm' ? 'PdM' : abbr.toUpperCase()} read in the product context`;
}

/** Appended to the explanation of a result the product context decided. */
export const PRODUCT_CONTEXT_NOTE = 'read as product because of the product context';

/** Appended to the explanation of a general-context result the product context would read as a product role. */
export function generalContextNote(family: string, band: number | null): string {
  return `the product context would read it as ${family}${band === null ? '' : ` band ${band}`}`;
}

/** The reason given with the product reading kept as an alternative in the general context. */
export function productAlternativeReason(title: string | null): string {
  return `in the product context this is ${title ? title.toLowerCase() : 'a product role'}; in a general list the shorthand is ambiguous`;
}

/**
 * The confidences of a general-context answer that is not a product role while the product
 * context reads a product role: the answer is no surer than 0.6, and the product reading gets
 * the rest, never more than it has in the product context.
 */
export function splitConfidence(general: number, product: number): { general: number; alternative: number } {
  const g = Math.min(general, 0.6);
  return { general: g, alternative: Math.round(Math.min(product, 1 - g) * 100) / 100 };
}
