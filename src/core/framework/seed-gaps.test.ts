import { describe, expect, it } from 'vitest';
import { loadBuiltinFramework, readCompetencies } from '../../store/framework-files.js';
import { getRole } from '../resolve/resolve.js';
import { roleMarkdown } from './render-markdown.js';
import { roleView } from './view.js';

/** What the seeds name, resolvable and sourced; what they do not say, not attributed to them. */
describe('the seeds\' gaps, filled', () => {
  const fw = loadBuiltinFramework();
  const contrast = new Set(fw.families.filter((f) => f.contrast).map((f) => f.id));

  it('resolves every role the seeds name by its title or a common short form', () => {
    const cases: [string, string, number][] = [
      ['Growth PM', 'growth-product-manager', 2],
      ['Senior Technical Product Manager', 'senior-technical-product-manager', 3],
      ['Product Marketing Specialist', 'associate-product-marketing-manager', 1],
      ['Senior Project Manager', 'senior-project-manager', 3],
      ['VP/Head of Product', 'vp-of-product', 8],
    ];
    for (const [query, id, band] of cases) expect([getRole(fw, query).id, getRole(fw, query).band], query).toEqual([id, band]);
  });

  it('keeps the look-alikes as contrast roles, each with the product role it is confused with', () => {
    for (const id of ['business-analyst', 'development-manager', 'brand-manager', 'portfolio-marketing-manager', 'senior-project-manager']) {
      const role = getRole(fw, id);
      expect(contrast.has(role.family), id).toBe(true);
    }
    const contrasts = fw.relations.filter((r) => r.kind === 'contrast').map((r) => [r.from, r.to].sort().join(' / '));
    for (const pair of [
      ['product-manager', 'program-manager'],
      ['project-manager', 'program-manager'],
      ['project-manager', 'delivery-manager'],
      ['business-analyst', 'product-owner'],
      ['development-manager', 'product-manager'],
      ['brand-manager', 'product-manager'],
      ['portfolio-marketing-manager', 'product-manager'],
    ]) expect(contrasts, pair.join(' / ')).toContain(pair.sort().join(' / '));
  });

  it('attributes each fact to what its source says', () => {
    const pmm = getRole(fw, 'product-marketing-manager');
    expect(pmm.responsibilities.filter((f) => /pric/i.test(f.text) && f.source.includes('seed:003'))).toEqual([]);
    expect(getRole(fw, 'product-manager').responsibilities.some((f) => /priced/.test(f.text) && f.source.includes('seed:003'))).toBe(true);
    const head = getRole(fw, 'head-of-product');
    expect(head.responsibilities.filter((f) => /to executives/.test(f.text))).toEqual([]);
    const spm = getRole(fw, 'senior-product-manager');
    expect(spm.reportsTo.filter((l) => l.role === 'director-of-product' && l.source.includes('seed:004'))).toEqual([]);
    const dm = getRole(fw, 'delivery-manager');
    expect(dm.responsibilities.some((f) => /project plans/.test(f.text))).toBe(true);
    expect(dm.responsibilities.filter((f) => /delivery plans/.test(f.text))).toEqual([]);
  });

  it('cites every suggestion for growing a competency to the decision that owns its specifics, not to a seed', () => {
    const tips = readCompetencies().flatMap((m) => m.competencies.flatMap((c) => c.develop));
    expect(tips.length).toBeGreaterThan(20);
    expect(tips.filter((t) => t.source.some((s) => s.startsWith('seed:'))).map((t) => t.text)).toEqual([]);
  });

  it('describes every specialty a role carries: scope and skills, and experience only from a published source', () => {
    const ids = new Set(fw.specialties.map((s) => s.id));
    expect(ids).toEqual(new Set(['technical', 'growth', 'onboarding', 'platform', 'data', 'ai']));
    for (const r of fw.roles) if (r.specialty) expect(ids.has(r.specialty), r.id).toBe(true);
    for (const s of fw.specialties) {
      expect(s.scope.length, s.id).toBeGreaterThan(0);
      expect(s.skills.length, s.id).toBeGreaterThan(0);
      for (const e of s.typicalExperience) expect(e.source.some((x) => x.startsWith('ref:')), `${s.id} band ${e.band}`).toBe(true);
    }
    const page = roleMarkdown(roleView(fw, getRole(fw, 'growth-product-manager')));
    expect(page).toContain('## Specialty: Growth product management');
    expect(page).toContain('Typical experience per level: no source gives it.');
  });
});
