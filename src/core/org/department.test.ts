import { describe, expect, it } from 'vitest';
import { departmentContext, isProductDepartment } from './department.js';

describe('isProductDepartment', () => {
  it('recognises product departments in the ladder languages and with other words', () => {
    for (const name of ['Product', 'Product Management', 'Produkt', 'Product & Design', 'product-design', 'Produit et UX', 'Gestión de Producto', 'PRODUCTS', 'Core PM']) {
      expect(isProductDepartment(name), name).toBe(true);
    }
  });

  it('does not count production, productivity or departments without the word', () => {
    for (const name of ['Production', 'Produktion', 'Productivity Tools', 'Engineering', 'Sales', '', 'Operations']) {
      expect(isProductDepartment(name), name).toBe(false);
    }
  });

  it('gives the normalizer context', () => {
    expect(departmentContext('Product Management')).toBe('product');
    expect(departmentContext('Finance')).toBe('general');
  });
});
