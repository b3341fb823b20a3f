import { describe, expect, it } from 'vitest';
import { framework, reading } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';
import { ARABIC } from './languages-arabic.js';
import { createTokens, tokenize } from './tokenize.js';

const norm = createNormalizer(framework());
const read = (title: string): string => reading(norm(title));

// Invented titles in the style of Arabic job boards: the head before the product word, with or
// without the article, a rank after the title, alef spelt with or without hamza.
describe('titles in Arabic', () => {
  it.each([
    ['مدير المنتج - قطاع التأمين', 'product-management 2 ic'],
    ['مدير منتجات التمويل', 'product-management 2 ic'],
    ['مديرة منتج أول', 'product-management 3 ic'],
    ['مالكة المنتج (الخدمات المصرفية الرقمية)', 'product-owner 2 ic'],
    ['محللة منتجات', 'product-analytics 2 ic'],
    ['مسؤول تسويق المنتجات', 'product-marketing 2 ic'],
    ['متدربة ادارة المنتجات', 'product-management 0 ic'],
    ['رئيس قسم المنتجات', 'product-management 7 management'],
    ['مديرة تطوير المنتجات', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['مدير مبيعات المنتجات'], ['مدير المنتجات الغذائية'], ['مدير مشروع تطوير المنتجات'], ['مهندس المنتج'], ['أخصائي منتجات'], ['مدير الانتاج'], ['مصممة منتجات'], ['مدير جودة المنتجات'], ['مدير دعم المنتج']])(
    '%s is not a product role',
    (title) => expect(norm(title).family).toBeNull(),
  );

  it('reads an alef with or without hamza alike, and the Arabic comma as a comma', () => {
    expect(read('مدير إدارة المنتجات')).toBe(read('مدير ادارة المنتجات'));
    expect(read('مدير المنتج، الرياض')).toBe('product-management 2 ic');
  });

  it('writes every word as the tokenizer folds it', () => {
    for (const [surfaces] of ARABIC) {
      for (const surface of surfaces.split(' ')) {
        const t = tokenize(surface, createTokens());
        expect(t.text.slice(0, t.n)).toEqual([surface]);
      }
    }
  });
});
