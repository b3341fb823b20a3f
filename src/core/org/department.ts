/**
 * Whether a department (or team, or function) name says the people in it work in product:
 * "Product", "Product Management", "Produkt", "Product & Design", "Produit et UX". Used to
 * read titles in a product context, for a bulk file's rows and for a roster's people, so both
 * answer the question the same way.
 *
 * A name is product-like when one of its words is "product" in one of the ladder's languages,
 * or "PM"/"PdM". "Production", "Produktion" and "Productivity" are other words and do not count.
 */
const PRODUCT_WORDS = new Set(['product', 'products', 'produkt', 'produkte', 'produit', 'produits', 'producto', 'productos', 'prodotto', 'prodotti', 'produto', 'produtos', 'pm', 'pdm']);

export function isProductDepartment(name: string): boolean {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  for (const w of words) if (PRODUCT_WORDS.has(w)) return true;
  return false;
}

/** The normalizer context a department name gives. */
export function departmentContext(name: string): 'product' | 'general' {
  return isProductDepartment(name) ? 'product' : 'general';
}
