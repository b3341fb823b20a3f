import { describe, expect, it } from 'vitest';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import { applyCompanyFramework } from './company.js';
import { compareRoles } from './compare.js';
import { getPay } from './pay-query.js';
import { comparePay, payChange, payText } from './pay.js';
import { payOrderWarnings } from './pay-order.js';
import { PayFigure, type Framework, type PayFigureInput } from './schema.js';

const fig = (f: Partial<PayFigureInput>): PayFigure =>
  PayFigure.parse({ currency: 'EUR', region: 'Europe', latestYear: 2020, source: ['seed:001'], kind: 'approx', amount: 95000, ...f });

describe('pay figures in words', () => {
  it('says what the source says: approximate, from, up to, an exact range; currency, period, place and date', () => {
    expect(payText(fig({}))).toBe('≈ €95,000 a year, Europe, undated, 2020 or earlier');
    expect(payText(fig({ kind: 'from', amount: null, min: 99000, currency: 'USD', region: 'United States', country: 'US', latestYear: undefined, year: 2023 }))).toBe(
      'from $99,000 a year, United States, 2023',
    );
    expect(payText(fig({ kind: 'up-to', amount: null, max: 180000, currency: 'USD', region: 'United States' }))).toBe('up to $180,000 a year, United States, undated, 2020 or earlier');
    expect(payText(fig({ kind: 'range', amount: null, min: 4000, max: 5000, period: 'month', region: 'Germany', country: 'DE' }))).toBe('€4,000–€5,000 a month, Germany, undated, 2020 or earlier');
    // Never "€95,000–€95,000".
    expect(payText(fig({ kind: 'range', amount: null, min: 95000, max: 95000 }))).toBe('€95,000 a year, Europe, undated, 2020 or earlier');
  });

  it('refuses a figure whose numbers do not fit its kind', () => {
    expect(PayFigure.safeParse({ kind: 'approx', min: 1, max: 2, currency: 'EUR', region: 'Europe', source: ['seed:001'] }).success).toBe(false);
    expect(PayFigure.safeParse({ kind: 'from', max: 2, currency: 'EUR', region: 'Europe', source: ['seed:001'] }).success).toBe(false);
    expect(PayFigure.safeParse({ kind: 'range', min: 3, max: 2, currency: 'EUR', region: 'Europe', source: ['seed:001'] }).success).toBe(false);
  });
});

describe('comparing figures', () => {
  it('gives a change only for two closed figures of the same currency, period and place', () => {
    expect(payChange(fig({ amount: 100000 }), fig({ kind: 'range', amount: null, min: 100000, max: 140000 }))).toEqual({ comparable: true, amount: 20000, percent: 20 });
    const from = (n: number) => fig({ kind: 'from', amount: null, min: n });
    expect(payChange(from(99000), from(107000))).toMatchObject({ comparable: false, reason: expect.stringMatching(/open-ended/) });
    expect(payChange(fig({}), fig({ currency: 'USD', region: 'United States' }))).toMatchObject({ comparable: false, reason: expect.stringMatching(/currencies/) });
    expect(payChange(fig({}), fig({ period: 'month' }))).toMatchObject({ comparable: false, reason: expect.stringMatching(/per year, the other per month/) });
    expect(payChange(fig({}), fig({ region: 'Germany' }))).toMatchObject({ comparable: false, reason: expect.stringMatching(/different places/) });
    // "US" and "United States" are one place.
    expect(payChange(fig({ currency: 'USD', region: 'US' }), fig({ currency: 'USD', region: 'United States', country: 'US' })).comparable).toBe(true);
    expect(comparePay([fig({})], [fig({ currency: 'USD', region: 'United States' })]).map((r) => [r.region, r.change, r.noChange])).toEqual([
      ['Europe', null, null],
      ['United States', null, null],
    ]);
  });

  it('compare shows no percentage between the product owner and the product lead, and says why', () => {
    const c = compareRoles(loadBuiltinFramework(), 'product-owner', 'lead-product-manager');
    const us = c.pay.find((p) => p.currency === 'USD')!;
    expect(us.change).toBeNull();
    expect(us.noChange).toMatch(/open-ended/);
    expect(us.a[0]!.text).toBe('from $99,000 a year, United States, undated, 2020 or earlier');
  });
});

describe('getPay', () => {
  it('filters by place, however the place is written', () => {
    const fw = loadBuiltinFramework();
    expect(getPay(fw, 'Head of Product', 'USA').map((p) => payText(p))).toEqual(['up to $180,000 a year, United States, undated, 2020 or earlier']);
    expect(getPay(fw, 'head-of-product', 'europe').map((p) => p.currency)).toEqual(['EUR']);
    expect(getPay(fw, 'head-of-product', 'Germany')).toEqual([]);
  });
});

describe('pay order', () => {
  const withHeadPay = (band: string): Framework =>
    applyCompanyFramework(loadBuiltinFramework(), { file: 'c.yaml', text: `name: C\npay:\n  head-of-product:\n    - ${band}\n  director-of-product:\n    - { region: Germany, currency: EUR, min: 100000, max: 120000 }\n` });

  it('has no unresolved warning in the built-in framework', () => {
    expect(payOrderWarnings(loadBuiltinFramework())).toEqual([]);
  });

  it('warns when a higher band earns less in the same market from the same kind of figure', () => {
    const w = payOrderWarnings(withHeadPay('{ region: Germany, currency: EUR, min: 80000, max: 90000 }'));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ code: 'pay-order', path: 'roles.head-of-product.pay.2' });
    expect(w[0]!.message).toMatch(/Head of Product \(band 7\) earns less than Director of Product \(band 6\)/);
    // Another place, or a band paid more, is fine.
    expect(payOrderWarnings(withHeadPay('{ region: France, currency: EUR, min: 80000, max: 90000 }'))).toEqual([]);
    expect(payOrderWarnings(withHeadPay('{ region: Germany, currency: EUR, min: 120000, max: 150000 }'))).toEqual([]);
  });

  it('accepts a case that a decision has settled', () => {
    const fw = loadBuiltinFramework();
    const head = fw.roles.find((r) => r.id === 'head-of-product')!;
    const director = fw.roles.find((r) => r.id === 'director-of-product')!;
    const eu = fig({ amount: 110000, source: ['seed:001'] });
    const decided: Framework = {
      ...fw,
      roles: fw.roles.map((r) =>
        r === director ? { ...r, pay: [...r.pay, eu] } : r === head ? { ...r, pay: r.pay.map((p) => (p.kind === 'approx' ? { ...p, orderDecision: 'pay-attribution' } : p)) } : r,
      ),
    };
    expect(payOrderWarnings({ ...decided, roles: decided.roles.map((r) => (r.id === 'head-of-product' ? head : r)) })).toHaveLength(1);
    expect(payOrderWarnings(decided)).toEqual([]);
  });
});
