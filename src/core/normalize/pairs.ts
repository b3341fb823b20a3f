import { isBoundary } from './chars.js';
import { M, remove, type Stream } from './stream.js';
import { readGrades } from './grades.js';
import type { Vocabulary } from './vocabulary.js';
import { K } from './words.js';

// Two-word units read as one: ranks ("vice president"), jobs that serve another ("chief of
// staff", "executive assistant"), British internships ("industrial placement") and the units
// around an executive ("CPO Office").

/** Two-word units: "vice president" -> vp, "chief of staff" is not a chief. */
export function joinPairs(s: Stream, vocab: Vocabulary): void {
  readGrades(s, vocab);
  for (let i = 0; i + 1 < s.n; i++) {
    const a = s.word[i]!.w;
    const b = s.word[i + 1]!;
    // "V P": visa filings cut to a fixed width spell the vice president with a space (the "V" is
    // no roman grade there).
    if (((a === 'vice' && b.w === 'president') || (a === 'v' && s.text[i + 1] === 'p')) && !isBoundary(s.sep[i + 1]!)) {
      s.word[i] = vocab.canonical('vp');
      s.text[i] = `${s.text[i]} ${s.text[i + 1]}`;
      remove(s, i + 1);
      if (i > 0) i -= 2;
    } else if (b.w === 'vp' && !isBoundary(s.sep[i + 1]!) && (a === 'senior' || a === 'executive' || a === 'assistant' || a === 'associate')) {
      // "Senior VP" is an SVP, "Assistant VP" an AVP: the rank modifies the VP, not the title.
      s.word[i] = vocab.canonical(a === 'senior' ? 'svp' : a === 'executive' ? 'evp' : 'avp');
      s.text[i] = `${s.text[i]} ${s.text[i + 1]}`;
      remove(s, i + 1);
    } else if (a === 'chief' && b.w === 'of' && i + 2 < s.n && s.text[i + 2] === 'staff') {
      // "Chief of Staff (to the CPO)": a staff role, not a chief.
      s.word[i] = vocab.canonical('secretary');
      s.text[i] = 'chief of staff';
      remove(s, i + 1);
      remove(s, i + 1);
    } else if ((a === 'executive' || a === 'administrative') && b.w === 'assistant' && !isBoundary(s.sep[i + 1]!)) {
      // "Executive Assistant (to the CPO)": a job that serves another.
      s.word[i] = vocab.canonical('secretary');
      s.text[i] = `${s.text[i]} ${s.text[i + 1]}`;
      remove(s, i + 1);
    } else if (b.w === 'senior' && s.text[i] === 'semi' && !isBoundary(s.sep[i + 1]!)) {
      // "Semi Senior": the Latin American mid-level grade, not a senior.
      s.word[i] = vocab.canonical('mid');
      s.text[i] = `${s.text[i]} ${s.text[i + 1]}`;
      remove(s, i + 1);
    } else if (!isBoundary(s.sep[i + 1]!) && ((b.w === 'placement' && PLACEMENTS.has(s.text[i]!)) || (a === 'placement' && s.text[i + 1] === 'year'))) {
      // "Industrial Placement", "Summer Placement", "Placement Year": an internship.
      s.word[i] = vocab.canonical('intern');
      s.text[i] = `${s.text[i]} ${s.text[i + 1]}`;
      s.mark[i] = 0;
      remove(s, i + 1);
    } else if (b.w === 'op' && s.text[i] === 'co' && !isBoundary(s.sep[i + 1]!)) {
      // "Co Op": a co-op term, as "Co-op" is.
      s.word[i] = vocab.canonical('intern');
      s.text[i] = 'coop';
      s.mark[i] = 0;
      remove(s, i + 1);
    } else if (s.text[i] === 'year' && s.text[i + 1] === 'in' && i + 2 < s.n && s.text[i + 2] === 'industry' && !isBoundary(s.sep[i + 1]!) && !isBoundary(s.sep[i + 2]!)) {
      // "Year in Industry": the British student placement year, an internship.
      s.word[i] = vocab.canonical('intern');
      s.text[i] = 'year in industry';
      s.mark[i] = 0;
      remove(s, i + 1);
      remove(s, i + 1);
    } else if (a === 'tribe' && (b.w === 'lead' || b.w === 'leader') && !isBoundary(s.sep[i + 1]!)) {
      // "Tribe Lead Product", "Product Tribe Lead": the head of a tribe of squads, a director-level role.
      s.word[i] = vocab.canonical('head');
      s.text[i] = `${s.text[i]} ${s.text[i + 1]}`;
      remove(s, i + 1);
    } else if (a === 'campus' && CAMPUS_HIRING.has(s.text[i + 1]!) && !isBoundary(s.sep[i + 1]!)) {
      // "Campus Hire", "Campus Recruitment": hiring from university, a new-graduate post.
      s.word[i] = vocab.canonical('graduate');
      s.text[i] = `${s.text[i]} ${s.text[i + 1]}`;
      s.mark[i] = 0;
      remove(s, i + 1);
    } else if (b.w === 'principal' && FRENCH_HEADS.has(s.text[i]!) && !isBoundary(s.sep[i + 1]!)) {
      // "Directeur principal", "conseiller principal": French, and Canada's official translations,
      // put "principal" after the head for senior; the English principal rank comes before it.
      s.word[i + 1] = vocab.canonical('senior');
    } else if (a === 'run' && b.w === 'product' && !isBoundary(s.sep[i + 1]!) && bareEnd(s, i + 2) && onlyPronoun(s, i)) {
      // "I run product", "Running Product (Series B)": heading the product function, the head of product.
      s.word[i] = vocab.canonical('head');
      s.mark[i] = 0;
    } else if (a === 'product' && b.w === 'person' && !isBoundary(s.sep[i + 1]!) && bareEnd(s, i + 2)) {
      // "Product person", "product guy at a startup": a product manager, in the words of a survey answer.
      s.word[i + 1] = vocab.canonical('manager');
    } else if (a === 'office' || b.w === 'office') {
      executiveOffice(s, i);
    } else if (!isBoundary(s.sep[i + 1]!) && levelPhrase(s, i)) {
      // "Entry Level", "Early Career", "Early Talent": one rank, wherever it stands in the title
      // ("Product Manager (Entry Level)" as "Entry Level Product Manager").
      s.word[i] = vocab.canonical(a === 'senior' || a === 'mid' || a === 'junior' ? a : 'entry');
      s.text[i] = `${s.text[i]} ${s.text[i + 1]}`;
      s.mark[i] = 0;
      remove(s, i + 1);
    } else if (b.w === 'insights' && s.text[i] === 'data' && i > 0 && s.word[i - 1]!.w === 'product' && !isBoundary(s.sep[i]!) && !isBoundary(s.sep[i + 1]!)) {
      // "Product Data Insights": the team that analyses how the product is used, as "Product
      // Analytics" does (a consumer-goods "Product Insights Manager" researches buyers: not this).
      s.word[i] = vocab.canonical('analytics');
      s.text[i] = 'data insights';
      remove(s, i + 1);
    } else if (b.w === 'formulation' && a === 'product' && !isBoundary(s.sep[i + 1]!)) {
      // "Director, Product Formulation", "Head of New Product Formulation": making goods, as a
      // chemist or food scientist does; "product" here names no product role.
      s.word[i] = b;
      s.text[i] = `${s.text[i]} ${s.text[i + 1]}`;
      remove(s, i + 1);
    } else if (b.w === 'numerique' && s.text[i] === 'fabrique' && !isBoundary(s.sep[i + 1]!)) {
      // "Cheffe de produit, Fabrique numérique …": a ministry's digital service team, named as a workshop;
      // no factory, so no goods beside the product role.
      s.word[i] = b;
      s.text[i] = `${s.text[i]} ${s.text[i + 1]}`;
      remove(s, i + 1);
    } else if (a === 'assistant' && b.w === 'manager' && !isBoundary(s.sep[i + 1]!)) {
      // A store or hotel rank, not an assistant product manager.
      s.word[i] = vocab.canonical('supervisor');
      s.text[i] = `${s.text[i]} ${s.text[i + 1]}`;
      remove(s, i + 1);
    }
  }
}

