import { describe, expect, it } from 'vitest';
import { framework, reading } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';

const fw = framework();
const general = createNormalizer(fw);
const product = createNormalizer(fw, { context: 'product' });

// Invented titles. Two product jobs joined by "/", "&" or "and": the title takes the senior part,
// as a title naming a product job beside another job does.
describe('two product jobs in one title', () => {
  it.each([
    ['Group PM/Head of Product, Travel', 'product-management 7 management'],
    ['Senior Product Manager & Director of Product', 'product-management 6 management'],
    ['Product Owner and VP Product', 'product-management 8 management'],
  ])('%s takes the executive part', (title, want) => expect(reading(general(title))).toBe(want));

  it('takes the executive part in the product context too, and whichever side it stands on', () => {
    expect(reading(product('GPM / Head of Product'))).toBe('product-management 7 management');
    expect(reading(product('Head of Product / GPM'))).toBe('product-management 7 management');
  });

  it('keeps the first job when a comma or dash parts them (a role, then its team or its scope)', () => {
    expect(reading(general('Senior Product Manager, Head of Product Tooling'))).toBe('product-management 3 ic');
  });
});
