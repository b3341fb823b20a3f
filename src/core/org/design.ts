import { LadderError } from '../errors.js';
import { COMPANY_SIZE_NOTE, type Framework } from '../framework/schema.js';
import { resolveOrgConfig, type OrgConfig, type OrgConfigInput } from './config.js';
import { roleById } from './roles.js';
import { EXTERNAL_REFERENCES } from './sources.js';
import { sizeBucket, type Person, type SizeBucket } from './types.js';

export type Stage = 'seed' | 'growth' | 'enterprise';
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
  /** seed:NNN and decision:ID from the framework, ref:ID from EXTERNAL_REFERENCES. */
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
  /** The top product role and how many of each management layer. */
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
  'chief-product-owner': 'cpo-owner',
  'product-owner': 'po',
};

/** Balanced parts: split(10, 3) → [4, 3, 3]. */
function split(n: number, parts: number): number[] {
  const base = Math.floor(n / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < n % parts ? 1 : 0));
}

type Unit =
  | { kind: 'gpm'; line: number; size: number }
  | { kind: 'loose'; line: number; size: number };

/**
 * Recommends a product organisation: the roles and how many at each band, who reports to whom,
 * whether a VP, a CPO, product operations and product owners are warranted, with the reasoning and
 * its sources. The rules follow the framework's reporting lines for the company size, so the roster
 * it returns passes `auditRoster` without errors (and without warnings under the default config).
 */
