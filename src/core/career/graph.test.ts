import { describe, expect, it } from 'vitest';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import type { Role } from '../framework/schema.js';
import { stepKind } from '../framework/step-kind.js';
import { careerGraph, MOVE_KINDS } from './graph.js';
import { findPaths } from './paths.js';

/** The role graph of the real framework: the properties career navigation relies on. */
describe('the role graph of the built-in framework', () => {
  const fw = loadBuiltinFramework();
  const g = careerGraph(fw);
  const product = fw.roles.filter((r) => !g.contrastFamilies.has(r.family));
  const moves = fw.relations.filter((r) => r.kind !== 'contrast');
  const familyTop = (family: string) => Math.max(...fw.roles.filter((r) => r.family === family).map((r) => r.band));

  it('has roles and moves to navigate', () => {
    expect(product.length).toBeGreaterThanOrEqual(40);
    expect(moves.length).toBeGreaterThanOrEqual(40);
    expect(new Set(moves.map((m) => m.kind))).toEqual(new Set(MOVE_KINDS));
  });

  it('never points a step at a role that does not exist', () => {
    const ids = new Set(fw.roles.map((r) => r.id));
    const dangling = fw.relations.flatMap((r) => [r.from, r.to]).filter((id) => !ids.has(id));
    expect(dangling).toEqual([]);
  });

  it('gives every promotion, track switch and lateral move criteria', () => {
    const missing = moves.filter((r) => r.criteria.length === 0).map((r) => `${r.kind} ${r.from} -> ${r.to}`);
    expect(missing).toEqual([]);
  });

  it('says for every lateral move what transfers and what must be learned', () => {
    const laterals = moves.filter((r) => r.kind === 'lateral');
    expect(laterals.length).toBeGreaterThan(0);
    expect(laterals.filter((r) => r.transfers.length === 0 || r.toLearn.length === 0).map((r) => `${r.from} -> ${r.to}`)).toEqual([]);
  });

  it('names every move by its two ends: promotion, track switch, lateral move or step down', () => {
    const wrong = moves.flatMap((r) => {
      const a = g.roles.get(r.from)!;
      const b = g.roles.get(r.to)!;
      const kind = stepKind(a, b);
      return kind === r.kind ? [] : [`${r.kind} ${a.id} (${a.family}, ${a.band}, ${a.track}) -> ${b.id} (${b.family}, ${b.band}, ${b.track}) is ${kind ?? 'not one step'}`];
    });
    expect(wrong).toEqual([]);
  });

  it('offers no track switch that climbs two bands, and calls going back to individual work a band lower a step down', () => {
    const kindOf = (from: string, to: string) => moves.find((r) => r.from === from && r.to === to)?.kind;
    expect(kindOf('senior-product-manager', 'group-product-manager')).toBeUndefined();
    expect(kindOf('group-product-manager', 'lead-product-manager')).toBe('step-down');
    expect(kindOf('director-of-product', 'principal-product-manager')).toBe('step-down');
  });

  it('lets an individual contributor go on past principal, to a rung at director level', () => {
    const up = (g.out.get('principal-product-manager') ?? []).filter((r) => r.kind === 'promotion').map((r) => g.roles.get(r.to)!);
    expect(up.map((r) => [r.band, r.track])).toContainEqual([6, 'ic']);
  });

  it('has no dead ends: every product role below the top of its family has a move up or across', () => {
    const deadEnds = product.filter((r) => r.band < familyTop(r.family) && !(g.out.get(r.id) ?? []).some((m) => g.roles.get(m.to)!.band >= r.band));
    expect(deadEnds.map((r) => r.id)).toEqual([]);
  });

  it('takes every product role to the top of its family, by promotions and track switches that never go down', () => {
    const reachesTop = (start: Role) => {
      const top = familyTop(start.family);
      const seen = new Set([start.id]);
      const queue = [start];
      while (queue.length) {
        const r = queue.shift()!;
        if (r.band === top) return true;
        for (const m of g.out.get(r.id) ?? []) {
          const to = g.roles.get(m.to)!;
          if (m.kind === 'lateral' || to.band < r.band || seen.has(to.id)) continue;
          seen.add(to.id);
          queue.push(to);
        }
      }
      return false;
    };
    expect(product.filter((r) => !reachesTop(r)).map((r) => r.id)).toEqual([]);
  });

  it('takes every role of a track to the top of that track by promotions alone', () => {
    const stuck = product.filter((r) => {
      const top = Math.max(...fw.roles.filter((x) => x.family === r.family && x.track === r.track).map((x) => x.band));
      const seen = new Set([r.id]);
      let frontier = [r];
      while (frontier.length) {
        if (frontier.some((x) => x.band === top && x.track === r.track)) return false;
        frontier = frontier
          .flatMap((x) => (g.out.get(x.id) ?? []).filter((m) => m.kind === 'promotion').map((m) => g.roles.get(m.to)!))
          .filter((x) => x.track === r.track && !seen.has(x.id) && Boolean(seen.add(x.id)));
      }
      return true;
    });
    expect(stuck.map((r) => r.id)).toEqual([]);
  });

  it('lets every contrast role into the product ladder by a lateral move, itself or from a promotion up its own ladder', () => {
    const contrast = fw.roles.filter((r) => g.contrastFamilies.has(r.family));
    expect(contrast.length).toBeGreaterThan(0);
    const lateralFrom = (id: string): boolean =>
      (g.out.get(id) ?? []).some((m) => m.kind === 'lateral' || (m.kind === 'promotion' && lateralFrom(m.to)));
    for (const r of contrast) {
      expect(lateralFrom(r.id), r.id).toBe(true);
      for (const m of g.out.get(r.id) ?? []) {
        const to = g.roles.get(m.to)!;
        const ok = m.kind === 'promotion' ? to.family === r.family : !g.contrastFamilies.has(to.family);
        expect(ok, `${m.kind} ${r.id} -> ${to.id}`).toBe(true);
      }
    }
  });

  it('finds a route from the entry rung of every product family to the top of its family', () => {
    for (const family of fw.families.filter((f) => !f.contrast)) {
      const roles = fw.roles.filter((r) => r.family === family.id);
      const bottom = roles.reduce((a, b) => (b.band < a.band ? b : a));
      const top = roles.reduce((a, b) => (b.band > a.band ? b : a));
      const p = findPaths(fw, bottom, top);
      expect(p.routes.length, `${bottom.id} -> ${top.id}: ${p.reason}`).toBeGreaterThan(0);
    }
  });
});
