import { isBoundary } from './chars.js';
import { R } from './ranks.js';
import { M, type Stream } from './stream.js';
import { K } from './words.js';

/**
 * Early-career schemes: "Rotational Program", "Graduate Programme", "Internship Program 2027",
 * "APM Program". A programme word that closes its segment right after an early-career word
 * names the scheme the person joins, not programme management: it is marked as noise, so the
 * rest of the title ("Product Management Rotational Program") is read as the job.
 */
export function markSchemes(s: Stream): void {
  for (let i = 1; i < s.n; i++) {
    if (s.word[i]!.w !== 'program' || !closesSegment(s, i)) continue;
    let prev = -1;
    for (let j = i - 1; j >= 0 && !isBoundary(s.sep[j + 1]!); j--) {
      if ((s.mark[j]! & M.NOISE) === 0) {
        prev = j;
        break;
      }
    }
    if (prev !== -1 && earlyCareer(s, prev)) s.mark[i]! |= M.NOISE;
  }
}

/** Interns, trainees, rotational, graduate and associate schemes, and the APM programme. */
function earlyCareer(s: Stream, j: number): boolean {
  const w = s.word[j]!;
  return w.r === R.INTERN || w.w === 'rotational' || w.w === 'graduate' || w.w === 'apm' || (w.r === R.ASSOCIATE && (w.k & K.PERSON) !== 0);
}

/** Only noise (a year, "2027") follows word i in its segment. */
function closesSegment(s: Stream, i: number): boolean {
  for (let j = i + 1; j < s.n && !isBoundary(s.sep[j]!); j++) if ((s.mark[j]! & M.NOISE) === 0) return false;
  return true;
}
