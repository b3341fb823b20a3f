import { roleOf } from '../resolve/resolve.js';
import { LadderError } from '../errors.js';
import type { Fact, Framework, Relation, Role } from '../framework/schema.js';
import { stepKind } from '../framework/step-kind.js';
import { careerGraph, isContrastRole, roleRef, type CareerGraph, type MoveKind, type RoleRef } from './graph.js';

export interface PathOptions {
  /** The longest route considered, in steps (default 12; at most 20). */
  maxSteps?: number;
  /** How many routes to return, best first (default 5; at most 50). */
  maxRoutes?: number;
  /** How many steps longer than the shortest route a route may be and still count as sensible (default 2). */
  slack?: number;
}

export interface PathStep {
  from: string;
  to: string;
  kind: MoveKind;
  criteria: Fact[];
  fromTitle: string;
  toTitle: string;
  fromBand: number;
  toBand: number;
  /** Lateral moves: what carries over and what must be learned. */
  transfers?: Fact[];
  toLearn?: Fact[];
}

export interface Route {
  steps: PathStep[];
  length: number;
  promotions: number;
  trackSwitches: number;
  laterals: number;
  /** Years spent in the roles left along the way, where sources give a typical tenure. */
  typicalYears: { min: number; max: number; rolesWithTenure: number; rolesLeft: number } | null;
}

export type NoRouteReason =
  | 'same-role'
  | 'contrast-start'
  | 'contrast-target'
  | 'target-below'
  | 'no-moves-out'
  | 'needs-step-down'
  | 'too-long'
  | 'only-by-returning'
  | 'unreachable';

export interface PathResult {
  from: string;
  to: string;
  fromRole: RoleRef;
  toRole: RoleRef;
  routes: Route[];
  /** The number of sensible routes found; more than `routes.length` when some were left out. */
  found: number;
  /** Set when `routes` is empty. */
  reason?: string;
  reasonCode?: NoRouteReason;
}

const DEFAULTS = { maxSteps: 12, maxRoutes: 5, slack: 2 };
/** A safety net: the search stops collecting after this many routes. */
const COLLECT_LIMIT = 20_000;

function checkedInt(name: string, value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new LadderError('invalid-option', `${name} must be a whole number from ${min} to ${max}`, { issues: [{ code: 'invalid-option', message: `expected ${min}-${max}`, field: name, value }] });
  }
  return value;
}

/**
 * A move is part of a sensible route when it never goes down a band: promotions go up,
 * track switches and lateral moves go up or stay on the same band.
 */
function allowed(g: CareerGraph, rel: Relation): boolean {
  return g.roles.get(rel.to)!.band >= g.roles.get(rel.from)!.band;
}

/** Steps from each role to the target, following allowed moves backwards (Infinity when unreachable). */
function distancesTo(g: CareerGraph, target: string, ok: (r: Relation) => boolean): Map<string, number> {
  const dist = new Map<string, number>([[target, 0]]);
  let frontier = [target];
  while (frontier.length) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const rel of g.in.get(id) ?? []) {
        if (!ok(rel) || dist.has(rel.from)) continue;
        dist.set(rel.from, dist.get(id)! + 1);
        next.push(rel.from);
      }
    }
    frontier = next;
  }
  return dist;
}

/**
 * Every sensible route from one role to another, best first: fewest steps, then most promotions,
 * then fewest lateral moves. Routes have no cycles, never go down a band, never return to a family
 * they left, and are at most `slack` steps longer than the shortest one.
 */
