import { describe, expect, it } from 'vitest';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import { checkReportingLines, managersAt, rolesAt } from './reporting-lines.js';
import type { Framework } from './schema.js';

describe('reporting lines by company size', () => {
  const fw = loadBuiltinFramework();

  it('name, at every size, only managers that size has, on a higher band, without loops', () => {
    expect(checkReportingLines(fw)).toEqual([]);
  });

  it('give a small company no lead or chief product owner: its product owners report to the head of product or the CEO', () => {
    const small = rolesAt(fw, 'small');
    expect(small.has('product-owner')).toBe(true);
    expect(small.has('lead-product-owner')).toBe(false);
    expect(small.has('chief-product-owner')).toBe(false);
    expect(managersAt(fw, 'small', 'product-owner')).toEqual(new Set(['head-of-product', 'ceo']));
  });

  it('agree in a mid-sized company: the VP and the head of product answer to the same people', () => {
    const managersOf = (id: string) => managersAt(fw, 'medium', id);
    expect(managersOf('vp-of-product')).toEqual(managersOf('head-of-product'));
    expect(managersOf('vp-of-product')).toEqual(new Set(['ceo', 'chief-product-officer']));
  });

  it('finds a line to a role the size lacks, a manager below the report, and a loop', () => {
    const broken: Framework = structuredClone(fw);
    const po = broken.roles.find((r) => r.id === 'product-owner')!;
    po.reportsTo.push({ role: 'chief-product-owner', when: 'small', source: ['seed:000'] });
    const pm = broken.roles.find((r) => r.id === 'product-manager')!;
    pm.reportsTo.push({ role: 'associate-product-manager', when: 'large', source: ['seed:000'] });
    const codes = checkReportingLines(broken).map((i) => i.code);
    expect(codes).toContain('manager-absent-at-size');
    expect(codes).toContain('manager-not-above');
    expect(codes).toContain('reporting-cycle');
  });
});
