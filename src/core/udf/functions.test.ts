import { describe, expect, it } from 'vitest';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import { LadderError } from '../errors.js';
import { normalizeTitle } from '../normalize/index.js';
import { createUdfFunctions, udfContext } from './functions.js';

describe('the warehouse functions', () => {
  const fw = loadBuiltinFramework();
  const f = createUdfFunctions(fw);

  it('read the context as ladder normalize --context does, NULL as general', () => {
    expect(['general', 'product', ' Product', 'GENERAL '].map(udfContext)).toEqual(['general', 'product', 'product', 'general']);
    expect(udfContext(null)).toBe('general');
    expect(udfContext(undefined)).toBe('general');
  });

  it('refuse any other context with an error that names the value', () => {
    let error: unknown;
    try {
      udfContext('prodcut');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LadderError);
    expect((error as LadderError).code).toBe('udf-context');
    expect((error as LadderError).message).toBe("ladder_normalize: the context must be 'general' or 'product', not 'prodcut'");
    expect((error as LadderError).issues[0]).toMatchObject({ field: 'context', value: 'prodcut' });
    expect(() => f.normalize('Sr. PM', 3)).toThrow(/not '3'/);
  });

  it('answer as normalizeTitle in each context, NULL for a NULL title', () => {
    for (const t of ['Sr. PM', 'PO', 'Group PM, Payments', 'Staff Software Engineer']) {
      expect(f.normalize(t, 'product')).toEqual(normalizeTitle(t, { framework: fw, context: 'product' }));
      expect(f.normalize(t)).toEqual(normalizeTitle(t, { framework: fw }));
    }
    expect(f.normalize('Sr. PM', 'product')).not.toEqual(f.normalize('Sr. PM'));
    expect(f.normalize(null, 'product')).toBeNull();
    expect(f.normalize(undefined)).toBeNull();
  });

  it('say whether a department is a product department; a missing one is not', () => {
    expect(['Product', 'Produkt', 'Production', 'Sales'].map((d) => f.isProductDepartment(d))).toEqual([true, true, false, false]);
    expect(f.isProductDepartment(null)).toBe(false);
    expect(f.isProductDepartment(undefined)).toBe(false);
  });
});
