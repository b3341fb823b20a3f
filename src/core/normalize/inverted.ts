/**
 * Occupation indexes (national coding indexes, census and classification lists) sort their
 * entries by the head noun and write the rest after a comma: "Manager, product", "Owner,
 * product (software)", "Analyst, digital product". In the usual order these are a product
 * manager, a product owner and a digital product analyst. Job boards use the same form now and
 * then ("Manager, Product - Payments"), and Indian boards with a dash ("Manager - Product",
 * "Lead - Product", "Intern - Product (6 months)").
 *
 * Only a head noun (with at most one rank word before it), a comma, and a phrase that ends with
 * the product word are turned round; what follows is kept as it is. A function after the
 * product word ("Manager, Product Strategy") is not such an entry: it names what the manager
 * runs, and the phrase reader already reads it (band 5); neither is "Senior Manager, Product".
 *
 * Internship boards write an early-career rank and the bare department in more ways: after the
 * season and year ("Summer 2027 Intern, Product"), with the department in brackets or after a
 * colon ("Intern (Product)", "Summer Internship: Product", "Co-op Student, Product"), or the
 * department first ("Product – Intern"). These forms are turned round for early-career ranks
 * only: a manager's or an analyst's bracket names an area more often than their department.
 * The management and graduate trainees of Asian, African and Gulf boards are such ranks
 * ("Management Trainee - Product").
 */
const INVERTED =
  /^\s*((?:summer|winter|spring|fall|autumn)\s+(?:(?:'?\d{2}|\d{4})\s+)?)?((?:senior|snr|sr|associate|assoc|assistant|asst|junior|jr|principal|staff|lead)\.?\s+)?((?:managers?|mgr|analysts?|owners?|leads?|leaders?|marketers?|specialists?|developers?|designers?|officers?|executives?|interns?|internships?|co-?ops?(?:\s+students?)?|(?:(?:management|graduate)\s+)?trainees?|apprentices?))\.?(\s*,\s*|\s+[-\u2013\u2014]\s+|\s*:\s*|\s*\(\s*)((?:[^\s,;:|()[\]{}]+\s+){0,3}products?)(?=\s*$|\s*[,;:|([{)]|\s+[-\u2013\u2014](?:\s|$)|\s*[\u2013\u2014])/iu;

/**
 * The department first, then the early-career rank alone in its own segment, the season and year
 * before or after it: "Product – Intern (Summer 2027)", "Product – Summer Intern 2027".
 */
const DEPARTMENT_FIRST = /^\s*(product)\s*(?:[-\u2013\u2014|:,]|\s-\s)\s*((?:(?:summer|winter|spring|fall|autumn)\s+(?:(?:'?\d{2}|\d{4})\s+)?)?(?:interns?|internships?|co-?ops?(?:\s+students?)?|trainees?|apprentices?))(?=\s*$|\s*[,;:|([{]|\s+[-\u2013\u2014](?:\s|$)|\s*[\u2013\u2014]|\s+(?:'?\d{2}|\d{4})\b)/iu;

/**
 * A team's or chapter's lead with the discipline after it (scaled-agile rosters): "Chapter Lead,
 * Product", "Chapter Lead – Produkt", "Chapterlead Product", "Team Lead, Product". A chapter
 * groups the people of one discipline across squads (the Spotify model), so the word after its
 * lead names that discipline; read as "Product Chapter Lead", which leads product managers. Only
 * the bare product word, alone in its segment: "Team Lead, Product Design" leads designers.
 */
const UNIT_LEAD = /^\s*(team|chapter)\s*(leads?|leaders?)(?:\s*,\s*|\s+[-\u2013\u2014]\s+|\s*:\s*|\s+)(product|produkt|producto|produto|produit)(?=\s*$|\s*[,;:|([{\u00b7]|\s+[-\u2013\u2014](?:\s|$)|\s*[\u2013\u2014])/iu;

/** The first words of a title UNIT_LEAD may match, spaced or glued: normalizer.ts tries it only then. */
export const UNIT_FIRST: ReadonlySet<string> = new Set(['team', 'chapter', 'teamlead', 'teamleader', 'chapterlead', 'chapterleader']);

const EARLY_CAREER = /^(?:interns?|internships?|co-?ops?(?:\s+students?)?|(?:(?:management|graduate)\s+)?trainees?|apprentices?)$/i;
const MANAGER_RANK = /^(?:senior|snr|sr|assistant|asst)\b/i;
const ASSISTANT = /^(?:assistant|asst)\b/i;

/**
 * The title in the usual order when it is written head first ("Manager, product (insurance)"
 * becomes "product Manager (insurance)", "Senior Analyst, product" "Senior product Analyst"), else null.
 */
export function invertedEntry(title: string): string | null {
  const found = INVERTED.exec(title);
  if (found === null) {
    const u = UNIT_LEAD.exec(title);
    if (u !== null) return `${u[3]} ${u[1]} ${u[2]}${title.slice(u[0].length)}`;
    const d = DEPARTMENT_FIRST.exec(title);
    return d === null ? null : `${d[1]} ${d[2]}${title.slice(d[0].length)}`;
  }
  const [all, season, rank, head, sep, phrase] = found as unknown as [string, string | undefined, string | undefined, string, string, string];
  const bracket = sep.includes('(');
  if ((season !== undefined || bracket || sep.includes(':')) && !EARLY_CAREER.test(head)) return null;
  // A senior or assistant manager is a rank of its own: "Senior Manager, Product" manages product
  // (the phrase reader's band 5), "Assistant Manager, Products" is most often a shop's.
  // On the corporate grade ladders of South Asia and the Gulf an "Assistant Manager - Product"
  // (singular) is the assistant product manager's grade (grades.ts).
  if (rank !== undefined && MANAGER_RANK.test(rank) && /^(?:managers?|mgr)$/i.test(head) && !(ASSISTANT.test(rank) && /(?:^|\s)product$/i.test(phrase))) return null;
  let rest = title.slice(all.length);
  if (bracket) {
    const close = /^\s*\)/.exec(rest);
    if (close === null) return null;
    rest = rest.slice(close[0].length);
  }
  return `${season ?? ''}${rank ?? ''}${phrase} ${head}${rest}`;
}
