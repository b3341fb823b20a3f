import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import { assembleFramework } from '../framework/assemble.js';
import { diffRoles } from './diff.js';
import { diffText } from './render-text.js';

const dir = new URL('./__fixtures__/framework/', import.meta.url);
const fixture = () => assembleFramework(readdirSync(dir).map((f) => ({ file: f, text: readFileSync(new URL(f, dir), 'utf8') })));

describe('diffRoles on a small hand-made framework', () => {
  const fw = fixture();

  it('describes the change of scope', () => {
    const d = diffRoles(fw, 'product-manager', 'group-product-manager');
    expect(d.scope.band).toMatchObject({ a: 2, b: 5, delta: 3, changed: true });
    expect(d.scope.track).toEqual({ a: 'ic', b: 'management', changed: true });
    expect(d.scope.family.changed).toBe(false);
    expect(d.scope.managesPeople).toEqual({ a: false, b: true, changed: true });
    expect(d.scope.directReports).toMatchObject({ a: [], b: ['Product Manager', 'Senior Product Manager'] });
  });

  it('matches responsibilities and skills by meaning, not exact text', () => {
    const d = diffRoles(fw, 'product-manager', 'senior-product-manager');
    expect(d.responsibilities.kept.map((k) => k.a.text)).toContain('Owns the product strategy, roadmap and feature definition');
    expect(d.responsibilities.kept.find((k) => k.a.text.startsWith('Owns the product strategy'))!.b.text).toBe('Owns the strategy and roadmaps of several products');
    expect(d.responsibilities.added.map((x) => x.text)).toContain('Mentors product managers and associate product managers');
    expect(d.skills.kept.map((k) => k.b.text)).toEqual(expect.arrayContaining(['Market analysis across a portfolio']));
  });

  it('compares reporting lines and pay', () => {
    const d = diffRoles(fw, 'product-manager', 'director-of-product');
    expect(d.reportsTo.added).toEqual(expect.arrayContaining(['VP of Product', 'Chief Executive Officer']));
    expect(d.reportsTo.dropped).toContain('Senior Product Manager');
    // "United States" (country US) and "US" are one market: a range's middle against an approximate amount.
    const us = d.pay.find((p) => p.currency === 'USD')!;
    expect(us.a.map((f) => f.text)).toEqual(['$100,000–$120,000 a year, United States, 2024']);
    expect(us.b.map((f) => f.text)).toEqual(['≈ $165,000 a year, US, 2024']);
    expect(us.change).toEqual({ amount: 55000, percent: 50 });
    // Two open-ended "from" figures have no middle: no percentage, and the reason instead.
    const eu = d.pay.find((p) => p.region === 'Europe')!;
    expect(eu.change).toBeNull();
    expect(eu.noChange).toMatch(/open-ended/);
    expect(d.headline.join(' ')).toMatch(/Pay \(Europe\): not compared, because .*open-ended/);
    expect(d.headline.join(' ')).not.toMatch(/Europe.*%/);
  });

  it('says how to get from one role to the other', () => {
    expect(diffRoles(fw, 'product-manager', 'senior-product-manager').howToGetThere.direct.map((x) => x.kind)).toEqual(['promotion']);
    const far = diffRoles(fw, 'product-analyst', 'director-of-product').howToGetThere;
    expect(far.direct).toEqual([]);
    expect(far.route!.length).toBeGreaterThan(1);
    expect(diffRoles(fw, 'vp-of-product', 'product-manager').howToGetThere.reason).toMatch(/below the start/);
  });

  it('writes a clear summary first', () => {
    const d = diffRoles(fw, 'product-manager', 'group-product-manager');
    expect(d.headline[0]).toBe('Up 3 bands: 2 (Mid-level) → 5 (Principal / Group).');
    expect(d.headline).toContain('Track switch: individual contributor → management.');
    expect(d.headline).toContain('Group Product Manager manages people; Product Manager does not.');
  });

  it('renders a readable comparison', () => {
    const text = diffText(diffRoles(fw, 'Product Manager', 'Senior Product Manager'));
    for (const h of ['# Product Manager → Senior Product Manager', 'What changes:', '## Scope', '## Responsibilities', '### New in Senior Product Manager', '### Only in Product Manager', '### In both, possibly reworded', '## Skills', '## Reporting', '## Pay', '## How to get there']) {
      expect(text).toContain(h);
    }
    expect(text).toMatch(/\| band \| 2 Mid-level \| 3 Senior ◀ \|/);
    expect(text).toContain('  now: Owns the strategy and roadmaps of several products');
  });
});

describe('diffRoles on the built-in framework', () => {
  const fw = loadBuiltinFramework();

  it('diffs any two roles without failing, and is symmetric in what it adds and drops', () => {
    const ids = fw.roles.map((r) => r.id);
    for (let i = 0; i < ids.length; i += 5) {
      const a = ids[i]!;
      const b = ids[(i + 7) % ids.length]!;
      const ab = diffRoles(fw, a, b);
      const ba = diffRoles(fw, b, a);
      expect(ab.responsibilities.added.length, `${a} ${b}`).toBe(ba.responsibilities.dropped.length);
      expect(ab.scope.band.delta + ba.scope.band.delta).toBe(0);
      expect(diffText(ab)).toContain('## Scope');
    }
  });

  it('pairs the senior PM\'s mentoring with the group PM\'s coaching', () => {
    const d = diffRoles(fw, 'senior-product-manager', 'group-product-manager');
    expect(d.skills.kept.some((k) => /Mentoring/.test(k.a.text) && /Coaching/.test(k.b.text))).toBe(true);
  });
});
