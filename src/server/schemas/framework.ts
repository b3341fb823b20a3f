import * as z from 'zod';
import type { Comparison } from '../../core/framework/compare.js';
import { Alias, AnyFamilyId, Codes, Fact, PayRange, ReportingLine, SourceRef, Specialty, Track } from '../../core/framework/schema.js';
import type { RoleView } from '../../core/framework/view.js';
import { AnyObject } from './common.js';

/** Response shapes of the public framework routes. The checks at the end keep them in step with the core's types. */

export const FamilySummary = z
  .object({
    id: AnyFamilyId,
    name: z.string(),
    contrast: z.boolean().describe('a look-alike family (project, programme, delivery management), not a product role'),
    summary: z.string(),
    roles: z.number().int().describe('how many roles the family has'),
  })
  .meta({ id: 'FamilySummary' });
export const FamilyList = z.object({ families: z.array(FamilySummary) });

export const RoleSummary = z
  .object({ id: z.string(), title: z.string(), family: AnyFamilyId, level: z.number().int(), track: Track })
  .meta({ id: 'RoleSummary' });
export const RoleList = z.object({ roles: z.array(RoleSummary) });

const SourceView = z.object({
  ref: SourceRef,
  kind: z.enum(['seed', 'reference', 'decision', 'company']),
  label: z.string(),
  file: z.string().optional(),
  url: z.string().optional(),
  reason: z.string().optional(),
});
const ReportingView = ReportingLine.extend({ title: z.string(), condition: z.string(), inFramework: z.boolean() });

export const RoleViewSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    family: z.string(),
    familyName: z.string(),
    level: z.number().int(),
    levelName: z.string(),
    track: Track,
    titleSettlesTrack: z.boolean(),
    specialty: z.string().nullable(),
    summary: z.string(),
    responsibilities: z.array(Fact),
    skills: z.array(Fact),
    levelUp: z.array(Fact),
    nextRoles: z.array(z.object({ id: z.string(), title: z.string(), kind: z.string() })),
    reportsTo: z.array(ReportingView),
    directReports: z.array(ReportingView),
    aliases: z.array(Alias),
    pay: z.array(PayRange),
    codes: Codes.nullable(),
    typicalTenure: z.object({ minYears: z.number(), maxYears: z.number(), source: z.array(SourceRef) }).nullable(),
    mayHaveNoReports: z.object({ note: z.string().optional(), source: z.array(SourceRef) }).nullable(),
    specialtyDetail: Specialty.nullable(),
    sources: z.array(SourceView),
  })
  .meta({ id: 'RoleView' });

const RungRole = z.object({ id: z.string(), title: z.string() });
export const LadderSchema = z
  .object({
    family: AnyFamilyId,
    name: z.string(),
    rungs: z.array(z.object({ band: z.number().int(), name: z.string(), ic: z.array(RungRole), management: z.array(RungRole) })),
  })
  .meta({ id: 'Ladder' });

const ComparedRole = z.object({ id: z.string(), title: z.string(), family: z.string(), level: z.number(), track: z.string() });
export const ComparisonSchema = z
  .object({
    a: ComparedRole,
    b: ComparedRole,
    sameFamily: z.boolean(),
    levelDelta: z.number().describe('b.level - a.level: positive when b is the more senior role'),
    trackChange: z.boolean(),
    responsibilities: z.object({ a: z.array(Fact), b: z.array(Fact) }),
    skills: z.object({ a: z.array(Fact), b: z.array(Fact) }),
    reportsTo: z.object({ a: z.array(z.string()), b: z.array(z.string()) }),
    pay: z.array(z.object({ region: z.string(), currency: z.string(), period: z.string(), a: z.array(PayRange), b: z.array(PayRange) })),
    relations: z.array(z.object({ kind: z.string(), from: z.string(), to: z.string(), criteria: z.array(Fact) })),
  })
  .meta({ id: 'Comparison' });

// Compile-time checks: a core type that gains or changes a field breaks the build here,
// instead of the API silently dropping it.
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type SameShape<A, B> = Same<keyof A, keyof B> extends true
  ? false extends { [K in keyof A & keyof B]: Same<A[K] | undefined, B[K] | undefined> }[keyof A & keyof B]
    ? false
    : true
  : false;
const sameRoleView: SameShape<z.output<typeof RoleViewSchema>, RoleView> = true;
const sameComparison: SameShape<z.output<typeof ComparisonSchema>, Comparison> = true;
void sameRoleView;
void sameComparison;

/** roleView() always sets codes and typicalTenure (to null when absent); its type just allows undefined too. */
export const asRoleViewBody = (view: RoleView) => view as z.output<typeof RoleViewSchema>;

/** GET /resolve: what a text resolves to, and how it was read. */
export const ResolveQuery = z.object({
  text: z.string().trim().min(1).max(200).describe('a role id, title, company title, other name, or any job title'),
  context: z.enum(['general', 'product']).default('product').describe("'product' (the default): read as a title in a product organisation, where \"Sr. PM\" is a product manager; 'general': as in a mixed list of postings"),
});
export const ResolutionSchema = z
  .object({
    text: z.string(),
    context: z.enum(['general', 'product']),
    role: RoleSummary,
    by: z.enum(['id', 'title', 'company-title', 'alias', 'normalizer']).describe("how the text was read: one of the role's names in the framework, or the title normalizer's reading"),
    confidence: z.number().min(0).max(1).describe("1 for the framework's own names"),
    note: z.string().nullable().describe('how the text was read, for a person; null when it was the role\'s id or title'),
    reading: AnyObject.nullable().describe('the normalizer\'s reading (as POST /normalize gives it), when it was asked'),
  })
  .meta({ id: 'Resolution' });
