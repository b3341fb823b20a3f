import { describe, expect, it } from 'vitest';
import { parseRoster } from './parse.js';
import { payBands, percentile } from './pay-bands.js';
import { payCsv, payFrameworkSection, payText } from './render-pay.js';
import type { NormalizedTitle, ReadTitle } from './types.js';

/** Titles "PM 3" → band 3 of product-management, role pm-3; anything else unrecognised. */
const normalize: ReadTitle = (title) => {
  const m = /^PM (\d)$/.exec(title);
  const level = m ? Number(m[1]) : null;
  return { family: m ? 'product-management' : null, roleId: m ? `pm-${level}` : null, canonicalTitle: null, level, track: m ? 'ic' : null, confidence: m ? 1 : 0 } satisfies NormalizedTitle;
};

function roster(rows: string[]): ReturnType<typeof parseRoster> {
  const padded = rows.map((r) => r + ','.repeat(8 - (r.match(/,/g) ?? []).length));
  return parseRoster(['id,name,title,manager_id,salary,currency,location,pay_period,hours_per_week', ...padded].join('\n'), { file: 'pay.csv' });
}

describe('percentile', () => {
  it('interpolates between ranks as a spreadsheet PERCENTILE.INC does', () => {
    const xs = [100, 110, 120, 130, 200];
    // By hand: rank (n−1)p; 0.1 → 0.4 → 100 + 0.4 × 10 = 104; 0.9 → 3.6 → 130 + 0.6 × 70 = 172.
    expect(percentile(xs, 0.1)).toBeCloseTo(104, 9);
    expect(percentile(xs, 0.25)).toBe(110);
    expect(percentile(xs, 0.5)).toBe(120);
    expect(percentile(xs, 0.75)).toBe(130);
    expect(percentile(xs, 0.9)).toBeCloseTo(172, 9);
  });
});

