import { Sep, isBoundary } from './chars.js';
import { takeExec, sameSeg, type Phrase } from './phrase-model.js';
import { ofHead, productLine } from './phrase-words.js';
import { R } from './ranks.js';
import { M, type Stream } from './stream.js';
import { K } from './words.js';

/** Reads left of a phrase: ranks, an executive head, goods or finance words, a served job. */
export function readLeft(s: Stream, i: number, p: Phrase, hasHead: boolean): void {
  let j = i - 1;
  let blocked = false;
  let sawExec = false;
  /** An "of" stands between the phrase and what is left of it. */
  let linked = false;
  let afterCoord = false;
  let start = i;
  if (j >= 0 && sameSeg(s, i)) {
    const k = s.word[j]!.k;
    if ((k & K.MATERIAL) !== 0) p.material = true;
  }
  while (j >= 0 && sameSeg(s, j + 1)) {
    const sep = s.sep[j + 1]!;
    const coordinated = sep === Sep.SLASH || sep === Sep.AMP;
    const w = s.word[j]!;
    const k = w.k;
    const mark = s.mark[j]!;
    if ((mark & M.NOISE) !== 0 || (k & K.SKIP) !== 0) {
      j--;
      continue;
    }
    if ((k & K.CONNECT) !== 0) {
      linked = true;
      j--;
      continue;
    }
    if (sawExec) {
      // "VP/Head of Product": two executive ranks for one job, joined by a slash; the higher one counts.
      if (sep === Sep.SLASH && (k & K.EXEC) !== 0 && (k & K.ROLE) !== 0 && w.w !== 'cxo' && w.r !== 0) {
        p.bits |= w.r;
        p.rankIdx.push(j);
        start = j;
        j--;
        continue;
      }
      // "Vice President and General Manager of the Product Line": the manager's "general", then a
      // second, higher rank of the same person over the same object, joined by "and" or "&".
      if (p.exec !== -1 && s.word[p.exec]!.w === 'manager') {
        if (w.w === 'general' && !coordinated) {
          start = j;
          j--;
          continue;
        }
        const x = (k & K.COORD) !== 0 ? (j > 0 && sameSeg(s, j) ? j - 1 : -1) : coordinated ? j : -1;
        const e = x >= 0 ? s.word[x]! : null;
        if (e !== null && (e.k & K.EXEC) !== 0 && (e.k & K.ROLE) !== 0 && e.w !== 'cxo' && e.w !== 'manager' && e.r !== 0 && onlyRanksBefore(s, x)) {
          p.bits |= e.r;
          p.rankIdx.push(x);
          p.exec = x;
          start = x;
          j = x - 1;
          continue;
        }
      }
      // Left of an executive word only its own modifiers: "Senior Vice President", "Associate Director".
      if (coordinated || (k & K.COORD) !== 0) break;
      const b = w.r;
      if (b !== 0 && (k & (K.SENIORITY | K.EXEC)) !== 0) {
        p.bits |= b;
        p.rankIdx.push(j);
        start = j;
        j--;
        continue;
      }
      break;
    }
    if ((k & K.COORD) !== 0) {
      afterCoord = true;
      j--;
      continue;
    }
    if ((k & K.EXEC) !== 0 && (k & K.ROLE) !== 0 && w.w !== 'cxo') {
      // A function word between an executive and a bare "product" takes the executive ("Director
      // of Finance, Product"); before a named discipline it names its area ("Director Network
      // Research Product Management"), except before development, which it makes engineering.
      if (blocked && !hasHead && (p.disc === -1 || s.word[p.disc]!.w === 'development')) {
        p.blocked = true;
        break;
      }
      takeExec(p, j, w.r);
      p.execOf = linked;
      sawExec = true;
      start = j;
      j--;
      continue;
    }
    if ((k & K.SENIORITY) !== 0) {
      if (coordinated && (k & K.ROLE) !== 0) break;
      // A fellowship's member follows the title ("Product Management Fellow"); a "Fellow" before it
      // is the top individual rank of some companies' ladders, which only their framework can say.
      if (w.w === 'fellow') break;
      const b = w.r;
      p.bits |= b;
      if (b !== 0) p.rankIdx.push(j);
      if (w.w === 'chief') {
        p.exec = j;
        sawExec = true;
      }
      start = j;
      j--;
      continue;
    }
    // "VP Sales and Product": a function named like a job, coordinated with a bare product word,
    // shares the executive before it, as "VP Marketing and Product" does.
    if (!hasHead && (coordinated || afterCoord) && (k & (K.FUNCTION | K.ROLE | K.EXEC | K.PERSON)) === (K.FUNCTION | K.ROLE)) {
      afterCoord = false;
      j--;
      continue;
    }
    if ((k & K.ROLE) !== 0) {
      if ((k & K.SERVED) !== 0) p.served = true;
      // "Associate Manager product analytics", "Manager of Product Mgmt": manager as a rank; so
      // is the manager of a role named in the plural ("Manager of Product Managers", "of PMs").
      const ofRole = hasHead && linked && pluralHead(s, p);
      // "Sr Mgr PM", "Manager PMM": a manager right before a role's shorthand, with only ranks before it, manages that role.
      const overShorthand = hasHead && !linked && p.abbr !== '' && MANAGED_SHORTHAND.has(p.abbr) && j === p.anchor - 1 && onlyRanksBefore(s, j);
      if (w.w === 'manager' && !coordinated && (!hasHead || ofRole || overShorthand) && !otherManager(s, j)) {
        takeExec(p, j, R.MANAGER);
        if (hasHead) p.managesRole = true;
        sawExec = true;
        start = j;
        j--;
        continue;
      }
      // "Senior Agent Product Manager", "Sr. Claims Agent Product Owner": before a headed product
      // role an agent names what the product serves (AI or insurance agents), so ranks left of it
      // still rank the role.
      if (hasHead && !coordinated && w.w === 'representative' && (s.text[j] === 'agent' || s.text[j] === 'agents')) {
        j--;
        continue;
      }
      // "Manager of Seller Lending Product Operations": a job word inside an "X of ..." object.
      const o = ofHead(s, j);
      if (o !== -1) {
        j = o;
        continue;
      }
      break;
    }
    if ((k & K.FUNCTION) !== 0 && !coordinated && !afterCoord && !productLine(s, j, i)) blocked = true;
    if ((k & K.FINSERV) !== 0) p.finserv = true;
    afterCoord = coordinated;
    j--;
  }
  p.start = start;
}

