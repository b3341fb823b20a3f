import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import { applyCompanyFramework } from '../framework/company.js';
import type { Framework } from '../framework/schema.js';
import { createNormalizer } from '../normalize/index.js';
import { auditRoster, parseRoster, type AuditResult, type OrgConfigInput } from './index.js';

let builtin: Framework;
let company: Framework;
beforeAll(() => {
  builtin = loadBuiltinFramework();
  // A company's own bands: Germany only, and an open "from" band for product owners in the US.
  company = applyCompanyFramework(builtin, {
    file: 'acme.yaml',
    text: [
      'name: Acme',
      'pay:',
      '  head-of-product:',
      '    - { region: Germany, currency: EUR, min: 110000, max: 140000, source: ["company:Acme 2026 bands"] }',
      '  product-owner:',
      '    - { region: US, currency: USD, min: 90000 }',
    ].join('\n'),
  });
});

/** One small organisation: a CEO with the given people reporting to them. */
function audit(fw: Framework, people: [id: string, title: string, salary: string, currency: string, location: string][], config?: OrgConfigInput): AuditResult {
  const rows = ['id,name,title,manager_id,salary,currency,location', 'ceo,Cleo,Chief Executive Officer,,,,'];
  for (const [id, title, salary, currency, location] of people) rows.push(`${id},Person ${id},${title},ceo,${salary},${currency},"${location}"`);
  return auditRoster(parseRoster(rows.join('\n'), { file: 'roster.csv' }), { framework: fw, normalize: createNormalizer(fw), companySize: 60, config });
}
const pay = (r: AuditResult) => r.findings.filter((f) => f.code.startsWith('pay-'));

describe('the audit pay check', () => {
  it('does not warn about a Berlin head of product at €120k or a New York one at $220k against published figures', () => {
    const r = audit(builtin, [
      ['be', 'Head of Product', '120000', 'EUR', 'Berlin, Germany'],
      ['ny', 'Head of Product', '220000', 'USD', 'New York, NY'],
    ]);
    expect(r.findings.filter((f) => f.code === 'pay-outside-band')).toEqual([]);
    expect(r.metrics.pay).toMatchObject({ checked: 2 });
    // A published figure is a reference point: being off it is information, and the figure is named.
    for (const f of pay(r)) {
      expect(f.severity).toBe('info');
      expect(f.message).toMatch(/published figure for Head of Product: (≈ €95,000 a year, Europe|up to \$180,000 a year, United States), undated, 2020 or earlier/);
    }
  });

  it('compares like with like: the Berlin salary against Europe, the New York one against the United States', () => {
    const r = audit(builtin, [
      ['be', 'Head of Product', '60000', 'EUR', 'Berlin, Germany'],
      ['ny', 'Head of Product', '300000', 'USD', 'NYC'],
    ]);
    const byPerson = new Map(pay(r).map((f) => [f.people[0], f.message]));
    expect(byPerson.get('be')).toMatch(/below .*≈ €95,000 a year, Europe/);
    expect(byPerson.get('ny')).toMatch(/above .*up to \$180,000 a year, United States/);
    // A currency with no figure, or a place no figure covers, is not checked at all.
    const other = audit(builtin, [
      ['ld', 'Head of Product', '150000', 'GBP', 'London'],
      ['usd-in-berlin', 'Head of Product', '400000', 'USD', 'Berlin, Germany'],
    ]);
    expect(pay(other)).toEqual([]);
    expect(other.metrics.pay).toMatchObject({ checked: 0, notChecked: 2 });
  });

  it('flags only the side an open-ended figure bounds', () => {
    // Product owner, United States: "from $99,000".
    expect(pay(audit(builtin, [['po', 'Product Owner', '400000', 'USD', 'Austin, US']]))).toEqual([]);
    const low = pay(audit(builtin, [['po', 'Product Owner', '60000', 'USD', 'Austin, US']]));
    expect(low.map((f) => f.message)).toEqual([expect.stringMatching(/below .*from \$99,000 a year, United States.*the least it accepts is \$79,200/)]);
    // Head of product, United States: "up to $180,000" never flags a low salary.
    expect(pay(audit(builtin, [['h', 'Head of Product', '50000', 'USD', 'Boston']]))).toEqual([]);
  });

  it('applies the tolerance: ±20% by default, configurable', () => {
    // ≈ €95,000: 20% either side is €76,000 to €114,000.
    expect(pay(audit(builtin, [['h', 'Head of Product', '114000', 'EUR', 'Paris']]))).toEqual([]);
    expect(pay(audit(builtin, [['h', 'Head of Product', '114001', 'EUR', 'Paris']]))).toHaveLength(1);
    expect(pay(audit(builtin, [['h', 'Head of Product', '100000', 'EUR', 'Paris']], { pay: { tolerance: 0 } }))).toHaveLength(1);
  });

  it("prefers the company's own bands, and warns against them", () => {
    const inside = audit(company, [['be', 'Head of Product', '120000', 'EUR', 'Berlin, Germany']]);
    expect(pay(inside)).toEqual([]);
    const outside = audit(company, [['be', 'Head of Product', '180000', 'EUR', 'Munich']]);
    expect(pay(outside).map((f) => [f.code, f.severity])).toEqual([['pay-outside-band', 'warning']]);
    expect(pay(outside)[0]!.message).toContain("above the company's band for Head of Product: €110,000–€140,000 a year, Germany, company band");
    // Where the company has no band for the place, the published figure is still the reference.
    const paris = audit(company, [['fr', 'Head of Product', '200000', 'EUR', 'Paris']]);
    expect(pay(paris).map((f) => f.code)).toEqual(['pay-off-published-figure']);
    // A company band with only a minimum is an open "from" band sourced to the company.
    const po = audit(company, [['po', 'Product Owner', '80000', 'USD', 'Denver']]);
    expect(pay(po)).toEqual([]);
    expect(pay(audit(company, [['po', 'Product Owner', '60000', 'USD', 'Denver']]))[0]!.message).toContain('from $90,000 a year, US, company band');
  });
});