describe('payBands', () => {
  const five = ['a,A,PM 3,,100,USD,London', 'b,B,PM 3,a,110,USD,London', 'c,C,PM 3,a,120,USD,London', 'd,D,PM 3,a,130,USD,London', 'e,E,PM 3,a,200,USD,London'];

  it('gives count and percentiles per band, compa-ratios against the median and the outliers (checked by hand)', () => {
    const r = payBands(roster(five).people, { normalize });
    expect(r.groups).toHaveLength(1);
    // Five people: the 10th and 90th percentiles would lean on the lowest and highest pay, so they are left out.
    expect(r.groups[0]).toMatchObject({ values: { band: 'band 3' }, currency: 'USD', period: 'year', count: 5, withheld: null, figures: { p10: null, p25: 110, median: 120, p75: 130, p90: null } });
    // 200 / 120 = 1.667: above 1.2. 100 / 120 = 0.833: inside 0.8–1.2.
    expect(r.people.find((p) => p.id === 'e')!.compaRatio).toBe(1.667);
    expect(r.people.find((p) => p.id === 'a')!.compaRatio).toBe(0.833);
    expect(r.outliers.map((o) => o.id)).toEqual(['e']);
  });

  it('gives the 10th and 90th percentiles from 11 people, between the second and third lowest and highest (by hand)', () => {
    // 100, 110, …, 200 (11 people, pay 10 apart from 100 to 200): rank (n−1)p = 1 → 110 and 9 → 190; quartiles at ranks 2.5 and 7.5 → 125, 175.
    const eleven = Array.from({ length: 11 }, (_, i) => `p${i},P${i},PM 4,,${100 + i * 10},EUR,Berlin`);
    const r = payBands(roster(eleven).people, { normalize });
    expect(r.groups[0]!.figures).toEqual({ p10: 110, p25: 125, median: 150, p75: 175, p90: 190 });
  });

  it('shows no figures for a group under the minimum, and refuses a minimum below 3', () => {
    const r = payBands(roster(five.slice(0, 4)).people, { normalize });
    expect(r.groups[0]).toMatchObject({ count: 4, withheld: 'small-group', figures: null });
    expect(r.people.every((p) => p.compaRatio === null)).toBe(true);
    // With a minimum of 4, four people show their median only: a quartile would lean on the lowest or highest pay.
    expect(payBands(roster(five.slice(0, 4)).people, { normalize, minGroup: 4 }).groups[0]!.figures).toEqual({ p10: null, p25: null, median: 115, p75: null, p90: null });
    expect(() => payBands([], { normalize, minGroup: 2 })).toThrow(/at least 3/);
  });

  it('holds back a group that a wider group differs from by fewer than the minimum (one person here)', () => {
    // Five in London and one in Berlin, all band 3: by band the group has 6; by band and location,
    // London (5) would differ from band 3 (6) by Berlin's one person.
    const six = [...five, 'f,F,PM 3,a,150,USD,Berlin'];
    const fine = payBands(roster(six).people, { normalize, by: ['band', 'location'] });
    const london = fine.groups.find((g) => g.values.location === 'London')!;
    const berlin = fine.groups.find((g) => g.values.location === 'Berlin')!;
    expect(london).toMatchObject({ count: 5, withheld: 'complementary', figures: null });
    expect(berlin).toMatchObject({ count: 1, withheld: 'small-group' });
    const coarse = payBands(roster(six).people, { normalize, by: ['band'] });
    expect(coarse.groups[0]).toMatchObject({ count: 6, withheld: null });
    // Two more people at band 4 make everyone 8: band 3 (6) would differ from everyone by 2.
    const eight = [...six, 'g,G,PM 4,a,300,USD,Berlin', 'h,H,PM 4,a,310,USD,Berlin'];
    const withTotal = payBands(roster(eight).people, { normalize, by: ['band'] });
    expect(withTotal.groups.find((g) => g.values.band === 'band 3')).toMatchObject({ count: 6, withheld: 'complementary' });
  });

  it('never mixes currencies or periods; converts to yearly pay only when told how', () => {
    const rows = [
      ...five,
      ...['m1,M1,PM 3,a,10,USD,London,month', 'm2,M2,PM 3,a,11,USD,London,month', 'm3,M3,PM 3,a,12,USD,London,month', 'm4,M4,PM 3,a,13,USD,London,month', 'm5,M5,PM 3,a,14,USD,London,month'],
      ...['x1,X1,PM 3,a,90,EUR,London', 'x2,X2,PM 3,a,95,EUR,London', 'x3,X3,PM 3,a,100,EUR,London', 'x4,X4,PM 3,a,105,EUR,London', 'x5,X5,PM 3,a,110,EUR,London'],
      'h1,H1,PM 3,a,50,USD,London,hour,40',
      'z,Z,PM 3,a,100,,London',
    ];
    const r = payBands(roster(rows).people, { normalize, minGroup: 3 });
    expect(r.groups.map((g) => `${g.currency} ${g.period} ${g.count}`)).toEqual(['EUR year 5', 'USD month 5', 'USD year 6']);
    // The hourly rate becomes yearly from the roster's 40 hours a week: 50 × 40 × 52 = 104,000.
    expect(r.people.find((p) => p.id === 'h1')!.amount).toBe(104000);
    expect(r.excluded).toEqual([{ id: 'z', reason: 'no currency' }]);
    const converted = payBands(roster(rows).people, { normalize, monthsPerYear: 12 });
    expect(converted.groups.map((g) => `${g.currency} ${g.period} ${g.count}`)).toEqual(['EUR year 5', 'USD year 11']);
    expect(converted.conversions).toContain('monthly pay × 12 months');
  });

  it('renders a table, a CSV that cannot start a formula, and framework pay ranges per role', () => {
    const r = payBands(roster(five.map((l) => l.replace('London', '=London'))).people, { normalize, by: ['role', 'location'] });
    expect(payText(r)).toMatch(/5\s+–\s+110\s+120\s+130\s+–/);
    expect(payCsv(r).split('\n')[1]).toMatch(/^pm-3,'=London,USD,year,5,,110,120,130,,$/);
    expect(payFrameworkSection(r, 'Acme pay bands')).toEqual({
      'pm-3': [{ region: '=London', currency: 'USD', period: 'year', min: 110, max: 130, note: '25th to 75th percentile of 5 people; median 120', source: ['company:Acme pay bands'] }],
    });
  });
});
