import { Sep, isBoundary } from './chars.js';
import { LINE_MANAGER, REPORTS, boss, jobBefore } from './roster.js';
import { COUNT, M, type Stream } from './stream.js';
import { R } from './ranks.js';
import { K, X } from './words.js';

/*
 * What in a title is not the job itself, marked on the stream (M bits) for the readers after it:
 * places, pay and other noise words, times of day and shifts, gender tags in brackets,
 * qualifiers ("with", "for"), the employer after "at", the person served ("Assistant to the
 * CPO") and the manager named in a directory cell.
 */

/** Marks noise words, times of day, gender tags, qualifiers, employers and served persons. */
export function markNoise(s: Stream, field: boolean): void {
  const n = s.n;
  let qual = false;
  let org = false;
  let served = false;
  // A job word earlier in the segment: only then does "at"/"@" start the employer's name
  // ("Product Manager at Acme"; but "AI at Acme Product Manager" names the team first).
  let job = false;
  // Only hiring talk so far in the segment ("Urgent Opening For", "Hiring For"): a "for" there
  // announces the job, it does not qualify one.
  let talk = true;
  for (let i = 0; i < n; i++) {
    const sep = s.sep[i]!;
    if (isBoundary(sep) && sep !== Sep.AT) {
      qual = false;
      org = false;
      served = false;
      job = false;
      talk = true;
    }
    if (sep === Sep.AT && (job || i === 0)) org = true;
    const w = s.word[i]!;
    const k = w.k;
    // "Product Analyst, Risk; Manager: Lead Analyst": after the person's own job, a manager
    // field before a colon names the boss, up to the end of the field's value. A title that
    // opens with it ("Manager: Product Ops") is the job itself. Directory columns joined by
    // slashes count as segments ("Staff PM / Payments / mgr: …").
    if (field && w.w === 'manager' && s.sep[i + 1] === Sep.COLON && jobBefore(s, i)) {
      const line = !isBoundary(sep) && sep !== Sep.SLASH;
      if (!line || LINE_MANAGER.has(s.text[i - 1]!)) {
        if (line) s.mark[i - 1]! |= M.NOISE;
        i = boss(s, i, i + 1);
        continue;
      }
    }
    if ((k & (K.ROLE | K.ANCHOR | K.ABBR)) !== 0) job = true;
    if (s.depth[i]! > 0) s.mark[i]! |= M.BRACKET;
    if ((k & K.NOISE) !== 0) s.mark[i]! |= M.NOISE;
    if ((k & K.AT) !== 0) {
      if (job) org = true;
      s.mark[i]! |= M.NOISE;
    }
    if ((k & K.TO) !== 0) {
      // "Assistant to the CPO": only after a job that serves someone.
      if (i > 0 && (s.word[i - 1]!.k & K.SERVED) !== 0) served = true;
      s.mark[i]! |= M.NOISE;
      // "Sr PM > Growth > reports to GPM": the rest of the segment is the person's manager.
      if (i > 0 && REPORTS.has(s.text[i - 1]!) && jobBefore(s, i - 1)) {
        s.mark[i - 1]! |= M.NOISE;
        i = boss(s, i, i);
        continue;
      }
      // "Senior PM to Staff PM", "PO II to Senior PO": a job, then "to" and a rank or another job, is a
      // promotion or a transfer; the title is the job held, and the one after "to" no rank of it.
      if (!served && i > 0 && i + 1 < n && !isBoundary(s.sep[i + 1]!) && ((s.word[i - 1]!.k & (K.ROLE | K.ABBR)) !== 0 || (((s.word[i - 1]!.k & K.GRADE) !== 0 || s.num[i - 1]! > 0) && jobBefore(s, i - 1))) && (s.word[i + 1]!.k & (K.SENIORITY | K.ROLE | K.ABBR)) !== 0) {
        i = boss(s, i, i);
        continue;
      }
    }
    // "Engineer turned PM", "Ex-consultant, now PM": a profile's earlier job before "turned", or
    // before a segment opening with "now", is history; the job held is the one after it.
    if ((w.x & X.HISTORY) !== 0 && i > 0 && i + 1 < n && turnedOrNow(s, i, sep) && !isBoundary(s.sep[i + 1]!) && (s.word[i + 1]!.k & (K.SENIORITY | K.ROLE | K.ABBR)) !== 0) {
      for (let x = i; x >= 0; x--) s.mark[x]! |= M.NOISE;
      job = false;
      org = false;
      continue;
    }
    if (w.w === 'with' && (s.text[i] === 'with' || s.sep[i + 1] === Sep.SLASH)) qual = true;
    if (w.w === 'aspiring') qual = true;
    if (w.w === 'for') {
      if ((talk && i > 0 && !isBoundary(sep)) || internshipFor(s, i)) s.mark[i]! |= M.NOISE;
      else qual = true;
    }
    if ((k & K.NOISE) === 0) talk = false;
    if (qual) s.mark[i]! |= M.QUAL;
    if (org) s.mark[i]! |= M.ORG;
    if (served) s.mark[i]! |= M.SERVED;
    // Times of day: "7AM-3PM", "3 PM", "PM shift", "AM/PM", "Day/PM".
    if ((k & K.TIME) !== 0 && (w.w === 'pm' || w.w === 'am')) {
      const prev = i > 0 ? s.text[i - 1]! : '';
      // A level code before it ("L5 PM", "IC4 - PM") is no hour, nor a number that closes the segment
      // before it ("PM2 → PM3", a promotion case; "Team 2 | PM").
      const prevNum = i > 0 && s.code[i - 1] !== COUNT && !isBoundary(sep) && ((s.num[i - 1]! > 0 && s.code[i - 1] === '') || isNumberText(prev));
      const next = i + 1 < n ? s.word[i + 1]!.w : '';
      const prevW = i > 0 ? s.word[i - 1]!.w : '';
      if (prevNum || next === 'shift' || next === 'am' || next === 'pm' || prevW === 'am' || prevW === 'pm' || prev === 'day' || prev === 'days' || prev === 'night' || prev === 'overnight' || (i + 1 < n && isNumberText(s.text[i + 1]!) && s.code[i + 1] !== COUNT && !isBoundary(s.sep[i + 1]!) && !loneGrade(s, i + 1))) {
        s.mark[i]! |= M.TIME | M.NOISE;
      } else if (w.w === 'am') s.mark[i]! |= M.NOISE;
    }
  }
  // Gender tags: a bracket holding only m/w/d-like words is noise; so is one holding only noise.
  let i = 0;
  while (i < n) {
    if (s.depth[i]! === 0) {
      i++;
      continue;
    }
    let j = i;
    let onlyGender = true;
    while (j < n && s.depth[j]! > 0 && (j === i || !isOpen(s, j))) {
      const k = s.word[j]!.k;
      if ((k & (K.GENDER | K.COORD)) === 0) onlyGender = false;
      j++;
    }
    if (onlyGender) for (let x = i; x < j; x++) s.mark[x]! |= M.NOISE;
    i = j;
  }
}

