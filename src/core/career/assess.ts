import { LadderError, type Issue } from '../errors.js';
import { BAND_NAMES, type Fact, type FamilyId, type Framework, type Role, type Track } from '../framework/schema.js';
import type { LocatedDocument } from '../framework/yaml-document.js';
import type { AnswerValue, AssessmentRecord } from './assessment-record.js';
import { levelsFor, matrixFor, type AssessTrack, type Behaviour, type CompetencyMatrix, type MatrixCell, type MatrixCompetency } from './competencies.js';
import { roleOf } from '../resolve/resolve.js';
import { careerGraph, roleRef, type RoleRef } from './graph.js';
import { progress, type Progress } from './history.js';
import { matchFacts } from './text-match.js';

/** "Mostly": a cell counts as shown at two thirds of its behaviours; a band is supported when two thirds of the competencies reach it. */
export const MOSTLY = 2 / 3;
const mostly = (part: number, whole: number) => whole > 0 && part * 3 >= whole * 2;

export interface AssessInput {
  person: string;
  family?: FamilyId | undefined;
  /** The current role: id, title or alias. */
  role?: string | undefined;
  track?: Track | undefined;
  /** When the assessment was made, ISO; the caller owns the clock. */
  date: string;
  answers: Record<string, AnswerValue>;
  notes?: Record<string, string> | undefined;
  /** An id for the record; defaults to date and person. */
  id?: string | undefined;
  /** The answers file, so errors can name its lines. */
  origin?: LocatedDocument | undefined;
}

export interface CompetencyResult {
  id: string;
  name: string;
  /** The band the evidence supports for this competency; null when below the lowest level. */
  level: number | null;
  levelName: string;
  evidence: 'band' | 'behaviours' | 'none';
  /** Behaviour ids counted as shown. */
  shown: string[];
  note: string | null;
}

export interface Gap {
  competency: string;
  name: string;
  level: number | null;
  target: number;
  /** Behaviours of the target level not yet shown. */
  missing: Behaviour[];
  /** Concrete ways to grow this competency. */
  suggestions: Fact[];
}

export interface AssessmentReport {
  id: string;
  person: string;
  family: FamilyId;
  familyName: string;
  date: string;
  track: AssessTrack;
  role: RoleRef | null;
  competencies: CompetencyResult[];
  /** The level the evidence supports overall, and why. */
  supported: {
    band: number | null;
    bandName: string;
    roles: RoleRef[];
    perBand: { band: number; bandName: string; atOrAbove: number; of: number; supported: boolean }[];
    explanation: string;
  };
  /** How the supported level compares with the current role. */
  current: { role: RoleRef; comparison: 'above' | 'at' | 'below'; explanation: string } | null;
  next: {
    role: RoleRef;
    kind: string;
    alternatives: RoleRef[];
    readiness: { met: number; total: number; share: number };
    /** What the framework says the move takes: the move's criteria and the current role's levelling-up. */
    criteria: Fact[];
  } | null;
  /** Competencies below the next role's band (or the next band), largest gap first. */
  gaps: Gap[];
  /** Set when there is no next role to measure against. */
  nextNote: string | null;
  progress: Progress | null;
}

interface Evaluated {
  competency: MatrixCompetency;
  levels: MatrixCell[];
  answer: AnswerValue;
  shown: Set<string>;
  level: number | null;
}

/**
 * Turns a self-assessment's answers into a report: the level the evidence supports, readiness for
 * the next role, the gaps with suggestions, and progress against earlier assessments.
 */
