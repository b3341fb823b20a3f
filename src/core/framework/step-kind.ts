import type { Role } from './schema.js';

/** A career step, named by what happens between its two ends. */
export type StepKind = 'promotion' | 'track-switch' | 'lateral' | 'step-down';
export const STEP_KINDS: readonly StepKind[] = ['promotion', 'track-switch', 'lateral', 'step-down'];

type Ends = Pick<Role, 'family' | 'band' | 'track'> & { titleSettlesTrack?: boolean | undefined; specialty?: string | undefined };

/**
 * Whether a step changes track. A role whose title does not settle its track (a lead who may or may
 * not manage people) sits on both tracks, so a step from or to it changes nothing.
 */
export function changesTrack(from: Ends, to: Ends): boolean {
  return from.track !== to.track && from.titleSettlesTrack !== false && to.titleSettlesTrack !== false;
}

/**
 * The kind of a step from one role to another, from its ends alone: a step down whenever the band
 * drops (said plainly, whatever else changes); otherwise a lateral move when the family changes (or,
 * on the same band and track of a family, the specialty: a senior PM becoming an AI PM), a track
 * switch when the track changes by at most one band, a promotion when the band rises on the same
 * track. Null when the two ends make no single step: the same band, track and specialty, or a
 * track switch that also climbs two or more bands (that is two steps, a promotion and a switch).
 */
export function stepKind(from: Ends, to: Ends): StepKind | null {
  const change = to.band - from.band;
  if (change < 0) return 'step-down';
  if (from.family !== to.family) return 'lateral';
  if (changesTrack(from, to)) return change <= 1 ? 'track-switch' : null;
  if (change > 0) return 'promotion';
  return (from.specialty ?? null) !== (to.specialty ?? null) ? 'lateral' : null;
}

/** Why two ends make no single step, for messages; null when they do. */
export function stepKindProblem(from: Ends & { id: string }, to: Ends & { id: string }): string | null {
  if (stepKind(from, to)) return null;
  const change = to.band - from.band;
  if (changesTrack(from, to)) return `"${from.id}" (band ${from.band}) to "${to.id}" (band ${to.band}) changes track and climbs ${change} bands: that is two steps, a promotion and a track switch`;
  return `"${from.id}" and "${to.id}" are on the same band, track and specialty of one family: no step leads from one to the other`;
}