/**
 * "Internship for Product Management", "Working Student for Product Marketing": boards outside the
 * US name the discipline of an internship that opens the title after "for"; the product words are
 * the job, not a qualifier of the candidate. Only an internship word that is the segment's first
 * word, with a product word right after "for".
 */
function internshipFor(s: Stream, i: number): boolean {
  if (i === 0 || i + 1 >= s.n || isBoundary(s.sep[i]!) || isBoundary(s.sep[i + 1]!)) return false;
  if (s.word[i - 1]!.r !== R.INTERN || (s.word[i + 1]!.k & K.ANCHOR) === 0) return false;
  for (let j = i - 1; j > 0 && !isBoundary(s.sep[j]!); j--) if ((s.word[j - 1]!.k & (K.ROLE | K.ANCHOR | K.ABBR | K.FUNCTION)) !== 0) return false;
  return true;
}

/** "turned" right after a job noun, or "now" opening a segment after one. */
function turnedOrNow(s: Stream, i: number, sep: number): boolean {
  const t = s.text[i]!;
  if (t === 'turned') return !isBoundary(sep) && (s.word[i - 1]!.k & K.ROLE) !== 0;
  return t === 'now' && isBoundary(sep) && sep !== Sep.AT && (s.word[i - 1]!.k & K.ROLE) !== 0;
}

/**
 * "PM 3 - Payments", "PM 2": a number from 1 to 5 that closes its segment after a role
 * abbreviation is its grade, not a time ("PM 3-11" and "PM 3:30" are times).
 */
function loneGrade(s: Stream, i: number): boolean {
  const v = s.num[i]!;
  if (v < 1 || v > 5 || s.text[i]!.length !== 1 || s.word[i - 1]!.w !== 'pm') return false;
  return i + 1 >= s.n || (isBoundary(s.sep[i + 1]!) && s.sep[i + 1] !== Sep.COLON && !isNumberText(s.text[i + 1]!));
}

function isOpen(s: Stream, i: number): boolean {
  return s.sep[i] === Sep.OPEN;
}

function isNumberText(t: string): boolean {
  if (t.length === 0) return false;
  const c = t.charCodeAt(0);
  return c >= 48 && c <= 57;
}
