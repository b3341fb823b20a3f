import { Sep, isBoundary } from './chars.js';
import { R } from './ranks.js';
import { M, type Stream } from './stream.js';
import { Fam, K, type Adjacent, type Word } from './words.js';

/** What a product phrase is. */
export const Kind = {
  /** A job title: "Senior Product Manager", "Product Marketing Lead", "Data PM". */
  TITLE: 1,
  /** A discipline with no person noun: "Product Management", "Director, Product Marketing". */
  DISC: 2,
  /** "Product" alone under an executive: "Head of Product", "VP Product". */
  BARE: 3,
  /** A product word heading something else: "Product Designer", "Product Support". */
  NONPROD: 4,
} as const;

/**
 * A phrase built around one product word (or a product abbreviation): its family, its head
 * noun, and the rank words that stand inside it.
 */
export interface Phrase {
  kind: number;
  fam: Fam;
  /** The product word or abbreviation. */
  anchor: number;
  /** First and one-past-last word of the phrase. */
  start: number;
  end: number;
  /** The person noun heading it (manager, owner, lead ...), or -1. */
  head: number;
  /** Canonical head word, or ''. */
  headWord: string;
  /** The discipline word (management, marketing ...), or -1. */
  disc: number;
  /** Rank bits found inside the phrase, and the words that gave them. */
  bits: number;
  rankIdx: number[];
  /** An executive word (director, head, VP ...) heads the phrase. */
  exec: number;
  /** A grade number after the head ("Product Owner III", "Product Analyst 4"). */
  grade: number;
  /** Words before the product word: goods ("dairy products"), finance ("insurance product"). */
  material: boolean;
  finserv: boolean;
  /** A product developer or product development: product management only in some settings. */
  weak: boolean;
  /** The look-alike family of a NONPROD phrase. */
  adj: Adjacent | null;
  /** The abbreviation it came from ("pm", "gpm", "cpo"), or ''. */
  abbr: string;
  /** The left side reached a job that serves another ("Exec. Assistant, Office of the CPO"). */
  served: boolean;
  /** Strategy coordinated with operations: "Product Strategy & Operations". */
  opsCoordinated: boolean;
  /** Success, delivery or enablement work for the product organisation itself (product operations). */
  opsOrg: boolean;
  /** A function word stands between an executive and a bare "product" ("Director of Finance, Product"). */
  blocked: boolean;
}

function newPhrase(): Phrase {
  return {
    kind: 0,
    fam: Fam.NONE,
    anchor: -1,
    start: 0,
    end: 0,
    head: -1,
    headWord: '',
    disc: -1,
    bits: 0,
    rankIdx: [],
    exec: -1,
    grade: 0,
    material: false,
    finserv: false,
    weak: false,
    adj: null,
    abbr: '',
    served: false,
    opsCoordinated: false,
    opsOrg: false,
    blocked: false,
  };
}

function reset(p: Phrase): Phrase {
  p.kind = 0;
  p.fam = Fam.NONE;
  p.anchor = -1;
  p.start = 0;
  p.end = 0;
  p.head = -1;
  p.headWord = '';
  p.disc = -1;
  p.bits = 0;
  if (p.rankIdx.length !== 0) p.rankIdx.length = 0;
  p.exec = -1;
  p.grade = 0;
  p.material = false;
  p.finserv = false;
  p.weak = false;
  p.adj = null;
  p.abbr = '';
  p.served = false;
  p.opsCoordinated = false;
  p.opsOrg = false;
  p.blocked = false;
  return p;
}

/** Person nouns that head a product title, and the family they give after "product". */
function headFamily(w: string): Fam | -1 {
  switch (w) {
    case 'manager':
    case 'strategist':
    case 'lead':
    case 'leader':
    case 'director':
    case 'head':
    case 'vp':
    case 'svp':
    case 'evp':
    case 'intern':
    case 'principal':
    case 'founder':
    case 'president':
      return Fam.PM;
    case 'owner':
      return Fam.PO;
    case 'analyst':
      return Fam.AN;
    case 'marketer':
      return Fam.PMM;
    default:
      return -1;
  }
}

/**
 * "& Engineering", "and Design", "/ Data", "& Systems Engineering" from j to the end of the
 * segment: a coordinator, then words that end with a function or discipline (not goods:
 * "Consumer Products and the Performance Materials").
 */
