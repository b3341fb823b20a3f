import { describe, expect, it } from 'vitest';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import { getRole } from '../resolve/resolve.js';
import { getLadder, listRoles } from './query.js';
import { roleView } from './view.js';

const fw = loadBuiltinFramework();

/** Every role the issue and the seeds name, by the title a person would type. */
const SEED_ROLES: Record<string, string> = {
  'Product Management Intern': 'product-management-intern',
  'Associate Product Manager': 'associate-product-manager',
  'Junior Product Manager': 'junior-product-manager',
  'Product Manager': 'product-manager',
  'Technical Product Manager': 'technical-product-manager',
  'Senior Product Manager': 'senior-product-manager',
  'Lead Product Manager': 'lead-product-manager',
  'Product Lead': 'lead-product-manager',
  'Staff Product Manager': 'staff-product-manager',
  'Principal Product Manager': 'principal-product-manager',
  'Group Product Manager': 'group-product-manager',
  'Director of Product': 'director-of-product',
  'Product Director': 'director-of-product',
  'Senior Director of Product': 'senior-director-of-product',
  'Head of Product': 'head-of-product',
  'VP of Product': 'vp-of-product',
  'VP of Product Management': 'vp-of-product',
  'SVP of Product': 'svp-of-product',
  'Chief Product Officer': 'chief-product-officer',
  CPO: 'chief-product-officer',
  'Product Operations Manager': 'product-operations-manager',
  'Director of Product Operations': 'director-of-product-operations',
  'VP of Product Operations': 'vp-of-product-operations',
  'Product Owner': 'product-owner',
  'Senior Product Owner': 'senior-product-owner',
  'Lead Product Owner': 'lead-product-owner',
  'Chief Product Owner': 'chief-product-owner',
  'Product Analyst': 'product-analyst',
  'Director of Product Analytics': 'director-of-product-analytics',
  'Product Marketing Manager': 'product-marketing-manager',
  PMM: 'product-marketing-manager',
  'VP of Product Marketing': 'vp-of-product-marketing',
  'Product Onboarding Manager': 'product-onboarding-manager',
  'Project Manager': 'project-manager',
  'Program Manager': 'program-manager',
  'Programme Manager': 'program-manager',
  'Delivery Manager': 'delivery-manager',
};

describe('the built-in framework', () => {
  it.each(Object.entries(SEED_ROLES))('finds "%s" as %s', (title, id) => {
    expect(getRole(fw, title).id).toBe(id);
  });

  it('gives every role every field, each fact sourced', () => {
    // The top of a ladder is a role with no promotion or track switch onward; laterals leave the ladder.
    const onward = (id: string) => fw.relations.some((rel) => rel.from === id && (rel.kind === 'promotion' || rel.kind === 'track-switch'));
    const tops = new Set(fw.roles.filter((r) => !onward(r.id)).map((r) => r.id));
    for (const role of fw.roles) {
      const v = roleView(fw, role);
      expect(v.summary.length, role.id).toBeGreaterThan(20);
      expect(v.responsibilities.length, role.id).toBeGreaterThanOrEqual(2);
      expect(v.skills.length, role.id).toBeGreaterThanOrEqual(2);
      if (!tops.has(role.id)) expect(v.levelUp.length, `${role.id} levelUp`).toBeGreaterThan(0);
      expect(v.reportsTo.length, `${role.id} reportsTo`).toBeGreaterThan(0);
      expect(v.sources.length, role.id).toBeGreaterThan(0);
    }
  });

  it('keeps the bands of ../shared/eval/LABELS.md', () => {
    const band = (id: string) => getRole(fw, id).band;
    expect([band('product-management-intern'), band('associate-product-manager'), band('product-manager'), band('senior-product-manager')]).toEqual([0, 1, 2, 3]);
    expect([band('staff-product-manager'), band('principal-product-manager'), band('group-product-manager')]).toEqual([4, 5, 5]);
    expect([band('director-of-product'), band('vp-of-product'), band('svp-of-product'), band('chief-product-officer')]).toEqual([6, 8, 9, 10]);
    expect(getRole(fw, 'principal-product-manager').track).toBe('ic');
    expect(getRole(fw, 'group-product-manager').track).toBe('management');
  });

  it('says a director of product reports to a VP in a large company and to the CEO in a small one', () => {
    const lines = getRole(fw, 'director-of-product').reportsTo;
    expect(lines).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'vp-of-product', when: 'large' }), expect.objectContaining({ role: 'ceo', when: 'small' })]));
  });

  it('carries the pay figures the seeds give, with currency, region and source', () => {
    const pm = getRole(fw, 'product-manager').pay;
    expect(pm.some((p) => p.currency === 'USD' && p.region === 'US')).toBe(true);
    expect(pm.some((p) => p.currency === 'EUR')).toBe(true);
    for (const r of fw.roles) for (const p of r.pay) expect(p.source.length).toBeGreaterThan(0);
  });

  it('keeps project, programme and delivery managers out of the product roles', () => {
    const ids = listRoles(fw).map((r) => r.id);
    expect(ids).not.toContain('project-manager');
    expect(listRoles(fw, { includeContrasts: true }).map((r) => r.id)).toContain('delivery-manager');
  });

  it('draws the product-management ladder with principal (IC) and group (management) on one rung', () => {
    const rung = getLadder(fw, 'product-management').rungs.find((r) => r.band === 5)!;
    expect(rung.ic.map((r) => r.id)).toContain('principal-product-manager');
    expect(rung.management.map((r) => r.id)).toContain('group-product-manager');
  });

  it('records a decision for every decision it cites', () => {
    const cited = new Set(JSON.stringify(fw).match(/decision:[a-z0-9-]+/g) ?? []);
    const recorded = new Set(fw.sources.decisions.map((d) => `decision:${d.id}`));
    for (const c of cited) expect(recorded.has(c), c).toBe(true);
  });
});
