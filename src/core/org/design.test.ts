import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import { LadderError } from '../errors.js';
import type { Framework } from '../framework/schema.js';
import { auditRoster, designMarkdown, designOrg, designText, parseRoster, rosterCsv, type DesignParams } from './index.js';

let fw: Framework;

beforeAll(() => {
  fw = loadBuiltinFramework();
});

/** Designs, writes the roster as CSV, reads it back and audits it, as a user would. */
function designAndAudit(params: DesignParams) {
  const design = designOrg(params, fw);
  const roster = parseRoster(rosterCsv(design.roster), { file: 'design.csv' });
  const audit = auditRoster(roster, { framework: fw, companySize: design.params.companySize });
  return { design, roster, audit };
}

describe('designOrg', () => {
  it('recommends a VP-led organisation for 12 PMs on 3 lines in a company of 400', () => {
    const { design, audit } = designAndAudit({ pms: 12, productLines: 3, companySize: 400 });
    expect(design.companySizeBucket).toBe('medium');
    expect(design.leadership).toMatchObject({ top: 'vp-of-product', vps: 1, directors: 1, groupPms: 3 });
    const count = (id: string) => design.roles.find((r) => r.roleId === id)?.count ?? 0;
    expect(count('senior-product-manager') + count('product-manager') + count('associate-product-manager')).toBe(12);
    expect(count('chief-product-officer')).toBe(0);
    expect(design.roles.some((r) => r.family === 'product-operations')).toBe(true);
    expect(design.reportingLines).toContainEqual(expect.objectContaining({ roleId: 'vp-of-product', reportsTo: 'ceo', count: 1 }));
    expect(audit.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(audit.summary.people).toBe(design.roster.length);
  });

  it('puts a head of product at the top of a small company, and leaves product ops out of a small team', () => {
    const { design, audit } = designAndAudit({ pms: 3, companySize: 60 });
    expect(design.leadership.top).toBe('head-of-product');
    expect(design.roles.map((r) => r.roleId)).not.toContain('product-operations-manager');
    expect(design.reasoning.find((r) => r.topic === 'top product role')!.sources).toEqual(expect.arrayContaining(['seed:002']));
    expect(design.reasoning.find((r) => r.topic === 'product operations')!.sources).toContain('seed:000');
    expect(audit.findings).toEqual([]);
  });

  it('puts a CPO over VPs in a large company, with product owners under chief product owners when agile', () => {
    const { design, audit } = designAndAudit({ pms: 150, productLines: 6, companySize: 20_000, agile: true });
    expect(design.leadership.top).toBe('chief-product-officer');
    expect(design.leadership.vps).toBeGreaterThanOrEqual(1);
    expect(design.reportingLines).toContainEqual(expect.objectContaining({ roleId: 'product-owner', reportsTo: 'chief-product-owner' }));
    expect(design.reportingLines).toContainEqual(expect.objectContaining({ roleId: 'director-of-product', reportsTo: 'vp-of-product' }));
    expect(design.reportingLines).toContainEqual(expect.objectContaining({ roleId: 'product-operations-manager', reportsTo: 'director-of-product-operations' }));
    expect(audit.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('explains every decision with sources that exist', () => {
    const design = designOrg({ pms: 30, productLines: 4, companySize: 1500, agile: true }, fw);
    const seeds = new Set(fw.sources.seeds.map((s) => `seed:${s.id}`));
    const decisions = new Set(fw.sources.decisions.map((d) => `decision:${d.id}`));
    for (const r of design.reasoning) {
      expect(r.text.length).toBeGreaterThan(40);
      for (const s of r.sources) expect(seeds.has(s) || decisions.has(s) || s.startsWith('ref:'), s).toBe(true);
    }
    expect(design.reasoning.map((r) => r.topic)).toEqual(expect.arrayContaining(['company size', 'top product role', 'product operations', 'product owners', 'layers and spans']));
    expect(designText(design)).toContain('Why:');
    expect(designMarkdown(design)).toContain('## Reasoning');
  });

  it('estimates a missing company size and says so', () => {
    const design = designOrg({ pms: 5 }, fw);
    expect(design.params).toMatchObject({ companySize: 170, companySizeEstimated: true, productLines: 1 });
    expect(design.reasoning[0]!.sources).toEqual(['ref:khalil-pm-ratio-2019']);
  });

  it('rejects parameters that make no sense', () => {
    expect(() => designOrg({ pms: 0 }, fw)).toThrow(LadderError);
    expect(() => designOrg({ pms: 3, productLines: 5 }, fw)).toThrow(/each product line needs at least one product manager/);
    expect(() => designOrg({ pms: 100, companySize: 50 }, fw)).toThrow(/cannot hold/);
    expect(() => designOrg({ pms: 2.5 }, fw)).toThrow(/whole number/);
  });

  it('passes its own audit without errors or warnings, over many parameter combinations', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }).chain((pms) =>
          fc.record({
            pms: fc.constant(pms),
            productLines: fc.integer({ min: 1, max: Math.min(pms, 25) }),
            // Small, mid-sized and large companies, as far as they can hold this many PMs.
            companySize: fc.oneof(
              ...[
                [pms * 2, 199],
                [Math.max(200, pms * 2), 2000],
                [Math.max(2001, pms * 2), 200_000],
              ]
                .filter(([min, max]) => min! <= max!)
                .map(([min, max]) => fc.integer({ min: min!, max: max! })),
            ),
            stage: fc.constantFrom('seed', 'growth', 'enterprise', undefined),
            agile: fc.boolean(),
          }),
        ),
        (params) => {
          const { design, audit } = designAndAudit(params as DesignParams);
          const serious = audit.findings.filter((f) => f.severity !== 'info');
          expect(serious, `${JSON.stringify(params)}\n${serious.map((f) => `${f.code}: ${f.message}`).join('\n')}`).toEqual([]);
          expect(audit.rejectedRows).toEqual([]);
          expect(audit.summary.people).toBe(design.roster.length);
          const ics = design.roles.filter((r) => ['senior-product-manager', 'product-manager', 'associate-product-manager'].includes(r.roleId)).reduce((a, r) => a + r.count, 0);
          expect(ics).toBe(params.pms);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('passes its own audit with a stricter config it is given', () => {
    const config = { span: { max: 6 }, ratios: { pmsPerManager: { max: 5 }, pmsPerProductOps: { max: 8 } }, productOps: { minPms: 4 } };
    for (const pms of [4, 9, 23, 61, 200]) {
      for (const companySize of [150, 900, 9000]) {
        if (companySize < pms * 2) continue;
        const design = designOrg({ pms, productLines: Math.min(3, pms), companySize }, fw, { config });
        const audit = auditRoster(parseRoster(rosterCsv(design.roster)), { framework: fw, companySize, config });
        expect(audit.findings.filter((f) => f.severity !== 'info'), `${pms} PMs, ${companySize}`).toEqual([]);
      }
    }
  });
});
