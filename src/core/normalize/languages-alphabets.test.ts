import { describe, expect, it } from 'vitest';
import { framework, reading } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';
import { ARMENIAN, GEORGIAN, HEBREW } from './languages-alphabets.js';
import { createTokens, tokenize } from './tokenize.js';

const norm = createNormalizer(framework());
const read = (title: string): string => reading(norm(title));

// Invented titles in the style of Israeli job boards: the head first, a rank after the title,
// gender written with a slash, and the loans of the boards.
describe('titles in Hebrew', () => {
  it.each([
    ['מנהלת מוצר - סייבר', 'product-management 2 ic'],
    ['מנהל/ת מוצר (פינטק)', 'product-management 2 ic'],
    ['מנהלת מוצר בכירה', 'product-management 3 ic'],
    ['אנליסטית מוצרים', 'product-analytics 2 ic'],
    ['מנהל/ת שיווק מוצר', 'product-marketing 2 ic'],
    ['סמנכ״ל מוצר ופיתוח', 'product-management 8 management'],
    ["פרודקט מנג'ר ג'וניור", 'product-management 1 ic'],
    ['פרודקט אונר', 'product-owner 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['מנהל פרויקט הטמעה'], ['מנהלת ייצור'], ['מעצבת מוצר'], ['מנהל מכירות'], ['מנהל מוצרי מזון']])('%s is not a product role', (title) => expect(norm(title).family).toBeNull());

  it('reads the geresh and gershayim as the apostrophe and double quote typed for them, and ignores vowel points', () => {
    expect(read('סמנכ"ל מוצר')).toBe(read('סמנכ״ל מוצר'));
    expect(read("מנהל מוצר ג'וניור")).toBe(read('מנהל מוצר ג׳וניור'));
    expect(read('מְנַהֵל מוּצָר')).toBe('product-management 2 ic');
  });

  it('joins a double quote only between Hebrew letters', () => {
    const t = tokenize('Product "Manager"', createTokens());
    expect(t.text.slice(0, t.n)).toEqual(['product', 'manager']);
  });
});

// Invented titles in the style of Armenian and Georgian boards: the product word first, in the genitive.
describe('titles in Armenian and Georgian', () => {
  it.each([
    ['Ավագ ապրանքի մենեջեր', 'product-management 3 ic'],
    ['Պրոդուկտ մենեջեր (ֆինտեխ)', 'product-management 2 ic'],
    ['Կրտսեր պրոդուկտ մենեջեր', 'product-management 1 ic'],
    ['ՊՐՈԴՈՒԿՏ ՄԵՆԵՋԵՐ', 'product-management 2 ic'],
    ['პროდუქტის მენეჯერი (ბანკი)', 'product-management 2 ic'],
    ['უმცროსი პროდუქტის მენეჯერი', 'product-management 1 ic'],
    ['პროდუქტის ანალიტიკოსი', 'product-analytics 2 ic'],
    ['პროდუქტის მარკეტინგის მენეჯერი', 'product-marketing 2 ic'],
    // "Արտադրանք" (output, product), as the Armenian translation of Faker's job list writes the
    // product manager; "արտադրություն" stays production (below).
    ['Արտադրանքի մենեջեր, ապահովագրություն', 'product-management 2 ic'],
    ['Ավագ արտադրանքի մենեջեր (ֆինտեխ)', 'product-management 3 ic'],
    ['Արտադրանքի տնօրեն', 'product-management 6 management'],
    ['Արտադրանքի վերլուծաբան', 'product-analytics 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Նախագծի մենեջեր'], ['Արտադրության մենեջեր'], ['Արտադրության տնօրեն, կաթնամթերք'], ['Ապրանքի դիզայներ'], ['პროექტის მენეჯერი'], ['წარმოების მენეჯერი'], ['გაყიდვების მენეჯერი']])('%s is not a product role', (title) =>
    expect(norm(title).family).toBeNull(),
  );
});

it('writes every Hebrew, Armenian and Georgian word as the tokenizer folds it', () => {
  for (const [surfaces] of [...HEBREW, ...ARMENIAN, ...GEORGIAN]) {
    for (const surface of surfaces.split(' ')) {
      const t = tokenize(surface, createTokens());
      expect(t.text.slice(0, t.n)).toEqual([surface]);
    }
  }
});