export function designOrg(params: DesignParams, framework: Framework, options: { config?: OrgConfigInput | OrgConfig | undefined } = {}): OrgDesign {
  const config = resolveOrgConfig(options.config);
  const p = validate(params);
  const P = p.pms;
  const L = p.productLines;
  const bucket = sizeBucket(p.companySize)!;
  const roles = roleById(framework);
  const titleOf = (roleId: string) => roles.get(roleId)?.title ?? FALLBACK_TITLES[roleId] ?? roleId;
  /** The widest team one manager is given: the smaller of the span and the PMs-per-manager limits. */
  const S = Math.max(3, Math.min(config.span.max - 1, config.ratios.pmsPerManager.max));

  const roster: Person[] = [];
  const roleOfId = new Map<string, string>();
  const counters = new Map<string, number>();
  const lineName = (l: number) => (L === 1 ? 'Core product' : `Product line ${l + 1}`);
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

  // --- Teams of product managers ------------------------------------------------------------------
  const perLine = split(P, L);
  const units: Unit[] = [];
  for (let l = 0; l < L; l++) {
    const k = perLine[l]!;
    const grouped = P > S && k >= config.span.min;
    if (!grouped) units.push({ kind: 'loose', line: l, size: k });
    else for (const size of split(k, Math.ceil(k / S))) units.push({ kind: 'gpm', line: l, size });
  }
  const poByTeam = p.agile && bucket !== 'small';
  // A team without a group PM brings its product owner straight to the director (mid-sized companies).
  const weight = (u: Unit) => (u.kind === 'gpm' ? 1 : u.size + (poByTeam && bucket === 'medium' ? 1 : 0));
  // Product operations is sized on everyone in product management (as the audit counts them), so it
  // is decided once the product management structure is known.
  const opsPeople = (pmFamily: number) =>
    pmFamily >= config.productOps.minPms || L >= config.productOps.minProductLines ? Math.max(1, Math.ceil(pmFamily / config.ratios.pmsPerProductOps.max)) : 0;

  // Directors: teams are packed, in product-line order, into directors of at most S teams in medium
  // and large companies, and in small ones only when the head of product would have too many reports.
  type Director = { lines: number[]; units: Unit[] };
  const directors: Director[] = [];
  const groupCount = units.filter((u) => u.kind === 'gpm').length;
  const opsIfUnpacked = opsPeople(P + groupCount + 1);
  const topExtra = bucket === 'small' ? (opsIfUnpacked >= 3 ? 1 : opsIfUnpacked) : 0;
  const headDirect = units.reduce((a, u) => a + weight(u), 0) + topExtra;
  let looseUnderTop: Unit[] = [];
  if (bucket !== 'small' || headDirect > S + 1) {
    let cur: Director | undefined;
    for (const u of units) {
      if (!cur || cur.units.reduce((a, x) => a + weight(x), 0) + weight(u) > S) directors.push((cur = { lines: [], units: [] }));
      cur.units.push(u);
      if (!cur.lines.includes(u.line)) cur.lines.push(u.line);
    }
  } else looseUnderTop = units;

  // --- Leadership -----------------------------------------------------------------------------------
  const D = directors.length;
  let top: 'head-of-product' | 'vp-of-product' | 'chief-product-officer';
  let vpCount = 0;
  // A small company's head of product leads the directors directly while they fit in one span; an
  // unusually large product team in a small company gets a VP (or a CPO over VPs) like a larger one.
  const headFits = D + topExtra <= S + 1;
  if (bucket === 'small' && (looseUnderTop.length > 0 || headFits)) top = 'head-of-product';
  else if (bucket === 'medium' && D <= S) {
    top = 'vp-of-product';
    vpCount = 1;
  } else {
    top = 'chief-product-officer';
    vpCount = Math.ceil(D / S);
  }

  const ceo = add('ceo', null);
  const topId = add(top, ceo);
  const vps: string[] = [];
  if (top === 'vp-of-product') vps.push(topId);
  else if (top === 'chief-product-officer') for (let i = 0; i < vpCount; i++) vps.push(add('vp-of-product', topId));
  const vpOf: string[] = [];
  split(D, Math.max(1, vps.length)).forEach((k, v) => {
    for (let j = 0; j < k; j++) vpOf.push(vps[v] ?? topId);
  });

  let apmBudget = p.stage !== 'seed' && P >= 6 ? Math.floor(P / 6) : 0;
  let teams = 0;
  /** A team of k product managers under a manager: senior PMs, PMs and perhaps one associate PM. */
  const team = (k: number, managerId: string, line: number) => {
    teams++;
    const apm = apmBudget > 0 && k >= 4 ? 1 : 0;
    apmBudget -= apm;
    const seniors = k >= 2 ? Math.max(1, Math.round((k - apm) * 0.3)) : 0;
    const ids: string[] = [];
    for (let i = 0; i < seniors; i++) ids.push(add('senior-product-manager', managerId, line));
    for (let i = 0; i < k - apm - seniors; i++) ids.push(add('product-manager', managerId, line));
    if (apm) add('associate-product-manager', ids[0] ?? managerId, line);
  };
  let groupPms = 0;
  const emitUnit = (u: Unit, parent: string, poParent: string | null) => {
    if (u.kind === 'gpm') {
      groupPms++;
      const gpm = add('group-product-manager', parent, u.line);
      team(u.size, gpm, u.line);
      if (poByTeam && poParent === null) add('product-owner', gpm, u.line);
      else if (poByTeam && poParent) add('product-owner', poParent, u.line);
    } else {
      team(u.size, parent, u.line);
      if (poByTeam) add('product-owner', poParent ?? parent, u.line);
    }
  };
  directors.forEach((d, i) => {
    const parent = top === 'head-of-product' ? topId : vpOf[i]!;
    const dir = add('director-of-product', parent, d.lines.length === 1 ? d.lines[0] : undefined);
    // In large companies product owners report to a chief product owner, who reports to a director.
    const chief = poByTeam && bucket === 'large' ? add('chief-product-owner', dir) : null;
    for (const u of d.units) emitUnit(u, dir, chief);
  });
  for (const u of looseUnderTop) emitUnit(u, topId, null);

  // --- Product operations ----------------------------------------------------------------------------
  const pmFamily = roster.filter((x) => (roles.get(roleOfId.get(x.id)!)?.family ?? (x.id === 'ceo' ? null : 'product-management')) === 'product-management').length;
  // A large company's team has a director, so it is at least two people.
  const opsCount = bucket === 'large' && opsPeople(pmFamily) > 0 ? Math.max(2, opsPeople(pmFamily)) : opsPeople(pmFamily);
  const needOps = opsCount > 0;
  // Led by a director when it is a team of three or more, and always in a large company (where the
  // framework has product operations managers report to one). A pair in a mid-sized company is a lead
  // and a manager, the lead reporting to the VP; in a small company they report to the head of product.
  const opsDirector = needOps && (bucket === 'large' || opsCount >= 3);
  const opsLead = needOps && !opsDirector && bucket === 'medium';
  if (opsLead) {
    const lead = add('product-operations-lead', vps[0]!);
    for (let i = 1; i < opsCount; i++) add('product-operations-manager', lead);
  } else if (opsDirector) {
    // Directors of product operations (one per S leads), leads (one per S managers) when the team is big.
    const below = opsCount - 1;
    const wide = config.span.max;
    const leads = below > wide ? Math.ceil(below / (wide + 1)) : 0;
    const dirCount = Math.max(1, Math.ceil(leads / wide));
    const dirs: string[] = [];
    for (let i = 0; i < dirCount; i++) dirs.push(add('director-of-product-operations', top === 'head-of-product' ? topId : vps[i % vps.length]!));
    if (leads === 0) for (let i = 0; i < below - (dirCount - 1); i++) add('product-operations-manager', dirs[0]!);
    else {
      const managers = split(below - (dirCount - 1) - leads, leads);
      managers.forEach((m, i) => {
        const lead = add('product-operations-lead', dirs[Math.floor(i / wide)] ?? dirs[0]!);
        for (let j = 0; j < m; j++) add('product-operations-manager', lead);
      });
    }
  } else for (let i = 0; i < opsCount; i++) add('product-operations-manager', top === 'chief-product-officer' ? vps[0]! : topId);

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

  const reasoning = explain({
    p,
    bucket,
    top,
    vpCount,
    D,
    groupPms,
    S,
    teams,
    needOps,
    opsCount,
    pmFamily,
    opsDirector,
    opsLead,
    counts: countBy,
    titleOf,
    config,
  }).map((r) => ({ ...r, sources: r.sources.filter((s) => sourceExists(framework, s)) }));

  return {
    params: p,
    companySizeBucket: bucket,
    leadership: { top, topTitle: titleOf(top), vps: vps.length, directors: D, groupPms },
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
  if (ref.startsWith('ref:')) return EXTERNAL_REFERENCES.some((r) => r.id === ref.slice(4));
  return false;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function explain(x: {
  p: OrgDesign['params'];
  bucket: SizeBucket;
  top: string;
  vpCount: number;
  D: number;
  groupPms: number;
  S: number;
  teams: number;
  needOps: boolean;
  opsCount: number;
  pmFamily: number;
  opsDirector: boolean;
  opsLead: boolean;
  counts: Map<string, number>;
  titleOf: (id: string) => string;
  config: OrgConfig;
}): DesignReason[] {
  const { p, bucket, config } = x;
  const out: DesignReason[] = [];
  const c = (id: string) => x.counts.get(id) ?? 0;
  out.push({
    topic: 'company size',
    text: `${p.companySizeEstimated ? `No company size was given, so it is estimated at ${p.companySize.toLocaleString('en-US')} (about 34 people per product manager, a European median)` : `A company of ${p.companySize.toLocaleString('en-US')} people`} is ${COMPANY_SIZE_NOTE[bucket].replace(/^in /, '')}; the framework's reporting lines for that size decide who reports to whom. Stage: ${p.stage}.`,
    sources: p.companySizeEstimated ? ['ref:khalil-pm-ratio-2019'] : [],
  });
  if (x.top === 'head-of-product') {
    out.push({
      topic: 'top product role',
      text: `A Head of Product leads the product organisation and reports to the CEO: in small companies the head of product is usually the top product person, and directors report to the CEO in smaller organisations rather than to a VP. A VP of Product is usually found in larger organisations, so none is recommended here.`,
      sources: ['decision:head-of-product-band', 'seed:002', 'decision:executive-layers'],
    });
  } else if (x.top === 'vp-of-product') {
    out.push({
      topic: 'top product role',
      text: `A VP of Product leads the product organisation and reports to the CEO: the VP is usually found in larger organisations and is responsible for the entire product set; in mid-sized companies the VP reports to the CEO. A CPO is not needed while one VP can lead every director (${plural(x.D, 'director')}, at most ${x.S} each).`,
      sources: ['seed:002', 'decision:executive-layers'],
    });
  } else {
    out.push({
      topic: 'top product role',
      text: `A Chief Product Officer leads the product organisation, reports to the CEO and oversees ${plural(x.vpCount, 'VP')} of Product${bucket === 'large' ? ': in large companies VPs report to the CPO' : bucket === 'small' ? `: a small company's head of product usually leads, but ${x.D} directors are more than one head of product can lead at ${x.S} each, and in a small company a VP reports to a CPO` : `: ${x.D} directors are more than one VP can lead at ${x.S} each`}. The CPO is responsible for all product activities and may oversee several VPs.`,
      sources: ['seed:002', 'decision:executive-layers', 'decision:cpo-not-head-or-vp'],
    });
  }
  if (x.D > 0) {
    out.push({
      topic: 'directors',
      text: `${x.D === 1 ? 'One Director of Product, over the portfolio of teams and product lines,' : `${x.D} Directors of Product, each over a portfolio of teams or product lines,`} reporting to ${x.top === 'head-of-product' ? 'the Head of Product' : 'a VP of Product'}. Directors look across the products in their portfolio and develop people; in larger organisations they report to a VP, in smaller ones to the CEO or the head of product.`,
      sources: ['seed:002', 'decision:director-is-management', 'decision:head-of-product-band'],
    });
  }
  if (x.groupPms > 0) {
    out.push({
      topic: 'group product managers',
      text: `${plural(x.groupPms, 'Group Product Manager')}, each leading one team of at most ${x.S} product managers: the first rung of people management, often over a whole product line. ${x.S} is within the "coach" to "supervisor" spans (6–10) that suit managers who also do the work.`,
      sources: ['decision:group-pm-placement', 'seed:003', 'ref:mckinsey-spans-2017'],
    });
  } else {
    out.push({
      topic: 'group product managers',
      text: `No Group Product Managers: ${plural(p.pms, 'product manager')} ${p.pms === 1 ? 'is' : 'are'} few enough to report to ${x.D ? 'a director' : `the ${x.titleOf(x.top)}`} directly (a span of at most ${x.S}).`,
      sources: ['ref:mckinsey-spans-2017'],
    });
  }
  out.push({
    topic: 'product managers',
    text: `The ${plural(p.pms, 'product manager')} are ${plural(c('senior-product-manager'), 'Senior Product Manager')}, ${plural(c('product-manager'), 'Product Manager')} and ${plural(c('associate-product-manager'), 'Associate Product Manager')}, spread over ${plural(p.productLines, 'product line')}: about a third senior in each team, to lead by example and mentor.${c('associate-product-manager') ? ' Associate PMs report to a senior PM or a PM, who teaches them the job.' : p.stage === 'seed' ? ' No associate PMs at the seed stage: the role is an apprenticeship that needs experienced PMs with time to teach.' : ''}`,
    sources: ['seed:002', 'seed:000'],
  });
  if (x.needOps) {
    out.push({
      topic: 'product operations',
      text: `Product operations is warranted (${[x.pmFamily >= config.productOps.minPms ? `${x.pmFamily} people in product management` : '', p.productLines >= config.productOps.minProductLines ? `${p.productLines} product lines` : ''].filter(Boolean).join(' and ')}): it matters most in large organisations and companies with several product lines. ${plural(x.opsCount, 'product operations person', 'product operations people')}, one per ${config.ratios.pmsPerProductOps.max} people in product management at most: ${x.opsLead ? `a Product Operations Lead${x.opsCount > 1 ? ' with a Product Operations Manager' : ''}, reporting to the VP of Product as the framework has it for mid-sized companies` : x.opsDirector ? `a Director of Product Operations who manages the team${x.opsCount > config.span.max + 1 ? ', with leads over groups of managers' : ''}` : `Product Operations Managers reporting to the ${x.titleOf(x.top)}`}.`,
      sources: ['seed:000', 'seed:002', 'decision:product-operations-ladder', 'ref:sharebird-prodops-ratio'],
    });
  } else {
    out.push({
      topic: 'product operations',
      text: `No product operations yet: with ${plural(x.pmFamily, 'person', 'people')} in product management and ${plural(p.productLines, 'product line')} the PMs can share tools and processes themselves. Add it at ${config.productOps.minPms} people in product management or ${config.productOps.minProductLines} product lines: it matters most in large organisations and companies with several product lines.`,
      sources: ['seed:000'],
    });
  }
  if (!p.agile) {
    out.push({ topic: 'product owners', text: 'No product owners: the role belongs to teams working in an agile method such as Scrum (use --agile to include it).', sources: ['seed:000', 'decision:product-owner-ladder'] });
  } else if (bucket === 'small') {
    out.push({ topic: 'product owners', text: 'No separate product owners: in a small company each product manager also holds the product owner accountability for their team\'s backlog; some organisations have one person doing both jobs.', sources: ['seed:003', 'seed:000'] });
  } else {
    out.push({
      topic: 'product owners',
      text: `${plural(c('product-owner'), 'Product Owner')}, one per team, working with the team's product managers on the backlog and in sprint ceremonies while the PMs own strategy and the whole product${bucket === 'large' ? `; in a large company they report to ${plural(c('chief-product-owner'), 'Chief Product Owner')} under the directors` : '; in a mid-sized company they report to the group product manager'}.`,
      sources: ['seed:000', 'seed:003', 'decision:product-owner-ladder'],
    });
  }
  out.push({
    topic: 'layers and spans',
    text: `At most ${x.S} direct reports per product manager of managers, and no more than ${config.layers.max} layers from the CEO down: no organisation needs more than about seven layers of management above the front line.`,
    sources: ['ref:mckinsey-spans-2017', 'ref:sb-hierarchies-2008'],
  });
  return out;
}
