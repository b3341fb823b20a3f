/**
 * Folds case, accents, punctuation and spacing so "Sr. PM" and "sr pm" meet. In a file of its
 * own, with no imports, so that the warehouse bundle (which needs it for the department rule)
 * does not carry the framework loader and its YAML parser.
 */
export function titleKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
