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

/** Direct reports of every manager but the CEO (whose span the product organisation does not set), or of those matching `keep`. */
function spansBelowCeo(roster: { id: string; title: string; managerId: string | null }[], keep: (title: string) => boolean = () => true): number[] {
  const title = new Map(roster.map((p) => [p.id, p.title]));
  const spans = new Map<string, number>();
  for (const p of roster) if (p.managerId && p.managerId !== 'ceo' && keep(title.get(p.managerId)!)) spans.set(p.managerId, (spans.get(p.managerId) ?? 0) + 1);
  return [...spans.values()];
}

describe('designOrg', () => {
  it('recommends a VP over three group PMs for 12 PMs on 3 lines in a company of 400: no manager with one report, four layers', () => {
    const { design, audit } = designAndAudit({ pms: 12, productLines: 3, companySize: 400, stage: 'growth' });
    expect(design.companySizeBucket).toBe('medium');
    expect(design.leadership).toMatchObject({ top: 'vp-of-product', vps: 1, directors: 0, groupPms: 3 });
    expect(spansBelowCeo(design.roster).every((n) => n >= 3)).toBe(true);
    expect(audit.metrics.layers.max).toBe(4);
    expect(design.reportingLines).toContainEqual(expect.objectContaining({ roleId: 'associate-product-manager', reportsTo: 'group-product-manager' }));
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

  it('puts a CPO over VPs in a large company, with a product owner in each group PM\'s team when agile', () => {
    const { design, audit } = designAndAudit({ pms: 1000, productLines: 6, companySize: 20_000, agile: true });
    expect(design.leadership.top).toBe('chief-product-officer');
    expect(design.leadership.vps).toBeGreaterThanOrEqual(2);
    expect(design.reportingLines).toContainEqual(expect.objectContaining({ roleId: 'product-owner', reportsTo: 'group-product-manager' }));
    expect(design.reportingLines).toContainEqual(expect.objectContaining({ roleId: 'director-of-product', reportsTo: 'vp-of-product' }));
    expect(design.reportingLines).toContainEqual(expect.objectContaining({ roleId: 'product-operations-lead', reportsTo: 'director-of-product-operations' }));
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
    expect(design.reasoning[0]!.sources).toEqual(['ref:khalil-pm-ratio-2019', 'decision:company-size-cutoffs']);
  });

  it('rejects parameters that make no sense', () => {
    expect(() => designOrg({ pms: 0 }, fw)).toThrow(LadderError);
    expect(() => designOrg({ pms: 3, productLines: 5 }, fw)).toThrow(/each product line needs at least one product manager/);
    expect(() => designOrg({ pms: 100, companySize: 50 }, fw)).toThrow(/cannot hold/);
    expect(() => designOrg({ pms: 2.5 }, fw)).toThrow(/whole number/);
  });

  it('designs what a head of product would sign, for companies of 10 to 20,000 people, 1 to 40 product lines and every stage', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 20_000 }).chain((companySize) => {
          const most = Math.min(2000, Math.floor(companySize / 2));
          return fc.integer({ min: 1, max: Math.min(40, most) }).chain((productLines) =>
            fc.record({
              companySize: fc.constant(companySize),
              productLines: fc.constant(productLines),
              // Mostly the product teams such companies have, sometimes any size they can hold.
              pms: fc.oneof(fc.integer({ min: productLines, max: Math.max(productLines, Math.min(most, Math.ceil(companySize / 20))) }), fc.integer({ min: productLines, max: most })),
              stage: fc.constantFrom('seed', 'growth', 'enterprise', undefined),
              agile: fc.boolean(),
            }),
          );
        }),
        (params) => {
          const { design, audit } = designAndAudit(params as DesignParams);
          const label = JSON.stringify(params);
          const serious = audit.findings.filter((f) => f.severity !== 'info');
          expect(serious, `${label}\n${serious.map((f) => `${f.code}: ${f.message}`).join('\n')}`).toEqual([]);
          expect(audit.rejectedRows).toEqual([]);
          expect(audit.summary.people).toBe(design.roster.length);
          const ics = design.roles.filter((r) => ['senior-product-manager', 'product-manager', 'associate-product-manager'].includes(r.roleId)).reduce((a, r) => a + r.count, 0);
          expect(ics).toBe(params.pms);
          // No manager with a single report; every product management span within the thresholds
          // once there are enough PMs for a manager of managers to have three reports. (A product
          // operations team of 12 cannot give a director and every lead three reports each.)
          const spans = spansBelowCeo(design.roster);
          expect(Math.min(...spans, 2), label).toBeGreaterThanOrEqual(2);
          expect(Math.max(...spans, 0), label).toBeLessThanOrEqual(10);
          const pmSpans = spansBelowCeo(design.roster, (t) => !/operations/i.test(t));
          if (params.pms >= 9) expect(Math.min(...pmSpans, 3), label).toBeGreaterThanOrEqual(3);
          // The fewest layers: one management level fewer could not hold the product managers.
          const levels = audit.metrics.layers.max - 2;
          if (levels >= 2) expect(params.pms, label).toBeGreaterThan(8 * 9 ** (levels - 2));
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
