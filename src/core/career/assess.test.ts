import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinFrameworkDir, loadBuiltinFramework } from '../../store/framework-files.js';
import { ladderErrorOf } from '../../../test/errors.js';
import { parseLocated } from '../framework/yaml-document.js';
import { assess, toRecord, type AssessInput } from './assess.js';
import { AssessmentRecord } from './assessment-record.js';
import { loadCompetencies, matrixFor } from './competencies.js';
import { progress } from './history.js';
import { assessmentQuestions, parseChoice } from './questions.js';
import { renderAssessment, renderProgress } from './render-assessment.js';

const issuesOf = (fn: () => unknown) => ladderErrorOf(fn).issues;

const fw = loadBuiltinFramework();
const dir = join(builtinFrameworkDir(), 'competencies');
const matrices = loadCompetencies(readdirSync(dir).map((n) => ({ file: n, text: readFileSync(join(dir, n), 'utf8') })), { framework: fw });
const po = matrixFor(matrices, 'product-owner');
const pm = matrixFor(matrices, 'product-management');
const ids = (m: typeof po) => m.competencies.map((c) => c.id);
const all = (m: typeof po, band: number | 'none') => Object.fromEntries(ids(m).map((id) => [id, band]));
const input = (extra: Partial<AssessInput>): AssessInput => ({ person: 'Ada', date: '2025-01-15', answers: {}, ...extra });

describe('assess: the level the evidence supports', () => {
  it('is the highest band that two thirds of the competencies reach, with the reason', () => {
    const [a, b, c, d, e, f] = ids(po);
    const r = assess(fw, matrices, input({ family: 'product-owner', answers: { [a!]: 3, [b!]: 3, [c!]: 3, [d!]: 3, [e!]: 2, [f!]: 1 } }));
    expect(r.supported.band).toBe(3);
    expect(r.supported.perBand.find((x) => x.band === 3)).toMatchObject({ atOrAbove: 4, of: 6, supported: true });
    expect(r.supported.perBand.find((x) => x.band === 4)).toMatchObject({ atOrAbove: 0, supported: false });
    expect(r.supported.explanation).toMatch(/Band 3 \(Senior\) is the highest band that at least 4 of 6 competencies reach/);
    expect(r.supported.roles.map((x) => x.id)).toEqual(['senior-product-owner']);
  });

  it('reads behaviour ids with the two-thirds rule per cell', () => {
    const [a] = ids(po);
    const cell3 = po.competencies[0]!.cells.find((x) => x.band === 3)!.behaviours.map((b) => b.id);
    const cell2 = po.competencies[0]!.cells.find((x) => x.band === 2)!.behaviours.map((b) => b.id);
    const r = assess(fw, matrices, input({ role: 'product-owner', answers: { ...all(po, 2), [a!]: [...cell2, cell3[0]!] } }));
    const c = r.competencies.find((x) => x.id === a)!;
    expect(c).toMatchObject({ level: 2, evidence: 'behaviours' });
    expect(c.shown).toHaveLength(cell2.length + 1);
    const r2 = assess(fw, matrices, input({ role: 'product-owner', answers: { ...all(po, 2), [a!]: cell3 } }));
    expect(r2.competencies.find((x) => x.id === a)!.level).toBe(3);
  });

  it('supports no level when too few competencies reach the lowest band', () => {
    const r = assess(fw, matrices, input({ family: 'product-owner', answers: all(po, 'none') }));
    expect(r.supported.band).toBeNull();
    expect(r.supported.explanation).toMatch(/does not yet support a level/);
    expect(r.next!.role.id).toBe('junior-product-owner');
  });
});

