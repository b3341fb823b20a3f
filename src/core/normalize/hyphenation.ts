/**
 * Words broken across a line and joined back. Titles copied out of PDFs and scanned occupation
 * lists keep the hyphen of a line break and the space of the line ("Product Man- ager",
 * "Pro- duct Owner", "Produkt- manager"). A hyphen right after a lower-case letter, then a space
 * and a lower-case letter, is such a break, unless the word after it is a conjunction: German
 * writes the shared half of two compounds that way ("Produkt- und Projektmanager").
 */

/** Words that follow a German or Dutch suspended compound's hyphen ("Produkt- und ..."). */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['und', 'oder', 'bzw', 'sowie', 'u', 'and', 'or', 'en', 'of', 'et', 'ou', 'y', 'e', 'o', 'och', 'og']);

const isLower = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase();

/** The title with its line-break hyphens joined, or null when it has none. */
export function joinLineBreaks(title: string): string | null {
  let at = title.indexOf('- ');
  if (at === -1) return null;
  let out = '';
  let from = 0;
  while (at !== -1) {
    let next = at + 2;
    while (next < title.length && title.charCodeAt(next) === 32) next++;
    if (at > 0 && isLower(title[at - 1]!) && next < title.length && isLower(title[next]!)) {
      let end = next;
      while (end < title.length && isLower(title[end]!)) end++;
      if (!CONJUNCTIONS.has(title.slice(next, end))) {
        out += title.slice(from, at);
        from = next;
      }
    }
    at = title.indexOf('- ', at + 2);
  }
  return from === 0 ? null : out + title.slice(from);
}
