import { describe, expect, it } from 'vitest';
import { correctTypo, osaDistance } from './typos.js';
import { vocabulary } from './vocabulary.js';

describe('typos', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(osaDistance('prodcut', 'product', 2)).toBe(1);
    expect(osaDistance('manger', 'manager', 2)).toBe(1);
    expect(osaDistance('abc', 'xyz', 1)).toBe(2);
  });

  it.each([
    ['prodcut', 'product'],
    ['mnaager', 'manager'],
    ['managment', 'management'],
    ['marketting', 'marketing'],
    ['direcor', 'director'],
    ['senoir', 'senior'],
    ['onwer', 'owner'],
    ['assocaite', 'associate'],
  ])('corrects %s to %s', (typo, word) => expect(correctTypo(typo)).toBe(word));

  it.each(['produce', 'producer', 'markets', 'managed', 'analysis', 'sensor', 'direct', 'present', 'operational', 'protect'])(
    'leaves the real word %s alone',
    (word) => {
      const w = vocabulary().resolve(word);
      expect(w.typo).toBe(false);
    },
  );

  it('never corrects short words', () => {
    expect(correctTypo('prd')).toBeNull();
    expect(correctTypo('mgr')).toBeNull();
  });
});