function jointFunction(s: Stream, j: number): boolean {
  if (j >= s.n || isBoundary(s.sep[j]!)) return false;
  if ((s.word[j]!.k & K.COORD) === 0 && s.sep[j] !== Sep.AMP && s.sep[j] !== Sep.SLASH) return false;
  let last = -1;
  for (let x = (s.word[j]!.k & K.COORD) !== 0 ? j + 1 : j; x < s.n && !isBoundary(s.sep[x]!); x++) {
    if ((s.mark[x]! & M.NOISE) === 0 && (s.word[x]!.k & K.SKIP) === 0) last = x;
  }
  if (last === -1) return false;
  const k = s.word[last]!.k;
  if ((k & K.MATERIAL) !== 0) return false;
  return (k & (K.FUNCTION | K.DISC)) !== 0 || ((k & K.NONPROD) !== 0 && (k & K.ROLE) === 0);
}

/** An engineering function word among the words [from, to). */
function engineeringIn(s: Stream, from: number, to: number): boolean {
  for (let x = from; x < to; x++) if (s.word[x]!.adj === 'engineering' && (s.word[x]!.k & (K.FUNCTION | K.NONPROD)) !== 0) return true;
  return false;
}

/** Heads that make a product development phrase a manager's job, not an engineer's. */
function devHeadOk(w: string): boolean {
  return (
    w === 'manager' || w === 'director' || w === 'head' || w === 'lead' || w === 'leader' || w === 'executive' || w === 'vp' || w === 'svp' || w === 'evp' ||
    w === 'associate' || w === 'analyst' || w === 'coordinator' || w === 'consultant' || w === 'intern' || w === 'specialist' || w === 'principal' || w === 'strategist'
  );
}

const sameSeg = (s: Stream, j: number): boolean => !isBoundary(s.sep[j]!);

/** Word j heads the phrase as its executive, with these rank bits. */
function takeExec(p: Phrase, j: number, bits: number): void {
  p.bits |= bits;
  p.rankIdx.push(j);
  p.exec = j;
}

const ENGINEERING_OR_DESIGN: ReadonlySet<string> = new Set(['engineering', 'product-design']);

