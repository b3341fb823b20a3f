import { isBoundary, Sep } from './chars.js';
import type { Analysis } from './analyze.js';
import { contextFamilyRule, PRODUCT_CONTEXT_NOTE, type TitleContext } from './context.js';
import { genericLevelCode, managerLevelCode, namedLevel, namesTeamLead, numberGrade, resolveLevel, statedTrack, type Level } from './level.js';
import { Kind, type Phrase } from './phrase.js';
import { pluralHead } from './phrase-left.js';
import { R } from './ranks.js';
import { EMPTY, part } from './result-parts.js';
import type { Alternative, NormalizedTitle } from './result.js';
import type { CompiledFramework } from './roles.js';
import { M, type Stream } from './stream.js';
import type { Tokens } from './tokenize.js';
import { FAMILY_OF, Fam, K, UNKNOWN } from './words.js';

function familyRule(s: Stream, p: Phrase): string {
  if (p.byContext) return contextFamilyRule(p.abbr || s.word[p.anchor]!.w);
  if (p.abbr) {
    if (p.abbr === 'pm') return 'PM with a product word beside it';
    if (p.abbr === 'po') return 'PO beside an agile or product word';
    // "CPTO" is read as "CPO": the explanation quotes the title's own letters.
    return `${(p.abbr === 'cpo' ? s.text[p.anchor]! : p.abbr).toUpperCase()} is a product abbreviation`;
  }
  if (p.kind === Kind.BARE) return 'product under an executive word';
  if (p.kind === Kind.DISC) return `product ${s.word[p.disc]!.w} with a rank`;
  if (p.disc !== -1) return p.headWord ? `product ${s.word[p.disc]!.w} + ${p.headWord}` : `product ${s.word[p.disc]!.w}`;
  return `product + ${p.headWord}`;
}

