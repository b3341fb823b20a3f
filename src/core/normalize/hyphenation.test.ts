import { describe, expect, it } from 'vitest';
import { framework, reading } from '../../../test/normalize-framework.js';
import { joinLineBreaks } from './hyphenation.js';
import { createNormalizer } from './index.js';

const norm = createNormalizer(framework());
const read = (title: string): string => reading(norm(title));

// Invented titles in the style of lists copied out of PDFs and scans.
describe('a word broken across a line is read joined', () => {
  it.each([
    ['Product Ma- nager – Insurance Claims', 'product-management 2 ic'],
    ['Prod- uct Analyst (Retail)', 'product-analytics 2 ic'],
    ['Junior Product Ow- ner, Ticketing', 'product-owner 1 ic'],
    ['Produktmana- gerin Haushaltsgeräte', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Project Mana- ger – Water Works'], ['Produc- tion Planner'], ['Produkt- und Projektleiter']])('%s is not a product role', (title) =>
    expect(read(title)).toBe('none'),
  );

  it('says the word was joined', () => {
    expect(norm('Product Ma- nager').explanation.text).toContain('read as "Product Manager"');
  });
});

describe('joinLineBreaks', () => {
  it('joins only a lower-case letter, hyphen, space and lower-case letter', () => {
    expect(joinLineBreaks('Pro- duct Man-  ager')).toBe('Product Manager');
    expect(joinLineBreaks('Product Manager - payments')).toBeNull();
    expect(joinLineBreaks('E- Commerce Lead')).toBeNull();
    expect(joinLineBreaks('Product Manager')).toBeNull();
  });

  it('keeps the hyphen of a suspended compound before a conjunction', () => {
    expect(joinLineBreaks('Produkt- und Projektmanager')).toBeNull();
    expect(joinLineBreaks('Produkt- oder Markenmana- ger')).toBe('Produkt- oder Markenmanager');
  });
});
