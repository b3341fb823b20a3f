import { Sep, isBoundary } from './chars.js';
import { MANAGED_SHORTHAND, managerAfter, readLeft } from './phrase-left.js';
import { productShorthand } from './context.js';
import { Kind, sameSeg, type Phrase } from './phrase-model.js';
import { hasWord, nextWord, prevWord } from './phrase-words.js';
import { R } from './ranks.js';
import { M, type Stream } from './stream.js';
import { Fam, K } from './words.js';

/**
 * PM, SPM, APM, GPM, PMM, PO, TPM, CPO: a product role only where the words around say so, or,
 * in the product context, unless they name another job (context.ts).
 */
export function abbrPhrase(s: Stream, i: number, p: Phrase, product: boolean): boolean {
  const w = s.word[i]!.w;
  const mark = s.mark[i]!;
  if ((mark & M.TIME) !== 0) return false;
  p.anchor = i;
  p.start = i;
  p.end = i + 1;
  p.head = i;
  p.abbr = w;
  p.kind = Kind.TITLE;
  const prev = prevWord(s, i);
  const next = nextWord(s, i);
  switch (w) {
    case 'pmm':
      p.fam = Fam.PMM;
      p.headWord = 'manager';
      break;
    case 'apmm':
      // The associate product marketing manager, as PMM is the product marketing manager.
      p.fam = Fam.PMM;
      p.headWord = 'manager';
      p.bits |= R.ASSOCIATE;
      p.rankIdx.push(i);
      break;
    case 'gpm':
      p.fam = Fam.PM;
      p.headWord = 'manager';
      p.bits |= R.GROUP;
      p.weak = !(prev !== null && (prev.k & K.PM_CUE) !== 0);
      if (p.weak && productShorthand(s, i, product)) p.weak = false;
      break;
    case 'apm':
      p.fam = Fam.PM;
      p.headWord = 'manager';
      p.bits |= R.ASSOCIATE;
      p.weak = !(prev !== null && (prev.k & K.PM_CUE) !== 0);
      if (p.weak && productShorthand(s, i, product)) p.weak = false;
      break;
    case 'pm':
    case 'spm':
    case 'pdm': {
      // A product area beside it, before ("Data PM", "Growth PM", a product word earlier in the
      // segment) or after a comma, dash or bracket ("Sr. PM, Growth", "PM - Platform"): product.
      // "PM Shift", "Infrastructure PM", "PM, Construction", "PM": not, in the general context.
      // "PdM", the product manager of Japanese product teams (predictive maintenance in a plant's
      // list), is read the same way ("グロースPdM", "Data PdM").
      if (!pmCueBefore(s, i) && !pmCueAfter(s, i)) {
        if (!productShorthand(s, i, product)) return false;
        p.byContext = true;
      }
      p.fam = Fam.PM;
      p.headWord = 'manager';
      if (w === 'spm') {
        p.bits |= R.SENIOR;
        p.rankIdx.push(i);
      }
      break;
    }
    case 'tpm': {
      // A technical programme manager in a general list (context.ts); technical product manager in a product organisation.
      if (!productShorthand(s, i, product)) return false;
      p.byContext = true;
      p.fam = Fam.PM;
      p.headWord = 'manager';
      break;
    }
    case 'gmp': {
      // "GMP, Checkout", "GMP - Telehealth": the group manager of product, in the product context,
      // opening the title with its team after it, and no function word of another job after it
      // ("GMP Specialist", "GMP, Quality Assurance", "GMP, QA Lead" are a plant's quality jobs).
      if (i !== 0 || i + 1 >= s.n || !isBoundary(s.sep[i + 1]!) || !productShorthand(s, i, product)) return false;
      // (A seller or a buyer names the users: "GMP, Seller Tools".)
      for (let j = 1; j < s.n; j++) if ((s.word[j]!.k & (K.FUNCTION | K.NONPROD)) !== 0 && s.word[j]!.adj !== 'sales' && (s.mark[j]! & M.NOISE) === 0) return false;
      p.byContext = true;
      p.fam = Fam.PM;
      p.headWord = 'manager';
      p.bits |= R.GROUP;
      break;
    }
    case 'po': {
      const cue = (prev !== null && (prev.k & K.PO_CUE) !== 0) || (next !== null && (next.k & K.PO_CUE) !== 0 && next.w !== 'product') || hasWord(s, 'agile');
      if (!cue) {
        if (!productShorthand(s, i, product)) return false;
        p.byContext = true;
      }
      p.fam = Fam.PO;
      p.headWord = 'owner';
      break;
    }
    case 'cpo': {
      for (let j = 0; j < s.n; j++) if ((s.word[j]!.k & K.CPO_CONFLICT) !== 0) return false;
      if (prev !== null && (prev.k & K.SERVED) !== 0) return false;
      // "EA to CPO", "Advisor to the CPO": whoever works "to" the CPO holds another job.
      if (servesWhoFollows(s, i)) return false;
      p.fam = Fam.PM;
      p.headWord = 'officer';
      p.bits |= R.CHIEF;
      p.exec = i;
      p.rankIdx.push(i);
      break;
    }
    default:
      return false;
  }
  readLeft(s, i, p, true);
  if (p.abbr === 'cpo') p.exec = i;
  // Postfix grades and ranks: "PMM II", "PM Lead".
  let j = i + 1;
  // "PM Manager", "PMM Mgr": a manager closing the shorthand's segment manages that role.
  const mgr = managerAfter(s, i);
  if (mgr !== -1) {
    p.bits |= R.MANAGER;
    p.rankIdx.push(mgr);
    p.managesRole = true;
  }
  for (; j < s.n && !isBoundary(s.sep[j]!); j++) {
    const x = s.word[j]!;
    if ((s.mark[j]! & M.NOISE) !== 0 && s.num[j] === 0) continue;
    if ((x.k & K.GRADE) !== 0) p.grade = x.band;
    else if (s.num[j]! > 0 && s.code[j] === '') p.grade = s.num[j]!;
    else if (j === mgr) continue;
    else if (((x.k & K.SENIORITY) !== 0 || (x.w === 'director' && MANAGED_SHORTHAND.has(w))) && x.r !== 0) {
      // "PM Director", "PMM Director": the director of that role, as "Director, PM" (not "APM
      // Director", who may run the associates' programme, nor a group PM's).
      p.bits |= x.r;
      p.rankIdx.push(j);
    } else if ((MANAGED_SHORTHAND.has(w) || w === 'po') && unitBeforeLead(s, j)) continue;
    else break;
  }
  p.end = j;
  return true;
}

