import { LadderError, type Issue } from '../errors.js';
import type { TextFile } from '../framework/assemble.js';
import { BAND_NAMES, type Fact, type FamilyId, type Framework, type SourceRef, type Track } from '../framework/schema.js';
import { parseLocated, validateLocated, type LocatedDocument } from '../framework/yaml-document.js';
import { CompetencyMatrixFile } from './competency-schema.js';

export interface Behaviour {
  /** `<competency>.<band>.<n>` (or `<competency>.<band>.<track>.<n>`), stable while the file keeps its order. */
  id: string;
  text: string;
}
export interface MatrixCell {
  band: number;
  /** Null when the cell serves both tracks. */
  track: Track | null;
  behaviours: Behaviour[];
  source: SourceRef[];
}
export interface MatrixCompetency {
  id: string;
  name: string;
  summary: string;
  develop: Fact[];
  cells: MatrixCell[];
}
export interface CompetencyMatrix {
  family: FamilyId;
  name: string;
  file: string;
  /** Every band the matrix describes, ascending. */
  bands: number[];
  competencies: MatrixCompetency[];
}

export type CompetencyDoc = TextFile | LocatedDocument;

/**
 * Validates competency matrix files (text or already-parsed documents) and gives the matrices.
 * With a framework, also checks that sources exist and that the bands match the family's roles.
 * Pure; throws one LadderError listing every problem with file, line and path.
 */
export function loadCompetencies(docs: CompetencyDoc[], options: { framework?: Framework } = {}): CompetencyMatrix[] {
  const issues: Issue[] = [];
  const matrices: CompetencyMatrix[] = [];
  const seenFamily = new Map<string, string>();
  for (const input of docs) {
    let doc: LocatedDocument;
    let data: CompetencyMatrixFile;
    try {
      doc = 'text' in input ? parseLocated(input.file, input.text) : input;
      data = validateLocated(doc, CompetencyMatrixFile);
    } catch (e) {
      if (e instanceof LadderError) {
        issues.push(...e.issues);
        continue;
      }
      throw e;
    }
    const at = (path: (string | number)[], code: string, message: string, value?: unknown) => {
      const pos = doc.locate(path);
      issues.push({ code, message, file: doc.file, ...(pos ? { line: pos.line, column: pos.column } : {}), path: path.join('.'), ...(value === undefined ? {} : { value }) });
    };
    if (seenFamily.has(data.family)) at(['family'], 'duplicate-family', `family "${data.family}" already has a matrix in ${seenFamily.get(data.family)}`, data.family);
    seenFamily.set(data.family, doc.file);
    const fw = options.framework;
    const familyRoles = fw?.roles.filter((r) => r.family === data.family) ?? [];
    if (fw && familyRoles.length === 0) at(['family'], 'unknown-family', `family "${data.family}" has no roles in the framework`, data.family);

    const bands = [...new Set(data.competencies.flatMap((c) => c.levels.map((l) => l.band)))].sort((a, b) => a - b);
    const ids = new Set<string>();
    const competencies: MatrixCompetency[] = data.competencies.map((c, ci) => {
      if (ids.has(c.id)) at(['competencies', ci, 'id'], 'duplicate-id', `competency id "${c.id}" is used twice`, c.id);
      ids.add(c.id);
      const cells = new Map<string, number>();
      c.levels.forEach((l, li) => {
        const key = `${l.band}|${l.track ?? '*'}`;
        if (cells.has(key)) at(['competencies', ci, 'levels', li, 'band'], 'duplicate-cell', `competency "${c.id}" describes band ${l.band}${l.track ? ` (${l.track})` : ''} twice`, l.band);
        cells.set(key, li);
      });
      c.levels.forEach((l, li) => {
        if (l.track && cells.has(`${l.band}|*`)) at(['competencies', ci, 'levels', li, 'track'], 'mixed-cell', `band ${l.band} of "${c.id}" has a cell for both tracks and one for ${l.track}: use one or the other`, l.track);
        if (fw && l.track && !familyRoles.some((r) => r.band === l.band && r.track === l.track)) {
          at(['competencies', ci, 'levels', li, 'track'], 'no-role-at-band', `the family has no ${l.track} role at band ${l.band}`, l.track);
        }
        l.source.forEach((ref, si) => {
          if (!fw) return;
          if (ref.startsWith('seed:') && !fw.sources.seeds.some((s) => s.id === ref.slice(5))) at(['competencies', ci, 'levels', li, 'source', si], 'unknown-source', `seed "${ref}" is not listed in sources.yaml`, ref);
          if (ref.startsWith('decision:') && !fw.sources.decisions.some((d) => d.id === ref.slice(9))) at(['competencies', ci, 'levels', li, 'source', si], 'unknown-source', `decision "${ref}" is not recorded in sources.yaml`, ref);
        });
      });
      for (const band of bands) {
        if (!c.levels.some((l) => l.band === band)) at(['competencies', ci, 'levels'], 'missing-cell', `competency "${c.id}" does not describe band ${band}, which other competencies do`, band);
      }
      c.develop.forEach((f, fi) =>
        f.source.forEach((ref, si) => {
          if (fw && ref.startsWith('decision:') && !fw.sources.decisions.some((d) => d.id === ref.slice(9))) at(['competencies', ci, 'develop', fi, 'source', si], 'unknown-source', `decision "${ref}" is not recorded in sources.yaml`, ref);
          if (fw && ref.startsWith('seed:') && !fw.sources.seeds.some((s) => s.id === ref.slice(5))) at(['competencies', ci, 'develop', fi, 'source', si], 'unknown-source', `seed "${ref}" is not listed in sources.yaml`, ref);
        }),
      );
      return {
        id: c.id,
        name: c.name,
        summary: c.summary,
        develop: c.develop,
        cells: [...c.levels]
          .sort((a, b) => a.band - b.band || (a.track ?? '').localeCompare(b.track ?? ''))
          .map((l) => ({
            band: l.band,
            track: l.track ?? null,
            source: l.source,
            behaviours: l.behaviours.map((text, i) => ({ id: `${c.id}.${l.band}${l.track ? `.${l.track}` : ''}.${i + 1}`, text })),
          })),
      };
    });
    if (fw) {
      const roleBands = [...new Set(familyRoles.map((r) => r.band))].sort((a, b) => a - b);
      for (const band of roleBands) {
        if (!bands.includes(band)) at(['competencies'], 'band-not-covered', `the family has roles at band ${band} (${familyRoles.filter((r) => r.band === band).map((r) => r.id).join(', ')}) but the matrix does not describe it`, band);
      }
      for (const band of bands) {
        if (!roleBands.includes(band)) at(['competencies'], 'band-without-role', `the matrix describes band ${band} (${BAND_NAMES[band]}), where the family has no role`, band);
      }
    }
    matrices.push({ family: data.family, name: data.name ?? `${data.family} competencies`, file: doc.file, bands, competencies });
  }
  if (issues.length) {
    throw new LadderError('invalid-competencies', `The competency matrices are not valid: ${issues.length} problem${issues.length === 1 ? '' : 's'}`, { issues });
  }
  return matrices;
}