/**
 * The manager at j is another job's ("Project Manager Product Development", "Sales Manager
 * Product Line"): a function or look-alike word right before it, in its segment, names what it
 * manages.
 */
function otherManager(s: Stream, j: number): boolean {
  if (j === 0 || !sameSeg(s, j) || s.sep[j] === Sep.SLASH || s.sep[j] === Sep.AMP) return false;
  const k = s.word[j - 1]!.k;
  return (k & (K.FUNCTION | K.NONPROD)) !== 0 && (k & (K.SENIORITY | K.ANCHOR)) === 0;
}

/** Role shorthand a manager can head ("PM Manager", "Sr Mgr PM", "PMM Manager"); not PO (purchase orders) or APM (monitoring tools). */
export const MANAGED_SHORTHAND: ReadonlySet<string> = new Set(['pm', 'pmm', 'tpm']);

/**
 * The manager right after a role's shorthand, closing its segment ("PM Manager – Payments", "PMM
 * Mgr"), or -1; see MANAGED_SHORTHAND. ("SPM Operations Manager" is another job: a word stands between.)
 */
export function managerAfter(s: Stream, i: number): number {
  // Coordinated with a word before it ("PI/PM Manager"), the manager heads both: no manager of PMs.
  if (!MANAGED_SHORTHAND.has(s.word[i]!.w) || s.sep[i] === Sep.SLASH || s.sep[i] === Sep.AMP) return -1;
  let j = i + 1;
  while (j < s.n && !isBoundary(s.sep[j]!) && (s.mark[j]! & M.NOISE) !== 0) j++;
  if (j >= s.n || isBoundary(s.sep[j]!) || s.word[j]!.w !== 'manager' || s.sep[j] === Sep.SLASH || s.sep[j] === Sep.AMP) return -1;
  for (let k = j + 1; k < s.n && !isBoundary(s.sep[k]!); k++) if ((s.mark[k]! & M.NOISE) === 0) return -1;
  return j;
}

/** Only rank words or noise stand before word j in its segment ("Sr" in "Sr Mgr PM"; not "Account" in "Account Manager PM"). */
function onlyRanksBefore(s: Stream, j: number): boolean {
  for (let x = j; x > 0 && sameSeg(s, x); x--) {
    const k = s.word[x - 1]!.k;
    if ((s.mark[x - 1]! & M.NOISE) !== 0 || (k & K.SKIP) !== 0) continue;
    if ((k & K.SENIORITY) === 0 || s.word[x - 1]!.r === 0 || (k & K.EXEC) !== 0) return false;
  }
  return true;
}

/** The phrase's head noun is written in the plural ("Product Managers", "PMs"). */
export function pluralHead(s: Stream, p: Phrase): boolean {
  if (p.head < 0) return false;
  const text = s.text[p.head]!;
  return text.length > 2 && text.endsWith('s') && !s.word[p.head]!.w.endsWith('s');
}