/** The answer for a title whose product phrase the analysis chose: family, band, track, role, area, alternatives, explanation. */
export function productResult(s: Stream, a: Analysis, p: Phrase, fw: CompiledFramework, context: TitleContext, tokens: Tokens): NormalizedTitle {
  const fam = p.fam;
  const family = FAMILY_OF[fam] as NonNullable<NormalizedTitle['family']>;
  const anchorSeg = s.seg[p.anchor];
  // Rank words: inside the phrase, plus segments of rank words ("Senior Director, Product Mgmt").
  let fromSegment = 0;
  for (let x = 0; x < a.segIdx.length; x++) {
    const i = a.segIdx[x]!;
    if (s.seg[i] !== anchorSeg) fromSegment |= s.word[i]!.r;
  }
  // "Stage de fin d'études - Chef de produit": an internship word opening the title ranks a
  // product phrase in a later segment.
  let bits = p.bits | fromSegment | internshipFirst(s, anchorSeg) | internBeforeBracket(s, p);
  if ((bits & ~COHORT_KEEPS) === 0) bits |= cohortAfter(s, p);
  const grade = p.grade || a.grade || numberGrade(s, p.head);
  // Level codes: the company's, else a generic L/IC ladder.
  let codeBand = -1;
  let managerCode = false;
  let company: { band: number; track: 'ic' | 'management' | null; id: string } | null = null;
  if (fw.hasLevels) {
    const lv = fw.level(s.text, s.n);
    if (lv && (lv.family === undefined || lv.family === family)) company = { band: lv.band, track: lv.track ?? null, id: lv.id };
  }
  if (company === null) {
    for (let i = 0; i < s.n; i++) {
      if (s.code[i] !== '') {
        const b = genericLevelCode(s.code[i]!, s.num[i]!);
        if (b >= 0) {
          codeBand = b;
          managerCode = managerLevelCode(s.code[i]!);
        }
      }
    }
  }
  // "Manager, Product Owners": a manager's own segment before a role named in the plural manages that role.
  if ((fromSegment & R.MANAGER) !== 0 && pluralHead(s, p)) p.managesRole = true;
  let level: Level = resolveLevel(p, bits, fromSegment, grade, codeBand, (bits & R.LEAD) !== 0 && namesTeamLead(s), managerCode);
  if (company !== null) {
    level = {
      band: company.band,
      track: company.track ?? (company.band <= 3 ? 'ic' : company.band >= 6 ? 'management' : level.track),
      levelRule: `company level ${company.id} is band ${company.band}`,
      trackRule: company.track ? `company level ${company.id}` : level.trackRule,
      otherBands: [],
    };
  }

  // A track the title states in words of its own ("Director of Product (IC)") settles it.
  const stated = statedTrack(s);
  if (stated !== null && stated !== level.track) level = { ...level, track: stated, trackRule: 'the title states the track' };

  // Specialties named anywhere outside the employer's name.
  let specialties: readonly string[] = EMPTY;
  for (let i = 0; i < s.n; i++) {
    const sp = s.word[i]!.spec;
    if (sp === null || (s.mark[i]! & (M.NOISE | M.ORG)) !== 0) continue;
    if (sp === 'analytics' && fam === Fam.AN) continue;
    if (specialties === EMPTY) specialties = [sp];
    else if (!specialties.includes(sp)) (specialties as string[]).push(sp);
  }

  // The framework role that fits best.
  const hints = bits | (p.head !== -1 ? s.word[p.head]!.r : 0);
  let role = fw.pickRole(family, level.band, level.track, specialties, hints);
  // A title that is, word for word, one of the framework's names for a role of the same family is
  // that role, at its band and track ("Rotational PM", "Distinguished Product Manager"): the
  // framework's own names win, so the normalizer and the resolver agree.
  if (fw.hasAliases) {
    const named = fw.aliasOf(tokens, true);
    if (named !== undefined && named.role.family === family) {
      role = named.role;
      if (role.band !== level.band) level = namedLevel(role);
    }
  }

  // Confidence.
  let confidence = p.abbr === 'pm' ? 0.8 : p.abbr === 'po' ? 0.75 : p.abbr === 'apm' ? 0.7 : p.kind === Kind.TITLE ? 0.95 : p.kind === Kind.BARE ? 0.9 : bits !== 0 ? 0.85 : 0.7;
  if (s.typos > 0) confidence -= 0.1;
  if (a.otherJob !== -1) confidence -= 0.1;
  if (level.track === null) confidence -= 0.05;
  confidence = Math.round(Math.max(0.05, Math.min(1, confidence)) * 100) / 100;

  // Alternatives: other bands the words allow; the other job of a two-job title.
  let alternatives: readonly Alternative[] = EMPTY;
  if (level.otherBands.length !== 0 || a.otherJob !== -1) {
    const list: Alternative[] = [];
    for (let x = 0; x < level.otherBands.length && x < 3; x++) {
      const band = level.otherBands[x]!;
      const track = band <= 3 ? 'ic' : band >= 6 ? 'management' : level.track;
      const r = fw.pickRole(family, band, track, specialties, hints);
      list.push({ family, adjacent: null, roleId: r?.id ?? null, level: band, track, confidence: Math.round(confidence * 40) / 100, reason: level.levelRule });
    }
    if (a.otherJob !== -1) {
      list.push({ family: null, adjacent: s.word[a.otherJob]!.adj ?? 'other', roleId: null, level: null, track: null, confidence: 0.2, reason: `the title also names another job (${s.text[a.otherJob]})` });
    }
    alternatives = list;
  }

  // Explanation: the words that decided the family, and those that decided band and track.
  const famWords: string[] = [];
  for (let i = Math.min(p.start, p.anchor); i < p.end; i++) if ((s.mark[i]! & M.NOISE) === 0 && s.text[i]) famWords.push(s.text[i]!);
  let levelWords: string[] = [];
  for (let x = 0; x < p.rankIdx.length; x++) pushWord(levelWords, s.text[p.rankIdx[x]!]!);
  for (let x = 0; x < a.segIdx.length; x++) if (s.seg[a.segIdx[x]!] !== anchorSeg) pushWord(levelWords, s.text[a.segIdx[x]!]!);
  if (levelWords.length === 0 && grade > 0) pushWord(levelWords, gradeText(s, grade));
  if (levelWords.length === 0 && company !== null) levelWords.push(company.id.toLowerCase());
  if (levelWords.length === 0) levelWords = famWords.slice(-1);
  const famRule = familyRule(s, p);
  const text = `${family} (${famRule}); band ${level.band}: ${level.levelRule}; track ${level.track ?? 'not settled'}: ${level.trackRule}${s.typos > 0 ? '; typo corrected' : ''}${p.byContext ? `; ${PRODUCT_CONTEXT_NOTE}` : ''}`;
  return {
    family,
    adjacent: null,
    roleId: role === null ? null : role.id,
    canonicalTitle: role === null ? null : role.title,
    level: level.band,
    track: level.track,
    specialties,
    area: areaOf(s, p, a),
    confidence,
    alternatives,
    explanation: {
      family: part(famWords, famRule),
      level: part(levelWords, level.levelRule),
      track: part(levelWords.slice(), level.trackRule),
      text,
    },
    context,
  };
}

