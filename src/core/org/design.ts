import { LadderError } from '../errors.js';
import { companySizeNote } from '../framework/company-size.js';
import type { CompanySizes, Framework } from '../framework/schema.js';
import { resolveOrgConfig, type OrgConfig, type OrgConfigInput } from './config.js';
import { buildStructure, type RoleNode, type Stage, type Structure } from './design-structure.js';
import { roleById } from './roles.js';
import { sizeBucket, type Person, type SizeBucket } from './types.js';

export type { Stage } from './design-structure.js';
export const STAGES: readonly Stage[] = ['seed', 'growth', 'enterprise'];

export interface DesignParams {
  /** Product managers in individual-contributor roles (associate, PM, senior); managers come on top. */
  pms: number;
  productLines?: number | undefined;
  /** Everyone in the company; estimated from the PM count when left out. */
  companySize?: number | undefined;
  stage?: Stage | undefined;
  /** The teams work in Scrum or another agile method: product owners are considered. */
  agile?: boolean | undefined;
}

export interface DesignReason {
  topic: string;
  text: string;
  /** seed:NNN and decision:ID from the framework, ref:ID from the framework's published references. */
  sources: string[];
}

export interface DesignRoleCount {
  roleId: string;
  title: string;
  family: string;
  band: number | null;
  track: string | null;
  count: number;
}

export interface DesignLine {
  roleId: string;
  title: string;
  reportsTo: string;
  reportsToTitle: string;
  count: number;
}

export interface OrgDesign {
  params: { pms: number; productLines: number; companySize: number; companySizeEstimated: boolean; stage: Stage; agile: boolean };
  companySizeBucket: SizeBucket;
  /** The top product role ("ceo" when the PMs report to the CEO) and how many of each management layer. */
  leadership: { top: string; topTitle: string; vps: number; directors: number; groupPms: number };
  roles: DesignRoleCount[];
  byBand: Record<string, number>;
  reportingLines: DesignLine[];
  reasoning: DesignReason[];
  /** The recommended organisation as a roster `auditRoster` accepts, the CEO first. */
  roster: Person[];
}

const FALLBACK_TITLES: Record<string, string> = {
  ceo: 'Chief Executive Officer',
  'chief-product-officer': 'Chief Product Officer',
  'vp-of-product': 'VP of Product',
  'head-of-product': 'Head of Product',
  'director-of-product': 'Director of Product',
  'group-product-manager': 'Group Product Manager',
  'senior-product-manager': 'Senior Product Manager',
  'product-manager': 'Product Manager',
  'associate-product-manager': 'Associate Product Manager',
  'director-of-product-operations': 'Director of Product Operations',
  'product-operations-manager': 'Product Operations Manager',
  'product-operations-lead': 'Product Operations Lead',
  'svp-of-product': 'SVP of Product',
  'chief-product-owner': 'Chief Product Owner',
  'product-owner': 'Product Owner',
};
const ID_PREFIX: Record<string, string> = {
  ceo: 'ceo',
  'chief-product-officer': 'cpo',
  'vp-of-product': 'vp',
  'head-of-product': 'head',
  'director-of-product': 'dir',
  'group-product-manager': 'gpm',
  'senior-product-manager': 'spm',
  'product-manager': 'pm',
  'associate-product-manager': 'apm',
  'director-of-product-operations': 'dir-ops',
  'product-operations-manager': 'ops',
  'product-operations-lead': 'ops-lead',
  'svp-of-product': 'svp',
  'chief-product-owner': 'cpo-owner',
  'product-owner': 'po',
};

/**
 * Recommends a product organisation: the roles and how many at each band, who reports to whom,
 * whether a VP, a CPO, product operations and product owners are warranted, with the reasoning and
 * its sources. The shape (design-structure.ts) keeps every span within the audit's thresholds with
 * the fewest layers, and uses only reporting lines the framework has for the company size, so the
 * roster it returns passes `auditRoster` without warnings under the same config.
 */
