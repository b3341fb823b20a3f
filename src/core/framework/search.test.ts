import { describe, expect, it } from 'vitest';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import { readRoleTitle } from '../resolve/resolve.js';
import { nameScore, searchFramework } from './search.js';

const fw = loadBuiltinFramework();
const search = (q: string, limit?: number) => searchFramework(fw, q, undefined, limit);

describe('searchFramework', () => {
  it('puts the role whose title is typed exactly first', () => {
    const [first] = search('Group Product Manager');
    expect(first).toMatchObject({ kind: 'role', target: 'role', id: 'group-product-manager', label: 'Group Product Manager' });
  });

  it('finds a role by one of its other names and says which name matched', () => {
    const [first] = search('Sr. PM');
    expect(first).toMatchObject({ target: 'role', id: 'senior-product-manager', kind: 'alias' });
    expect(first!.detail).toContain('Sr. PM');
  });

  it('reads a raw title through the resolver, in a product context, when no name matches it', () => {
    const title = 'Senior Product Manager, Checkout Experience (Berlin)';
    expect(readRoleTitle(fw, title, { context: 'product' }).role?.id).toBe('senior-product-manager');
    const results = search(title);
    expect(results[0]).toMatchObject({ kind: 'title', id: 'senior-product-manager', label: 'Senior Product Manager' });
    expect(results[0]!.detail).toContain('Checkout Experience');
  });

  it('takes the resolver it is given', () => {
    const [first] = searchFramework(fw, 'Chief Widget Wrangler', () => ({ roleId: 'product-owner', confidence: 0.9 }));
    expect(first).toMatchObject({ kind: 'title', id: 'product-owner' });
    expect(searchFramework(fw, 'Chief Widget Wrangler', () => ({ roleId: 'product-owner', confidence: 0.1 }))).toEqual([]);
  });

  it('finds the known name a raw title starts with, before its team or place', () => {
    for (const q of ['Sr. PM, Payments', 'sr pm growth', 'SPM – Checkout']) {
      expect(search(q)[0], q).toMatchObject({ target: 'role', id: 'senior-product-manager' });
    }
  });

  it('suggests families by name, leading to their ladder', () => {
    const results = search('product own');
    expect(results.map((r) => `${r.target}:${r.id}`)).toContain('family:product-owner');
  });

  it('completes a partial title as it is typed, best match first, within the limit', () => {
    const results = search('direc', 5);
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(5);
    expect(results[0]!.label).toMatch(/^Director/);
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('lists each role once, however many of its names match', () => {
    const ids = search('product manager', 20).filter((r) => r.target === 'role').map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('returns nothing for an empty or punctuation-only query, and nothing made up for noise', () => {
    expect(search('')).toEqual([]);
    expect(search('  ,.; ')).toEqual([]);
    expect(search('zzqx')).toEqual([]);
  });
});

describe('nameScore', () => {
  it('ranks exact over prefix over word prefixes over substring', () => {
    const q = 'product';
    expect(nameScore('Product', q)).toBe(1);
    const prefix = nameScore('Product Owner', q);
    const words = nameScore('Senior Product Owner', 'sen own');
    const sub = nameScore('Subproduct Lead', q);
    expect(prefix).toBeGreaterThan(words);
    expect(words).toBeGreaterThan(sub);
    expect(sub).toBeGreaterThan(0);
    expect(nameScore('Designer', q)).toBe(0);
  });
});