/**
 * R.INTERN when the title's first segment opens with or is headed by an internship word ("Stage",
 * "Praktikum", "Degree Apprentice") and the product phrase is in another segment; R.JUNIOR when
 * it opens with a new-graduate or entry word.
 */
function internshipFirst(s: Stream, anchorSeg: number | undefined): number {
  // The first segment's first word ("Stage de 6 mois - ...") or its head, its last word
  // ("Degree Apprentice - Product Owner").
  let first = -1;
  let head = -1;
  for (let i = 0; i < s.n; i++) {
    if ((s.mark[i]! & M.NOISE) !== 0 || (s.word[i]!.k & K.SKIP) !== 0) continue;
    if (first === -1) first = i;
    else if (s.seg[i] !== s.seg[first]) break;
    head = i;
  }
  if (first === -1 || s.seg[first] === anchorSeg) return 0;
  if (internWord(s, first) || internWord(s, head) || internshipInside(s, first, head)) return R.INTERN;
  // "Early Career Program 2027: Product Management", "Graduate Scheme - Product Analyst": a new-graduate intake;
  // boards outside the US name the industry or team first ("Tech Graduate Programme 2027 – …",
  // "Young Graduate – …"), so the segment's head counts as its first word does.
  return intakeWord(s, first) || intakeWord(s, head) ? R.JUNIOR : 0;
}

/**
 * "Paid Internship in Fintech - Product Management": an internship word inside the first segment,
 * with its sector or place around it and no other job, function or product word there.
 */
function internshipInside(s: Stream, first: number, head: number): boolean {
  let intern = false;
  for (let i = first + 1; i < head; i++) {
    if ((s.mark[i]! & M.NOISE) !== 0) continue;
    if (internWord(s, i)) intern = true;
    else if ((s.word[i]!.k & JOB_WORDS) !== 0) return false;
  }
  return intern && (s.word[first]!.k & JOB_WORDS) === 0 && (s.word[head]!.k & JOB_WORDS) === 0;
}

/** Words that name a job, a function or a product: any of them makes a segment more than an internship's sector. */
const JOB_WORDS = K.ROLE | K.ANCHOR | K.ABBR | K.FUNCTION | K.PERSON;

function intakeWord(s: Stream, i: number): boolean {
  const w = s.word[i]!;
  return w.r === R.JUNIOR && (w.w === 'entry' || w.w === 'graduate');
}

/** "Security Intern (Product Manager)": the intern right before the bracket that names the job. */
function internBeforeBracket(s: Stream, p: Phrase): number {
  const start = Math.min(p.start, p.anchor);
  if ((s.mark[p.anchor]! & M.BRACKET) === 0 || start === 0 || s.depth[start - 1]! >= s.depth[start]!) return 0;
  return internWord(s, start - 1) ? R.INTERN : 0;
}

/** Ranks a cohort word after the title may stand beside: the grades of entry jobs, not seniority. */
const COHORT_KEEPS = R.ASSOCIATE | R.ASSISTANT | R.ANALYST | R.SPECIALIST | R.COORDINATOR;

/**
 * Internship and new-grad boards put the cohort at the end of a segment, after the team:
 * "Product Manager – Wearables Intern", "Product Analyst Insights Intern", "Product Owner - Loyalty
 * App Co-op", "Product Analyst – Recent Graduates", "Product Manager - Early Careers". R.INTERN or
 * R.JUNIOR when a segment closes, after the product phrase, with an internship word (singular:
 * "Students" names users), a graduate word or an early career; 0 otherwise.
 */
