import { describe, expect, it } from 'vitest';
import { ladderErrorOf } from '../../../test/errors.js';
import { assembleFramework, type TextFile } from './assemble.js';

const sources = `seeds:
  - { id: "000", file: 000_a.txt, title: An article }
decisions:
  - { id: our-call, topic: a gap, seedsSay: nothing, decided: we chose, reason: because }
`;
const role = (id: string, band: number, extra = '') => `
  - id: ${id}
    title: Role ${id}
    family: product-management
    band: ${band}
    track: ic
    summary: { text: does things, source: ["seed:000"] }
    responsibilities: [{ text: owns a thing, source: ["seed:000"] }]
    skills: [{ text: knows a thing, source: ["decision:our-call"] }]${extra}`;
const family = (roles: string, relations = '') => `family:
  id: product-management
  name: Product Management
  summary: { text: the family, source: ["seed:000"] }
roles:${roles}
${relations}`;
const promo = (from: string, to: string) => `  - { kind: promotion, from: ${from}, to: ${to}, criteria: [{ text: shows it, source: ["seed:000"] }], source: ["seed:000"] }\n`;

const errorOf = (files: TextFile[]) => ladderErrorOf(() => assembleFramework(files));

describe('assembleFramework', () => {
  it('builds a framework from sources and family files', () => {
    const fw = assembleFramework([
      { file: 'sources.yaml', text: sources },
      { file: 'pm.yaml', text: family(role('a', 1) + role('b', 2), `relations:\n${promo('a', 'b')}`) },
    ]);
    expect(fw.roles.map((r) => r.id)).toEqual(['a', 'b']);
    expect(fw.roles[0]!.titleSettlesTrack).toBe(true);
    expect(fw.relations).toHaveLength(1);
  });

  it('names the file, line, path and value of a schema error', () => {
    const text = family(role('a', 1).replace('band: 1', 'band: eleven'));
    const e = errorOf([{ file: 'sources.yaml', text: sources }, { file: 'pm.yaml', text }]);
    const issue = e.issues.find((i) => i.path === 'roles.0.band');
    expect(issue).toMatchObject({ file: 'pm.yaml', field: 'band', value: 'eleven' });
    expect(issue!.line).toBe(text.split('\n').findIndex((l) => l.includes('band: eleven')) + 1);
  });

  it('reports a YAML syntax error with its line', () => {
    const e = errorOf([{ file: 'sources.yaml', text: sources }, { file: 'bad.yaml', text: 'roles:\n  - id: a\n   title: [unclosed\n' }]);
    expect(e.issues[0]).toMatchObject({ file: 'bad.yaml', code: 'syntax' });
    expect(e.issues[0]!.line).toBeGreaterThan(1);
  });

  it('rejects dangling relation ids, unknown sources and duplicate ids', () => {
    const text = family(role('a', 1) + role('a', 2).replace('seed:000"] }\n    responsibilities', 'seed:009"] }\n    responsibilities'), `relations:\n${promo('a', 'ghost')}`);
    const codes = errorOf([{ file: 'sources.yaml', text: sources }, { file: 'pm.yaml', text }]).issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['duplicate-id', 'unknown-role', 'unknown-source']));
  });

  it('rejects a move whose kind contradicts its ends, and promotions round in a cycle', () => {
    const text = family(role('a', 1) + role('b', 2), `relations:\n${promo('a', 'b')}${promo('b', 'a')}`);
    const e = errorOf([{ file: 'sources.yaml', text: sources }, { file: 'pm.yaml', text }]);
    expect(e.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['kind-contradicts-ends', 'promotion-cycle']));
    expect(e.issues.find((i) => i.code === 'kind-contradicts-ends')!.message).toMatch(/is a step-down, not a promotion/);
    expect(e.issues.find((i) => i.code === 'promotion-cycle')!.message).toMatch(/a -> b -> a|b -> a -> b/);
  });

  it('rejects an unknown reporting line and a fact without a source', () => {
    const text = family(role('a', 1, '\n    reportsTo: [{ role: nobody, source: ["seed:000"] }]\n    levelUp: [{ text: no source here, source: [] }]'));
    const e = errorOf([{ file: 'sources.yaml', text: sources }, { file: 'pm.yaml', text }]);
    expect(e.issues.map((i) => i.path)).toContain('roles.0.levelUp.0.source');
  });

  it('needs a sources file', () => {
    expect(errorOf([{ file: 'pm.yaml', text: family(role('a', 1)) }]).code).toBe('invalid-framework');
  });
});
