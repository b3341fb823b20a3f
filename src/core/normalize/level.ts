import type { Role } from '../framework/schema.js';
import { isBoundary } from './chars.js';
import { Kind, type Phrase } from './phrase.js';
import { EXEC_BITS, R } from './ranks.js';
import { M, type Stream } from './stream.js';
import { Fam, K } from './words.js';

export type TrackValue = 'ic' | 'management' | null;

/** The band and track of a product phrase, with the rules that gave them. */
export interface Level {
  band: number;
  track: TrackValue;
  levelRule: string;
  trackRule: string;
  /** Other bands the words allow (Head of Product: 6 to 8). */
  otherBands: number[];
}

/** Person nouns of individual-contributor titles: "VP, Product Manager" at a bank is a senior IC. */
const IC_TITLE_NOUNS = new Set(['manager', 'owner', 'analyst', 'marketer', 'strategist', 'engineer', 'scientist', 'developer']);

/**
 * Generic level codes when the company framework gives none, by family of code (sources and
 * the decision: docs/normalizer-rounds.md, "Fourth widening round"):
 * - L3-L8 (Google-like), IC3-IC8 and E3-E8 (Meta-like; E is the engineering spelling of the
 *   same ladder): 3 is the new graduate, 4 the mid-level product manager, 5 senior, 6 staff.
 * - P1-P6 (the survey ladders many companies copy: entry, developing, career, senior or
 *   advanced, expert or staff, principal): P3 is the fully qualified mid level.
 * - M0-M3 (manager ladders): the first-line manager of a discipline is band 5 (M1; M0 the
 *   transition band below it), M2 the senior manager, M3 the director; see managerLevelCode.
 * -1 for anything else (E1, P7 and T5 belong to ladders read otherwise, or to no ladder).
 */
export function genericLevelCode(code: string, num: number): number {
  if (code === 'p') return num >= 1 && num <= 6 ? Math.max(1, num - 1) : -1;
  if (code === 'm') return num >= 0 && num <= 3 ? MANAGER_CODE_BANDS[num]! : -1;
  if (code === 'e' && (num < 3 || num > 9)) return -1;
  if (code !== 'l' && code !== 'ic' && code !== 'e') return -1;
  if (num <= 3) return 1;
  if (num >= 9) return 7;
  return num - 2;
}

/** Bands of the manager codes M0-M3. */
const MANAGER_CODE_BANDS = [4, 5, 5, 6];

/** A level code of a manager ladder (M1, M2): the holder manages people, whatever the title's noun. */
export function managerLevelCode(code: string): boolean {
  return code === 'm';
}

function L(band: number, track: TrackValue, levelRule: string, trackRule: string, otherBands: number[] = []): Level {
  return { band, track, levelRule, trackRule, otherBands };
}

/**
 * Band and track from the rank words. Executives first (chief, SVP/EVP, AVP, VP, head,
 * director), then managers of a discipline, group, intern, principal, staff, lead, junior,
 * associate; then the head noun's own band, raised one step by "senior", or a grade.
 */
