import { Sep, isBoundary } from './chars.js';
import { abbrPhrase, pmCueAfter, pmCueBefore } from './abbreviations.js';
import { orgChartPath, productShorthand } from './context.js';
import { readLeft } from './phrase-left.js';
import { Kind, newPhrase, reset, sameSeg, type Phrase } from './phrase-model.js';
import { devHeadOk, engineeringIn, ENGINEERING_OR_DESIGN, headFamily, jointFunction, managerOfProduct, ORG_ANY, ORG_PEOPLE, productOrgCue } from './phrase-words.js';
import { compoundArea, execBefore, rankNounBefore, seniorBetween, staffAfter, trailingRank } from './phrase-ranks.js';
import { R } from './ranks.js';
import { M, closesSegment, type Stream } from './stream.js';
import { Fam, K } from './words.js';

export { Kind, type Phrase } from './phrase-model.js';
export { productLine } from './phrase-words.js';

/** The pool of phrases, reused from title to title. */
export class PhraseFinder {
  readonly phrases: Phrase[] = [];
  count = 0;
  private pool: Phrase[] = [];
  /** Set by shared(): the coordinated words include "operations". */
  private sharedOps = false;
  /** Does the title say its work serves the product organisation (productOrg())? -1: not yet known. */
  private org = -1;
  /** Read in the product context (context.ts): product shorthand stands on its own. */
  product = false;

  private take(): Phrase {
    if (this.count < this.pool.length) return reset(this.pool[this.count++]!);
    const p = newPhrase();
    this.pool.push(p);
    this.count++;
    return p;
  }

  /** Forgets the phrases of the last title. */
  clear(): void {
    this.count = 0;
    if (this.phrases.length !== 0) this.phrases.length = 0;
  }

  /** Finds every product phrase of the stream. */
  find(s: Stream): number {
    this.count = 0;
    if (this.phrases.length !== 0) this.phrases.length = 0;
    this.org = -1;
    const n = s.n;
    for (let i = 0; i < n; i++) {
      if ((s.mark[i]! & M.NOISE) !== 0) continue;
      const w = s.word[i]!;
      const k = w.k;
      if ((k & K.ANCHOR) !== 0) {
        const p = this.take();
        if (this.productPhrase(s, i, p)) {
          this.phrases.push(p);
          if (p.end > i + 1) i = p.end - 1;
        } else this.count--;
      } else if ((k & K.PROD) !== 0) {
        // "Prod Mgmt", "Prod Dev", "Prod Owner": product; "Prod Support", "Prod Ops": production. A
        // "Prod Mgr" may as well manage production: like "PM", it needs a product area beside it,
        // except in the product context, where "Prod Mgr", "Prod Ops" and "Prod Analyst" are product shorthand.
        const next = i + 1 < n && sameSeg(s, i + 1) ? s.word[i + 1]! : null;
        if (next === null) {
          // "Head of Prod", "VP Prod": in the product context, the product organisation an executive heads.
          if (this.product && execBefore(s, i) && productShorthand(s, i, true)) {
            const p = this.take();
            if (this.productPhrase(s, i, p)) {
              p.byContext = true;
              this.phrases.push(p);
            } else this.count--;
          }
          continue;
        }
        const prodManager = next.w === 'manager' && (pmCueBefore(s, i) || pmCueAfter(s, i + 1));
        let byContext = false;
        let ok = (next.k & K.DISC) !== 0 ? next.w !== 'operations' : next.w === 'owner' || prodManager;
        // "Prod Analyst" too: a production analyst in a mixed list, the product analyst of product teams;
        // and "Prod Lead" (a production line's lead elsewhere), the product lead of meeting notes.
        if (!ok && (next.w === 'manager' || next.w === 'operations' || next.w === 'analyst' || next.w === 'lead') && productShorthand(s, i, this.product)) ok = byContext = true;
        if (ok) {
          const p = this.take();
          if (this.productPhrase(s, i, p)) {
            p.byContext = byContext;
            this.phrases.push(p);
            if (p.end > i + 1) i = p.end - 1;
          } else this.count--;
        }
      } else if ((k & K.ABBR) !== 0) {
        const p = this.take();
        if (abbrPhrase(s, i, p, this.product)) this.phrases.push(p);
        else this.count--;
      }
    }
    return this.phrases.length;
  }

