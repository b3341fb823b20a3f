import { Sep } from './chars.js';
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
    if ((k & K.ROLE) !== 0) {
      if ((k & K.SERVED) !== 0) p.served = true;
      // "Associate Manager product analytics", "Manager of Product Mgmt": manager as a rank; so
      // is the manager of a role named in the plural ("Manager of Product Managers", "of PMs").
      if (w.w === 'manager' && !coordinated && (!hasHead || (linked && pluralHead(s, p)))) {
        takeExec(p, j, R.MANAGER);
        sawExec = true;
        start = j;
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

/** The phrase's head noun is written in the plural ("Product Managers", "PMs"). */
function pluralHead(s: Stream, p: Phrase): boolean {
  if (p.head < 0) return false;
  const text = s.text[p.head]!;
  return text.length > 2 && text.endsWith('s') && !s.word[p.head]!.w.endsWith('s');
}
