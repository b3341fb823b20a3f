import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { companyFrameworkText } from './company-file.js';

const EXISTING = `# Acme's ladder
name: Acme
extends: builtin
titles:
  PM II: product-manager   # kept
levels:
  - { id: L4, band: 2 }
  - { id: L9, band: 8 }
pay:
  product-manager:
    - { region: US, currency: USD, period: year, min: 120000, max: 150000, source: ["company:Acme 2026"] }
`;

describe('companyFrameworkText', () => {
  it('writes a new file with only the sections that have entries', () => {
    const text = companyFrameworkText({ levels: [{ id: 'L5', band: 3 }], titles: {} }, { name: 'Acme', header: 'from roster.xlsx' });
    expect(text.startsWith('# from roster.xlsx\n')).toBe(true);
    expect(parse(text)).toEqual({ name: 'Acme', extends: 'builtin', levels: [{ id: 'L5', band: 3 }] });
  });

  it('merges into an existing file: new entries replace the same title, level or role; other entries, sections and comments stay', () => {
    const text = companyFrameworkText(
      { titles: { 'PM III': 'senior-product-manager' }, levels: [{ id: 'L4', band: 3, track: 'ic' }], pay: { 'senior-product-manager': [{ region: 'All locations', currency: 'EUR', period: 'year', min: 1, max: 2, source: ['company:x'] }] } },
      { name: 'ignored', existing: EXISTING },
    );
    expect(text).toContain("# Acme's ladder");
    const doc = parse(text);
    expect(doc.name).toBe('Acme');
    expect(doc.titles).toEqual({ 'PM II': 'product-manager', 'PM III': 'senior-product-manager' });
    expect(doc.levels).toEqual([{ id: 'L9', band: 8 }, { id: 'L4', band: 3, track: 'ic' }]);
    expect(Object.keys(doc.pay)).toEqual(['product-manager', 'senior-product-manager']);
  });
});
