import type { SizeBucket } from '../framework/company-size.js';
import type { OrgConfig } from './config.js';

/**
 * The shape of a recommended product organisation, as a tree of role nodes: who leads, how many
 * layers, how the product managers are grouped into teams. Pure arithmetic on the parameters and
 * the audit's thresholds; design.ts turns it into a roster and explains it.
 */

export type Stage = 'seed' | 'growth' | 'enterprise';

export interface StructureParams {
  pms: number;
  productLines: number;
  bucket: SizeBucket;
  stage: Stage;
  agile: boolean;
}

export interface RoleNode {
  roleId: string;
  /** The product line (0-based) the node works on, where it works on one. */
  line?: number | undefined;
  children: RoleNode[];
}

export type TopRole = 'head-of-product' | 'vp-of-product' | 'chief-product-officer';

export interface Structure {
  /** The product organisation under the CEO (empty when the PMs report to the CEO directly). */
  nodes: RoleNode[];
  top: TopRole | null;
  /** What the top product role leads directly. */
  topLeads: 'pms' | 'group-pms' | 'directors' | 'vps' | 'svps' | null;
  counts: { svps: number; vps: number; directors: number; groupPms: number; teams: number; productOwners: number; apms: number; seniors: number };
  ops: { people: number; shape: 'none' | 'individuals' | 'lead' | 'director' | 'director-and-leads'; pmFamily: number };
  /** The most PMs one manager leads: the span limit, less a place for the product owner, within the PMs-per-manager ratio. */
  teamMax: number;
}

/** Balanced parts: split(10, 3) → [4, 3, 3]. */
export function split(n: number, parts: number): number[] {
  const base = Math.floor(n / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < n % parts ? 1 : 0));
}

/**
 * How many groups to make of n items, each at most `max`: the fewest that fit, raised to `min`
 * groups where every group can still keep `min` items (so the level above is not left with one
 * or two reports when headcount allows more).
 */
export function groupCount(n: number, max: number, min: number): number {
  const fewest = Math.ceil(n / max);
  const wanted = n >= min * min ? Math.min(min, Math.floor(n / min)) : fewest;
  return Math.max(fewest, wanted);
}

/** Consecutive, balanced groups of nodes. */
function groupNodes(nodes: RoleNode[], parts: number, roleId: string): RoleNode[] {
  const out: RoleNode[] = [];
  let i = 0;
  for (const size of split(nodes.length, parts)) {
    const children = nodes.slice(i, i + size);
    i += size;
    const lines = new Set(children.map((c) => c.line));
    out.push({ roleId, line: lines.size === 1 ? children[0]!.line : undefined, children });
  }
  return out;
}

/**
 * Teams of product managers, one product line at a time: a line with more PMs than a team holds is
 * split into balanced teams, neighbouring lines share a team while they fit in one, and no team is left with fewer
 * than `min` PMs while a neighbour can share. Then, while the teams are fewer than `wanted` and the
 * largest can be halved into two teams of `min`, it is.
 */
export function packTeams(perLine: number[], max: number, min: number, wanted: number): { lines: number[]; size: number }[] {
  const pieces: { lines: number[]; size: number }[] = [];
  perLine.forEach((k, line) => {
    if (k > max) for (const size of split(k, Math.ceil(k / max))) pieces.push({ lines: [line], size });
    else if (k > 0) pieces.push({ lines: [line], size: k });
  });
  const teams: { lines: number[]; size: number }[] = [];
  for (const piece of pieces) {
    const last = teams[teams.length - 1];
    const joinable = last && last.size + piece.size <= max;
    if (joinable) teams.push({ lines: [...new Set([...teams.pop()!.lines, ...piece.lines])], size: last.size + piece.size });
    else teams.push({ ...piece, lines: [...piece.lines] });
  }
  // A small last team leans on its neighbour: merged when they fit, rebalanced when they do not.
  for (let i = teams.length - 1; i > 0; i--) {
    const a = teams[i - 1]!;
    const b = teams[i]!;
    if (b.size >= min && a.size >= min) continue;
    if (a.size + b.size <= max) teams.splice(i - 1, 2, { lines: [...new Set([...a.lines, ...b.lines])], size: a.size + b.size });
    else {
      const [x, y] = split(a.size + b.size, 2) as [number, number];
      teams.splice(i - 1, 2, { lines: a.lines, size: x }, { lines: [...new Set([...a.lines.slice(-1), ...b.lines])], size: y });
    }
  }
  while (teams.length < wanted) {
    let big = 0;
    teams.forEach((t, i) => {
      if (t.size > teams[big]!.size) big = i;
    });
    const t = teams[big]!;
    if (t.size < 2 * min) break;
    const [x, y] = split(t.size, 2) as [number, number];
    teams.splice(big, 1, { lines: t.lines, size: x }, { lines: t.lines, size: y });
  }
  return teams;
}