export function designOrg(params: DesignParams, framework: Framework, options: { config?: OrgConfigInput | OrgConfig | undefined } = {}): OrgDesign {
  const config = resolveOrgConfig(options.config);
  const p = validate(params);
  if (!framework.companySizes) {
    throw new LadderError('no-company-sizes', 'This framework does not say where small, mid-sized and large companies begin, so no organisation can be designed for it', {
      issues: [{ code: 'no-company-sizes', message: 'add companySizes (mediumFrom, mediumUpTo) to the framework', field: 'companySizes' }],
    });
  }
  const bucket = sizeBucket(p.companySize, framework.companySizes)!;
  const roles = roleById(framework);
  const titleOf = (roleId: string) => roles.get(roleId)?.title ?? FALLBACK_TITLES[roleId] ?? roleId;
  const shape = buildStructure({ pms: p.pms, productLines: p.productLines, bucket, stage: p.stage, agile: p.agile }, config);

  const roster: Person[] = [];
  const roleOfId = new Map<string, string>();
  const counters = new Map<string, number>();
  const lineName = (l: number) => (p.productLines === 1 ? 'Core product' : `Product line ${l + 1}`);
  const add = (roleId: string, managerId: string | null, line?: number): string => {
    const prefix = ID_PREFIX[roleId] ?? roleId;
    const k = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, k);
    const id = roleId === 'ceo' ? 'ceo' : `${prefix}-${k}`;
    const title = titleOf(roleId);
    const person: Person = { id, name: roleId === 'ceo' ? 'CEO' : `${title} ${k}`, title, managerId, line: roster.length + 2, open: false, dottedLineIds: [], department: roleId === 'ceo' ? 'Executive' : 'Product' };
    if (line !== undefined) person.productLine = lineName(line);
    roster.push(person);
    roleOfId.set(id, roleId);
    return id;
  };
  const ceo = add('ceo', null);
  // Depth first, so each manager is followed by their own people.
  const stack: { node: RoleNode; manager: string }[] = shape.nodes.map((node) => ({ node, manager: ceo })).reverse();
  while (stack.length) {
    const { node, manager } = stack.pop()!;
    const id = add(node.roleId, manager, node.line);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, manager: id });
  }

  // --- Summaries ---------------------------------------------------------------------------------------
  const countBy = new Map<string, number>();
  const lineCount = new Map<string, number>();
  for (const person of roster) {
    const roleId = roleOfId.get(person.id)!;
    countBy.set(roleId, (countBy.get(roleId) ?? 0) + 1);
  }
  for (const person of roster) {
    if (!person.managerId) continue;
    const key = `${roleOfId.get(person.id)}>${roleOfId.get(person.managerId)}`;
    lineCount.set(key, (lineCount.get(key) ?? 0) + 1);
  }
  const rolesOut: DesignRoleCount[] = [...countBy.entries()]
    .filter(([id]) => id !== 'ceo')
    .map(([roleId, count]) => {
      const r = roles.get(roleId);
      return { roleId, title: titleOf(roleId), family: r?.family ?? 'product-management', band: r?.band ?? null, track: r?.track ?? null, count };
    })
    .sort((a, b) => (b.band ?? -1) - (a.band ?? -1) || a.family.localeCompare(b.family));
  const byBand: Record<string, number> = {};
  for (const r of rolesOut) byBand[String(r.band ?? 'unknown')] = (byBand[String(r.band ?? 'unknown')] ?? 0) + r.count;
  const reportingLines: DesignLine[] = [...lineCount.entries()].map(([key, count]) => {
    const [roleId, reportsTo] = key.split('>') as [string, string];
    return { roleId, title: titleOf(roleId), reportsTo, reportsToTitle: titleOf(reportsTo), count };
  });

  const reasoning = explain({ p, bucket, shape, counts: countBy, titleOf, config, sizes: framework.companySizes }).map((r) => ({
    ...r,
    sources: r.sources.filter((s) => sourceExists(framework, s)),
  }));

  return {
    params: p,
    companySizeBucket: bucket,
    leadership: {
      top: shape.top ?? 'ceo',
      topTitle: titleOf(shape.top ?? 'ceo'),
      vps: shape.counts.vps,
      directors: shape.counts.directors,
      groupPms: shape.counts.groupPms,
    },
    roles: rolesOut,
    byBand,
    reportingLines,
    reasoning,
    roster,
  };
}