function cohortAfter(s: Stream, p: Phrase): number {
  let found = 0;
  for (let i = s.n - 1; i >= p.end; i--) {
    // The last word of each segment, past noise ("Summer 2027") and numbers.
    if ((s.mark[i]! & M.NOISE) !== 0 || (s.word[i]!.k & K.SKIP) !== 0 || s.num[i]! > 0) continue;
    const w = s.word[i]!;
    const t = s.text[i]!;
    // A place may follow the intern word ("…, Summer Intern Ireland"); a graduate word before an
    // unknown word may name what a product serves ("Graduate Jobs Board"), so only "Grad Level" is read.
    if (w.r === R.INTERN && t !== 'student' && t !== 'students' && internWord(s, i) && lastWord(s, i, true)) return R.INTERN;
    if (!lastWord(s, i) && !(w.w === 'graduate' && i + 1 < s.n && s.text[i + 1] === 'level' && lastWord(s, i + 1))) continue;
    if (w.w === 'graduate' || t === 'early career' || ((t === 'careers' || t === 'career') && earlyBefore(s, i))) found = R.JUNIOR;
  }
  return found;
}

/** "Early Careers", "Early in Career": the word before the career word. */
function earlyBefore(s: Stream, i: number): boolean {
  if (i >= 1 && s.text[i - 1] === 'early') return true;
  return i >= 2 && s.text[i - 1] === 'in' && s.text[i - 2] === 'early';
}

/**
 * Is word i the last word of its segment that is not noise, a skipped word or a number? With
 * `place`, one unknown word after it counts as nothing either when it closes the title: boards
 * outside the US put the country or city after the cohort ("Product Manager, Summer Intern
 * Ireland"); two name a thing ("Intern Housing Portal").
 */
function lastWord(s: Stream, i: number, place = false): boolean {
  let placed = false;
  for (let j = i + 1; j < s.n && (s.seg[j] === s.seg[i] || placed); j++) {
    if ((s.mark[j]! & M.NOISE) !== 0 || (s.word[j]!.k & K.SKIP) !== 0 || s.num[j]! !== 0) continue;
    // A word in a later segment after the place: the unknown word was no place ("Intern Conversion - <team>").
    if (!place || placed || s.word[j] !== UNKNOWN) return false;
    placed = true;
  }
  return true;
}

function internWord(s: Stream, i: number): boolean {
  const w = s.word[i]!;
  return w.r === R.INTERN && s.text[i] !== `${w.w}s` && (s.mark[i]! & (M.QUAL | M.ORG)) === 0;
}

function pushWord(list: string[], w: string): void {
  if (w && !list.includes(w)) list.push(w);
}

function gradeText(s: Stream, grade: number): string {
  for (let i = 0; i < s.n; i++) if ((s.word[i]!.k & K.GRADE) !== 0 || s.num[i] === grade) return s.text[i]!;
  return String(grade);
}

/**
 * The team, product or area the title names: the words outside the product phrase that are
 * not ranks, noise or linking words ("Senior Product Manager, Payments - Remote" -> "payments").
 */
function areaOf(s: Stream, p: Phrase, a: Analysis): string | null {
  let out = '';
  let count = 0;
  let prevSeg = -1;
  for (let i = 0; i < s.n && count < 8; i++) {
    if (i >= p.anchor && i < p.end) continue;
    const w = s.word[i]!;
    const k = w.k;
    if ((s.mark[i]! & M.NOISE) !== 0) continue;
    if ((k & (K.SKIP | K.CONNECT | K.COORD | K.SENIORITY | K.EXEC | K.GENDER | K.GRADE | K.QUALIFIER | K.AT)) !== 0) continue;
    if (w.r !== 0 && (k & K.PERSON) !== 0) continue;
    if (a.segIdx.includes(i)) continue;
    // Specialty words inside the phrase are reported as specialties, not as the area.
    if (i >= p.start && i < p.anchor && w.spec !== null) continue;
    const t = s.text[i]!;
    if (!t) continue;
    const seg = s.seg[i]!;
    const sep = s.sep[i]!;
    out += count === 0 ? t : seg !== prevSeg || sep === Sep.SLASH || sep === Sep.AMP || isBoundary(sep) ? `, ${t}` : ` ${t}`;
    prevSeg = seg;
    count++;
  }
  return count === 0 ? null : out;
}
