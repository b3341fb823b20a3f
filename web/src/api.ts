/**
 * The HTTP client. The web app talks to the server only through /api/v1; it imports types
 * (never code) from src/core. Shapes the core does not export are declared here from the API
 * contract, and read tolerantly where the contract leaves details open.
 */
import type { AssessmentReport } from '../../src/core/career/assess.js';
import type { AnswersFile, AnswerValue, AssessmentRecord } from '../../src/core/career/assessment-record.js';
import type { AssessTrack } from '../../src/core/career/competencies.js';
import type { RoleDiff } from '../../src/core/career/diff.js';
import type { RoleRef } from '../../src/core/career/graph.js';
import type { PathResult } from '../../src/core/career/paths.js';
import type { Question } from '../../src/core/career/questions.js';
import type { OrgDesign } from '../../src/core/org/design.js';
import type { ContextReading } from '../../src/core/org/titles.js';
import type { Comparison } from '../../src/core/framework/compare.js';
import type { PayFigureView } from '../../src/core/framework/pay.js';
import type { SearchSuggestion } from '../../src/core/framework/search.js';
import type { Fact, PayRange } from '../../src/core/framework/schema.js';
import type { RoleView } from '../../src/core/framework/view.js';
import { getToken } from './auth.js';
import { registerSources } from './sources.js';

export type { SearchSuggestion };

export type { ContextReading };
export type { AnswersFile, AnswerValue, AssessmentRecord, AssessmentReport, Comparison, Fact, OrgDesign, PathResult, PayFigureView, PayRange, Question, RoleDiff, RoleRef, RoleView };

export const API = '/api/v1';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiIssue {
  code: string;
  message: string;
  field?: string;
  value?: unknown;
}

export interface RequestOptions {
  method?: string;
  /** A JSON body; objects are serialised. */
  json?: unknown;
  /** A raw body (text, FormData, Blob) with its content type, if any. */
  body?: BodyInit;
  contentType?: string;
  /** Send the stored workspace token. */
  auth?: boolean;
  /** Send this token instead of the stored one (checking a token before keeping it). */
  token?: string;
  signal?: AbortSignal;
  /** Return the body as text instead of JSON. */
  text?: boolean;
}

export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: opts.text ? 'text/csv, text/plain, */*' : 'application/json' };
  let body: BodyInit | undefined = opts.body;
  if (opts.json !== undefined) {
    body = JSON.stringify(opts.json);
    headers['content-type'] = 'application/json';
  } else if (opts.contentType) headers['content-type'] = opts.contentType;
  if (opts.auth || opts.token) {
    const token = opts.token ?? getToken();
    if (token) headers.authorization = `Bearer ${token}`;
  }
  let res: Response;
  try {
    res = await fetch(API + path, { method: opts.method ?? (body === undefined ? 'GET' : 'POST'), headers, body, signal: opts.signal ?? null });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network', 'The server could not be reached. Check your connection and try again in a moment.');
  }
  if (!res.ok) {
    let code = `http-${res.status}`;
    let message = res.statusText || `The server answered ${res.status}`;
    let field: string | undefined;
    let issues: ApiIssue[] = [];
    try {
      const data = (await res.json()) as { error?: { code?: string; message?: string; field?: string; issues?: ApiIssue[] } };
      if (data.error) {
        code = data.error.code ?? code;
        message = data.error.message ?? message;
        field = data.error.field;
        issues = data.error.issues ?? [];
      }
    } catch {
      /* not JSON: keep the status text */
    }
    if (res.status === 404 && code === `http-404`) message = 'Not found';
    throw new ApiError(res.status, code, message, field, issues);
  }
  if (opts.text) return (await res.text()) as T;
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

// ---- Public framework ------------------------------------------------------------------

