/**
 * Words broken across a line and joined back. Titles copied out of PDFs and scanned occupation
 * lists keep the hyphen of a line break and the space of the line ("Product Man- ager",
 * "Pro- duct Owner", "Produkt- manager"). A hyphen right after a lower-case letter, then a space
 * and a lower-case letter, is such a break, unless the word after it is a conjunction: German
 * writes the shared half of two compounds that way ("Produkt- und Projektmanager").
 */

/** Words that follow a German or Dutch suspended compound's hyphen ("Produkt- und ..."). */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['und', 'oder', 'bzw', 'sowie', 'u', 'and', 'or', 'en', 'of', 'et', 'ou', 'y', 'e', 'o', 'och', 'og']);

/** A lower-case letter: ASCII by its code, others by case folding (only reached near a hyphen). */
function isLower(c: number, s: string, i: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  const ch = s[i]!;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * The title with its line-break hyphens joined, or null when it has none. Run on every title that
 * is not read as a product role, so it looks for the hyphen alone first (a one-character search)
 * and reads around it only there.
 */
export function joinLineBreaks(title: string): string | null {
  const len = title.length;
  let at = title.indexOf('-');
  if (at === -1) return null;
  let out = '';
  let from = 0;
  while (at !== -1) {
    let next = at + 1;
    if (next < len && title.charCodeAt(next) === 32 && at > 0 && isLower(title.charCodeAt(at - 1), title, at - 1)) {
      while (next < len && title.charCodeAt(next) === 32) next++;
      if (next < len && isLower(title.charCodeAt(next), title, next)) {
        let end = next;
        while (end < len && isLower(title.charCodeAt(end), title, end)) end++;
        if (!CONJUNCTIONS.has(title.slice(next, end))) {
          out += title.slice(from, at);
          from = next;
        }
      }
    }
    at = title.indexOf('-', at + 1);
  }
  return from === 0 ? null : out + title.slice(from);
}
