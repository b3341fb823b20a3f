import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import { LadderError } from '../errors.js';
import { assembleFramework } from '../framework/assemble.js';
import type { Framework } from '../framework/schema.js';
import { findPaths, type PathResult } from './paths.js';
import { pathsText } from './render-text.js';

const dir = new URL('./__fixtures__/framework/', import.meta.url);
const fixture = () => assembleFramework(readdirSync(dir).map((f) => ({ file: f, text: readFileSync(new URL(f, dir), 'utf8') })));
const ids = (p: PathResult) => p.routes.map((r) => r.steps.map((s) => s.to));

/** Properties every route must have, whatever the framework. */
function expectSensible(fw: Framework, p: PathResult, maxSteps = 12) {
  const band = new Map(fw.roles.map((r) => [r.id, r.band]));
  const family = new Map(fw.roles.map((r) => [r.id, r.family]));
  for (const r of p.routes) {
    expect(r.steps[0]!.from).toBe(p.from);
    expect(r.steps[r.steps.length - 1]!.to).toBe(p.to);
    expect(r.length).toBeLessThanOrEqual(maxSteps);
    const visited = [p.from, ...r.steps.map((s) => s.to)];
    expect(new Set(visited).size, 'no cycles').toBe(visited.length);
    r.steps.forEach((s, i) => {
      if (i > 0) expect(s.from).toBe(r.steps[i - 1]!.to);
      expect(band.get(s.to)!, `${s.from} -> ${s.to} goes down`).toBeGreaterThanOrEqual(band.get(s.from)!);
      expect(['promotion', 'track-switch', 'lateral']).toContain(s.kind);
      expect(s.criteria.length, `${s.from} -> ${s.to} has criteria`).toBeGreaterThan(0);
    });
    const families = visited.map((id) => family.get(id));
    const runs = families.filter((f, i) => i === 0 || f !== families[i - 1]);
    expect(new Set(runs).size, 'never returns to a family it left').toBe(runs.length);
  }
  for (let i = 1; i < p.routes.length; i++) expect(p.routes[i]!.length).toBeGreaterThanOrEqual(p.routes[i - 1]!.length);
}

