import { describe, expect, it } from 'vitest';
import { fixtureFramework } from '../../../test/fixture-framework.js';
import { parseRoster } from './parse.js';
import { orgTrend, trendText } from './trend.js';
import type { NormalizeFn } from './types.js';

const READ: Record<string, [number, 'ic' | 'management']> = { 'Head of Product': [6, 'management'], 'Group PM': [4, 'management'], 'Senior PM': [3, 'ic'], 'Product Manager': [2, 'ic'] };
const normalize: NormalizeFn = (t) => {
  const r = READ[t];
  if (t === 'Engineer') return { family: null, roleId: null, canonicalTitle: null, level: null, track: null, confidence: 0.9, adjacent: 'engineering' };
  return r ? { family: 'product-management', roleId: null, canonicalTitle: t, level: r[0], track: r[1], confidence: 1 } : { family: null, roleId: null, canonicalTitle: null, level: null, track: null, confidence: 0 };
};

const H = 'id,name,title,manager_id\n';
const jan = parseRoster(`${H}h,H,Head of Product,\ng,G,Group PM,h\na,A,Product Manager,g\nb,B,Product Manager,g\ne1,E1,Engineer,h\ne2,E2,Engineer,h\n`, { file: 'jan.csv' });
const apr = parseRoster(`${H}h,H,Head of Product,\ng,G,Group PM,h\na,A,Senior PM,g\nc,C,Product Manager,g\nd,D,Product Manager,g\ne1,E1,Engineer,h\ne2,E2,Engineer,h\ne3,E3,Engineer,h\n`, { file: 'apr.csv' });

describe('orgTrend', () => {
  const fw = fixtureFramework();
  const t = orgTrend([{ roster: apr, date: '2026-04-01' }, { roster: jan, date: '2026-01-01' }], { framework: fw, normalize, config: { titles: { allowNonProduct: true } } });

  it('orders the snapshots by date and counts people by family and band, spans, layers and engineers per product person', () => {
    expect(t.points.map((p) => p.date)).toEqual(['2026-01-01', '2026-04-01']);
    expect(t.points.map((p) => p.people)).toEqual([6, 8]);
    expect(t.points[0]!.byFamily).toEqual({ 'product-management': 4, engineering: 2 });
    expect(t.points[1]!.byBand).toMatchObject({ '2': 2, '3': 1, '4': 1, '6': 1 });
    // January: the head manages g, e1 and e2 (3), g manages a and b (2): the widest span is 3.
    expect(t.points[0]!.spans.max).toBe(3);
    expect(t.points[0]!.layers).toBe(3);
    // 2 engineers / 4 product people = 0.5; then 3 / 5 = 0.6.
    expect(t.points.map((p) => p.engineersPerProduct)).toEqual([0.5, 0.6]);
  });

  it('counts joiners, leavers and promotions between snapshots', () => {
    // b left; c, d and e3 joined; a went from band 2 to band 3.
    expect(t.steps).toEqual([{ from: '2026-01-01', to: '2026-04-01', joiners: 3, leavers: 1, promotions: 1, demotions: 0, moves: 0, attrition: 0.167 }]);
    expect(trendText(t)).toContain('2026-01-01 → 2026-04-01: 3 joined, 1 left (16.7%), 1 promoted');
  });

  it('needs two snapshots with different dates', () => {
    expect(() => orgTrend([{ roster: jan, date: '2026-01-01' }], { framework: fw, normalize })).toThrow(/two or more/);
    expect(() => orgTrend([{ roster: jan, date: '2026-01-01' }, { roster: apr, date: '2026-01-01' }], { framework: fw, normalize })).toThrow(/same date/);
  });
});