/** The pool of phrases, reused from title to title. */
export class PhraseFinder {
  readonly phrases: Phrase[] = [];
  count = 0;
  private pool: Phrase[] = [];
  /** Set by shared(): the coordinated words include "operations". */
  private sharedOps = false;
  /** Does the title say its work serves the product organisation (productOrg())? -1: not yet known. */
  private org = -1;

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
        // "Prod Mgr" may as well manage production: like "PM", it needs a product area beside it.
        const next = i + 1 < n && sameSeg(s, i + 1) ? s.word[i + 1]! : null;
        const prodManager = next !== null && next.w === 'manager' && (pmCueBefore(s, i) || pmCueAfter(s, i + 1));
        if (next && ((next.k & K.DISC) !== 0 ? next.w !== 'operations' : next.w === 'owner' || prodManager)) {
          const p = this.take();
          if (this.productPhrase(s, i, p)) {
            this.phrases.push(p);
            if (p.end > i + 1) i = p.end - 1;
          } else this.count--;
        }
      } else if ((k & K.ABBR) !== 0) {
        const p = this.take();
        if (this.abbrPhrase(s, i, p)) this.phrases.push(p);
        else this.count--;
      }
    }
    return this.phrases.length;
  }

  private productOrg(s: Stream): number {
    if (this.org === -1) this.org = productOrgCue(s);
    return this.org;
  }

  /** Reads left of a phrase: ranks, an executive head, goods or finance words, a served job. */
  private left(s: Stream, i: number, p: Phrase, hasHead: boolean): void {
    let j = i - 1;
    let blocked = false;
    let sawExec = false;
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
        j--;
        continue;
      }
      if (sawExec) {
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
        // "Associate Manager product analytics", "Manager of Product Mgmt": manager as a rank.
        if (!hasHead && w.w === 'manager' && !coordinated) {
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

  /**
   * Looks past "and", "&" or "/" for the head the coordinated words share:
   * "Product & Platform Owner", "Product and Channel Marketing", "Product and Experience Officer".
   * Returns the index of the shared head, or -1.
   */
  private shared(s: Stream, from: number, afterDisc: boolean): number {
    const n = s.n;
    let last = -1;
    this.sharedOps = false;
    for (let j = from, seen = 0; j < n && seen < 4; j++) {
      if (j > from && isBoundary(s.sep[j]!)) break;
      if ((s.mark[j]! & M.NOISE) !== 0) continue;
      const w = s.word[j]!;
      const k = w.k;
      if ((k & K.ANCHOR) !== 0) return -1;
      seen++;
      if (w.w === 'operations') this.sharedOps = true;
      if (((k & K.PERSON) !== 0 && (k & K.SENIORITY) === 0) || w.w === 'lead' || w.w === 'officer') {
        // "Product & Web Engineering Manager": the engineering manager is shared, not the manager.
        if (last === j - 1 && (s.word[last]!.k & (K.NONPROD | K.DISC)) === K.NONPROD && ENGINEERING_OR_DESIGN.has(s.word[last]!.adj!)) return last;
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
      if ((s.mark[j]! & M.NOISE) !== 0) continue;
      const w = s.word[j]!;
      const k = w.k;
      const sep = s.sep[j]!;
      if ((k & K.SKIP) !== 0) continue;
      if (head === -1 && ((k & K.COORD) !== 0 || sep === Sep.SLASH || sep === Sep.AMP)) {
        const h = this.shared(s, (k & K.COORD) !== 0 ? j + 1 : j, disc !== -1);
        if (disc !== -1 && this.sharedOps && s.word[disc]!.w === 'strategy') p.opsCoordinated = true;
        if (h === -1) break;
        const hw = s.word[h]!;
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
        // "Product Development Carpenter": an unknown noun closing the segment heads another job.
        if (w.w === '' && (j + 1 >= n || isBoundary(s.sep[j + 1]!))) {
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
        this.left(s, i, p, true);
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
            this.left(s, i, p, true);
            return true;
          }
        }
        p.kind = Kind.TITLE;
        const b = s.word[head]!.r;
        // "Product Management Manager" manages product managers; "Product Marketing Manager" is the job itself.
        if (p.headWord === 'manager') {
          if (dw.w === 'management' || dw.w === 'analytics') {
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
        this.left(s, i, p, true);
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
        if ((s.mark[x]! & (M.NOISE | M.QUAL)) !== 0) continue;
        if ((k & K.ROLE) !== 0 && (k & K.EXEC) === 0) return false;
        if (joint) continue;
        if (x === j && (k & K.FUNCTION) !== 0 && (k & K.COORD) === 0) return false;
        if ((k & K.NONPROD) !== 0 && (k & K.EXEC) === 0) return false;
      }
      p.kind = Kind.BARE;
      p.fam = Fam.PM;
    }
    this.left(s, i, p, p.kind === Kind.TITLE);
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
    }
    return true;
  }

  /** PM, APM, GPM, PMM, PO, CPO: a product role only where the words around say so. */
  private abbrPhrase(s: Stream, i: number, p: Phrase): boolean {
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
      case 'gpm':
        p.fam = Fam.PM;
        p.headWord = 'manager';
        p.bits |= R.GROUP;
        p.weak = !(prev !== null && (prev.k & K.PM_CUE) !== 0);
        break;
      case 'apm':
        p.fam = Fam.PM;
        p.headWord = 'manager';
        p.bits |= R.ASSOCIATE;
        p.weak = !(prev !== null && (prev.k & K.PM_CUE) !== 0);
        break;
      case 'pm': {
        // A product area beside it, before ("Data PM", "Growth PM", a product word earlier in the
        // segment) or after a comma, dash or bracket ("Sr. PM, Growth", "PM - Platform"): product.
        // "PM Shift", "Infrastructure PM", "PM, Construction", "PM": not.
        if (!pmCueBefore(s, i) && !pmCueAfter(s, i)) return false;
        p.fam = Fam.PM;
        p.headWord = 'manager';
        break;
      }
      case 'po': {
        const cue = (prev !== null && (prev.k & K.PO_CUE) !== 0) || (next !== null && (next.k & K.PO_CUE) !== 0 && next.w !== 'product') || hasWord(s, 'agile');
        if (!cue) return false;
        p.fam = Fam.PO;
        p.headWord = 'owner';
        break;
      }
      case 'cpo': {
        for (let j = 0; j < s.n; j++) if ((s.word[j]!.k & K.CPO_CONFLICT) !== 0) return false;
        if (prev !== null && (prev.k & K.SERVED) !== 0) return false;
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
    this.left(s, i, p, true);
    if (p.abbr === 'cpo') p.exec = i;
    // Postfix grades and ranks: "PMM II", "PM Lead".
    let j = i + 1;
    for (; j < s.n && !isBoundary(s.sep[j]!); j++) {
      const x = s.word[j]!;
      if ((s.mark[j]! & M.NOISE) !== 0 && s.num[j] === 0) continue;
      if ((x.k & K.GRADE) !== 0) p.grade = x.band;
      else if (s.num[j]! > 0 && s.code[j] === '') p.grade = s.num[j]!;
      else if ((x.k & K.SENIORITY) !== 0 && x.r !== 0) {
        p.bits |= x.r;
        p.rankIdx.push(j);
      } else break;
    }
    p.end = j;
    return true;
  }
}

/** The index of an "of" left of j (same segment) that follows an executive or a manager, or -1. */
function ofHead(s: Stream, j: number): number {
  for (let k = j - 1; k > 0 && !isBoundary(s.sep[k + 1]!); k--) {
    if (s.word[k]!.w !== 'of') continue;
    const h = s.word[k - 1]!;
    if (!isBoundary(s.sep[k]!) && ((h.k & K.EXEC) !== 0 || h.w === 'manager')) return k;
    return -1;
  }
  return -1;
}

function prevWord(s: Stream, i: number): Word | null {
  for (let j = i - 1; j >= 0; j--) {
    if (isBoundary(s.sep[j + 1]!)) return null;
    if ((s.mark[j]! & M.NOISE) !== 0 || (s.word[j]!.k & K.SKIP) !== 0) continue;
    return s.word[j]!;
  }
  return null;
}

function nextWord(s: Stream, i: number): Word | null {
  for (let j = i + 1; j < s.n; j++) {
    if (isBoundary(s.sep[j]!) && s.sep[j] !== Sep.SLASH) return null;
    if ((s.mark[j]! & M.NOISE) !== 0 || (s.word[j]!.k & K.SKIP) !== 0) continue;
    return s.word[j]!;
  }
  return null;
}

function hasWord(s: Stream, w: string): boolean {
  for (let j = 0; j < s.n; j++) if (s.word[j]!.w === w) return true;
  return false;
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
function pmCueBefore(s: Stream, i: number): boolean {
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
function pmCueAfter(s: Stream, i: number): boolean {
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
  'installation', 'upgrade', 'upgrades', 'build', 'buildout', 'conversion', 'transition', 'transformation', 'relocation', 'renovation', 'modernization',
  'modernisation', 'infrastructure', 'cutover', 'property', 'properties', 'home', 'homes', 'park',
]);

const PRODUCT_PEOPLE = new Set(['team', 'teams', 'managers', 'org', 'orgs', 'organization', 'organisation', 'organizations', 'organisations', 'leaders', 'owners']);
const PROCESS_WORDS = new Set(['governance', 'process', 'processes', 'tooling', 'coe']);

/** productOrgCue(): product teams, managers or the product org named, or "excellence". */
const ORG_PEOPLE = 1;
/** productOrgCue(): process, governance or tooling words. */
const ORG_PROCESS = 2;
const ORG_ANY = ORG_PEOPLE | ORG_PROCESS;

/**
 * Does the title say that its work serves the product organisation? Product teams, managers or
 * the product org named ("... (for product teams)") or "excellence" say so for success,
 * delivery and enablement work; process, governance or tooling words only for delivery
 * ("Head of Product Delivery, Tooling & Rituals"). Then that work is product operations.
 */
function productOrgCue(s: Stream): number {
  let cue = 0;
  for (let i = 0; i < s.n; i++) {
    if ((s.mark[i]! & M.ORG) !== 0) continue;
    const w = s.word[i]!;
    if (w.w === 'excellence') cue |= ORG_PEOPLE;
    else if (PROCESS_WORDS.has(s.text[i]!)) cue |= ORG_PROCESS;
    else if ((w.k & K.ANCHOR) !== 0 && i + 1 < s.n && !isBoundary(s.sep[i + 1]!) && PRODUCT_PEOPLE.has(s.text[i + 1]!)) cue |= ORG_PEOPLE;
  }
  return cue;
}

/**
 * "Risk Products", "Credit Products", "Treasury Products": a bank's product line, named by the
 * word right before "products" (so "Director, Risk Products" heads product, not risk).
 */
export function productLine(s: Stream, j: number, anchor: number): boolean {
  if (j !== anchor - 1 || s.text[anchor] !== 'products' || isBoundary(s.sep[anchor]!)) return false;
  const w = s.word[j]!;
  return (w.k & K.FINSERV) !== 0 || w.w === 'risk' || s.text[j] === 'treasury';
}

/**
 * "Senior Manager Product", "Manager of Sensor Product Line", "Senior Manager Consumer Products":
 * the manager manages product. Not "Branch Manager Roofing Products" or "Sales Manager Label
 * Products": another job word before the manager, or an area between it and "products" that is
 * not a product area.
 */
function managerOfProduct(s: Stream, p: Phrase, anchor: number): boolean {
  let of = false;
  for (let j = p.exec + 1; j < anchor; j++) {
    if ((s.mark[j]! & M.NOISE) !== 0) continue;
    const k = s.word[j]!.k;
    if ((k & K.CONNECT) !== 0 && j === p.exec + 1) of = true;
    if (of || (k & (K.CONNECT | K.SKIP | K.SENIORITY | K.PM_CUE | K.FINSERV)) !== 0) continue;
    return false;
  }
  for (let j = p.start - 1; j >= 0 && !isBoundary(s.sep[j + 1]!); j--) {
    if ((s.mark[j]! & M.NOISE) !== 0 || (s.word[j]!.k & (K.SKIP | K.SENIORITY)) !== 0) continue;
    return (s.word[j]!.k & K.COORD) !== 0;
  }
  return true;
}