export function resolveLevel(p: Phrase, bits: number, fromSegment: number, grade: number, codeBand: number, teamLead = false, managerCode = false): Level {
  const b = bits;
  const fam = p.fam;
  // An abbreviation after an executive names the function it heads ("VP PMM", "Dir PMM"): no bank grade.
  const icTitle = p.kind === Kind.TITLE && IC_TITLE_NOUNS.has(p.headWord) && (p.bits & R.MANAGER) === 0 && !p.execOf && p.abbr === '';

  if ((b & R.CHIEF) !== 0) {
    if (fam === Fam.PO) return L(5, null, 'chief product owner is band 5', 'a chief product owner may or may not manage people');
    if ((b & R.DEPUTY) !== 0) return L(9, 'management', 'deputy chief', 'executive');
    return L(10, 'management', 'chief is band 10', 'executive');
  }
  if ((b & (R.SVP | R.EVP)) !== 0) return L(9, 'management', 'senior or executive vice president is band 9', 'executive');
  if ((b & R.AVP) !== 0) {
    // On an individual title the grade is a bank's; over product itself it is a director-level executive.
    if (icTitle) return L(6, null, 'an assistant vice president is band 6 or 7 (a corporate grade)', 'a corporate grade does not say whether the holder manages people', [7]);
    return L(6, 'management', 'an assistant vice president is band 6 or 7', 'director level and above manage people', [7]);
  }
  if ((b & R.VP) !== 0) {
    if (icTitle) return L(3, 'ic', 'a vice-president grade on an individual title is a senior IC (bank-style grade)', 'individual title under a corporate grade', [8]);
    return L(8, 'management', 'vice president is band 8', 'executive');
  }
  if ((b & R.PRESIDENT) !== 0) return L(9, 'management', 'president is band 9', 'executive');
  if ((b & R.HEAD) !== 0) {
    if ((b & R.DEPUTY) !== 0) return L(6, 'management', 'deputy head', 'heads a team', [7]);
    return L(7, 'management', 'head of is band 7 (6 to 8 by company size)', 'heads a team', [6, 8]);
  }
  if ((b & R.FOUNDER) !== 0) return L(7, 'management', 'a founder leading product is band 7', 'leads the company', [6, 8, 10]);
  if ((b & R.DIRECTOR) !== 0) {
    if ((b & (R.ASSOCIATE | R.ASSISTANT | R.DEPUTY)) !== 0) return L(5, 'management', 'associate director is band 5', 'director track', [6]);
    if ((b & (R.SENIOR | R.EXECUTIVE | R.MANAGING | R.GROUP)) !== 0) return L(7, 'management', 'senior or executive director is band 7', 'director track');
    return L(6, 'management', 'director is band 6', 'director track');
  }
  // A manager ladder's code says the holder manages people: "Product Manager (M2)", "Manager, Product Analysts (M1)".
  if (managerCode && codeBand >= 0 && (b & (R.INTERN | R.JUNIOR | R.ASSOCIATE | R.ASSISTANT)) === 0) {
    return L(codeBand, 'management', `manager level code: band ${codeBand}`, 'a manager ladder\'s code', codeBand === 5 ? [6] : []);
  }
  // The manager of a role named in the plural or as shorthand ("Manager of Product Marketing Managers", "PM Manager").
  if ((b & R.MANAGER) !== 0 && p.managesRole && (b & EXEC_BITS) === 0) {
    return L(5, 'management', 'the manager of a product role is band 5', 'manages people in that role', [6]);
  }
  // An internship outranks an associate or assistant grade named with it ("Stage - Assistant chef de produit").
  if ((b & R.INTERN) !== 0 && (fromSegment & (R.ASSOCIATE | R.ASSISTANT)) !== 0) return L(0, 'ic', 'intern is band 0', 'band 0 to 3 are individual contributors');
  if ((fromSegment & (R.ASSOCIATE | R.ASSISTANT)) !== 0 && (fromSegment & R.LEAD) === 0) {
    // A corporate grade before the comma ("Senior Associate, ...") ranks the functional title after it.
    if ((b & R.SENIOR) !== 0) return L(2, 'ic', 'a senior associate grade is band 2', 'band 0 to 3 are individual contributors', [1]);
    return L(1, 'ic', 'an associate grade is band 1', 'band 0 to 3 are individual contributors', [2]);
  }
  if ((b & R.MANAGER) !== 0 && (fromSegment & R.MANAGER) !== 0 && icTitle) {
    return L(3, 'ic', 'a manager grade on an individual title', 'individual title', [2, 4]);
  }
  // "Associate Manager Product Strategy", a deputy manager's grade (grades.ts): the associate grade, not a manager of the discipline.
  if ((b & R.MANAGER) !== 0 && (b & (R.ASSOCIATE | R.ASSISTANT)) !== 0 && (b & R.GROUP) === 0) {
    if ((b & R.SENIOR) !== 0) return L(2, 'ic', 'a senior associate grade is band 2', 'band 0 to 3 are individual contributors', [1]);
    return L(1, 'ic', 'an associate grade is band 1', 'band 0 to 3 are individual contributors', [2]);
  }
  if ((b & R.MANAGER) !== 0) {
    if ((b & (R.SENIOR | R.GROUP)) !== 0) return L(5, 'management', 'senior manager of a product discipline is band 5', 'manages the discipline', [6]);
    if (fam === Fam.PM || fam === Fam.AN) return L(5, 'management', 'manager of product management or analytics is band 5', 'manages product managers or analysts', [6]);
    return L(2, 'ic', 'manager of a product discipline is the mid-level role', 'the discipline\'s own manager title', [5]);
  }
  if ((b & R.GROUP) !== 0) return L(5, 'management', 'group is band 5', 'group roles manage people');
  if ((b & R.INTERN) !== 0) return L(0, 'ic', 'intern is band 0', 'band 0 to 3 are individual contributors');
  if ((b & R.DISTINGUISHED) !== 0) return L(6, 'ic', 'distinguished is band 6, above principal', 'distinguished is an individual contributor');
  if ((b & R.PRINCIPAL) !== 0) return L(5, 'ic', 'principal is band 5', 'principal is an individual contributor');
  if ((b & R.STAFF) !== 0) {
    if ((b & R.SENIOR) !== 0) return L(5, 'ic', 'senior staff is band 5', 'staff is an individual contributor', [4]);
    return L(4, 'ic', 'staff is band 4', 'staff is an individual contributor');
  }
  if ((b & R.LEAD) !== 0) {
    if ((b & (R.ASSOCIATE | R.ASSISTANT)) !== 0) return L(2, 'ic', 'a lead associate is band 2', 'band 0 to 3 are individual contributors', [1]);
    // A team lead ("Team Lead", "Teamleiter", "teamleider") leads the discipline's team: its first-line manager.
    if (teamLead) return L(5, 'management', 'a team lead is the first-line manager, band 5', 'a team lead manages the team', [4]);
    if ((b & R.SENIOR) !== 0) return L(5, null, 'senior lead is band 5', 'a lead may or may not manage people', [4]);
    return L(4, null, 'lead is band 4', 'a lead may or may not manage people');
  }
  if ((b & R.JUNIOR) !== 0) return L(1, 'ic', 'junior, entry-level or graduate is band 1', 'band 0 to 3 are individual contributors');
  if ((b & (R.ASSOCIATE | R.ASSISTANT)) !== 0) {
    if ((b & R.SENIOR) !== 0) return L(2, 'ic', 'senior associate is band 2', 'band 0 to 3 are individual contributors', [1]);
    return L(1, 'ic', 'associate or assistant is band 1', 'band 0 to 3 are individual contributors');
  }
  let base = 2;
  let rule = 'the title itself is the mid-level band 2';
  if ((b & (R.SPECIALIST | R.COORDINATOR)) !== 0) {
    base = 1;
    rule = 'specialist or coordinator is band 1';
  } else if ((b & R.ANALYST) !== 0 && fam !== Fam.AN) {
    base = 1;
    rule = 'an analyst in a product team is band 1';
  } else if ((b & (R.ADVISOR | R.EXPERT)) !== 0) {
    base = 3;
    rule = 'advisor or expert is band 3';
  }
  if ((b & R.SENIOR) !== 0) return L(Math.min(base + 1, 5), 'ic', 'senior raises the band by one', 'band 0 to 3 are individual contributors');
  if (grade >= 1 && grade <= 5) return L(grade, grade <= 3 ? 'ic' : 'ic', `grade ${grade} is band ${grade}`, 'graded individual title');
  if (codeBand >= 0) return L(codeBand, codeBand <= 5 ? 'ic' : 'management', 'level code on a generic ladder', 'level code');
  return L(base, base <= 3 ? 'ic' : null, rule, 'band 0 to 3 are individual contributors');
}

