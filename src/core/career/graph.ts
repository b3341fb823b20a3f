import { BAND_NAMES, type Fact, type Framework, type Relation, type Role, type SourceRef, type Track } from '../framework/schema.js';
import { changesTrack, stepKind, STEP_KINDS, type StepKind } from '../framework/step-kind.js';

/** The moves a person can make (see stepKind). Contrast relations explain differences; they are not moves. */
export type MoveKind = StepKind;
export const MOVE_KINDS: readonly MoveKind[] = STEP_KINDS;

/** A role as the career functions name it: enough to print and to link. */
export interface RoleRef {
  id: string;
  title: string;
  family: string;
  familyName: string;
  band: number;
  bandName: string;
  track: Track;
}

/** One move from a role to another, with what the framework says it takes. */
export interface Move {
  kind: MoveKind;
  from: RoleRef;
  to: RoleRef;
  /** to.band - from.band: positive for a step up. */
  bandChange: number;
  /** False where either end's title leaves the track open (a lead who may or may not manage). */
  trackChange: boolean;
  familyChange: boolean;
  criteria: Fact[];
  /** Lateral moves: what carries over. */
  transfers: Fact[];
  /** Lateral moves: what must be learned. */
  toLearn: Fact[];
  source: SourceRef[];
}

export interface CareerGraph {
  fw: Framework;
  roles: Map<string, Role>;
  /** Outgoing moves (promotion, track-switch, lateral) per role id, in file order. */
  out: Map<string, Relation[]>;
  /** Incoming moves per role id. */
  in: Map<string, Relation[]>;
  contrastFamilies: Set<string>;
}

const graphCache = new WeakMap<Framework, CareerGraph>();

/** The framework's relations as a directed graph of moves; built once per framework. */
export function careerGraph(fw: Framework): CareerGraph {
  const cached = graphCache.get(fw);
  if (cached) return cached;
  const roles = new Map(fw.roles.map((r) => [r.id, r]));
  const out = new Map<string, Relation[]>();
  const inn = new Map<string, Relation[]>();
  for (const rel of fw.relations) {
    if (rel.kind === 'contrast') continue;
    if (!roles.has(rel.from) || !roles.has(rel.to)) continue;
    out.set(rel.from, [...(out.get(rel.from) ?? []), rel]);
    inn.set(rel.to, [...(inn.get(rel.to) ?? []), rel]);
  }
  const graph: CareerGraph = {
    fw,
    roles,
    out,
    in: inn,
    contrastFamilies: new Set(fw.families.filter((f) => f.contrast).map((f) => f.id)),
  };
  graphCache.set(fw, graph);
  return graph;
}

export function roleRef(fw: Framework, role: Role): RoleRef {
  return {
    id: role.id,
    title: role.title,
    family: role.family,
    familyName: fw.families.find((f) => f.id === role.family)?.name ?? role.family,
    band: role.band,
    bandName: BAND_NAMES[role.band] ?? String(role.band),
    track: role.track,
  };
}

export function toMove(g: CareerGraph, rel: Relation): Move {
  const a = g.roles.get(rel.from)!;
  const b = g.roles.get(rel.to)!;
  return {
    // The ends decide the kind; assembly has already refused data that says otherwise.
    kind: stepKind(a, b) ?? (rel.kind as MoveKind),
    from: roleRef(g.fw, a),
    to: roleRef(g.fw, b),
    bandChange: b.band - a.band,
    trackChange: changesTrack(a, b),
    familyChange: a.family !== b.family,
    criteria: rel.criteria,
    transfers: rel.transfers,
    toLearn: rel.toLearn,
    source: rel.source,
  };
}

export function isContrastRole(g: CareerGraph, role: Role): boolean {
  return g.contrastFamilies.has(role.family);
}

export const trackName = (t: Track): string => (t === 'ic' ? 'individual contributor' : 'management');
