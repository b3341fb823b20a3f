import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/api.js';
import { assess, trackForAssessment, type AssessInput } from '../core/career/assess.js';
import type { AnswerValue } from '../core/career/assessment-record.js';
import { matrixFor } from '../core/career/competencies.js';
import { assessmentQuestions } from '../core/career/questions.js';
import { loadBuiltinFramework, readCompetencies } from '../store/framework-files.js';

/**
 * The public self-assessment API against the built-in framework and competency matrices: it must
 * answer exactly what the core's assess() (and so `ladder assess`) gives for the same answers.
 */
const fw = loadBuiltinFramework();
const matrices = readCompetencies();
const pm = matrixFor(matrices, 'product-management');
const ids = pm.competencies.map((c) => c.id);
const behaviours = (competency: string, band: number) => pm.competencies.find((c) => c.id === competency)!.cells.find((c) => c.band === band && c.track !== 'management')!.behaviours.map((b) => b.id);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ framework: fw, competencies: () => matrices });
});
afterAll(() => t.close());

const post = (payload: unknown, url = '/api/v1/assess') => t.app.inject({ method: 'POST', url, payload: payload as Record<string, unknown> });
const get = (url: string) => t.app.inject({ method: 'GET', url });
const core = (body: Omit<AssessInput, 'date'> & { date: string }) => JSON.parse(JSON.stringify(assess(fw, matrices, body))) as ReturnType<typeof assess>;

const cases: [string, { role?: string; family?: 'product-management'; track?: 'ic' | 'management'; answers: Record<string, AnswerValue> }][] = [
  // Four of six at band 4 and two at band 2: the evidence supports band 4 (two thirds reach it), not the minimum, 2.
  ['two thirds at a band, the rest below', { role: 'senior-product-manager', answers: Object.fromEntries(ids.map((id, i) => [id, i < 4 ? 4 : 2])) }],
  ['alternating bands 3 and 4', { role: 'senior-product-manager', answers: Object.fromEntries(ids.map((id, i) => [id, i % 2 ? 4 : 3])) }],
  ['"none" and high bands', { role: 'product-manager', answers: Object.fromEntries(ids.map((id, i) => [id, i === 0 ? 'none' : 3])) }],
  ['behaviour ids, two thirds of a cell', { role: 'product-manager', answers: Object.fromEntries(ids.map((id) => [id, [...behaviours(id, 2), ...behaviours(id, 3).slice(0, 2)]])) }],
  ['no role, a family and a track', { family: 'product-management', track: 'management', answers: Object.fromEntries(ids.map((id) => [id, 5])) }],
  ['a role whose next step is on the other track', { role: 'principal-product-manager', answers: Object.fromEntries(ids.map((id) => [id, 5])) }],
];