export function matrixFor(matrices: CompetencyMatrix[], family: string): CompetencyMatrix {
  const m = matrices.find((x) => x.family === family);
  if (!m) {
    throw new LadderError('no-competency-matrix', `No competency matrix for family "${family}". Matrices exist for: ${matrices.map((x) => x.family).join(', ') || 'none'}`, {
      issues: [{ code: 'no-competency-matrix', message: 'unknown family', field: 'family', value: family }],
    });
  }
  return m;
}

/** Which track a person is assessed on: a role's, one asked for, or both ("any"). */
export type AssessTrack = Track | 'any';

/**
 * The levels a person on a track can show for a competency, low to high. On the IC track the
 * levels stop at the family's highest IC band (when a framework says where that is); where a band
 * has one cell per track, "any" offers both.
 */
export function levelsFor(matrix: CompetencyMatrix, competency: MatrixCompetency, track: AssessTrack, fw?: Framework): MatrixCell[] {
  const icTop = fw ? Math.max(-1, ...fw.roles.filter((r) => r.family === matrix.family && r.track === 'ic').map((r) => r.band)) : Infinity;
  const out: MatrixCell[] = [];
  for (const band of matrix.bands) {
    if (track === 'ic' && icTop >= 0 && band > icTop) continue;
    const cells = competency.cells.filter((c) => c.band === band);
    const shared = cells.find((c) => c.track === null);
    if (shared) out.push(shared);
    else if (track === 'any') out.push(...cells);
    else {
      const own = cells.find((c) => c.track === track);
      if (own) out.push(own);
    }
  }
  return out;
}
