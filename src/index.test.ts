import { describe, expect, it } from 'vitest';
import { normalizeTitle, TitleContext } from './index.js';

describe('the package entry', () => {
  it('normalizes against the built-in framework, in the general context unless told', () => {
    const general = normalizeTitle('Senior PM');
    expect(general).toMatchObject({ family: null, context: 'general' });
    expect(general.alternatives[0]).toMatchObject({ family: 'product-management', roleId: 'senior-product-manager' });
    const product = normalizeTitle('Senior PM', { context: 'product' });
    expect(product).toMatchObject({ family: 'product-management', level: 3, roleId: 'senior-product-manager', context: 'product' });
    expect(TitleContext.options).toEqual(['general', 'product']);
  });
});