function validate(params: DesignParams): OrgDesign['params'] {
  const issues: { field: string; value: unknown; message: string }[] = [];
  const int = (field: string, v: unknown, min: number, max: number) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) issues.push({ field, value: v, message: `must be a whole number from ${min} to ${max.toLocaleString('en-US')}` });
  };
  int('pms', params.pms, 1, 2000);
  const productLines = params.productLines ?? 1;
  int('productLines', productLines, 1, 500);
  if (issues.length === 0 && productLines > params.pms) issues.push({ field: 'productLines', value: productLines, message: `each product line needs at least one product manager (${params.pms} PMs for ${productLines} lines)` });
  const estimated = params.companySize === undefined;
  const companySize = params.companySize ?? Math.max(10, params.pms * 34);
  int('companySize', companySize, 1, 10_000_000);
  if (issues.length === 0 && companySize < params.pms * 2) issues.push({ field: 'companySize', value: companySize, message: `a company of ${companySize} cannot hold ${params.pms} product managers and the people they work with` });
  const stage = params.stage ?? (companySize < 50 ? 'seed' : companySize <= 1000 ? 'growth' : 'enterprise');
  if (!STAGES.includes(stage)) issues.push({ field: 'stage', value: stage, message: `must be one of ${STAGES.join(', ')}` });
  if (issues.length) {
    throw new LadderError('invalid-design-params', `Cannot design an organisation: ${issues.map((i) => `${i.field} ${i.message}`).join('; ')}`, {
      issues: issues.map((i) => ({ code: 'invalid-parameter', field: i.field, value: i.value, message: i.message })),
    });
  }
  return { pms: params.pms, productLines, companySize, companySizeEstimated: estimated, stage, agile: Boolean(params.agile) };
}