describe('assess: readiness and gaps', () => {
  it('measures readiness for the promotion from the current role as the share of its behaviours shown', () => {
    const [a, b] = ids(po);
    const r = assess(fw, matrices, input({ role: 'Product Owner', answers: { ...all(po, 2), [a!]: 3, [b!]: 3 } }));
    expect(r.role!.id).toBe('product-owner');
    expect(r.track).toBe('ic');
    expect(r.next!.role.id).toBe('senior-product-owner');
    const total = po.competencies.reduce((s, c) => s + c.cells.find((x) => x.band === 3)!.behaviours.length, 0);
    const met = po.competencies.slice(0, 2).reduce((s, c) => s + c.cells.find((x) => x.band === 3)!.behaviours.length, 0);
    expect(r.next!.readiness).toEqual({ met, total, share: Math.round((met / total) * 100) / 100 });
    expect(r.next!.criteria.length).toBeGreaterThan(0);
    expect(r.current).toMatchObject({ comparison: 'at' });
  });

  it('lists every gap with the behaviours not yet shown and concrete suggestions, largest first', () => {
    const [a, b] = ids(po);
    const r = assess(fw, matrices, input({ role: 'product-owner', answers: { ...all(po, 2), [a!]: 3, [b!]: 1 } }));
    expect(r.gaps.map((g) => g.competency)).not.toContain(a);
    expect(r.gaps[0]).toMatchObject({ competency: b, level: 1, target: 3 });
    expect(r.gaps[0]!.missing.length).toBeGreaterThan(0);
    expect(r.gaps[0]!.suggestions[0]!.source.length).toBeGreaterThan(0);
  });

  it('says when the evidence is above or below the current role', () => {
    expect(assess(fw, matrices, input({ role: 'product-owner', answers: all(po, 4) })).current!.comparison).toBe('above');
    expect(assess(fw, matrices, input({ role: 'senior-product-owner', answers: all(po, 1) })).current!.comparison).toBe('below');
  });

  it('has no next role at the top of the ladder', () => {
    const r = assess(fw, matrices, input({ role: 'chief-product-owner', answers: all(po, 5) }));
    expect(r.next).toBeNull();
    expect(r.gaps).toEqual([]);
    expect(r.nextNote).toMatch(/top of its ladder/);
  });

  it('offers the promotion past principal on the IC track', () => {
    const r = assess(fw, matrices, input({ role: 'principal-product-manager', answers: all(pm, 5) }));
    expect(r.next).toMatchObject({ role: { id: 'distinguished-product-manager', track: 'ic' }, kind: 'promotion' });
    const staff = assess(fw, matrices, input({ role: 'staff-product-manager', answers: all(pm, 4) }));
    expect(staff.next).toMatchObject({ role: { id: 'principal-product-manager', track: 'ic' }, kind: 'promotion' });
  });

  it('assesses on both tracks when the next step changes track, so its band can be answered', () => {
    const pmm = matrixFor(matrices, 'product-marketing');
    const r = assess(fw, matrices, input({ role: 'lead-product-marketing-manager', answers: all(pmm, 6) }));
    expect(r.track).toBe('any');
    expect(r.next).toMatchObject({ role: { id: 'director-of-product-marketing' }, readiness: { share: 1 } });
    expect(assess(fw, matrices, input({ role: 'product-marketing-manager', answers: all(pmm, 2) })).track).toBe('ic');
  });

  it('measures an IC promotion against the IC cells of a split band', () => {
    const r = assess(fw, matrices, input({ role: 'lead-product-manager', answers: all(pm, 4) }));
    expect(r.next!.role.id).toBe('principal-product-manager');
    expect(r.gaps.find((g) => g.competency === 'people-leadership')!.missing[0]!.id).toBe('people-leadership.5.ic.1');
  });
});

describe('assess: bad answers', () => {
  it('names the file, line and field of each problem', () => {
    const text = `person: Ada
family: product-owner
answers:
  backlog-ownership: 9
  customer-voice: [customer-voice.2.1, backlog-ownership.2.1, nope.1.1]
  agile-delivery: 2
  product-alignment: 2
  stakeholder-communication: 2
  no-such-thing: 2
`;
    const doc = parseLocated('ada.yaml', text);
    const data = doc.data as { answers: Record<string, never> };
    const issues = issuesOf(() => assess(fw, matrices, input({ family: 'product-owner', answers: data.answers, origin: doc })));
    const line = (s: string) => text.split('\n').findIndex((l) => l.includes(s)) + 1;
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'unknown-competency', file: 'ada.yaml', line: line('no-such-thing'), field: 'no-such-thing' }),
        expect.objectContaining({ code: 'invalid-band', file: 'ada.yaml', line: line('backlog-ownership: 9'), value: 9, message: expect.stringMatching(/choose one of 1, 2, 3, 4, 5/) }),
        expect.objectContaining({ code: 'unknown-behaviour', value: 'backlog-ownership.2.1', message: expect.stringMatching(/belongs to "backlog-ownership"/), line: line('customer-voice:') }),
        expect.objectContaining({ code: 'unknown-behaviour', value: 'nope.1.1' }),
        expect.objectContaining({ code: 'missing-answer', field: 'coaching-coordination' }),
      ]),
    );
  });

  it('rejects a role from another family and a missing family', () => {
    expect(() => assess(fw, matrices, input({ family: 'product-owner', role: 'product-manager', answers: all(po, 2) }))).toThrow(/product-management, not product-owner/);
    expect(() => assess(fw, matrices, input({ answers: {} }))).toThrow(/Say which family/);
  });

  it('rejects a band above the IC track for an IC role', () => {
    const issues = issuesOf(() => assess(fw, matrices, input({ role: 'product-manager', answers: all(pm, 8) })));
    expect(issues[0]!.message).toMatch(/not a level of ".*" on the ic track/);
  });
});