export function assess(fw: Framework, matrices: CompetencyMatrix[], input: AssessInput, options: { history?: AssessmentRecord[] } = {}): AssessmentReport {
  const role = input.role ? roleOf(fw, input.role) : null;
  const family = (input.family ?? role?.family) as FamilyId | undefined;
  if (!family) {
    throw new LadderError('missing-family', 'Say which family to assess: give a family or the current role', { issues: [{ code: 'missing-family', message: 'family or role required', field: 'family' }] });
  }
  if (role && role.family !== family) {
    throw new LadderError('family-mismatch', `${role.title} is in ${role.family}, not ${family}`, { issues: [{ code: 'family-mismatch', message: 'the role is in another family', field: 'role', value: role.id, ...(input.origin ? { file: input.origin.file } : {}) }] });
  }
  const matrix = matrixFor(matrices, family);
  const track = trackForAssessment(fw, role, input.track);
  const evaluated = evaluate(fw, matrix, track, input);

  const n = evaluated.length;
  const bands = [...new Set(evaluated.flatMap((e) => e.levels.map((l) => l.band)))].sort((a, b) => a - b);
  const perBand = bands.map((band) => {
    const atOrAbove = evaluated.filter((e) => e.level !== null && e.level >= band).length;
    return { band, bandName: BAND_NAMES[band] ?? String(band), atOrAbove, of: n, supported: mostly(atOrAbove, n) };
  });
  let supportedBand: number | null = null;
  for (const b of perBand) if (b.supported) supportedBand = b.band;
  const need = Math.ceil((n * 2) / 3);
  const nextBandRow = perBand.find((b) => !b.supported);
  const explanation =
    supportedBand === null
      ? `Fewer than ${need} of ${n} competencies reach the lowest level (band ${bands[0]}, ${BAND_NAMES[bands[0]!]}), so the evidence does not yet support a level in this family.`
      : `Band ${supportedBand} (${BAND_NAMES[supportedBand]}) is the highest band that at least ${need} of ${n} competencies reach (${perBand.find((b) => b.band === supportedBand)!.atOrAbove} do).` +
        (nextBandRow ? ` Band ${nextBandRow.band} (${nextBandRow.bandName}) is not yet supported: ${nextBandRow.atOrAbove} of ${n} reach it.` : ' That is the top of the matrix.');

  const familyRoles = fw.roles.filter((r) => r.family === family);
  const onTrack = (r: Role) => track === 'any' || r.track === track;
  const supportedRoles = supportedBand === null ? [] : familyRoles.filter((r) => r.band === supportedBand && onTrack(r));

  let current: AssessmentReport['current'] = null;
  if (role) {
    const comparison = supportedBand === null || supportedBand < role.band ? 'below' : supportedBand > role.band ? 'above' : 'at';
    const words = {
      at: `The evidence matches the current role, ${role.title} (band ${role.band}).`,
      above: `The evidence supports band ${supportedBand}, above the current role, ${role.title} (band ${role.band}).`,
      below: `The evidence supports ${supportedBand === null ? 'no band yet' : `band ${supportedBand}`}, below the current role, ${role.title} (band ${role.band}): the gaps below show where.`,
    };
    current = { role: roleRef(fw, role), comparison, explanation: words[comparison] };
  }

  const { next, nextNote } = nextRole(fw, matrix, role, supportedBand, track, familyRoles, evaluated);
  const targetBand = next?.role.band ?? null;
  const gaps: Gap[] = [];
  if (targetBand !== null) {
    for (const e of evaluated) {
      if (e.level !== null && e.level >= targetBand) continue;
      const cell = criterionCell(matrix, e.competency, next!.role.track, targetBand, fw);
      gaps.push({
        competency: e.competency.id,
        name: e.competency.name,
        level: e.level,
        target: targetBand,
        missing: cell ? cell.behaviours.filter((b) => !isShown(e, b, cell)) : [],
        suggestions: e.competency.develop,
      });
    }
    gaps.sort((a, b) => (a.level ?? -1) - (b.level ?? -1) || b.missing.length - a.missing.length);
  }

  const report: AssessmentReport = {
    id: input.id ?? `${input.date}-${input.person.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    person: input.person.trim(),
    family,
    familyName: fw.families.find((f) => f.id === family)?.name ?? family,
    date: input.date,
    track,
    role: role ? roleRef(fw, role) : null,
    competencies: evaluated.map((e) => ({
      id: e.competency.id,
      name: e.competency.name,
      level: e.level,
      levelName: e.level === null ? 'not yet at the lowest level' : `band ${e.level} (${BAND_NAMES[e.level]})`,
      evidence: Array.isArray(e.answer) ? 'behaviours' : e.answer === 'none' ? 'none' : 'band',
      shown: [...e.shown],
      note: input.notes?.[e.competency.id] ?? null,
    })),
    supported: {
      band: supportedBand,
      bandName: supportedBand === null ? 'none yet' : (BAND_NAMES[supportedBand] ?? String(supportedBand)),
      roles: supportedRoles.map((r) => roleRef(fw, r)),
      perBand,
      explanation,
    },
    current,
    next,
    gaps,
    nextNote,
    progress: null,
  };
  if (options.history?.length) report.progress = progress(options.history, toRecord(report, input), matrix);
  return report;
}

/** The record kept in the assessments file. */
export function toRecord(report: AssessmentReport, input: Pick<AssessInput, 'answers' | 'notes'>): AssessmentRecord {
  return {
    id: report.id,
    person: report.person,
    family: report.family,
    role: report.role?.id ?? null,
    track: report.track,
    date: report.date,
    answers: input.answers,
    notes: input.notes ?? {},
    levels: Object.fromEntries(report.competencies.map((c) => [c.id, c.level])),
    supportedBand: report.supported.band,
    nextRole: report.next?.role.id ?? null,
    readiness: report.next ? report.next.readiness.share : null,
  };
}

function evaluate(fw: Framework, matrix: CompetencyMatrix, track: AssessTrack, input: AssessInput): Evaluated[] {
  const issues: Issue[] = [];
  const where = (path: (string | number)[]): Partial<Issue> => {
    if (!input.origin) return { path: path.join('.') };
    const pos = input.origin.locate(path);
    return { file: input.origin.file, ...(pos ? { line: pos.line, column: pos.column } : {}), path: path.join('.') };
  };
  const known = new Set(matrix.competencies.map((c) => c.id));
  for (const key of Object.keys(input.answers)) {
    if (!known.has(key)) {
      issues.push({ code: 'unknown-competency', message: `"${key}" is not a competency of ${matrix.family}; expected one of: ${[...known].join(', ')}`, field: key, value: key, ...where(['answers', key]) });
    }
  }
  const owner = new Map<string, string>();
  for (const c of matrix.competencies) for (const cell of c.cells) for (const b of cell.behaviours) owner.set(b.id, c.id);

  const out: Evaluated[] = [];
  for (const c of matrix.competencies) {
    const levels = levelsFor(matrix, c, track, fw);
    const answer = input.answers[c.id];
    const bandList = [...new Set(levels.map((l) => l.band))];
    if (answer === undefined) {
      issues.push({ code: 'missing-answer', message: `no answer for "${c.id}" (${c.name}): give a band (${bandList.join(', ')}), "none", or a list of behaviour ids`, field: c.id, ...where(['answers']) });
      continue;
    }
    const shown = new Set<string>();
    let level: number | null = null;
    if (answer === 'none') level = null;
    else if (typeof answer === 'number') {
      if (!bandList.includes(answer)) {
        issues.push({ code: 'invalid-band', message: `band ${answer} is not a level of "${c.id}"${track === 'any' ? '' : ` on the ${track} track`}; choose one of ${bandList.join(', ')} or "none"`, field: c.id, value: answer, ...where(['answers', c.id]) });
        continue;
      }
      level = answer;
      for (const l of levels) if (l.band <= answer) for (const b of l.behaviours) shown.add(b.id);
    } else {
      const valid = new Set(levels.flatMap((l) => l.behaviours.map((b) => b.id)));
      answer.forEach((id, i) => {
        if (valid.has(id)) shown.add(id);
        else {
          const other = owner.get(id);
          const message = other && other !== c.id
            ? `behaviour "${id}" belongs to "${other}", not "${c.id}"`
            : other
              ? `behaviour "${id}" is not on the ${track} track's levels of "${c.id}"`
              : `no behaviour "${id}" in "${c.id}"; ids look like ${levels[0]?.behaviours[0]?.id ?? `${c.id}.2.1`}, as the competency's questions list them`;
          issues.push({ code: 'unknown-behaviour', message, field: c.id, value: id, ...where(['answers', c.id, i]) });
        }
      });
      for (const l of levels) {
        if (mostly(l.behaviours.filter((b) => shown.has(b.id)).length, l.behaviours.length)) level = Math.max(level ?? -1, l.band);
      }
    }
    out.push({ competency: c, levels, answer, shown, level });
  }
  if (issues.length) {
    const from = input.origin ? ` in ${input.origin.file}` : '';
    throw new LadderError('invalid-answers', `The answers${from} do not fit the ${matrix.family} matrix: ${issues.length} problem${issues.length === 1 ? '' : 's'}`, { issues });
  }
  return out;
}

