import { LadderError, type Issue } from '../errors.js';
import { isCompanyFigure } from './pay.js';
import { parseLocated, validateLocated, type LocatedDocument } from './yaml-document.js';
import { stepKind, stepKindProblem } from './step-kind.js';
import { findCycle } from './cycle.js';
import {
  FrameworkFile,
  SourcesFile,
  type Framework,
  type Relation,
  type Role,
  type SourceRef,
} from './schema.js';

export interface TextFile {
  /** Shown in errors; a path relative to where the user is, ideally. */
  file: string;
  text: string;
}

/** Reporting lines may point outside the product organisation. */
export const EXTERNAL_ROLES: Record<string, string> = {
  ceo: 'Chief Executive Officer',
  cto: 'Chief Technology Officer',
  cmo: 'Chief Marketing Officer',
  coo: 'Chief Operating Officer',
  board: 'Board of directors',
  'engineering-manager': 'Engineering Manager',
  'pmo-head': 'Head of the Project Management Office',
};

/**
 * Builds a framework from its data files: `sources.yaml` plus one file per family or relation group.
 * Pure: the caller reads the files. Throws one LadderError that lists every problem found.
 */
export function assembleFramework(files: TextFile[], name = 'Product Ladder'): Framework {
  const sourcesText = files.find((f) => /(^|[\\/])sources\.(ya?ml|json)$/.test(f.file));
  if (!sourcesText) {
    throw new LadderError('invalid-framework', 'The framework has no sources.yaml (the list of seeds and decisions)', {
      issues: [{ code: 'missing-file', message: 'add sources.yaml beside the family files', file: 'sources.yaml' }],
    });
  }
  const issues: Issue[] = [];
  const collect = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof LadderError) {
        issues.push(...e.issues);
        return undefined;
      }
      throw e;
    }
  };
  const sourcesDoc = collect(() => parseLocated(sourcesText.file, sourcesText.text));
  const sources = sourcesDoc && collect(() => validateLocated(sourcesDoc, SourcesFile));
  const parts: { doc: LocatedDocument; data: FrameworkFile }[] = [];
  for (const f of files) {
    if (f === sourcesText) continue;
    const doc = collect(() => parseLocated(f.file, f.text));
    const data = doc && collect(() => validateLocated(doc, FrameworkFile));
    if (doc && data) parts.push({ doc, data });
  }
  const sizeFiles = parts.filter((p) => p.data.companySizes);
  if (sizeFiles.length > 1) {
    issues.push({ code: 'duplicate-company-sizes', message: `the company-size cut-offs are given in ${sizeFiles.length} files; keep one`, file: sizeFiles[1]!.doc.file });
  }
  if (issues.length > 0 || !sources) throw invalid(issues);

  const framework: Framework = {
    name,
    families: parts.flatMap((p) => (p.data.family ? [p.data.family] : [])),
    roles: parts.flatMap((p) => p.data.roles),
    relations: parts.flatMap((p) => p.data.relations),
    sources,
    titleMap: {},
    levels: [],
    companySizes: sizeFiles[0]?.data.companySizes ?? null,
    specialties: parts.flatMap((p) => p.data.specialties),
  };
  const where = new Map<unknown, { doc: LocatedDocument; path: (string | number)[] }>();
  for (const { doc, data } of parts) {
    data.roles.forEach((r, i) => where.set(r, { doc, path: ['roles', i] }));
    data.relations.forEach((r, i) => where.set(r, { doc, path: ['relations', i] }));
    data.specialties.forEach((r, i) => where.set(r, { doc, path: ['specialties', i] }));
  }
  const locate = (obj: unknown, sub: (string | number)[] = []): Partial<Issue> => {
    const w = where.get(obj);
    if (!w) return {};
    const pos = w.doc.locate([...w.path, ...sub]);
    return { file: w.doc.file, ...(pos ? { line: pos.line } : {}), path: [...w.path, ...sub].join('.') };
  };
  const problems = checkIntegrity(framework, locate);
  if (problems.length > 0) throw invalid(problems);
  return framework;
}

function invalid(issues: Issue[]): LadderError {
  return new LadderError('invalid-framework', `The framework is not valid: ${issues.length} problem${issues.length === 1 ? '' : 's'}`, { issues });
}

type Locate = (obj: unknown, sub?: (string | number)[]) => Partial<Issue>;