function sourceExists(fw: Framework, ref: string): boolean {
  if (ref.startsWith('seed:')) return fw.sources.seeds.some((s) => s.id === ref.slice(5));
  if (ref.startsWith('decision:')) return fw.sources.decisions.some((d) => d.id === ref.slice(9));
  if (ref.startsWith('ref:')) return fw.sources.references.some((r) => r.id === ref.slice(4));
  return false;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function explain(x: {
  p: OrgDesign['params'];
  bucket: SizeBucket;
  shape: Structure;
  counts: Map<string, number>;
  titleOf: (id: string) => string;
  config: OrgConfig;
  sizes: CompanySizes;
}): DesignReason[] {
  const { p, bucket, config, shape } = x;
  const out: DesignReason[] = [];
  const c = (id: string) => x.counts.get(id) ?? 0;
  const { min, max } = config.span;
  const topTitle = shape.top ? x.titleOf(shape.top) : 'CEO';
  out.push({
    topic: 'company size',
    text: `${p.companySizeEstimated ? `No company size was given, so it is estimated at ${p.companySize.toLocaleString('en-US')} (about 34 people per product manager, a European median)` : `A company of ${p.companySize.toLocaleString('en-US')} people`} is ${companySizeNote(bucket, x.sizes).replace(/^in /, '')}; the framework's reporting lines for that size decide who reports to whom. Stage: ${p.stage}.`,
    sources: [...(p.companySizeEstimated ? ['ref:khalil-pm-ratio-2019'] : []), 'decision:company-size-cutoffs'],
  });
  if (!shape.top) {
    out.push({
      topic: 'top product role',
      text: `No product leader yet: ${plural(p.pms, 'product manager')} ${p.pms === 1 ? 'is' : 'are'} fewer than the ${min} reports a manager needs, so they report to the CEO. Hire a head of product when there are ${min} or more.`,
      sources: ['decision:reporting-lines-by-size', 'ref:mckinsey-spans-2017'],
    });
  } else if (shape.top === 'head-of-product') {
    out.push({
      topic: 'top product role',
      text: `A Head of Product leads the product organisation and reports to the CEO${shape.topLeads === 'pms' ? `, leading the ${plural(p.pms, 'product manager')} directly: one team needs no layer in between` : bucket === 'small' ? ': in a small company the head of product is the top product person, and a VP of Product is usually found only in larger organisations' : ''}.`,
      sources: ['decision:head-of-product-band', 'seed:002', 'decision:reporting-lines-by-size'],
    });
  } else if (shape.top === 'vp-of-product') {
    out.push({
      topic: 'top product role',
      text: `A VP of Product leads the product organisation and reports to the CEO: the VP is usually found in larger organisations and is responsible for the entire product set. A CPO is not needed while one VP can lead every ${shape.topLeads === 'directors' ? 'director' : 'group product manager'} (at most ${max} each).`,
      sources: ['seed:002', 'decision:executive-layers', 'decision:reporting-lines-by-size'],
    });
  } else {
    out.push({
      topic: 'top product role',
      text: `A Chief Product Officer leads the product organisation, reports to the CEO and oversees ${plural(shape.counts.vps, 'VP')} of Product${shape.counts.svps ? ` through ${plural(shape.counts.svps, 'SVP')}` : ''}: ${plural(shape.counts.directors, 'director')} are more than one VP can lead at ${max} each. The CPO is responsible for all product activities and may oversee several VPs.`,
      sources: ['seed:002', 'decision:executive-layers', 'decision:cpo-not-head-or-vp'],
    });
  }
  if (shape.counts.directors > 0) {
    out.push({
      topic: 'directors',
      text: `${plural(shape.counts.directors, 'Director of Product', 'Directors of Product')}, each over a portfolio of teams or product lines, reporting to ${shape.top === 'head-of-product' ? 'the Head of Product' : 'a VP of Product'}: ${plural(shape.counts.groupPms, 'group product manager')} are more than ${shape.top === 'head-of-product' ? 'the head of product' : 'one VP'} can lead at ${max}. Directors look across the products in their portfolio and develop people.`,
      sources: ['seed:002', 'decision:director-is-management', 'ref:mckinsey-spans-2017'],
    });
  }
  if (shape.counts.groupPms > 0) {
    out.push({
      topic: 'group product managers',
      text: `${plural(shape.counts.groupPms, 'Group Product Manager')}, each leading one team of ${min} to ${shape.teamMax} product managers${shape.counts.productOwners ? ' and its product owner' : ''}, over a product line or a few small ones: the first rung of people management. Teams are as many as keep every manager within ${min}–${max} direct reports and at most ${config.ratios.pmsPerManager.max} product managers each, the "player/coach" to "supervisor" spans that suit managers who also do the work.`,
      sources: ['decision:group-pm-placement', 'seed:003', 'ref:mckinsey-spans-2017'],
    });
  } else if (shape.top) {
    out.push({
      topic: 'group product managers',
      text: `No Group Product Managers: ${plural(p.pms, 'product manager')} fit in one team the ${topTitle} leads directly (at most ${shape.teamMax}).`,
      sources: ['ref:mckinsey-spans-2017'],
    });
  }
  out.push({
    topic: 'product managers',
    text: `The ${plural(p.pms, 'product manager')} are ${plural(c('senior-product-manager'), 'Senior Product Manager')}, ${plural(c('product-manager'), 'Product Manager')} and ${plural(c('associate-product-manager'), 'Associate Product Manager')}, spread over ${plural(p.productLines, 'product line')}: about a third senior in each team, to lead by example and mentor.${c('associate-product-manager') ? " Associate PMs report to their team's manager, with a senior PM of the team as their mentor: a senior PM managing one associate would be a manager with a single report." : p.stage === 'seed' ? ' No associate PMs at the seed stage: the role is an apprenticeship that needs experienced PMs with time to teach.' : ''}`,
    sources: ['seed:002', 'seed:000', ...(c('associate-product-manager') ? ['decision:apm-reports-to-team-manager'] : [])],
  });
  const ops = shape.ops;
  if (ops.shape !== 'none') {
    const how: Record<Structure['ops']['shape'], string> = {
      none: '',
      individuals: `each reporting to the ${shape.top === 'chief-product-officer' ? 'first VP of Product' : topTitle}, as ${ops.people === 1 ? 'a team of one needs' : `a team of ${ops.people} is too small for a lead with ${min} reports`}`,
      lead: `a Product Operations Lead managing the others, reporting to the ${shape.top === 'chief-product-officer' ? 'first VP of Product' : topTitle}`,
      director: `a Director of Product Operations managing the team, reporting to the ${shape.top === 'chief-product-officer' ? 'first VP of Product' : topTitle}`,
      'director-and-leads': 'a Director of Product Operations with leads over groups of managers',
    };
    out.push({
      topic: 'product operations',
      text: `Product operations is warranted (${[ops.pmFamily >= config.productOps.minPms ? `${ops.pmFamily} people in product management` : '', p.productLines >= config.productOps.minProductLines ? `${p.productLines} product lines` : ''].filter(Boolean).join(' and ')}): it matters most in large organisations and companies with several product lines. ${plural(ops.people, 'product operations person', 'product operations people')}, one per ${config.ratios.pmsPerProductOps.max} people in product management at most: ${how[ops.shape]}.`,
      sources: ['seed:000', 'seed:002', 'decision:product-operations-ladder', 'ref:sharebird-prodops-ratio'],
    });
  } else {
    out.push({
      topic: 'product operations',
      text: `No product operations yet: with ${plural(ops.pmFamily, 'person', 'people')} in product management and ${plural(p.productLines, 'product line')} the PMs can share tools and processes themselves. Add it at ${config.productOps.minPms} people in product management or ${config.productOps.minProductLines} product lines: it matters most in large organisations and companies with several product lines.`,
      sources: ['seed:000'],
    });
  }
  if (!p.agile) {
    out.push({ topic: 'product owners', text: 'No product owners: the role belongs to teams working in an agile method such as Scrum; a design for agile teams includes them.', sources: ['seed:000', 'decision:product-owner-ladder'] });
  } else if (bucket === 'small' || !shape.top) {
    out.push({ topic: 'product owners', text: "No separate product owners: in a small product team each product manager also holds the product owner accountability for their team's backlog; some organisations have one person doing both jobs.", sources: ['seed:003', 'seed:000'] });
  } else {
    out.push({
      topic: 'product owners',
      text: `${plural(c('product-owner'), 'Product Owner')}, one per team, working with the team's product managers on the backlog and in sprint ceremonies while the PMs own strategy and the whole product; each reports to the team's manager.`,
      sources: ['seed:000', 'seed:003', 'decision:product-owner-ladder', 'decision:reporting-lines-by-size'],
    });
  }
  out.push({
    topic: 'layers and spans',
    text: `Every manager has ${min} to ${max} direct reports where the headcount allows it, and no manager has a single report; the fewest layers that keep those spans, never more than ${config.layers.max} from the CEO down: no organisation needs more than about seven layers of management above the front line.`,
    sources: ['ref:mckinsey-spans-2017', 'ref:sb-hierarchies-2008'],
  });
  return out;
}