/** `parts` balanced teams of consecutive product managers, ordered by product line. */
export function evenTeams(perLine: number[], parts: number): { lines: number[]; size: number }[] {
  const lineOf = perLine.flatMap((k, line) => Array.from({ length: k }, () => line));
  let i = 0;
  return split(lineOf.length, parts).map((size) => {
    const lines = [...new Set(lineOf.slice(i, i + size))];
    i += size;
    return { lines, size };
  });
}

/** People in product operations for a product management organisation of this size (0 when not yet warranted). */
export function opsPeople(pmFamily: number, productLines: number, config: OrgConfig): number {
  const warranted = pmFamily >= config.productOps.minPms || productLines >= config.productOps.minProductLines;
  return warranted ? Math.max(1, Math.ceil(pmFamily / config.ratios.pmsPerProductOps.max)) : 0;
}

/**
 * The organisation a head of product would propose: the fewest layers that keep every manager's
 * span within the audit's thresholds (`span.min`–`span.max`, and `ratios.pmsPerManager.max` product
 * managers per first-line manager), no manager with a single report where headcount allows, and
 * reporting lines the framework has for the company size.
 */
export function buildStructure(p: StructureParams, config: OrgConfig): Structure {
  const min = config.span.min;
  const max = config.span.max;
  const productOwners = p.agile && p.bucket !== 'small';
  const teamMax = Math.max(1, Math.min(max - (productOwners ? 1 : 0), config.ratios.pmsPerManager.max));
  // Too few product managers for a leader with a team: they report to the CEO.
  if (p.pms < min) {
    const seniors = p.pms >= 2 ? 1 : 0;
    const nodes: RoleNode[] = [];
    for (let i = 0; i < p.pms; i++) nodes.push({ roleId: i < seniors ? 'senior-product-manager' : 'product-manager', line: p.productLines > 1 ? i % p.productLines : 0, children: [] });
    return {
      nodes,
      top: null,
      topLeads: null,
      counts: { svps: 0, vps: 0, directors: 0, groupPms: 0, teams: 0, productOwners: 0, apms: 0, seniors },
      ops: { people: 0, shape: 'none', pmFamily: p.pms },
      teamMax,
    };
  }
  // The top's span must leave room for product operations; found by trying the smallest reserve first.
  for (let reserve = 0; reserve <= max; reserve++) {
    const s = attempt(p, config, teamMax, productOwners, max - reserve);
    if (s) return s;
  }
  // Cannot happen with a valid config (a reserve of span.max leaves the top nothing but operations).
  throw new Error('no structure fits the span limits');
}