function isShown(e: Evaluated, b: Behaviour, cell: MatrixCell): boolean {
  return e.shown.has(b.id) || (typeof e.answer === 'number' && e.answer >= cell.band);
}

/** The cell a next role at `band` is measured by: that band's cell for the role's track, or the nearest above. */
function criterionCell(matrix: CompetencyMatrix, c: MatrixCompetency, track: Track, band: number, fw: Framework): MatrixCell | undefined {
  const levels = levelsFor(matrix, c, 'any', fw).filter((l) => l.track === null || l.track === track);
  return levels.find((l) => l.band === band) ?? levels.find((l) => l.band > band);
}

/** The moves up from a role in its family: its promotions (same track first), else its switches up. */
function movesUp(fw: Framework, from: Role): { to: Role; kind: string; criteria: Fact[] }[] {
  const g = careerGraph(fw);
  const rels = (g.out.get(from.id) ?? []).filter((r) => g.roles.get(r.to)!.family === from.family && g.roles.get(r.to)!.band > from.band);
  const promos = rels.filter((r) => r.kind === 'promotion');
  const chosen = promos.length ? promos : rels.filter((r) => r.kind === 'track-switch');
  return chosen
    .map((r) => ({ to: g.roles.get(r.to)!, kind: r.kind, criteria: r.criteria }))
    .sort((a, b) => Number(a.to.track !== from.track) - Number(b.to.track !== from.track) || a.to.band - b.to.band);
}