/**
 * "PM Team Lead", "PM Chapter Lead": the unit word between the shorthand and its lead, which
 * then leads that unit's product managers (level.ts reads a team's or chapter's lead).
 */
function unitBeforeLead(s: Stream, j: number): boolean {
  const t = s.text[j]!;
  if (t !== 'team' && t !== 'chapter') return false;
  const k = j + 1;
  return k < s.n && !isBoundary(s.sep[k]!) && s.word[k]!.w === 'lead';
}

/** Is the word at j a product area that makes a "PM" beside it a product manager? */
function pmCueWord(s: Stream, j: number): boolean {
  const w = s.word[j]!;
  if ((w.k & K.PM_CUE) === 0) {
    // "Developer Experience", "Developer Tools", "Developer Platform".
    if (w.w !== 'developer' || j + 1 >= s.n || isBoundary(s.sep[j + 1]!)) return false;
    const t = s.text[j + 1]!;
    return t === 'experience' || t === 'tools' || t === 'tooling' || t === 'productivity' || t === 'ecosystem' || (s.word[j + 1]!.k & K.PM_CUE) !== 0;
  }
  // "Data Center PM" builds a data centre; "Executive Search" recruits.
  if (w.w === 'data' && j + 1 < s.n && !isBoundary(s.sep[j + 1]!) && s.text[j + 1]!.startsWith('cent')) return false;
  if (w.w === 'search' && j > 0 && s.word[j - 1]!.w === 'executive') return false;
  return true;
}

/** "Data PM", "AI PM", "Developer Experience PM", "Product Insights PM": a cue right before, or a product word earlier in the segment. */
export function pmCueBefore(s: Stream, i: number): boolean {
  let prev = -1;
  for (let j = i - 1; j >= 0 && sameSeg(s, j + 1); j--) {
    if ((s.word[j]!.k & K.ANCHOR) !== 0) return true;
    if (prev === -1 && (s.mark[j]! & M.NOISE) === 0 && (s.word[j]!.k & K.SKIP) === 0) prev = j;
  }
  if (prev === -1) return false;
  if (pmCueWord(s, prev)) return true;
  return s.word[prev]!.w === 'experience' && prev > 0 && sameSeg(s, prev) && pmCueWord(s, prev - 1);
}