function attempt(p: StructureParams, config: OrgConfig, teamMax: number, productOwners: boolean, topRoom: number): Structure | null {
  const min = config.span.min;
  const max = config.span.max;
  const perLine = split(p.pms, p.productLines);
  let apmBudget = p.stage !== 'seed' && p.pms >= 6 ? Math.floor(p.pms / 6) : 0;
  const counts = { svps: 0, vps: 0, directors: 0, groupPms: 0, teams: 0, productOwners: 0, apms: 0, seniors: 0 };

  /** The individual contributors of one team: about a third senior, perhaps one associate PM. */
  const members = (k: number, line: number | undefined): RoleNode[] => {
    counts.teams++;
    const apm = apmBudget > 0 && k >= 4 ? 1 : 0;
    apmBudget -= apm;
    counts.apms += apm;
    const seniors = k >= 2 ? Math.max(1, Math.round((k - apm) * 0.3)) : 0;
    counts.seniors += seniors;
    const out: RoleNode[] = [];
    for (let i = 0; i < seniors; i++) out.push({ roleId: 'senior-product-manager', line, children: [] });
    for (let i = 0; i < k - apm - seniors; i++) out.push({ roleId: 'product-manager', line, children: [] });
    if (apm) out.push({ roleId: 'associate-product-manager', line, children: [] });
    if (productOwners) {
      counts.productOwners++;
      out.push({ roleId: 'product-owner', line, children: [] });
    }
    return out;
  };

  let topLeads: Structure['topLeads'];
  let level: RoleNode[];
  const direct = p.pms <= teamMax && p.pms + (productOwners ? 1 : 0) <= topRoom;
  if (direct) {
    topLeads = 'pms';
    const lines = new Set(perLine.map((_, i) => i));
    level = members(p.pms, lines.size === 1 ? 0 : undefined);
  } else {
    let teams = packTeams(perLine, teamMax, min, groupCount(p.pms, teamMax, min));
    // Keeping every product line whole must not cost a layer: if it would, teams cut across lines.
    const fewest = groupCount(p.pms, teamMax, min);
    const levelsAbove = (n: number) => {
      let k = 0;
      for (; n > topRoom; k++) n = groupCount(n, max, min);
      return k;
    };
    if (levelsAbove(teams.length) > levelsAbove(fewest)) teams = evenTeams(perLine, fewest);
    level = teams.map((t) => {
      const line = t.lines.length === 1 ? t.lines[0] : undefined;
      counts.groupPms++;
      return { roleId: 'group-product-manager', line, children: members(t.size, line) };
    });
    topLeads = 'group-pms';
    const above: [NonNullable<Structure['topLeads']>, string][] = [
      ['directors', 'director-of-product'],
      ['vps', 'vp-of-product'],
      ['svps', 'svp-of-product'],
    ];
    for (const [name, roleId] of above) {
      if (level.length <= topRoom) break;
      // A small company has no VP: its head of product leads the directors, however many.
      if (p.bucket === 'small' && roleId !== 'director-of-product') return null;
      // A VP keeps one place free: product operations reports to the first VP under a CPO.
      level = groupNodes(level, groupCount(level.length, roleId === 'vp-of-product' ? Math.max(1, max - 1) : max, min), roleId);
      if (roleId === 'director-of-product') counts.directors = level.length;
      if (roleId === 'vp-of-product') counts.vps = level.length;
      if (roleId === 'svp-of-product') counts.svps = level.length;
      topLeads = name;
    }
    if (level.length > topRoom) return null;
  }

  const top: TopRole =
    topLeads === 'pms' || p.bucket === 'small' ? 'head-of-product' : topLeads === 'group-pms' || topLeads === 'directors' ? 'vp-of-product' : 'chief-product-officer';
  if (top === 'vp-of-product') counts.vps = 1;
  const root: RoleNode = { roleId: top, children: level };

  // Product operations, sized on everyone in product management as the audit counts them.
  const pmFamily = countPm(root);
  const people = opsPeople(pmFamily, p.productLines, config);
  // Attached to the top, or to the first VP under a CPO (the framework has no line from ops to a CPO).
  // Attached to the top, or to the VPs under a CPO (the framework has no line from ops to a CPO).
  const hosts = top === 'chief-product-officer' ? vpsOf(root) : [root];
  let shape: Structure['ops']['shape'] = 'none';
  const manager = (): RoleNode => ({ roleId: 'product-operations-manager', children: [] });
  if (people > 0 && people <= min) {
    // Too few for a lead with a team of their own: each reports to the product leader.
    shape = 'individuals';
    for (let i = 0; i < people; i++) hosts[0]!.children.push(manager());
  } else if (people > 0) {
    const director = p.bucket === 'large' || (p.bucket === 'medium' && people - 1 > max);
    if (!director || people - 1 <= max) {
      shape = director ? 'director' : 'lead';
      const below = Math.min(people - 1, max);
      hosts[0]!.children.push({ roleId: director ? 'director-of-product-operations' : 'product-operations-lead', children: Array.from({ length: below }, manager) });
    } else {
      shape = 'director-and-leads';
      // One director holds up to span.max leads of span.max managers each; more people, more directors.
      const directors = Math.ceil(people / (max * (max + 1) + 1));
      split(people, directors).forEach((n, i) => {
        const below = n - 1;
        // At least two leads (a director with one report is no span), each with at least `min` managers.
        const leads = Math.max(2, Math.min(min, Math.floor(below / (min + 1))), Math.ceil(below / (max + 1)));
        hosts[i % hosts.length]!.children.push({
          roleId: 'director-of-product-operations',
          children: split(below - leads, leads).map((m) => ({ roleId: 'product-operations-lead', children: Array.from({ length: m }, manager) })),
        });
      });
    }
  }
  if (hosts.some((h) => h.children.length > max) || root.children.length > max) return null;
  return { nodes: [root], top, topLeads, counts, ops: { people: shape === 'none' ? 0 : countOps(root), shape, pmFamily }, teamMax };
}

function walk(n: RoleNode, visit: (n: RoleNode) => void): void {
  const stack = [n];
  while (stack.length) {
    const cur = stack.pop()!;
    visit(cur);
    for (let i = cur.children.length - 1; i >= 0; i--) stack.push(cur.children[i]!);
  }
}
const PM_FAMILY = new Set(['head-of-product', 'vp-of-product', 'chief-product-officer', 'svp-of-product', 'director-of-product', 'group-product-manager', 'senior-product-manager', 'product-manager', 'associate-product-manager']);
function countPm(root: RoleNode): number {
  let n = 0;
  walk(root, (x) => {
    if (PM_FAMILY.has(x.roleId)) n++;
  });
  return n;
}
function countOps(root: RoleNode): number {
  let n = 0;
  walk(root, (x) => {
    if (x.roleId.includes('product-operations')) n++;
  });
  return n;
}
function vpsOf(root: RoleNode): RoleNode[] {
  const found: RoleNode[] = [];
  walk(root, (x) => {
    if (x.roleId === 'vp-of-product') found.push(x);
  });
  return found.length ? found : [root];
}
