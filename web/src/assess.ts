/** Self-assessment scoring in the browser: pure functions over the competency matrix, unit-tested. */
import type { CompetencyMatrix } from './api.js';

type Competency = CompetencyMatrix['competencies'][number];
type Cell = Competency['cells'][number];
export type Answer = number | 'none';

/** The cells a person on `track` chooses between for one competency, low band to high. */
export function cellsFor(matrix: CompetencyMatrix, c: Competency, track: 'ic' | 'management' | 'any', icTop = Infinity): Cell[] {
  const out: Cell[] = [];
  for (const band of matrix.bands) {
    if (track === 'ic' && band > icTop) continue;
    const cells = c.cells.filter((x) => x.band === band);
    const shared = cells.find((x) => x.track === null);
    if (shared) out.push(shared);
    else if (track === 'any') out.push(...cells);
    else {
      const own = cells.find((x) => x.track === track);
      if (own) out.push(own);
    }
  }
  return out;
}

export interface Gap {
  competency: Competency;
  level: number | null;
  target: number;
  /** What the target band looks like for this competency. */
  cell: Cell | undefined;
}

export interface Score {
  /** The band each competency is at; null below the lowest band. */
  levels: Record<string, number | null>;
  /** Share of competencies at or above the target band, 0-1. */
  readiness: number;
  /** Share at or above the current role's band. */
  meetsCurrent: number;
  gaps: Gap[];
  /** The highest band every competency reaches. */
  supportedBand: number | null;
}

/**
 * Levels, gaps and readiness. Readiness counts the behaviours of the target role's cells that the
 * answers show (a band answer shows every behaviour up to that band), as the server's assessment does.
 */
export function score(
  matrix: CompetencyMatrix,
  answers: Record<string, Answer | undefined>,
  current: number,
  target: number,
  track: 'ic' | 'management' | 'any',
  targetTrack: 'ic' | 'management' | 'any' = track,
): Score {
  const levels: Record<string, number | null> = {};
  for (const c of matrix.competencies) {
    const a = answers[c.id];
    levels[c.id] = a === undefined || a === 'none' ? null : a;
  }
  const n = Math.max(1, matrix.competencies.length);
  const at = (band: number) => matrix.competencies.filter((c) => (levels[c.id] ?? -1) >= band).length / n;
  let met = 0;
  let total = 0;
  for (const c of matrix.competencies) {
    const cell = cellAt(c, target, targetTrack);
    if (!cell) continue;
    total += cell.behaviours.length;
    if ((levels[c.id] ?? -1) >= target) met += cell.behaviours.length;
  }
  const gaps = matrix.competencies
    .filter((c) => (levels[c.id] ?? -1) < target)
    .map((c) => ({
      competency: c,
      level: levels[c.id] ?? null,
      target,
      cell: cellAt(c, target, targetTrack),
    }))
    .sort((a, b) => (a.level ?? -1) - (b.level ?? -1));
  const values = Object.values(levels);
  const supportedBand = values.some((v) => v === null) || values.length === 0 ? null : Math.min(...(values as number[]));
  return { levels, readiness: total ? met / total : at(target), meetsCurrent: at(current), gaps, supportedBand };
}

function cellAt(c: Competency, band: number, track: 'ic' | 'management' | 'any'): Cell | undefined {
  const cells = c.cells.filter((x) => x.band === band);
  return cells.find((x) => x.track === null) ?? cells.find((x) => track === 'any' || x.track === track) ?? cells[0];
}