/** Words before "talent" that name an early-career programme, not recruiting ("Early Talent", "Emerging Talent"). */
const EARLY_TALENT: ReadonlySet<string> = new Set(['early', 'emerging', 'future', 'young']);

/**
 * Is words i, i+1 a rank written with a level word: a seniority before "level" ("Entry Level",
 * "Mid Level", "Senior Level", not "Level 3"), "early" before "career", or an early-career
 * programme's "talent"?
 */
function levelPhrase(s: Stream, i: number): boolean {
  const a = s.word[i]!.w;
  const next = s.text[i + 1]!;
  if (next === 'level') return (a === 'entry' || a === 'mid' || a === 'senior' || a === 'junior') && !(i + 2 < s.n && s.num[i + 2]! > 0);
  if (s.word[i + 1]!.w === 'entry' && next === 'career') return s.text[i] === 'early';
  return s.word[i + 1]!.w === 'talent' && next === 'talent' && EARLY_TALENT.has(s.text[i]!);
}

/** Words after "campus" that make it a new-graduate post ("Campus Hire"), not a campus ("Campus Solutions"). */
const CAMPUS_HIRING: ReadonlySet<string> = new Set(['hire', 'hires', 'hiring', 'recruit', 'recruits', 'recruitment', 'recruiting', 'program', 'programme', 'drive']);