describe('assess: progress over time', () => {
  it('compares each competency with the first and the previous assessment', () => {
    const [a] = ids(po);
    const first = assess(fw, matrices, input({ id: 'one', role: 'product-owner', date: '2024-01-01', answers: all(po, 2) }));
    const second = assess(fw, matrices, input({ id: 'two', role: 'product-owner', date: '2024-06-01', answers: { ...all(po, 2), [a!]: 3 } }));
    const history = [toRecord(second, { answers: {} }), toRecord(first, { answers: all(po, 2) })];
    const third = assess(fw, matrices, input({ id: 'three', person: ' ada ', role: 'product-owner', date: '2025-01-01', answers: all(po, 3) }), { history });
    const p = third.progress!;
    expect(p.entries.map((e) => e.id)).toEqual(['one', 'two', 'three']);
    const c = p.competencies.find((x) => x.id === a)!;
    expect(c).toMatchObject({ series: [2, 3, 3], first: 2, previous: 3, now: 3, sinceFirst: 1, sincePrevious: 0 });
    expect(p.entries.map((e) => e.supportedBand)).toEqual([2, 2, 3]);
  });

  it('shows the history alone, without a new assessment', () => {
    const one = toRecord(assess(fw, matrices, input({ id: 'one', family: 'product-owner', answers: all(po, 1) })), { answers: all(po, 1) });
    const other = { ...one, id: 'x', person: 'Someone Else' };
    const p = progress([one, other], undefined, po, 'ADA', 'product-owner')!;
    expect(p.entries.map((e) => e.id)).toEqual(['one']);
    expect(progress([other], undefined, po, 'Ada', 'product-owner')).toBeNull();
    expect(renderProgress(p)).toMatch(/\| Backlog ownership and prioritisation \| 1 \|/);
  });

  it('keeps records that pass the store schema', () => {
    const r = assess(fw, matrices, input({ family: 'product-owner', answers: all(po, 2), notes: { [ids(po)[0]!]: 'ran refinement' } }));
    expect(AssessmentRecord.parse(toRecord(r, { answers: all(po, 2), notes: { x: 'y' } }))).toMatchObject({ family: 'product-owner', supportedBand: 2, role: null });
  });
});

describe('reports', () => {
  const report = assess(fw, matrices, input({ person: 'Ada <script>alert(1)</script>', role: 'product-owner', answers: { ...all(po, 2), [ids(po)[0]!]: 1 }, notes: { [ids(po)[1]!]: 'Led <b>user</b> interviews' } }));

  it('renders Markdown with the level, readiness and gaps', () => {
    const md = renderAssessment(report, 'md');
    for (const h of ['## The level the evidence supports', '## Competencies', '## Readiness for Senior Product Owner', '## Gaps and how to close them', 'Suggestions:']) expect(md).toContain(h);
    expect(md).toMatch(/\*\*\d+%\*\* of its criteria met/);
  });

  it('renders self-contained, escaped HTML', () => {
    const html = renderAssessment(report, 'html');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|src=|href=|@import|url\(/i);
    expect(html).toContain('Ada &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Led &lt;b&gt;user&lt;/b&gt; interviews');
    expect(html).toContain('Readiness for Senior Product Owner');
  });

  it('renders JSON that parses back to the report', () => {
    expect(JSON.parse(renderAssessment(report, 'json'))).toEqual(JSON.parse(JSON.stringify(report)));
  });
});

describe('interactive questions', () => {
  it('offers "none" and one numbered choice per level of the track', () => {
    const qs = assessmentQuestions(pm, 'ic', fw);
    expect(qs).toHaveLength(pm.competencies.length);
    expect(qs[0]!.choices.map((c) => c.band)).toEqual(['none', 0, 1, 2, 3, 4, 5, 6]);
    expect(parseChoice(qs[0]!, ' 3 ')!.band).toBe(2);
    expect(parseChoice(qs[0]!, '8')).toBeUndefined();
    expect(parseChoice(qs[0]!, 'two')).toBeUndefined();
    const people = assessmentQuestions(pm, 'any', fw).find((q) => q.competency === 'people-leadership')!;
    expect(people.choices.filter((c) => c.band === 5).map((c) => c.label)).toEqual(['Band 5 (Principal / Group), individual contributor track', 'Band 5 (Principal / Group), management track']);
  });
});