/**
 * "Team Lead", "Product Team Leader", "Teamleiter", "teamleider", "Gruppenleiterin": a lead of
 * the team itself, as opposed to a lead individual contributor ("Lead Product Manager").
 */
export function namesTeamLead(s: Stream): boolean {
  for (let i = 0; i < s.n; i++) {
    const w = s.word[i]!.w;
    if (w !== 'lead' && w !== 'leader') continue;
    const t = s.text[i]!;
    if (t.length > 6 && (t.startsWith('team') || t.startsWith('gruppe') || t.startsWith('groep') || t.startsWith('chapter'))) return true;
    // A chapter lead (the Spotify model) line-manages one discipline across squads: a team lead.
    if (i > 0 && (s.text[i - 1] === 'team' || s.text[i - 1] === 'chapter') && !isBoundary(s.sep[i]!)) return true;
  }
  return false;
}

/**
 * A track the title states in words of its own, apart from the job: "(IC)", "- IC track",
 * "Individual Contributor", "(people manager)", "People Leader". Only a segment made of nothing
 * else counts: "IC" beside other words is as often an integrated circuit ("Product Manager - IC
 * Packaging"). Null when the title states none. The words that state it are marked noise.
 */
export function statedTrack(s: Stream): TrackValue {
  let found: TrackValue = null;
  let from = 0;
  for (let i = 1; i <= s.n; i++) {
    if (i < s.n && !isBoundary(s.sep[i]!)) continue;
    const t = segmentTrack(s, from, i);
    if (t !== null) {
      found = t;
      // The words that state it ("5 direct reports", "mit Personalverantwortung") are not the area.
      for (let j = from; j < i; j++) s.mark[j]! |= M.NOISE;
    }
    from = i;
  }
  return found;
}