export interface FamilySummary {
  id: string;
  name: string;
  contrast?: boolean;
  summary?: string | Fact;
  roles?: number;
}
export interface RoleSummary {
  id: string;
  title: string;
  family: string;
  level: number;
  track: 'ic' | 'management';
}
export interface Ladder {
  family: string;
  name: string;
  rungs: { band: number; name: string; ic: { id: string; title: string }[]; management: { id: string; title: string }[] }[];
}
export type Paths = PathResult;
export interface NormalizeResult {
  title?: string;
  family: string | null;
  roleId: string | null;
  canonicalTitle: string | null;
  level: number | number[] | null;
  track: string | null;
  specialties?: string[];
  area?: string | null;
  confidence: number;
  alternatives?: { roleId?: string | null; title?: string; canonicalTitle?: string; family?: string | null; level?: number | null; confidence?: number; reason?: string }[];
  adjacent?: string | null;
  explanation?: unknown;
}
export interface JobStatus {
  id?: string;
  status: string;
  processed: number;
  total: number;
  errors?: unknown[] | number;
}

const cache = new Map<string, Promise<unknown>>();
/** GETs that never change while the page is open (the framework) are fetched once. */
export function cached<T>(path: string): Promise<T> {
  let p = cache.get(path) as Promise<T> | undefined;
  if (!p) {
    p = request<T>(path);
    cache.set(path, p);
    p.catch(() => cache.delete(path));
  }
  return p;
}

export async function getFamilies(): Promise<FamilySummary[]> {
  const data = await cached<FamilySummary[] | { families: FamilySummary[] }>('/families');
  return Array.isArray(data) ? data : data.families;
}
export async function getRoles(params: { family?: string; contrasts?: boolean } = {}): Promise<RoleSummary[]> {
  const q = new URLSearchParams();
  if (params.family) q.set('family', params.family);
  if (params.contrasts) q.set('contrasts', 'true');
  const s = q.toString();
  const data = await cached<{ roles: RoleSummary[] }>(`/roles${s ? `?${s}` : ''}`);
  return data.roles;
}
/** Every role's title by id, for drawing paths and org charts. */
export async function roleTitles(): Promise<Map<string, RoleSummary>> {
  const roles = await getRoles({ contrasts: true });
  return new Map(roles.map((r) => [r.id, r]));
}
export const getRole = (id: string) =>
  cached<RoleView>(`/roles/${encodeURIComponent(id)}`).then((r) => {
    registerSources(r.sources);
    return r;
  });
