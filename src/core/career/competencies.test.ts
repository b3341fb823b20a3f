import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinFrameworkDir, loadBuiltinFramework } from '../../store/framework-files.js';
import { ladderErrorOf } from '../../../test/errors.js';
import { loadCompetencies, levelsFor, matrixFor } from './competencies.js';

const issuesOf = (fn: () => unknown) => ladderErrorOf(fn).issues;

const fw = loadBuiltinFramework();
const dir = join(builtinFrameworkDir(), 'competencies');
const realFiles = () => readdirSync(dir).filter((n) => n.endsWith('.yaml')).map((n) => ({ file: n, text: readFileSync(join(dir, n), 'utf8') }));

/** A valid matrix for product-owner (bands 1-5) with `n` competencies; `patch` edits the text. */
function poMatrix(n = 5, patch: (s: string) => string = (s) => s): string {
  const comps = Array.from({ length: n }, (_, i) => `  - id: comp-${i + 1}
    name: Competency ${i + 1}
    summary: What competency ${i + 1} is about.
    develop: [{ text: Practise competency ${i + 1}, source: ["seed:000"] }]
    levels:
${[1, 2, 3, 4, 5].map((b) => `      - band: ${b}
        source: ["decision:product-owner-ladder"]
        behaviours: ["Shows behaviour A of competency ${i + 1} at band ${b}", "Shows behaviour B of competency ${i + 1} at band ${b}"]`).join('\n')}`);
  return patch(`family: product-owner\ncompetencies:\n${comps.join('\n')}\n`);
}