  private productOrg(s: Stream): number {
    if (this.org === -1) this.org = productOrgCue(s);
    return this.org;
  }

  /**
   * Looks past "and", "&" or "/" for the head the coordinated words share:
   * "Product & Platform Owner", "Product and Channel Marketing", "Product and Experience Officer".
   * Returns the index of the shared head, or -1.
   */
  private shared(s: Stream, from: number, afterDisc: boolean): number {
    const n = s.n;
    let last = -1;
    /** Only product disciplines and areas so far ("& Strategy", "& Growth"), not another field ("and Nutrition Science"). */
    let productWords = true;
    this.sharedOps = false;
    for (let j = from, seen = 0; j < n && seen < 4; j++) {
      if (j > from && isBoundary(s.sep[j]!)) break;
      if ((s.mark[j]! & M.NOISE) !== 0) continue;
      const w = s.word[j]!;
      const k = w.k;
      if ((k & K.ANCHOR) !== 0) return -1;
      seen++;
      if (w.w === 'operations') this.sharedOps = true;
      if ((k & (K.DISC | K.MIDDLE | K.PM_CUE | K.PO_CUE | K.PERSON)) === 0) productWords = false;
      // An intern or associate heads coordinated product disciplines too ("Product Management & Strategy Intern").
      const earlyCareer = (w.r === R.INTERN || w.r === R.ASSOCIATE) && productWords;
      if (((k & K.PERSON) !== 0 && ((k & K.SENIORITY) === 0 || earlyCareer)) || w.w === 'lead' || w.w === 'officer') {
        // "Product & Web Engineering Manager": the engineering manager is shared, not the manager. A
        // design or engineering word right after the link is a job of its own beside the product one
        // ("Product & Design Lead", "Product/Engineering Lead": a product lead who leads design too).
        if (last === j - 1 && last > from && (s.word[last]!.k & (K.NONPROD | K.DISC)) === K.NONPROD && ENGINEERING_OR_DESIGN.has(s.word[last]!.adj!)) return last;
        return j;
      }
      if (w.w === 'pm') return j;
      // "Product Development / Sales Manager": two jobs sharing their head noun.
      if (afterDisc && (k & K.FUNCTION) !== 0 && j + 1 < n && s.sep[j + 1] === Sep.SPACE && (s.word[j + 1]!.k & (K.PERSON | K.SENIORITY)) === K.PERSON) continue;
      if ((k & K.NONPROD) !== 0 && (k & K.ROLE) !== 0) return j;
      if ((k & (K.DISC | K.NONPROD)) !== 0) last = j;
      else if ((k & K.ROLE) !== 0 && (k & K.EXEC) === 0) return -1;
    }
    // A discipline closing the coordination: "Product and Channel Marketing" (but "Product & Marketing" names two areas).
    if (last !== -1 && last > from && (last + 1 >= n || isBoundary(s.sep[last + 1]!) || (s.word[last + 1]!.k & (K.PERSON | K.COORD)) !== 0 || (s.mark[last + 1]! & M.NOISE) !== 0)) return last;
    return -1;
  }

