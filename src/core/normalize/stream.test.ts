import { describe, expect, it } from 'vitest';
import { framework, reading } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';

const norm = createNormalizer(framework());
const read = (title: string): string => reading(norm(title));

describe('a product word joined to the job by a hyphen', () => {
  // German and Dutch postings write "Product-Owner", "Produkt-Manager": one title, whatever follows it.
  it.each([
    ['Product-Owner (m/w/d) Zahlungsverkehr', 'product-owner 2 ic'],
    ['Produkt-Manager/in Medizintechnik', 'product-management 2 ic'],
    ['Senior Product-Manager*in, Logistiksoftware', 'product-management 3 ic'],
    ['Product-Marketing-Manager (w/m/d) Haushaltsgeräte', 'product-marketing 2 ic'],
    ['Product-Analyst - E-Commerce', 'product-analytics 2 ic'],
    // A role written as a slug, as some HR exports and URLs do.
    ['senior-product-manager', 'product-management 3 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Produkt-Designer (m/w/d)'], ['Product-Support Specialist, Kassensysteme'], ['Product-Engineer Antriebstechnik'], ['Manager-Product Catalogue']])(
    '%s stays another job',
    (title) => expect(read(title)).toBe('none'),
  );
});