describe('the built-in competency matrices', () => {
  const matrices = loadCompetencies(realFiles(), { framework: fw });

  it('cover every product family', () => {
    expect(matrices.map((m) => m.family).sort()).toEqual(fw.families.filter((f) => !f.contrast).map((f) => f.id).sort());
  });

  it('have 5-8 competencies, every band of the family, and 2-3 sourced behaviours per cell', () => {
    for (const m of matrices) {
      expect(m.competencies.length, m.family).toBeGreaterThanOrEqual(5);
      expect(m.competencies.length, m.family).toBeLessThanOrEqual(8);
      const roleBands = [...new Set(fw.roles.filter((r) => r.family === m.family).map((r) => r.band))].sort((a, b) => a - b);
      expect(m.bands, m.family).toEqual(roleBands);
      for (const c of m.competencies) {
        expect(c.develop.length, c.id).toBeGreaterThan(0);
        for (const band of m.bands) expect(c.cells.some((x) => x.band === band), `${c.id} band ${band}`).toBe(true);
        for (const cell of c.cells) {
          expect(cell.behaviours.length).toBeGreaterThanOrEqual(2);
          expect(cell.behaviours.length).toBeLessThanOrEqual(3);
          expect(cell.source.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('give every behaviour a unique, stable id', () => {
    const ids = matrices.flatMap((m) => m.competencies.flatMap((c) => c.cells.flatMap((x) => x.behaviours.map((b) => b.id))));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('customer-insight.2.1');
    expect(ids).toContain('people-leadership.5.management.1');
  });

  it('stop the IC track at the family\'s highest IC band, and offer both cells of a split band to "any"', () => {
    const pm = matrixFor(matrices, 'product-management');
    const people = pm.competencies.find((c) => c.id === 'people-leadership')!;
    expect(levelsFor(pm, people, 'ic', fw).map((l) => l.band)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(levelsFor(pm, people, 'ic', fw).at(-1)!.track).toBe('ic');
    expect(levelsFor(pm, people, 'management', fw).map((l) => l.band)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(levelsFor(pm, people, 'any', fw).filter((l) => l.band === 5).map((l) => l.track)).toEqual(['ic', 'management']);
  });

  it('are written in our own words: no sentence of a seed is copied', () => {
    const seedDir = new URL('../../../../shared/seeds/', import.meta.url);
    let seeds: string;
    try {
      seeds = readdirSync(seedDir).map((f) => readFileSync(new URL(f, seedDir), 'utf8')).join(' ');
    } catch {
      return; // The seeds are not shipped with the package.
    }
    const words = (s: string) => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    const sw = words(seeds);
    const grams = new Set(sw.slice(0, -7).map((_, i) => sw.slice(i, i + 8).join(' ')));
    for (const m of matrices) {
      for (const c of m.competencies) {
        for (const text of [c.summary, ...c.develop.map((f) => f.text), ...c.cells.flatMap((x) => x.behaviours.map((b) => b.text))]) {
          const w = words(text);
          const copied = w.slice(0, -7).map((_, i) => w.slice(i, i + 8).join(' ')).filter((g) => grams.has(g));
          expect(copied, text).toEqual([]);
        }
      }
    }
  });
});

describe('loadCompetencies validation', () => {
  it('accepts a small valid matrix and derives behaviour ids', () => {
    const [m] = loadCompetencies([{ file: 'po.yaml', text: poMatrix() }], { framework: fw });
    expect(m!.bands).toEqual([1, 2, 3, 4, 5]);
    expect(m!.competencies[0]!.cells[0]!.behaviours[1]!.id).toBe('comp-1.1.2');
  });

  it('names the file, line and path of a schema error', () => {
    const text = poMatrix(5, (s) => s.replace('"Shows behaviour B of competency 2 at band 3"', '"Shows behaviour B", "Shows behaviour C", "Shows behaviour D"'));
    const issues = issuesOf(() => loadCompetencies([{ file: 'po.yaml', text }]));
    const tooMany = issues.find((i) => i.path === 'competencies.1.levels.2.behaviours')!;
    expect(tooMany).toMatchObject({ file: 'po.yaml', field: 'behaviours', message: expect.stringMatching(/2-3 observable behaviours/) });
    expect(tooMany.line).toBe(text.split('\n').findIndex((l) => l.includes('"Shows behaviour D"')) + 1);
    const short = issuesOf(() => loadCompetencies([{ file: 'po.yaml', text: poMatrix(5, (s) => s.replace('"Shows behaviour A of competency 1 at band 1"', '"Nice"')) }]));
    expect(short[0]).toMatchObject({ path: 'competencies.0.levels.0.behaviours.0', message: expect.stringMatching(/observe/) });
  });

  it('wants 5-8 competencies', () => {
    expect(issuesOf(() => loadCompetencies([{ file: 'po.yaml', text: poMatrix(4) }]))[0]!.message).toMatch(/5-8 competencies/);
  });

  it('reports a YAML syntax error with its line', () => {
    const issues = issuesOf(() => loadCompetencies([{ file: 'bad.yaml', text: 'family: product-owner\ncompetencies: [\n' }]));
    expect(issues[0]).toMatchObject({ file: 'bad.yaml', code: 'syntax' });
  });

  it('checks cells, ids, sources and bands against the framework', () => {
    const text = poMatrix(5, (s) =>
      s
        .replace('id: comp-2', 'id: comp-1')
        .replace(/(id: comp-3[\s\S]*?)      - band: 4\n.*\n.*\n/, '$1')
        .replace('decision:product-owner-ladder', 'decision:not-recorded')
        .replace(/(id: comp-5[\s\S]*?)band: 5/, '$1band: 6'),
    );
    const issues = issuesOf(() => loadCompetencies([{ file: 'po.yaml', text }], { framework: fw }));
    const codes = issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['duplicate-id', 'missing-cell', 'unknown-source', 'band-without-role']));
    const unknown = issues.find((i) => i.code === 'unknown-source')!;
    expect(unknown).toMatchObject({ file: 'po.yaml', value: 'decision:not-recorded' });
    expect(unknown.line).toBeGreaterThan(1);
  });

  it('rejects a track cell where the family has no role of that track, and mixed cells', () => {
    const text = poMatrix(5, (s) => s.replace(/(id: comp-1[\s\S]*?- band: 2\n)/, '$1        track: management\n').replace(/(id: comp-2[\s\S]*?)(      - band: 5\n)/, '$1      - band: 5\n        track: management\n        source: ["seed:000"]\n        behaviours: ["Leads the product owners of one product", "Develops the product owners"]\n$2'));
    const codes = issuesOf(() => loadCompetencies([{ file: 'po.yaml', text }], { framework: fw })).map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['no-role-at-band', 'mixed-cell']));
  });

  it('says when a band of the family is not described', () => {
    const text = poMatrix(5, (s) => s.replace(/      - band: 5\n.*\n.*\n/g, ''));
    const issue = issuesOf(() => loadCompetencies([{ file: 'po.yaml', text }], { framework: fw })).find((i) => i.code === 'band-not-covered')!;
    expect(issue.message).toMatch(/roles at band 5 \(chief-product-owner\)/);
  });

  it('rejects two matrices for one family', () => {
    const codes = issuesOf(() => loadCompetencies([{ file: 'a.yaml', text: poMatrix() }, { file: 'b.yaml', text: poMatrix() }])).map((i) => i.code);
    expect(codes).toContain('duplicate-family');
  });

  it('says which matrices exist when one is missing', () => {
    const matrices = loadCompetencies([{ file: 'po.yaml', text: poMatrix() }]);
    expect(() => matrixFor(matrices, 'product-marketing')).toThrow(/Matrices exist for: product-owner/);
  });
});
