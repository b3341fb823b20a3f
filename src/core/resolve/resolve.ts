import { LadderError, printable, type Issue } from '../errors.js';
import type { Framework, Role } from '../framework/schema.js';
import { createNormalizer, type Normalizer, type TitleContext } from '../normalize/index.js';
import type { NormalizedTitle } from '../normalize/result.js';
import { matchName, suggestRoles, type NameKind } from './names.js';

/**
 * What a title is read against. `product`: the person is in a product organisation (an
 * interactive lookup, a roster's product department), so its shorthand ("Sr. PM", "PO") names
 * product roles. `general`: a mixed list, where "Senior PM" is as often a project manager.
 */
export type RoleContext = TitleContext;
export const ROLE_CONTEXTS: readonly RoleContext[] = ['general', 'product'];

/** How a text became a role: one of the framework's own names, or the title normalizer's reading. */
export type ReadBy = NameKind | 'normalizer';

/** The part of a normalizer result the resolver needs; the org audit's test doubles have this shape. */
export interface TitleReadingLike {
  family: string | null;
  roleId: string | null;
  confidence: number;
  adjacent?: string | null | undefined;
}

/** Below this confidence a normalizer reading is not trusted to pick a role. */
export const MIN_CONFIDENCE = 0.5;

export interface ReadOptions<R extends TitleReadingLike> {
  context?: RoleContext | undefined;
  /** The normalizer's confidence a reading needs to give a role (default MIN_CONFIDENCE). */
  minConfidence?: number | undefined;
  /** Read the title with the normalizer even when it is one of the framework's names (the org audit wants band and track). */
  alwaysNormalize?: boolean | undefined;
  /** The normalizer to use; by default the framework's own, compiled once per framework and context. */
  normalize?: ((title: string, context: RoleContext) => R) | undefined;
}

/** A text read as a role, or not; says how. */
export interface TitleReading<R extends TitleReadingLike = NormalizedTitle> {
  text: string;
  context: RoleContext;
  /** The role, or null when neither a framework name nor a confident reading gives one. */
  role: Role | null;
  by: ReadBy | null;
  /** 1 for the framework's own names; the normalizer's confidence otherwise. */
  confidence: number;
  /** The normalizer's reading, when it was asked. */
  reading: R | null;
}

/** A text that resolved to a role. */
export interface RoleResolution<R extends TitleReadingLike = NormalizedTitle> extends TitleReading<R> {
  role: Role;
  by: ReadBy;
}

const normalizers = new WeakMap<Framework, Partial<Record<RoleContext, Normalizer>>>();

/** The framework's normalizer for a context, compiled once. */
export function normalizerFor(fw: Framework, context: RoleContext): Normalizer {
  let byContext = normalizers.get(fw);
  if (!byContext) normalizers.set(fw, (byContext = {}));
  return (byContext[context] ??= createNormalizer(fw, { context }));
}

/**
 * Reads a text as a role: an exact id, company title, canonical title or alias first, then the
 * title normalizer in the given context. The one path from text to role: every entry point
 * (CLI, API, web app, org audit) comes through here.
 *
 * An alias is a product organisation's name for a role ("Sr. PM", "PO"); in the general
 * context it counts only when the normalizer does not read the text as another job, because
 * in a mixed list "Senior PM" is as often a project manager.
 */
export function readRoleTitle<R extends TitleReadingLike = NormalizedTitle>(fw: Framework, text: string, options: ReadOptions<R> = {}): TitleReading<R> {
  const context = options.context ?? 'product';
  const minConfidence = options.minConfidence ?? MIN_CONFIDENCE;
  const read = (): R => (options.normalize ? options.normalize(text, context) : (normalizerFor(fw, context)(text) as unknown as R));
  const name = matchName(fw, text);
  let reading: R | null = null;
  if (name) {
    const mustRead = options.alwaysNormalize || (name.kind === 'alias' && context === 'general');
    if (mustRead) reading = read();
    const otherJob = name.kind === 'alias' && context === 'general' && reading !== null && reading.family === null && Boolean(reading.adjacent) && reading.confidence >= minConfidence;
    if (!otherJob) return { text, context, role: name.role, by: name.kind, confidence: 1, reading };
  }
  reading ??= read();
  const role = reading.roleId && reading.confidence >= minConfidence ? fw.roles.find((r) => r.id === reading!.roleId) : undefined;
  if (role) return { text, context, role, by: 'normalizer', confidence: reading.confidence, reading };
  return { text, context, role: null, by: null, confidence: reading.confidence, reading };
}