export function findPaths(fw: Framework, fromQuery: Role | string, toQuery: Role | string, options: PathOptions = {}): PathResult {
  const maxSteps = checkedInt('maxSteps', options.maxSteps, DEFAULTS.maxSteps, 1, 20);
  const maxRoutes = checkedInt('maxRoutes', options.maxRoutes, DEFAULTS.maxRoutes, 1, 50);
  const slack = checkedInt('slack', options.slack, DEFAULTS.slack, 0, 10);
  const g = careerGraph(fw);
  const from = roleOf(fw, fromQuery, { field: 'from' });
  const to = roleOf(fw, toQuery, { field: 'to' });
  const base = { from: from.id, to: to.id, fromRole: roleRef(fw, from), toRole: roleRef(fw, to) };
  const none = (reasonCode: NoRouteReason, reason: string): PathResult => ({ ...base, routes: [], found: 0, reason, reasonCode });

  if (from.id === to.id) return none('same-role', `${from.title} and ${to.title} are the same role: there is nowhere to go.`);
  const outAll = g.out.get(from.id) ?? [];
  const outAllowed = outAll.filter((r) => allowed(g, r));
  if (isContrastRole(g, from) && outAllowed.length === 0) {
    const down = outAll.map((r) => `${g.roles.get(r.to)!.title}, band ${g.roles.get(r.to)!.band}`);
    return none(
      'contrast-start',
      `No move leaves the contrast family: ${from.title} is a ${familyName(fw, from)} role (band ${from.band}), kept only to explain how it differs from product roles${down.length ? `; its only moves out go down a band (${down.join('; ')})` : ''}.`,
    );
  }
  if (to.band < from.band) {
    return none('target-below', `The target is below the start: ${to.title} is band ${to.band}, ${from.title} is band ${from.band}. Routes only go up or across, never down.`);
  }
  if (outAllowed.length === 0) {
    const down = outAll.map((r) => `${g.roles.get(r.to)!.title}, band ${g.roles.get(r.to)!.band}`);
    return none(
      'no-moves-out',
      down.length
        ? `${from.title} has no move up or across: its only moves go down a band (${down.join('; ')}).`
        : `${from.title} has no promotion, track switch or lateral move out: it is the top of its ladder.`,
    );
  }
  const dist = distancesTo(g, to.id, (r) => allowed(g, r));
  const shortest = dist.get(from.id);
  if (shortest === undefined) {
    if (isContrastRole(g, to)) {
      return none('contrast-target', `No move leads into the contrast family: ${to.title} is a ${familyName(fw, to)} role, not a product role.`);
    }
    const relaxed = distancesTo(g, to.id, () => true);
    if (relaxed.has(from.id)) {
      const down = firstStepDown(g, from.id, to.id, relaxed);
      return none('needs-step-down', `Every chain of moves from ${from.title} to ${to.title} goes down a band at some point${down ? ` (for example ${down})` : ''}; routes only go up or across.`);
    }
    let hint = '';
    if (from.family !== to.family) {
      const entries = [...new Set(fw.relations.filter((r) => r.kind === 'lateral' && g.roles.get(r.to)?.family === to.family && g.roles.get(r.from)?.family !== to.family).map((r) => r.from))];
      const names = entries.map((id) => `${g.roles.get(id)!.title} (band ${g.roles.get(id)!.band})`);
      hint = names.length
        ? `: moves into ${familyName(fw, to)} start only from ${names.join(', ')}, and none of them can be reached from ${from.title}`
        : `: no move leads into ${familyName(fw, to)} from another family`;
    }
    return none('unreachable', `No chain of promotions, track switches and lateral moves leads from ${from.title} to ${to.title}${hint}.`);
  }
  if (shortest > maxSteps) {
    return none('too-long', `The shortest route from ${from.title} to ${to.title} takes ${shortest} steps, more than the limit of ${maxSteps}.`);
  }

  const limit = Math.min(maxSteps, shortest + slack);
  const found: Relation[][] = [];
  const onPath = new Set([from.id]);
  const left = new Set<string>();
  const walk = (id: string, family: string, path: Relation[]) => {
    if (found.length >= COLLECT_LIMIT) return;
    if (id === to.id) {
      found.push([...path]);
      return;
    }
    for (const rel of g.out.get(id) ?? []) {
      if (!allowed(g, rel) || onPath.has(rel.to)) continue;
      const h = dist.get(rel.to);
      if (h === undefined || path.length + 1 + h > limit) continue;
      const next = g.roles.get(rel.to)!;
      if (next.family !== family && left.has(next.family)) continue;
      onPath.add(rel.to);
      const leaving = next.family !== family && !left.has(family);
      if (leaving) left.add(family);
      path.push(rel);
      walk(rel.to, next.family, path);
      path.pop();
      if (leaving) left.delete(family);
      onPath.delete(rel.to);
    }
  };
  walk(from.id, from.family, []);
  if (found.length === 0) {
    return none('only-by-returning', `The only routes from ${from.title} to ${to.title} leave a family and come back to it, which is not a sensible career path.`);
  }
  const routes = found.map((rels) => toRoute(g, rels));
  routes.sort(
    (a, b) =>
      a.length - b.length ||
      b.promotions - a.promotions ||
      a.laterals - b.laterals ||
      a.trackSwitches - b.trackSwitches ||
      routeKey(a).localeCompare(routeKey(b)),
  );
  return { ...base, routes: routes.slice(0, maxRoutes), found: routes.length };
}

const routeKey = (r: Route) => r.steps.map((s) => s.to).join('>');

function familyName(fw: Framework, role: Role): string {
  return fw.families.find((f) => f.id === role.family)?.name ?? role.family;
}

/** The first move that goes down a band on a shortest unrestricted route, as "A → B". */
function firstStepDown(g: CareerGraph, from: string, to: string, dist: Map<string, number>): string | undefined {
  let id = from;
  for (let i = 0; i < 30 && id !== to; i++) {
    const d = dist.get(id)!;
    const rel = (g.out.get(id) ?? []).find((r) => dist.get(r.to) === d - 1 && !allowed(g, r)) ?? (g.out.get(id) ?? []).find((r) => dist.get(r.to) === d - 1);
    if (!rel) return undefined;
    if (!allowed(g, rel)) return `${g.roles.get(rel.from)!.title} → ${g.roles.get(rel.to)!.title}`;
    id = rel.to;
  }
  return undefined;
}

function toRoute(g: CareerGraph, rels: Relation[]): Route {
  const steps = rels.map((rel): PathStep => {
    const a = g.roles.get(rel.from)!;
    const b = g.roles.get(rel.to)!;
    return {
      from: a.id,
      to: b.id,
      kind: stepKind(g.roles.get(rel.from)!, g.roles.get(rel.to)!) ?? (rel.kind as MoveKind),
      criteria: rel.criteria,
      fromTitle: a.title,
      toTitle: b.title,
      fromBand: a.band,
      toBand: b.band,
      ...(rel.kind === 'lateral' ? { transfers: rel.transfers, toLearn: rel.toLearn } : {}),
    };
  });
  let min = 0, max = 0, known = 0;
  for (const rel of rels) {
    const t = g.roles.get(rel.from)!.typicalTenure;
    if (!t) continue;
    known++;
    min += t.minYears;
    max += t.maxYears;
  }
  return {
    steps,
    length: steps.length,
    promotions: steps.filter((s) => s.kind === 'promotion').length,
    trackSwitches: steps.filter((s) => s.kind === 'track-switch').length,
    laterals: steps.filter((s) => s.kind === 'lateral').length,
    typicalYears: known ? { min, max, rolesWithTenure: known, rolesLeft: rels.length } : null,
  };
}
