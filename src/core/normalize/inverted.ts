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
 * Internship boards put the season and year before such an intern ("Summer 2027 Intern, Product",
 * "Fall '27 Intern - Product"): kept before the turned entry, for interns only.
 */
const INVERTED =
  /^\s*((?:summer|winter|spring|fall|autumn)\s+(?:(?:'?\d{2}|\d{4})\s+)?)?((?:senior|snr|sr|associate|assoc|assistant|asst|junior|jr|principal|staff|lead)\.?\s+)?((?:managers?|mgr|analysts?|owners?|leads?|leaders?|marketers?|specialists?|developers?|designers?|officers?|executives?|interns?))\.?(?:\s*,\s*|\s+[-–—]\s+)((?:[^\s,;:|()[\]{}]+\s+){0,3}products?)(?=\s*$|\s*[,;:|([{]|\s+[-–—]\s|\s*[–—])/iu;

const MANAGER_RANK = /^(?:senior|snr|sr|assistant|asst)\b/i;
const ASSISTANT = /^(?:assistant|asst)\b/i;

/**
 * The title in the usual order when it is written head first ("Manager, product (insurance)"
 * becomes "product Manager (insurance)", "Senior Analyst, product" "Senior product Analyst"), else null.
 */
export function invertedEntry(title: string): string | null {
  const found = INVERTED.exec(title);
  if (found === null) return null;
  const [all, season, ...m] = found;
  if (season !== undefined && !/^interns?$/i.test(m[1]!)) return null;
  // A senior or assistant manager is a rank of its own: "Senior Manager, Product" manages product
  // (the phrase reader's band 5), "Assistant Manager, Products" is most often a shop's.
  // On the corporate grade ladders of South Asia and the Gulf an "Assistant Manager - Product"
  // (singular) is the assistant product manager's grade (grades.ts).
  if (m[0] !== undefined && MANAGER_RANK.test(m[0]) && /^(?:managers?|mgr)$/i.test(m[1]!) && !(ASSISTANT.test(m[0]) && /(?:^|\s)product$/i.test(m[2]!))) return null;
  return `${season ?? ''}${m[0] ?? ''}${m[2]} ${m[1]}${title.slice(all.length)}`;
}