export interface ResolveOptions {
  context?: RoleContext | undefined;
  /** The request field or argument the text came from, named in the error ("from", "a", "role"). */
  field?: string | undefined;
}

/** The longest text taken as a role or title (the normalizer's own limit on a title is higher than any real one). */
export const MAX_ROLE_TEXT = 200;

/** Like readRoleTitle, but a text that gives no role is a `role-not-found` error with the closest roles as data. */
export function resolveRole(fw: Framework, text: string, options: ResolveOptions = {}): RoleResolution {
  if (text.length > MAX_ROLE_TEXT) {
    // No title is this long; refused before the normalizer and the suggestions spend time on it.
    throw new LadderError('role-not-found', `No role matches "${printable(text, 60)}": a role or title has at most ${MAX_ROLE_TEXT} characters.`, {
      issues: [{ code: 'role-not-found', message: `longer than ${MAX_ROLE_TEXT} characters`, field: options.field ?? 'role', value: printable(text, 60) }],
    });
  }
  const r = readRoleTitle(fw, text, { context: options.context ?? 'product' });
  if (r.role) return r as RoleResolution;
  throw roleNotFound(fw, text, r.reading, options.field ?? 'role');
}

/** Issues with this code carry a suggested role: `value` is its id, `message` its title. */
export const SUGGESTION_CODE = 'did-you-mean';

/**
 * A text that matches no role. The message is for any reader (CLI, API, web app): no advice that
 * only one of them can follow. The suggestions are in the issues as data.
 */
export function roleNotFound(fw: Framework, text: string, reading: TitleReadingLike | null, field = 'role'): LadderError {
  const suggestions = suggestionsFor(fw, text, reading);
  const closest = suggestions.length ? ` Closest: ${suggestions.map((r) => r.title).join(', ')}.` : '';
  const issues: Issue[] = [
    { code: 'role-not-found', message: 'no role of the framework has this name, and the title was not read as one', field, value: text },
    ...suggestions.map((r) => ({ code: SUGGESTION_CODE, message: r.title, field, value: r.id })),
  ];
  return new LadderError('role-not-found', `No role matches "${printable(text)}".${closest}`, { issues });
}

/** The suggested roles of a role-not-found error, as data. */
export function suggestionsOf(e: LadderError): { id: string; title: string }[] {
  return e.issues.filter((i) => i.code === SUGGESTION_CODE).map((i) => ({ id: String(i.value), title: i.message }));
}

/** A low-confidence reading's role first, then the roles whose names are closest. */
function suggestionsFor(fw: Framework, text: string, reading: TitleReadingLike | null): Role[] {
  const out: Role[] = [];
  const guessed = reading?.roleId ? fw.roles.find((r) => r.id === reading.roleId) : undefined;
  if (guessed) out.push(guessed);
  for (const r of suggestRoles(fw, text, 3)) if (!out.includes(r)) out.push(r);
  return out.slice(0, 3);
}

/** One line saying how a text was read, for a person; null when the text was the role's id or title. */
export function describeResolution(r: RoleResolution): string | null {
  const role = `${r.role.title} (${r.role.id})`;
  switch (r.by) {
    case 'id':
    case 'title':
      return null;
    case 'company-title':
      return `"${r.text}" is your company's title for ${role}`;
    case 'alias':
      return `"${r.text}" is another name for ${role}`;
    case 'normalizer':
      return `read "${r.text}" as ${role}, confidence ${Math.round(r.confidence * 100)}%${r.context === 'product' ? ', as a title in a product organisation' : ''}`;
  }
}

/** A role given as a Role (checked against the framework) or as text (resolved). */
export function roleOf(fw: Framework, role: Role | string, options: ResolveOptions = {}): Role {
  if (typeof role === 'string') return resolveRole(fw, role, options).role;
  const found = fw.roles.find((r) => r.id === role.id);
  if (!found) throw roleNotFound(fw, role.id, null, options.field ?? 'role');
  return found;
}

/** The role a text names or reads as in a product context, or undefined. */
export function findRole(fw: Framework, text: string, options: { context?: RoleContext } = {}): Role | undefined {
  return readRoleTitle(fw, text, { context: options.context ?? 'product' }).role ?? undefined;
}

/** Like findRole, but no match is a `role-not-found` error that names the closest roles. */
export function getRole(fw: Framework, text: string, options: { context?: RoleContext } = {}): Role {
  return resolveRole(fw, text, options).role;
}