describe('POST /api/v1/assess', () => {
  it.each(cases)('gives what assess() gives: %s', async (_name, answers) => {
    const body = { person: 'Ada Lovelace', date: '2026-03-01', ...answers };
    const res = await post(body);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    const expected = core(body);
    expect(report.supported.band).toBe(expected.supported.band);
    expect(report.next?.readiness).toEqual(expected.next?.readiness);
    expect(report.competencies.map((c: { level: number | null }) => c.level)).toEqual(expected.competencies.map((c) => c.level));
    // The whole report: nothing lost to the response schema.
    expect(report).toEqual(expected);
  });

  it('supports the band two thirds reach, where the lowest level would say less', async () => {
    const res = await post({ person: 'Ada', role: 'senior-product-manager', answers: Object.fromEntries(ids.map((id, i) => [id, i < 4 ? 4 : 2])) });
    expect(res.json().supported).toMatchObject({ band: 4, bandName: 'Lead / Staff' });
    expect(res.json().current.comparison).toBe('above');
    expect(res.json().next.role.id).toBe('lead-product-manager');
  });

  it('needs no token and stores nothing; dates the report today when the answers give no date', async () => {
    const before = await t.store.assessments.list(t.workspace.id);
    const res = await post({ person: 'Ada', role: 'product-manager', answers: Object.fromEntries(ids.map((id) => [id, 2])) });
    expect(res.statusCode).toBe(200);
    expect(res.json().date.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    expect(await t.store.assessments.list(t.workspace.id)).toEqual(before);
  });

  it('evaluates as saving to the workspace does', async () => {
    const body = { person: 'Grace Hopper', role: 'senior-product-manager', answers: Object.fromEntries(ids.map((id, i) => [id, i < 4 ? 4 : 2])) };
    const report = (await post(body)).json();
    const saved = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/assessments', headers: t.auth(), payload: body });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ supportedBand: report.supported.band, readiness: report.next.readiness.share, nextRole: report.next.role.id, levels: Object.fromEntries(report.competencies.map((c: { id: string; level: number | null }) => [c.id, c.level])) });
  });

  it('answers bad answers with a 400 naming the field', async () => {
    const some = Object.fromEntries(ids.map((id) => [id, 3]));
    const expectError = async (payload: unknown, code: string, field: string, url?: string) => {
      const res = await post(payload, url);
      expect(res.statusCode, res.body).toBe(400);
      const { error } = res.json();
      expect(error).toMatchObject({ code, field });
      expect(error.message).toEqual(expect.any(String));
      return error as { issues?: { code: string; path?: string }[] };
    };
    // What the core finds: answers that do not fit the matrix.
    const band = await expectError({ person: 'Ada', role: 'senior-product-manager', answers: { ...some, [ids[1]!]: 9 } }, 'invalid-answers', `answers.${ids[1]}`);
    expect(band.issues).toEqual([expect.objectContaining({ code: 'invalid-band' })]);
    const missing = await expectError({ person: 'Ada', role: 'senior-product-manager', answers: { ...some, [ids[2]!]: undefined } }, 'invalid-answers', `answers.${ids[2]}`);
    expect(missing.issues![0]!.code).toBe('missing-answer');
    await expectError({ person: 'Ada', role: 'senior-product-manager', answers: { ...some, 'juggling': 3 } }, 'invalid-answers', 'answers.juggling');
    const behaviour = await expectError({ person: 'Ada', role: 'senior-product-manager', answers: { ...some, [ids[0]!]: [`${ids[1]}.3.1`] } }, 'invalid-answers', `answers.${ids[0]}`);
    expect(behaviour.issues![0]).toMatchObject({ code: 'unknown-behaviour', path: `answers.${ids[0]}.0` });
    await expectError({ person: 'Ada', role: 'nobody-at-all', answers: some }, 'role-not-found', 'role');
    await expectError({ person: 'Ada', answers: some }, 'missing-family', 'family');
    await expectError({ person: 'Ada', family: 'product-owner', role: 'senior-product-manager', answers: some }, 'family-mismatch', 'role');
    await expectError({ person: 'Ada', family: 'product-operations', answers: some }, 'invalid-answers', `answers.${ids[0]}`);
    // What the schema finds: the answers file's shape.
    await expectError({ person: 'Ada', role: 'senior-product-manager', answers: { ...some, [ids[0]!]: 'lots' } }, 'invalid-request', `answers.${ids[0]}`);
    await expectError({ role: 'senior-product-manager', answers: some }, 'invalid-request', 'person');
    await expectError({ person: 'Ada', role: 'senior-product-manager', answers: some, salary: 1 }, 'invalid-request', 'body');
    // Saving the same answers fails the same way.
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/workspace/assessments', headers: t.auth(), payload: { person: 'Ada', role: 'senior-product-manager', answers: { ...some, [ids[1]!]: 9 } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'invalid-answers', field: `answers.${ids[1]}` });
  });

  it('says so when the server has no competency matrices', async () => {
    const bare = await createTestApp();
    try {
      const res = await bare.app.inject({ method: 'POST', url: '/api/v1/assess', payload: { person: 'Ada', role: 'pm', answers: {} } });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('no-competency-matrix');
    } finally {
      await bare.close();
    }
  });
});

describe('GET /api/v1/competencies/:family/questions', () => {
  it("gives the questions `ladder assess` asks, on the role's track, with the next role", async () => {
    for (const role of ['senior-product-manager', 'principal-product-manager', 'group-product-manager']) {
      const res = await get(`/api/v1/competencies/product-management/questions?role=${role}`);
      expect(res.statusCode, res.body).toBe(200);
      const r = fw.roles.find((x) => x.id === role)!;
      const track = trackForAssessment(fw, r);
      expect(res.json()).toMatchObject({ family: 'product-management', track, role: { id: role, band: r.band } });
      expect(res.json().questions).toEqual(assessmentQuestions(pm, track, fw));
    }
    const senior = (await get('/api/v1/competencies/product-management/questions?role=Senior%20PM')).json();
    expect(senior.next).toMatchObject({ id: 'lead-product-manager', band: 4 });
    // The next role is the one the assessment measures readiness against.
    const report = (await post({ person: 'Ada', role: 'senior-product-manager', answers: Object.fromEntries(ids.map((id) => [id, 3])) })).json();
    expect(report.next.role).toEqual(senior.next);
  });

  it('takes a track, or both without a role', async () => {
    expect((await get('/api/v1/competencies/product-management/questions?track=management')).json().questions).toEqual(assessmentQuestions(pm, 'management', fw));
    const any = (await get('/api/v1/competencies/product-management/questions')).json();
    expect(any).toMatchObject({ track: 'any', role: null, next: null });
    expect(any.questions).toEqual(assessmentQuestions(pm, 'any', fw));
  });

  it('refuses a role from another family, an unknown role or family, and a bad track', async () => {
    const other = await get('/api/v1/competencies/product-owner/questions?role=senior-product-manager');
    expect(other.statusCode).toBe(400);
    expect(other.json().error).toMatchObject({ code: 'family-mismatch', field: 'role' });
    expect((await get('/api/v1/competencies/product-management/questions?role=nobody-at-all')).statusCode).toBe(404);
    const family = await get('/api/v1/competencies/project-management/questions');
    expect(family.statusCode).toBe(404);
    expect(family.json().error).toMatchObject({ code: 'no-competency-matrix', field: 'family' });
    const track = await get('/api/v1/competencies/product-management/questions?track=both');
    expect(track.statusCode).toBe(400);
    expect(track.json().error.field).toBe('track');
  });
});

describe('OpenAPI', () => {
  it('documents the assessment endpoints with their schemas', async () => {
    const doc = (await get('/api/openapi.json')).json();
    const op = doc.paths['/api/v1/assess'].post;
    expect(op.security).toBeUndefined();
    expect(op.requestBody.content['application/json'].schema.properties.answers).toBeDefined();
    expect(JSON.stringify(op.responses['200'])).toContain('#/components/schemas/AssessmentReport');
    expect(doc.components.schemas.AssessmentReport.properties.supported).toBeDefined();
    const q = doc.paths['/api/v1/competencies/{family}/questions'].get;
    expect(JSON.stringify(q.responses['200'])).toContain('#/components/schemas/AssessmentQuestions');
    expect(doc.components.schemas.AssessmentQuestion).toBeDefined();
  });
});