/**
 * The role someone in `role` is measured against: its first move up (a promotion in the family,
 * same track first, else a track switch up), as `assess()` picks it. Null at the top of the ladder.
 */
export function nextRoleFor(fw: Framework, role: Role): Role | null {
  return movesUp(fw, role)[0]?.to ?? null;
}

/**
 * The track a person is assessed on: the one asked for, else the current role's, except when the
 * role's next step is on the other track (principal PM to director, lead PMM to director): then
 * both, so the levels reach the next role's band. Without a role, both.
 */
export function trackForAssessment(fw: Framework, role: Role | null | undefined, track?: Track): AssessTrack {
  if (track) return track;
  if (!role) return 'any';
  const next = nextRoleFor(fw, role);
  return next && next.track !== role.track ? 'any' : role.track;
}

function nextRole(
  fw: Framework,
  matrix: CompetencyMatrix,
  role: Role | null,
  supportedBand: number | null,
  track: AssessTrack,
  familyRoles: Role[],
  evaluated: Evaluated[],
): { next: AssessmentReport['next']; nextNote: string | null } {
  const onTrack = (r: Role) => track === 'any' || r.track === track;
  let candidates: { to: Role; kind: string; criteria: Fact[] }[] = [];
  let levelUp: Fact[] = [];
  let note: string | null = null;
  const movesFrom = (from: Role) => movesUp(fw, from);
  if (role) {
    candidates = movesFrom(role);
    levelUp = role.levelUp;
    if (!candidates.length) note = `${role.title} is the top of its ladder: there is no next role to measure readiness against.`;
  } else if (supportedBand === null) {
    const lowest = Math.min(...familyRoles.filter(onTrack).map((r) => r.band));
    candidates = familyRoles.filter((r) => r.band === lowest && onTrack(r)).map((to) => ({ to, kind: 'entry', criteria: [] }));
  } else {
    const here = familyRoles.filter((r) => r.band === supportedBand && onTrack(r));
    const seen = new Set<string>();
    for (const from of here) {
      for (const c of movesFrom(from)) {
        if (!seen.has(c.to.id) && (track === 'any' || c.to.track === track || c.kind === 'track-switch')) {
          seen.add(c.to.id);
          candidates.push(c);
        }
      }
    }
    if (here[0]) levelUp = here[0].levelUp;
    if (!candidates.length) note = `Band ${supportedBand} is the top of the ${matrix.family} ladder${track === 'any' ? '' : ` on the ${track} track`}: there is no next role to measure readiness against.`;
  }
  const first = candidates[0];
  if (!first) return { next: null, nextNote: note };

  let met = 0;
  let total = 0;
  for (const e of evaluated) {
    const cell = criterionCell(matrix, e.competency, first.to.track, first.to.band, fw);
    if (!cell) continue;
    total += cell.behaviours.length;
    met += cell.behaviours.filter((b) => isShown(e, b, cell)).length;
  }
  return {
    next: {
      role: roleRef(fw, first.to),
      kind: first.kind,
      alternatives: candidates.slice(1).map((c) => roleRef(fw, c.to)),
      readiness: { met, total, share: total ? Math.round((met / total) * 100) / 100 : 0 },
      // The role's own levelling-up facts often restate the move's criteria: keep only those that add something.
      criteria: [...first.criteria, ...matchFacts(first.criteria, levelUp).added],
    },
    nextNote: null,
  };
}
