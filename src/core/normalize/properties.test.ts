import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../framework/schema.js';
import { createNormalizer } from './index.js';
import { NormalizedTitle } from './result.js';

const framework: Framework = {
  name: 'empty',
  families: [],
  roles: [],
  relations: [],
  sources: { seeds: [{ id: '000', file: 'x', title: 'x' }], references: [], decisions: [] },
  titleMap: {},
  levels: [],
  companySizes: null,
  specialties: [],
};
const norm = createNormalizer(framework);

/** Words titles are made of, so generated titles hit the interesting rules, not only noise. */
const WORDS = [
  'product', 'products', 'manager', 'management', 'owner', 'marketing', 'analyst', 'analytics', 'operations', 'ops', 'lead',
  'senior', 'sr.', 'junior', 'staff', 'principal', 'group', 'director', 'head', 'of', 'vp', 'svp', 'avp', 'chief', 'officer',
  'pm', 'po', 'cpo', 'pmm', 'gpm', 'apm', 'tpm', 'project', 'program', 'production', 'produce', 'designer', 'engineer',
  'intern', 'associate', 'assistant', 'ii', 'iii', 'l5', 'ic4', 'remote', 'hybrid', '(m/w/d)', '7am-3pm', 'shift', 'and',
  '&', '/', ',', ' - ', '|', '(', ')', 'data', 'growth', 'technical', 'produktmanager', 'chef', 'de', 'produit', 'gerente',
  'producto', 'prodcut', 'manger', '$120k', '#4411', '🚀', 'vice', 'president', 'with', 'experience', 'for', 'to', 'the',
];
const titleArb = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((ws) => ws.join(' '));

const same = (a: unknown, b: unknown): void => {
  expect(JSON.stringify(a)).toBe(JSON.stringify(b));
};

describe('the normalizer on any string', () => {
  it('never throws, and always returns a valid result, on random unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const r = norm(s);
        NormalizedTitle.parse(r);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on control characters and lone surrogates', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 100 }), (codes) => {
        NormalizedTitle.parse(norm(String.fromCharCode(...codes)));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a million-character string without trouble', () => {
    const huge = `Senior Product Manager ${'x'.repeat(1_000_000)}`;
    expect(norm(huge).family).toBe('product-management');
    const spaces = `${' '.repeat(1_000_000)}Product Owner${'\t'.repeat(1_000_000)}`;
    expect(norm(spaces).family).toBe('product-owner');
    expect(() => norm('('.repeat(1_000_000))).not.toThrow();
    expect(() => norm('-'.repeat(1_000_000))).not.toThrow();
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(titleArb, (t) => {
        same(norm(t), norm(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a title the same whatever its case', () => {
    fc.assert(
      fc.property(titleArb, (t) => {
        same(norm(t.toUpperCase()), norm(t));
        same(norm(t.toLowerCase()), norm(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a title the same whatever white space surrounds it', () => {
    fc.assert(
      fc.property(titleArb, fc.constantFrom(' ', '\t', '\n', '  \u00a0', '\r\n'), fc.constantFrom('', ' ', '\t ', '\n'), (t, before, after) => {
        same(norm(`${before}${t}${after}`), norm(t));
      }),
      { numRuns: 1000 },
    );
  });

  it('is the same for accented and case-folded Latin letters', () => {
    expect(norm('GERENTE DE PRODUCTO SÉNIOR')).toEqual(norm('gerente de producto sénior'));
    expect(norm('Directeur Produit')).toEqual(norm('directeur produit'));
  });
});