export const getLadder = (family: string) => cached<Ladder>(`/ladders/${encodeURIComponent(family)}`);
export const getComparison = (a: string, b: string) =>
  cached<Comparison>(`/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
export const getDiff = (a: string, b: string) =>
  cached<RoleDiff>(`/diff?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
export const getPaths = (from: string, to: string) =>
  cached<Paths>(`/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
/** A self-assessment's questions for someone in `role`: the core's, on the track and against the next role its assessment uses. */
export interface AssessmentQuestions {
  family: string;
  track: AssessTrack;
  role: RoleRef | null;
  next: RoleRef | null;
  questions: Question[];
}
export const getAssessmentQuestions = (family: string, role: string) =>
  cached<AssessmentQuestions>(`/competencies/${encodeURIComponent(family)}/questions?role=${encodeURIComponent(role)}`);
/** Answers evaluated by the server, as `ladder assess` evaluates them; nothing is kept. */
export const assessAnswers = (body: AnswersFile, signal?: AbortSignal) => request<AssessmentReport>('/assess', { json: body, ...(signal ? { signal } : {}) });

/** Suggestions for the search box: roles, other names, families, and a raw title as the server reads it. */
export const search = (q: string, signal?: AbortSignal) =>
  request<{ query: string; suggestions: SearchSuggestion[] }>(`/search?q=${encodeURIComponent(q)}`, signal ? { signal } : {});

/** What a typed title resolves to (GET /resolve), read as a title in a product organisation. */
export interface Resolution {
  text: string;
  context: 'general' | 'product';
  role: RoleSummary;
  by: 'id' | 'title' | 'company-title' | 'alias' | 'normalizer';
  confidence: number;
  note: string | null;
  reading: NormalizeResult | null;
}
export const resolveTitle = (text: string, signal?: AbortSignal) =>
  request<Resolution>(`/resolve?text=${encodeURIComponent(text)}&context=product`, signal ? { signal } : {});
/** The roles a role-not-found error suggests (issues with code "did-you-mean": value is the id, message the title). */
export const suggestedRoles = (e: ApiError) =>
  e.issues.filter((i) => i.code === 'did-you-mean' && typeof i.value === 'string').map((i) => ({ roleId: i.value as string, title: i.message }));

export const normalize = (title: string, signal?: AbortSignal) =>
  request<NormalizeResult>('/normalize', { json: { title }, ...(signal ? { signal } : {}) });
export const normalizeBatch = (titles: string[], opts: { workspace?: boolean } = {}) =>
  request<{ results: NormalizeResult[] }>(opts.workspace ? '/workspace/normalize/batch' : '/normalize/batch', { json: { titles }, auth: !!opts.workspace });
export function startNormalizeJob(file: Blob, name: string, column: string): Promise<{ id: string }> {
  const form = new FormData();
  form.append('column', column);
  form.append('file', file, name);
  return request<{ id: string }>('/normalize/jobs', { body: form });
}
export const getJob = (id: string) => request<JobStatus>(`/normalize/jobs/${encodeURIComponent(id)}`);
export const getJobResult = (id: string) => request<string>(`/normalize/jobs/${encodeURIComponent(id)}/result`, { text: true });
export const designOrg = (input: { pms: number; productLines?: number; companySize?: number; stage?: string; agile?: boolean }) =>
  request<OrgDesign>('/org/design', { json: input });

// ---- Workspace -------------------------------------------------------------------------

export interface Workspace {
  id: string;
  name: string;
  role: string;
}
export interface RosterSummary {
  id: string;
  createdAt: string;
  source?: string;
  people: number | unknown[];
  rejectedRows?: unknown[] | number;
}
export interface Finding {
  code: string;
  severity: string;
  people: string[];
  message: string;
}
export interface Audit {
  summary: unknown;
  metrics: Record<string, unknown> | unknown[];
  findings: Finding[];
  /** People read in a product context whose title reads differently there. */
  contextReadings?: ContextReading[];
  people?: unknown[];
}

export const getWorkspace = (token?: string) => request<Workspace>('/workspace', token ? { token } : { auth: true });
/** A roster upload; `name` (the file's name) names the roster in the list. */
export const uploadRoster = (body: string, contentType: string, name?: string) =>
  request<{ id: string; createdAt: string; source?: string; people: number; rejectedRows: unknown[] }>(`/workspace/rosters${name ? `?name=${encodeURIComponent(name)}` : ''}`, { body, contentType, auth: true });
export async function listRosters(): Promise<RosterSummary[]> {
  const data = await request<RosterSummary[] | { rosters: RosterSummary[] }>('/workspace/rosters', { auth: true });
  return Array.isArray(data) ? data : data.rosters;
}
export const getRoster = (id: string) => request<Record<string, unknown>>(`/workspace/rosters/${encodeURIComponent(id)}`, { auth: true });
export const getAudit = (id: string) => request<Audit>(`/workspace/rosters/${encodeURIComponent(id)}/audit`, { auth: true });
export const saveAssessment = (body: AnswersFile) => request<AssessmentRecord>('/workspace/assessments', { json: body, auth: true });
export async function listAssessments(person: string): Promise<AssessmentRecord[]> {
  const data = await request<AssessmentRecord[] | { assessments: AssessmentRecord[] }>(
    `/workspace/assessments?person=${encodeURIComponent(person)}`,
    { auth: true },
  );
  return Array.isArray(data) ? data : data.assessments;
}