/** French head nouns (folded) after which "principal" means senior. */
const FRENCH_HEADS: ReadonlySet<string> = new Set(['directeur', 'directrice', 'gestionnaire', 'analyste', 'conseiller', 'conseillere', 'responsable', 'charge', 'chargee', 'proprietaire', 'specialiste']);

/** Does the title's segment end at word j, or go on only to where the work is ("at a startup")? */
function bareEnd(s: Stream, j: number): boolean {
  return j >= s.n || isBoundary(s.sep[j]!) || s.text[j] === 'at' || s.text[j] === 'for';
}

/** Is there nothing before word i in its segment but a pronoun ("I run product", "we run product")? */
function onlyPronoun(s: Stream, i: number): boolean {
  if (i === 0 || isBoundary(s.sep[i]!)) return true;
  return i === 1 && (s.text[0] === 'i' || s.text[0] === 'we');
}

/** Words before "placement" that make it an internship. */
const PLACEMENTS: ReadonlySet<string> = new Set(['industrial', 'industry', 'work', 'student', 'summer', 'sandwich', 'year']);

/**
 * "CPO Office", "CEO's Office", "Office of the CPO": the unit around an executive, whose staff
 * are not that executive; the executive's word there is marked as noise ("Chief of Staff, CPO Office").
 */
function executiveOffice(s: Stream, i: number): void {
  const a = s.word[i]!;
  if (s.word[i + 1]!.w === 'office' && !isBoundary(s.sep[i + 1]!) && (a.w === 'cpo' || a.w === 'cxo')) {
    s.mark[i]! |= M.NOISE;
    s.mark[i + 1]! |= M.NOISE;
    return;
  }
  if (a.w !== 'office') return;
  let j = i + 1;
  if (s.word[j]!.w !== 'of') return;
  j++;
  while (j < s.n && (s.word[j]!.k & K.SKIP) !== 0) j++;
  if (j >= s.n || isBoundary(s.sep[j]!)) return;
  const x = s.word[j]!.w;
  if (x !== 'cpo' && x !== 'cxo' && x !== 'chief') return;
  for (let k = i; k <= j; k++) s.mark[k]! |= M.NOISE;
}