const TRACK_WORDS: ReadonlyMap<string, TrackValue> = new Map<string, TrackValue>([
  ['ic', 'ic'],
  ['ic track', 'ic'],
  ['ic role', 'ic'],
  ['individual contributor', 'ic'],
  ['individual contributor role', 'ic'],
  ['non managerial', 'ic'],
  ['people manager', 'management'],
  ['people management', 'management'],
  ['people leader', 'management'],
  ['people leadership', 'management'],
  ['manager track', 'management'],
  ['management track', 'management'],
  // Postings of German, French, Spanish and Portuguese employers say whether the job leads staff.
  ['mit personalverantwortung', 'management'],
  ['mit fuhrungsverantwortung', 'management'],
  ['ohne personalverantwortung', 'ic'],
  ['ohne fuhrungsverantwortung', 'ic'],
  ['avec encadrement', 'management'],
  ['sans encadrement', 'ic'],
  ['con personal a cargo', 'management'],
  ['sin personal a cargo', 'ic'],
  ['con equipo a cargo', 'management'],
  ['sin equipo a cargo', 'ic'],
  ['com gestao de equipe', 'management'],
  ['sem gestao de equipe', 'ic'],
  ['no direct reports', 'ic'],
  ['no reports', 'ic'],
]);

/**
 * A count of the people who report to the holder, in a segment of its own, as org-chart exports
 * and team pages add it ("Lead PM (5 direct reports)", "Director, Product · 12 reports", "3 DRs",
 * "manages 2", "team of 4"): the holder manages people. ("Reports to: …" names the holder's
 * manager and has no count before it.)
 */
const REPORT_COUNTS: ReadonlySet<string> = new Set(['reports', 'direct reports', 'directs', 'direct report', 'report', 'drs']);

const TRACK_FIRST: ReadonlySet<string> = new Set([...TRACK_WORDS.keys()].map((k) => k.split(' ')[0]!).concat(['manages', 'managing', 'team']));

/** The track the words s[from, to) state, when they are nothing but such words. */
function segmentTrack(s: Stream, from: number, to: number): TrackValue {
  const len = to - from;
  if (len > 4) return null;
  const count = s.num[from]! > 0 && s.code[from] === '';
  if (!count && !TRACK_FIRST.has(s.text[from]!)) return null;
  // "manages 3", "managing 2 PMs", "team of 4": the people the holder manages, counted.
  const first = s.text[from]!;
  if (first === 'manages' || first === 'managing') return len >= 2 && s.num[from + 1]! > 0 && s.code[from + 1] === '' ? 'management' : null;
  if (first === 'team') return len === 3 && s.text[from + 1] === 'of' && s.num[from + 2]! > 0 ? 'management' : null;
  let text = '';
  for (let i = count ? from + 1 : from; i < to; i++) text += text === '' ? s.text[i] : ` ${s.text[i]}`;
  if (count) return len <= 3 && REPORT_COUNTS.has(text) ? 'management' : null;
  return TRACK_WORDS.get(text) ?? null;
}

/** Words that introduce a grade number: "Level 3", "Lvl 2", "Grade 4", "Stufe 2", "Niveau 3", "Nivel 2". */
// "Professional 3": HR systems' job profiles number the grades of their mid rank word.
export const GRADE_WORDS: ReadonlySet<string> = new Set(['level', 'lvl', 'grade', 'stufe', 'niveau', 'nivel', 'livello', 'poziom', 'professional']);

/**
 * A grade written as a number: after a grade word ("Product Manager, Level 3") or right after the
 * title's head noun ("Product Analyst 2"), 1 to 5 as the roman grades are; 0 when there is none.
 */
export function numberGrade(s: Stream, head: number): number {
  for (let i = 1; i < s.n; i++) {
    // A roman grade after a grade word ("Product Manager Level I") or alone in a segment after
    // the head ("Product Analyst - I - Payments"), as new-grad boards write the first grade.
    if ((s.word[i]!.k & K.GRADE) !== 0) {
      const alone = i > head && isBoundary(s.sep[i]!) && (i + 1 >= s.n || isBoundary(s.sep[i + 1]!));
      if (alone || (GRADE_WORDS.has(s.text[i - 1]!) && !isBoundary(s.sep[i]!))) return s.word[i]!.band;
      continue;
    }
    const v = s.num[i]!;
    if (v < 1 || v > 5 || s.code[i] !== '' || isBoundary(s.sep[i]!)) continue;
    if (GRADE_WORDS.has(s.text[i - 1]!) || i - 1 === head) return v;
  }
  return 0;
}

/** The band and track of a role the title names word for word: the framework's own names win. */
export function namedLevel(role: Role): Level {
  return L(role.band, role.track, `the framework names ${role.title} band ${role.band}`, `the track of ${role.id}`);
}