  /** Reads the phrase around a product word at i. Returns false when it is not a phrase. */
  private productPhrase(s: Stream, i: number, p: Phrase): boolean {
    const n = s.n;
    p.anchor = i;
    let disc = -1;
    let head = -1;
    let nonprod = -1;
    /** The first word between "product" and its head ("line" in "Product Line Manager"). */
    let middle = -1;
    let j = i + 1;
    let skipped = 0;
    for (; j < n; j++) {
      if (isBoundary(s.sep[j]!)) break;
      // The employer named after "at" ("Head of Product at a logistics firm") is no part of the job.
      if ((s.mark[j]! & M.ORG) !== 0) break;
      if ((s.mark[j]! & M.NOISE) !== 0) continue;
      const w = s.word[j]!;
      const k = w.k;
      const sep = s.sep[j]!;
      if ((k & K.SKIP) !== 0) continue;
      if (head === -1 && ((k & K.COORD) !== 0 || sep === Sep.SLASH || sep === Sep.AMP)) {
        const from = (k & K.COORD) !== 0 ? j + 1 : j;
        const h = this.shared(s, from, disc !== -1);
        if (disc !== -1 && this.sharedOps && s.word[disc]!.w === 'strategy') p.opsCoordinated = true;
        if (h === -1) break;
        const hw = s.word[h]!;
        // "Product & Solutions Marketing Manager", "Product and Technical Marketing Lead": a kind of
        // marketing joined to the product word shares its discipline with it, so product marketing
        // (but "Product & Marketing Manager" names two jobs).
        if (disc === -1 && (hw.k & K.PERSON) !== 0 && h - 1 > from && s.word[h - 1]!.w === 'marketing') disc = h - 1;
        if (disc !== -1 && s.word[disc]!.w === 'development' && engineeringIn(s, j, h)) {
          // "Product Development and Engineering Manager": an engineering (R&D) manager.
          nonprod = h;
          j = h + 1;
          break;
        }
        if (disc !== -1 && (hw.k & K.PERSON) === 0 && hw.w !== 'pm') {
          // "Product Management and Pricing", "Product Development & Design": the discipline stands.
          if (s.word[disc]!.w === 'strategy' && hw.w === 'operations') p.opsCoordinated = true;
          break;
        }
        if ((hw.k & K.DISC) !== 0) disc = h;
        else if ((hw.k & K.NONPROD) !== 0 && (hw.k & K.PERSON) === 0) nonprod = h;
        else head = h;
        if (nonprod !== -1) {
          j = h + 1;
          break;
        }
        j = h; // the loop steps to the word after the shared head
        continue;
      }
      if (head !== -1) {
        // After the head: postfix ranks and grades ("Product Manager Senior", "Product Owner II").
        // An internship after "in" ("Gerente de producto en prácticas", "Chef de produit en stage").
        if ((w.w === 'in' || s.text[j] === 'en') && j + 1 < n && !isBoundary(s.sep[j + 1]!) && s.word[j + 1]!.r === R.INTERN) {
          p.bits |= R.INTERN;
          p.rankIdx.push(j + 1);
          j++;
          continue;
        }
        if (sep === Sep.SLASH || sep === Sep.AMP || (k & K.COORD) !== 0) break;
        // "Product Lead Engineer", "プロダクトリードエンジニア": the lead ranks the trade right after
        // it, whose job the title names (as "Lead Product Engineer" does).
        if (j === head + 1 && sep === Sep.SPACE && s.word[head]!.w === 'lead' && (k & (K.ROLE | K.NONPROD)) === (K.ROLE | K.NONPROD)) {
          head = -1;
          nonprod = j;
          break;
        }
        // "Product Manager Leader": a leader of the job named before it.
        if ((k & (K.SENIORITY | K.GRADE)) !== 0 || ((k & K.EXEC) !== 0 && w.w !== 'cxo') || (w.r === R.LEAD && (k & K.PERSON) !== 0)) {
          if ((k & K.GRADE) !== 0) p.grade = w.band;
          else {
            const b = w.r;
            if (b !== 0) {
              p.bits |= b;
              p.rankIdx.push(j);
            }
          }
          continue;
        }
        if (s.num[j]! > 0 && s.code[j] === '') {
          p.grade = s.num[j]!;
          continue;
        }
        trailingRank(s, j, p);
        break;
      }
      if ((k & K.DISC) !== 0) {
        if (disc === -1) disc = j;
        continue;
      }
      if ((k & K.MIDDLE) !== 0 && disc === -1) {
        if (middle === -1) middle = j;
        continue;
      }
      // "Product Data Analyst", "Product Data Scientist": product analytics.
      if (w.w === 'data' && disc === -1 && j + 1 < n && !isBoundary(s.sep[j + 1]!) && (s.word[j + 1]!.w === 'analyst' || s.word[j + 1]!.w === 'scientist')) {
        head = j + 1;
        j++;
        continue;
      }
      // "Product Data Analytics": the data is what the analytics is of.
      if (w.w === 'data' && disc === -1 && j + 1 < n && !isBoundary(s.sep[j + 1]!) && s.word[j + 1]!.w === 'analytics') continue;
      if ((k & K.PERSON) !== 0 && w.w !== 'pm') {
        head = j;
        continue;
      }
      if ((k & K.NONPROD) !== 0 && (disc === -1 || (k & K.ROLE) !== 0 || s.word[disc]!.w === 'development')) {
        // "Product Success Manager (for product teams)", "Head of Product Delivery, Tooling": work that
        // serves the product organisation is product operations; elsewhere these are look-alikes.
        if (disc === -1 && j === i + 1 && (w.w === 'success' || w.w === 'delivery' || w.w === 'enablement') && (this.productOrg(s) & (w.w === 'delivery' ? ORG_ANY : ORG_PEOPLE)) !== 0) {
          disc = j;
          p.opsOrg = true;
          continue;
        }
        nonprod = j;
        break;
      }
      if (disc !== -1 && (((k & K.ROLE) !== 0 && (k & K.PERSON) === 0) || ((k & K.FUNCTION) !== 0 && (k & K.NONPROD) === 0))) {
        // "Product Development Project Lead", "Product Development Rep": another job's head.
        nonprod = j;
        break;
      }
      if ((k & K.SENIORITY) !== 0) {
        // "Strategy Intern - Product Development Group": a group closing a discipline with no head
        // after it is the department, not the group product manager's rank.
        if (w.w === 'group' && disc !== -1 && head === -1 && closesSegment(s, j)) continue;
        if (disc !== -1 && head === -1 && staffAfter(s, j, sep)) continue;
        const b = w.r;
        if (b !== 0) {
          p.bits |= b;
          p.rankIdx.push(j);
        }
        continue;
      }
      if ((k & K.ABBR) !== 0 && w.w === 'pm' && (s.mark[j]! & M.TIME) === 0) {
        // "Product Research & Insights PM".
        head = j;
        continue;
      }
      // After a discipline, up to two other words before a head: "Product Marketing Events Manager".
      if (disc !== -1 && skipped < 2 && (k & K.ROLE) === 0) {
        let h = -1;
        for (let x = j + 1; x < n && x <= j + 2; x++) {
          if (isBoundary(s.sep[x]!)) break;
          const xk = s.word[x]!.k;
          if ((xk & (K.PERSON | K.NONPROD)) !== 0 && (xk & K.ROLE) !== 0) {
            h = x;
            break;
          }
        }
        if (h !== -1) {
          skipped++;
          j = h - 1;
          continue;
        }
        // "Product Development Carpenter": an unknown noun closing the segment heads another job;
        // not after a rank noun that heads the discipline ("Leiterin Produktmanagement Versicherung":
        // the area of the discipline), nor after a discipline written in one word with the product
        // word ("Produktmanagement Cloud", "Productmanagement Mobiliteit"): a compound has its head
        // inside it, so the word after it names its area, as German, Dutch and Nordic lists write.
        // Not product development, which an unknown trade after it makes engineering or a craft.
        if (w.w === '' && (j + 1 >= n || isBoundary(s.sep[j + 1]!)) && !rankNounBefore(s, i) && !compoundArea(s, disc)) {
          nonprod = j;
          break;
        }
        if ((k & K.NONPROD) !== 0) {
          nonprod = j;
          break;
        }
      }
      break;
    }
    p.end = j;
    p.disc = disc;
    p.head = head;

    // Decide the phrase's kind and family.
    if (nonprod !== -1 && head === -1) {
      const nw = s.word[nonprod]!;
      const dw = disc !== -1 ? s.word[disc]!.w : '';
      if (dw === 'marketing' && nw.w === 'engineer') {
        p.kind = Kind.TITLE;
        p.fam = Fam.PMM;
        p.head = nonprod;
        p.headWord = 'engineer';
      } else if (dw === 'analytics' && (nw.w === 'scientist' || nw.w === 'engineer')) {
        p.kind = Kind.TITLE;
        p.fam = Fam.AN;
        p.head = nonprod;
        p.headWord = nw.w;
      } else {
        p.kind = Kind.NONPROD;
        p.adj = dw === 'development' && ((nw.k & (K.ROLE | K.FUNCTION)) === 0 || nw.adj === null || nw.w === 'engineer' || nw.w === 'engineering') ? 'engineering' : nw.adj ?? 'other';
        p.end = nonprod + 1;
        readLeft(s, i, p, true);
        return true;
      }
    } else if (disc !== -1) {
      const dw = s.word[disc]!;
      p.fam = p.opsCoordinated || p.opsOrg ? Fam.OPS : dw.fam;
      if (head !== -1) {
        const hw = s.word[head]!.w;
        p.headWord = hw === 'pm' ? 'manager' : hw;
        if (dw.w === 'development' && !devHeadOk(p.headWord)) {
          if (p.headWord === 'developer') p.weak = true;
          else {
            p.kind = Kind.NONPROD;
            p.adj = 'engineering';
            readLeft(s, i, p, true);
            return true;
          }
        }
        p.kind = Kind.TITLE;
        const b = s.word[head]!.r;
        // "Product Management Manager" manages product managers; "Product Marketing Manager" is the job itself.
        if (p.headWord === 'manager') {
          // "Product Development Senior Manager": HR exports and visa filings write the function,
          // then the grade, so a "senior" between the discipline and "manager" makes the manager a
          // rank, as "Senior Manager, Product Development" is ("Senior Product Development Manager" is not).
          if (dw.w === 'management' || dw.w === 'analytics' || seniorBetween(s, p, disc, head)) {
            p.bits |= R.MANAGER;
            p.rankIdx.push(head);
          }
        } else if (b !== 0) {
          p.bits |= b;
          p.rankIdx.push(head);
          if ((s.word[head]!.k & K.EXEC) !== 0) p.exec = head;
        }
      } else {
        p.kind = Kind.DISC;
        if (dw.w === 'development') p.weak = true;
      }
    } else if (head !== -1) {
      const hw = s.word[head]!.w === 'pm' ? 'manager' : s.word[head]!.w;
      p.headWord = hw;
      const fam = hw === 'scientist' && s.word[head - 1]!.w === 'data' ? Fam.AN : headFamily(hw);
      if (hw === 'officer') {
        p.kind = Kind.TITLE;
        p.fam = Fam.PM;
      } else if (hw === 'developer') {
        p.kind = Kind.TITLE;
        p.fam = Fam.PM;
        p.weak = true;
      } else if (fam === -1) {
        p.kind = Kind.NONPROD;
        p.adj = s.word[head]!.adj ?? 'other';
        readLeft(s, i, p, true);
        return true;
      } else {
        p.kind = Kind.TITLE;
        p.fam = fam;
        const b = s.word[head]!.r;
        if (b !== 0 && hw !== 'manager' && hw !== 'analyst') {
          p.bits |= b;
          p.rankIdx.push(head);
          if ((s.word[head]!.k & K.EXEC) !== 0) p.exec = head;
        }
      }
    } else if (middle !== -1 && (j >= n || isBoundary(s.sep[j]!))) {
      // "Sr Manager, Product Line": the product line is the discipline of a rank before it.
      p.kind = Kind.DISC;
      p.fam = Fam.PM;
      p.disc = middle;
    } else {
      // "Product" alone: a phrase only under an executive ("VP Product", "SVP of Products"),
      // also when the executive heads product and other functions ("SVP Product & Design",
      // "Director of Product and Design"): then only another job's head word undoes it.
      const joint = jointFunction(s, j);
      for (let x = j; x < n && !isBoundary(s.sep[x]!); x++) {
        const k = s.word[x]!.k;
        if ((s.mark[x]! & M.ORG) !== 0) break;
        if ((s.mark[x]! & (M.NOISE | M.QUAL)) !== 0) continue;
        if ((k & K.ROLE) !== 0 && (k & K.EXEC) === 0) return false;
        if (joint) continue;
        if (x === j && (k & K.FUNCTION) !== 0 && (k & K.COORD) === 0) return false;
        if ((k & K.NONPROD) !== 0 && (k & K.EXEC) === 0) return false;
      }
      p.kind = Kind.BARE;
      p.fam = Fam.PM;
    }
    readLeft(s, i, p, p.kind === Kind.TITLE);
    if (p.kind === Kind.BARE && p.exec !== -1 && s.word[p.exec]!.w === 'manager' && !managerOfProduct(s, p, i)) {
      // "Branch Manager Industrial Products": the manager of something else, not of product.
      p.exec = -1;
      p.bits = 0;
      p.rankIdx.length = 0;
      p.start = i;
    }
    if (p.headWord === 'officer' && (p.bits & R.CHIEF) === 0) {
      p.kind = Kind.NONPROD;
      p.fam = Fam.NONE;
      p.adj = 'other';
    }
    if (p.kind === Kind.BARE && p.exec === -1) {
      // Kept: an executive may stand in the segment before ("Sr. Director, Product").
      p.weak = true;
      if (this.product) orgChartPath(s, i, p);
    }
    return true;
  }
}