/** Cross-file checks no schema can make: unique ids, known references, sources, no promotion cycles. */
export function checkIntegrity(fw: Framework, locate: Locate = () => ({})): Issue[] {
  const issues: Issue[] = [];
  const push = (obj: unknown, sub: (string | number)[], code: string, message: string, value?: unknown) =>
    issues.push({ code, message, ...locate(obj, sub), ...(value === undefined ? {} : { value }) });

  const familyIds = new Set(fw.families.map((f) => f.id));
  const roles = new Map<string, Role>();
  for (const r of fw.roles) {
    if (roles.has(r.id)) push(r, ['id'], 'duplicate-id', `role id "${r.id}" is used twice`, r.id);
    roles.set(r.id, r);
    if (!familyIds.has(r.family)) push(r, ['family'], 'unknown-family', `family "${r.family}" has no family file`, r.family);
  }
  const known = (id: string) => roles.has(id) || id in EXTERNAL_ROLES;
  const seedIds = new Set(fw.sources.seeds.map((s) => s.id));
  const decisionIds = new Set(fw.sources.decisions.map((d) => d.id));
  const referenceIds = new Set(fw.sources.references.map((r) => r.id));
  const checkSource = (obj: unknown, sub: (string | number)[], ref: SourceRef) => {
    if (ref.startsWith('ref:') && !referenceIds.has(ref.slice(4))) push(obj, sub, 'unknown-source', `reference "${ref}" is not listed in sources.yaml`, ref);
    if (ref.startsWith('seed:') && !seedIds.has(ref.slice(5))) push(obj, sub, 'unknown-source', `seed "${ref}" is not listed in sources.yaml`, ref);
    if (ref.startsWith('decision:') && !decisionIds.has(ref.slice(9))) push(obj, sub, 'unknown-source', `decision "${ref}" is not recorded in sources.yaml`, ref);
  };
  walkSources(fw, (obj, sub, ref) => checkSource(obj, sub, ref));

  for (const r of fw.roles) {
    r.pay.forEach((f, i) => {
      if (f.orderDecision && !decisionIds.has(f.orderDecision))
        push(r, ['pay', i, 'orderDecision'], 'unknown-source', `decision "${f.orderDecision}" is not recorded in sources.yaml`, f.orderDecision);
      // A published figure says when it is from; a company's own band may leave that out.
      if (!isCompanyFigure(f) && f.year === undefined && f.latestYear === undefined)
        push(r, ['pay', i], 'undated-pay', 'a pay figure needs the year it is for, or latestYear: the latest year an undated source can be from');
    });
    for (const [key, lines] of [['reportsTo', r.reportsTo], ['directReports', r.directReports]] as const) {
      lines.forEach((l, i) => {
        if (!known(l.role)) push(r, [key, i, 'role'], 'unknown-role', `${key} names role "${l.role}", which does not exist`, l.role);
      });
    }
  }
  fw.relations.forEach((rel) => {
    for (const end of ['from', 'to'] as const) {
      if (!roles.has(rel[end])) push(rel, [end], 'unknown-role', `relation ${end} "${rel[end]}" does not exist`, rel[end]);
    }
    if (rel.from === rel.to) push(rel, ['to'], 'self-relation', `relation from "${rel.from}" to itself`, rel.to);
    if (rel.kind !== 'contrast' && rel.criteria.length === 0) push(rel, ['criteria'], 'missing-criteria', `a ${rel.kind} needs criteria: what must be shown to make the move`);
    const a = roles.get(rel.from), b = roles.get(rel.to);
    if (rel.kind !== 'contrast' && a && b) {
      // A step's kind follows from its ends; data that says otherwise is wrong.
      const kind = stepKind(a, b);
      if (!kind) push(rel, ['to'], 'not-one-step', `${stepKindProblem(a, b)}`);
      else if (kind !== rel.kind) push(rel, ['kind'], 'kind-contradicts-ends', `"${a.id}" (${a.family}, band ${a.band}, ${a.track}) to "${b.id}" (${b.family}, band ${b.band}, ${b.track}) is a ${kind}, not a ${rel.kind}`, rel.kind);
    }
  });
  const cycle = findPromotionCycle(fw.relations);
  if (cycle) issues.push({ code: 'promotion-cycle', message: `promotions form a cycle: ${cycle.join(' -> ')}` });
  return issues;
}

/** Visits every source reference in the framework with where it sits. */
export function walkSources(fw: Framework, visit: (owner: unknown, path: (string | number)[], ref: SourceRef) => void): void {
  const facts = (owner: unknown, base: (string | number)[], list: { source: SourceRef[] }[]) =>
    list.forEach((f, i) => f.source.forEach((s, j) => visit(owner, [...base, i, 'source', j], s)));
  for (const r of fw.roles) {
    r.summary.source.forEach((s, j) => visit(r, ['summary', 'source', j], s));
    facts(r, ['responsibilities'], r.responsibilities);
    facts(r, ['skills'], r.skills);
    facts(r, ['levelUp'], r.levelUp);
    facts(r, ['reportsTo'], r.reportsTo);
    facts(r, ['directReports'], r.directReports);
    facts(r, ['aliases'], r.aliases);
    facts(r, ['pay'], r.pay);
    if (r.codes) r.codes.source.forEach((s, j) => visit(r, ['codes', 'source', j], s));
    if (r.typicalTenure) r.typicalTenure.source.forEach((s, j) => visit(r, ['typicalTenure', 'source', j], s));
    if (r.mayHaveNoReports) r.mayHaveNoReports.source.forEach((s, j) => visit(r, ['mayHaveNoReports', 'source', j], s));
  }
  for (const rel of fw.relations) {
    rel.source.forEach((s, j) => visit(rel, ['source', j], s));
    facts(rel, ['criteria'], rel.criteria);
    facts(rel, ['transfers'], rel.transfers);
    facts(rel, ['toLearn'], rel.toLearn);
  }
  for (const f of fw.families) f.summary.source.forEach((s, j) => visit(f, ['summary', 'source', j], s));
  if (fw.companySizes) fw.companySizes.source.forEach((s, j) => visit(fw.companySizes, ['companySizes', 'source', j], s));
  for (const sp of fw.specialties) {
    sp.summary.source.forEach((s, j) => visit(sp, ['summary', 'source', j], s));
    facts(sp, ['scope'], sp.scope);
    facts(sp, ['skills'], sp.skills);
    facts(sp, ['typicalExperience'], sp.typicalExperience);
  }
}

export function findPromotionCycle(relations: Relation[]): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const r of relations) if (r.kind === 'promotion') next.set(r.from, [...(next.get(r.from) ?? []), r.to]);
  return findCycle(next);
}