describe('findPaths on a small hand-made framework', () => {
  const fw = fixture();

  it('ranks routes by length, then by promotions', () => {
    const p = findPaths(fw, 'product-analyst', 'vp-of-product');
    expect(p.routes.length).toBeGreaterThanOrEqual(2);
    expectSensible(fw, p);
    expect(p.routes[0]!.steps[0]).toMatchObject({ from: 'product-analyst', kind: 'lateral' });
    expect(p.routes[0]!.promotions).toBeGreaterThanOrEqual(p.routes[1]!.promotions);
  });

  it('gives each step its kind, criteria, titles and bands, and a lateral what transfers', () => {
    const step = findPaths(fw, 'product-analyst', 'product-manager').routes[0]!.steps[0]!;
    expect(step).toMatchObject({ from: 'product-analyst', to: 'product-manager', kind: 'lateral', fromTitle: 'Product Analyst', toTitle: 'Product Manager', fromBand: 2, toBand: 2 });
    expect(step.criteria[0]!.source).toEqual(['seed:000']);
    expect(step.transfers!.length).toBeGreaterThan(0);
    expect(step.toLearn!.length).toBeGreaterThan(0);
  });

  it('adds up the usual time in the roles left where sources give it', () => {
    const r = findPaths(fw, 'apm', 'senior-product-manager').routes[0]!;
    expect(r.typicalYears).toEqual({ min: 3, max: 5, rolesWithTenure: 2, rolesLeft: 2 });
  });

  it('finds the single promotion route from APM to principal PM', () => {
    expect(ids(findPaths(fw, 'Associate Product Manager', 'Principal Product Manager'))).toEqual([
      ['product-manager', 'senior-product-manager', 'lead-product-manager', 'principal-product-manager'],
    ]);
  });

  it('crosses families where a lateral leads', () => {
    const p = findPaths(fw, 'product-analyst', 'director-of-product-operations');
    expect(ids(p)).toEqual([['product-manager', 'product-operations-manager', 'director-of-product-operations']]);
  });

  it('limits the number of routes and says how many there were', () => {
    const p = findPaths(fw, 'product-analyst', 'vp-of-product', { maxRoutes: 1 });
    expect(p.routes).toHaveLength(1);
    expect(p.found).toBeGreaterThan(1);
  });

  it('explains why there is no route', () => {
    const cases: [string, string, string, RegExp][] = [
      ['vp-of-product', 'product-manager', 'target-below', /below the start/],
      ['project-manager', 'product-manager', 'contrast-start', /No move leaves the contrast family.*go down a band/],
      ['product-manager', 'project-manager', 'contrast-target', /No move leads into the contrast family/],
      ['product-operations-manager', 'senior-product-manager', 'unreachable', /No chain.*moves into Product Management start only from Product Analyst \(band 2\)/],
      ['product-manager', 'product-manager', 'same-role', /same role/],
      ['chief-product-officer', 'chief-product-officer', 'same-role', /same role/],
    ];
    for (const [a, b, code, message] of cases) {
      const p = findPaths(fw, a, b);
      expect(p.routes, `${a} -> ${b}`).toEqual([]);
      expect(p.reasonCode, `${a} -> ${b}`).toBe(code);
      expect(p.reason).toMatch(message);
    }
  });

  it('says when a route exists only beyond the step limit', () => {
    const p = findPaths(fw, 'product-management-intern', 'chief-product-officer', { maxSteps: 3 });
    expect(p).toMatchObject({ routes: [], reasonCode: 'too-long' });
    expect(p.reason).toMatch(/takes 8 steps, more than the limit of 3/);
  });

  it('says when every route needs a step down a band', () => {
    const base = fixture();
    // In this variant the only way from analytics into product management is a lateral down a band.
    const down = { ...base.relations.find((r) => r.from === 'product-analyst' && r.kind === 'lateral')!, from: 'lead-product-analyst' };
    const fw2 = { ...base, relations: [...base.relations.filter((r) => !((r.kind === 'lateral' || r.kind === 'step-down') && r.to.endsWith('product-manager'))), { ...down, kind: 'step-down' as const }] };
    const p = findPaths(fw2, 'product-analyst', 'vp-of-product');
    expect(p.reasonCode).toBe('needs-step-down');
    expect(p.reason).toMatch(/for example Lead Product Analyst → Product Manager/);
    const stuck = findPaths(fw2, 'lead-product-analyst', 'vp-of-product');
    expect(stuck.reasonCode).toBe('no-moves-out');
    expect(stuck.reason).toMatch(/its only moves go down a band \(Product Manager, band 2\)/);
  });

  it('rejects silly limits', () => {
    expect(() => findPaths(fw, 'apm', 'cpo', { maxSteps: 0 })).toThrow(LadderError);
    expect(() => findPaths(fw, 'apm', 'cpo', { maxRoutes: 1000 })).toThrow(/maxRoutes/);
  });

  it('renders routes and reasons for people', () => {
    const text = pathsText(findPaths(fw, 'product-analyst', 'vp-of-product'));
    expect(text).toContain('# Routes from Product Analyst to VP of Product');
    expect(text).toMatch(/## Route 1: 6 steps \(4 promotions, 1 track switch, 1 lateral move\)/);
    expect(text).toContain('1. Product Analyst → **Product Manager** · lateral · band 2 → 2');
    expect(pathsText(findPaths(fw, 'vp-of-product', 'product-manager'))).toMatch(/No route\.\n\nWhy: The target is below the start/);
  });
});

describe('findPaths on the built-in framework', () => {
  const fw = loadBuiltinFramework();

  it('Product Analyst → VP of Product: into product management, then up', () => {
    const p = findPaths(fw, 'Product Analyst', 'VP of Product');
    expect(p.routes.length).toBeGreaterThan(0);
    expectSensible(fw, p);
    expect(p.routes[0]!.steps.some((s) => s.kind === 'lateral')).toBe(true);
    expect(p.routes[0]!.steps.some((s) => s.kind === 'track-switch' || s.toBand >= 6)).toBe(true);
  });

  it('APM → Principal PM: promotions only, on the IC track', () => {
    const p = findPaths(fw, 'APM', 'Principal PM');
    expect(p.routes.length).toBeGreaterThan(0);
    expectSensible(fw, p);
    expect(p.routes[0]!.steps.every((s) => s.kind === 'promotion')).toBe(true);
    for (const r of p.routes) expect(r.steps.every((s) => s.kind !== 'step-down' && s.kind !== 'lateral')).toBe(true);
  });

  it('Product Owner → Director of Product Operations: across families, then up', () => {
    const p = findPaths(fw, 'Product Owner', 'Director of Product Operations');
    expect(p.routes.length).toBeGreaterThan(0);
    expectSensible(fw, p);
    expect(p.routes[0]!.steps[p.routes[0]!.steps.length - 1]!.to).toBe('director-of-product-operations');
  });

  it('keeps every route sensible from the intern to the CPO, within the limits', () => {
    const p = findPaths(fw, 'product-management-intern', 'chief-product-officer', { maxRoutes: 50 });
    expectSensible(fw, p);
    expect(p.routes.length).toBeLessThanOrEqual(50);
  });

  it('says why there is no route down the ladder', () => {
    expect(findPaths(fw, 'chief-product-officer', 'product-manager').reasonCode).toBe('target-below');
  });
});
