import { roleOf } from '../resolve/resolve.js';
import type { Fact, Framework, Role, SourceRef, Track } from '../framework/schema.js';
import { careerGraph, isContrastRole, roleRef, toMove, type CareerGraph, type Move, type RoleRef } from './graph.js';

/** Where a role's ladder offers the switch between the IC and management tracks. */
export interface SwitchPoint {
  /** The role at which the switch is made (the role itself when `promotionsAway` is 0). */
  at: RoleRef;
  /** Promotions on the current track before the switch is on offer. */
  promotionsAway: number;
  /** The roles passed through on the way (excluding the start, including `at`). */
  via: RoleRef[];
  switches: Move[];
}

export interface NextSteps {
  role: RoleRef;
  /** True for the look-alike roles (project, programme, delivery managers): not product roles. */
  contrast: boolean;
  typicalTenure: { minYears: number; maxYears: number; source: SourceRef[] } | null;
  /** What the role's own page says it takes to reach the next rung. */
  levelUp: Fact[];
  /** Promotions, those on the same track first. */
  promotions: Move[];
  trackSwitches: {
    /** Switches from this role. */
    here: Move[];
    /** The nearest switch up the current track, when this role has none itself. */
    ahead: SwitchPoint[];
    /** Every switch in the family, to show where the tracks meet. */
    inFamily: { from: RoleRef; to: RoleRef }[];
  };
  /** Moves into adjacent families, with what transfers and what must be learned. */
  laterals: Move[];
  /** Moves to a lower band (back to individual work, or into another family a band lower). */
  stepsDown: Move[];
  /** Roles this one is often confused with, and how they differ. */
  contrasts: { role: RoleRef; differences: Fact[] }[];
  top: {
    /** No promotion leads on from this role. */
    ofTrack: boolean;
    /** No role of the family sits on a higher band. */
    ofFamily: boolean;
    note: string | null;
  };
}

/** The next steps from a role: promotion, track switch, lateral moves, time in role. */
export function nextSteps(fw: Framework, roleQuery: Role | string): NextSteps {
  const g = careerGraph(fw);
  const role = roleOf(fw, roleQuery);
  const out = (g.out.get(role.id) ?? []).map((r) => toMove(g, r));
  const byBand = (a: Move, b: Move) => a.to.band - b.to.band || a.to.title.localeCompare(b.to.title);
  const promotions = out
    .filter((m) => m.kind === 'promotion')
    .sort((a, b) => Number(a.trackChange) - Number(b.trackChange) || byBand(a, b));
  const here = out.filter((m) => m.kind === 'track-switch').sort(byBand);
  const laterals = out
    .filter((m) => m.kind === 'lateral')
    .sort((a, b) => Math.abs(a.bandChange) - Math.abs(b.bandChange) || b.bandChange - a.bandChange || a.to.familyName.localeCompare(b.to.familyName) || byBand(a, b));
  const stepsDown = out.filter((m) => m.kind === 'step-down').sort((a, b) => b.bandChange - a.bandChange || byBand(a, b));
  const familyRoles = fw.roles.filter((r) => r.family === role.family);
  const ofTrack = promotions.length === 0;
  const ofFamily = familyRoles.every((r) => r.band <= role.band);
  return {
    role: roleRef(fw, role),
    contrast: isContrastRole(g, role),
    typicalTenure: role.typicalTenure ?? null,
    levelUp: role.levelUp,
    promotions,
    trackSwitches: {
      here,
      ahead: here.length || promotions.some((p) => p.trackChange) ? [] : switchesAhead(g, role),
      inFamily: fw.relations
        .filter((r) => r.kind === 'track-switch' && g.roles.get(r.from)?.family === role.family && g.roles.get(r.to)?.family === role.family)
        .map((r) => ({ from: roleRef(fw, g.roles.get(r.from)!), to: roleRef(fw, g.roles.get(r.to)!) })),
    },
    laterals,
    stepsDown,
    contrasts: fw.relations
      .filter((r) => r.kind === 'contrast' && (r.from === role.id || r.to === role.id))
      .flatMap((r) => {
        const other = g.roles.get(r.from === role.id ? r.to : r.from);
        return other ? [{ role: roleRef(fw, other), differences: r.criteria }] : [];
      }),
    top: { ofTrack, ofFamily, note: topNote(g, role, ofTrack, ofFamily, here, laterals) },
  };
}

/** Breadth-first up the promotions of the same family and track to the nearest roles offering a switch. */
function switchesAhead(g: CareerGraph, start: Role): SwitchPoint[] {
  const seen = new Set([start.id]);
  let frontier: { role: Role; via: Role[] }[] = [{ role: start, via: [] }];
  for (let depth = 1; frontier.length && depth <= 12; depth++) {
    const next: { role: Role; via: Role[] }[] = [];
    for (const { role, via } of frontier) {
      for (const rel of g.out.get(role.id) ?? []) {
        const to = g.roles.get(rel.to)!;
        if (rel.kind !== 'promotion' || to.family !== start.family || to.track !== start.track || seen.has(to.id)) continue;
        seen.add(to.id);
        next.push({ role: to, via: [...via, to] });
      }
    }
    const found = next
      .map(({ role, via }) => ({ role, via, switches: (g.out.get(role.id) ?? []).filter((r) => r.kind === 'track-switch' || (r.kind === 'promotion' && g.roles.get(r.to)!.track !== start.track)) }))
      .filter((x) => x.switches.length > 0);
    if (found.length) {
      return found.map((x) => ({
        at: roleRef(g.fw, x.role),
        promotionsAway: depth,
        via: x.via.map((r) => roleRef(g.fw, r)),
        switches: x.switches.map((r) => toMove(g, r)),
      }));
    }
    frontier = next;
  }
  return [];
}

function topNote(g: CareerGraph, role: Role, ofTrack: boolean, ofFamily: boolean, switches: Move[], laterals: Move[]): string | null {
  if (isContrastRole(g, role)) return `${role.title} is not a product role; it is kept to explain the difference. Moves into product roles are lateral.`;
  if (!ofTrack) return null;
  const track: Record<Track, string> = { ic: 'individual-contributor', management: 'management' };
  if (ofFamily) return `${role.title} is the top of its family's ladder.`;
  if (switches.length) return `${role.title} is the top of the ${track[role.track]} track; the ladder continues on the other track through a switch.`;
  if (laterals.length) return `${role.title} is the top of the ${track[role.track]} track; further growth is through a lateral move.`;
  return `${role.title} is the top of the ${track[role.track]} track.`;
}