/**
 * "Sr. PM, Growth", "PM - Platform", "Staff PM, AI", "Senior PM (Data Products)": the first
 * qualifier after the PM names a product area and nothing else that is a job, a function, a
 * trade, a place of work or a financial setting ("PM, Construction", "PM - Data Center Build",
 * "PM - Sales Ops", "PM - Consumer Lending" are not). "Sr PM - Tech" is the product
 * manager–technical convention.
 */
export function pmCueAfter(s: Stream, i: number): boolean {
  const n = s.n;
  let j = i + 1;
  // Postfix grades and ranks of the PM itself ("PM II, Growth").
  while (j < n && !isBoundary(s.sep[j]!) && ((s.mark[j]! & M.NOISE) !== 0 || (s.word[j]!.k & (K.GRADE | K.SENIORITY)) !== 0)) j++;
  if (j >= n || !isBoundary(s.sep[j]!) || s.sep[j] === Sep.AT) return false;
  // Skip qualifiers made only of noise ("PM - Remote - Growth").
  for (;;) {
    let k = j;
    let content = false;
    for (; k < n && (k === j || !isBoundary(s.sep[k]!)); k++) if ((s.mark[k]! & M.NOISE) === 0) content = true;
    if (content || k >= n) break;
    j = k;
  }
  let cue = false;
  let words = 0;
  for (let k = j; k < n && (k === j || !isBoundary(s.sep[k]!)); k++) {
    const m = s.mark[k]!;
    if ((m & M.NOISE) !== 0) {
      if ((m & M.TIME) !== 0) return false;
      continue;
    }
    const w = s.word[k]!;
    words++;
    // The bare discipline as the whole qualifier ("PM (Product)", "PM, product - not project").
    if (words === 1 && w.w === 'product' && (k + 1 >= n || isBoundary(s.sep[k + 1]!))) return true;
    // A product word here may name goods ("PM - Industrial Products"); the area before it decides.
    if ((w.k & K.ANCHOR) === 0 && pmCueWord(s, k)) {
      cue = true;
      if (w.w === 'developer') k++;
      continue;
    }
    if ((w.k & (K.ROLE | K.FUNCTION | K.NONPROD | K.MATERIAL | K.RETAIL | K.TIME | K.ABBR | K.SENIORITY | K.FINSERV)) !== 0 || PROJECT_WORDS.has(s.text[k]!)) return false;
    if ((w.k & K.DISC) !== 0 && w.w !== 'analytics' && w.w !== 'strategy') return false;
    if (w.w === 'technical' && words === 1 && (k + 1 >= n || isBoundary(s.sep[k + 1]!))) cue = true;
  }
  return cue;
}

/**
 * Words that name a project or a portfolio, not a product area: "PM - Data Migration", "PM, AI
 * Rollout", "PM – Growth Equity" (a portfolio manager).
 */
const PROJECT_WORDS = new Set([
  'equity', 'equities', 'income', 'hedge', 'trading', 'quant', 'bonds',
  'migration', 'migrations', 'implementation', 'implementations', 'rollout', 'deployment', 'deployments', 'integration', 'integrations', 'construction',
  'installation', 'install', 'installs', 'reno', 'refurb', 'relo', 'upgrade', 'upgrades', 'build', 'buildout', 'conversion', 'transition', 'transformation', 'relocation', 'renovation', 'modernization',
  'modernisation', 'infrastructure', 'cutover', 'property', 'properties', 'home', 'homes', 'park',
]);

/** "to" (or "to the") stands right before word i in its segment: the title names someone who works for i. */
function servesWhoFollows(s: Stream, i: number): boolean {
  for (let j = i - 1; j >= 0 && sameSeg(s, j + 1); j--) {
    const k = s.word[j]!.k;
    if ((k & K.TO) !== 0) return true;
    if ((k & K.SKIP) === 0) return false;
  }
  return false;
}
