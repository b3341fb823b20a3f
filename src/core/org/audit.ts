import type { Framework, PayRange, Role } from '../framework/schema.js';
import { resolveOrgConfig, type OrgConfig, type OrgConfigInput } from './config.js';
import { computeMetrics, type OrgMetrics } from './metrics.js';
import {
  acceptsManager,
  expectedManagers,
  isProductFamily,
  payRangesFor,
  roleById,
  roleList,
} from './roles.js';
import { buildTree, chainAbove, ManagerStatus, type OrgTree } from './tree.js';
import {
  sizeBucket,
  type Finding,
  type FindingCode,
  type NormalizeFn,
  type RejectedRow,
  type Roster,
  type Severity,
  type SizeBucket,
} from './types.js';

export interface AuditOptions {
  framework: Framework;
  /**
   * The title normalizer, per context. By default the framework's own (src/core/normalize), through
   * the resolver; tests pass any function of that shape.
   */
  normalize?: NormalizeFn | undefined;
  config?: OrgConfigInput | OrgConfig | undefined;
  /** Company headcount; overrides config.companySize. */
  companySize?: number | undefined;
}

import { readRosterTitles, type ContextReading, type TitleInfo } from './titles.js';

export type { ContextReading, TitleInfo };

export interface AuditedPerson {
  id: string;
  name: string;
  title: string;
  line: number;
  open: boolean;
  info: TitleInfo;
  depth: number;
  span: number;
  /** The worst severity among the findings naming this person. */
  worst: Severity | null;
  findings: number[];
}

export interface AuditSummary {
  file: string;
  framework: string;
  people: number;
  openRoles: number;
  rejectedRows: number;
  /** People whose titles were read in a product context (their department, or a product leader above them). */
  productContext: number;
  companySize: number | null;
  companySizeBucket: SizeBucket | null;
  findings: Record<Severity, number>;
  byCode: Partial<Record<FindingCode, number>>;
  /** True when no finding is an error. */
  ok: boolean;
}

export interface AuditResult {
  summary: AuditSummary;
  metrics: OrgMetrics;
  findings: Finding[];
  rejectedRows: RejectedRow[];
  /** People read in a product context whose title reads differently there, in roster order. */
  contextReadings: ContextReading[];
  /** Per person, in roster order, worked out when first read; not part of the JSON report. */
  readonly people: AuditedPerson[];
  tree: OrgTree;
  config: OrgConfig;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Shared by everyone without findings, so 100,000 clean people do not mean 100,000 empty arrays. */
const NO_FINDINGS: number[] = [];

/**
 * Audits a roster against the framework: structure (ids, managers, cycles, roots), titles, levels,
 * spans, layers, reporting lines, product operations coverage, ratios and pay. Pure and linear in
 * the roster's size: titles are normalised once each and every walk is iterative.
 */
export function auditRoster(roster: Roster, options: AuditOptions): AuditResult {
  const fw = options.framework;
  const config = resolveOrgConfig(options.config);
  const companySize = options.companySize ?? config.companySize ?? null;
  const bucket = sizeBucket(companySize, fw.companySizes);
  const roles = roleById(fw);
  const people = roster.people;
  const n = people.length;
  const tree = buildTree(people);

  // Titles: each read once per distinct title and context, through the resolver.
  const { info, contextReadings, productContext } = readRosterTitles(fw, people, tree, config, options.normalize);

  const findings: Finding[] = [];
  const sev = (code: FindingCode, fallback: Severity): Severity | null => {
    const s = config.severity[code];
    return s === undefined ? fallback : s === 'off' ? null : s;
  };
  const add = (code: FindingCode, fallback: Severity, ids: string[], message: string) => {
    const severity = sev(code, fallback);
    if (severity) findings.push({ code, severity, people: ids, message });
  };
  const who = (i: number) => {
    const p = people[i]!;
    return `${p.open ? 'open position' : p.name} (${p.id}, ${p.title})`;
  };
  const whoShort = (i: number) => `${people[i]!.open ? 'open position' : people[i]!.name} (${people[i]!.id})`;

  // --- Structure -------------------------------------------------------------------------------
  for (const d of roster.duplicates) {
    add('duplicate-id', 'error', [d.id], `id "${d.id}" is used on lines ${d.lines.join(', ')}; the first row is kept and the others are rejected`);
  }
  for (const v of roster.valueIssues) add('bad-value', 'warning', [v.id], `line ${v.line}: ${v.message}; the value is ignored`);
  for (const i of tree.detached) {
    const p = people[i]!;
    if (tree.status[i] === ManagerStatus.Self) add('self-manager', 'error', [p.id], `${who(i)} is listed as their own manager (line ${p.line})`);
    else add('missing-manager', 'error', [p.id], `${who(i)} reports to "${p.managerId}", who is not in the roster (line ${p.line})`);
  }
  const unreachable = n - tree.order.length;
  for (const cycle of tree.cycles) {
    add(
      'cycle',
      'error',
      cycle.map((i) => people[i]!.id),
      `reporting cycle: ${[...cycle, cycle[0]!].map((i) => whoShort(i)).join(' → ')}; nobody in it, or below it, reaches the top of the organisation${unreachable > cycle.length ? ` (${unreachable} people are cut off by cycles in all)` : ''}`,
    );
  }
  if (tree.roots.length > 1) {
    const shown = tree.roots.slice(0, 10).map(whoShort).join(', ');
    add('multiple-roots', 'warning', tree.roots.map((i) => people[i]!.id), `${tree.roots.length} people have no manager: ${shown}${tree.roots.length > 10 ? ', …' : ''}; a roster usually has one top`);
  }
  for (const { person, ref } of tree.missingDotted) {
    add('missing-dotted-manager', 'info', [people[person]!.id], `${who(person)} has a dotted line to "${ref}", who is not in the roster`);
  }

  // --- Titles --------------------------------------------------------------------------------------
  const unrecognized = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const t = info[i]!;
    if (!t.recognized && !t.external) {
      const list = unrecognized.get(people[i]!.title);
      if (list) list.push(i);
      else unrecognized.set(people[i]!.title, [i]);
    }
  }
  for (const [title, idx] of unrecognized) {
    const t = info[idx[0]!]!;
    const nonProduct = t.family === null || !isProductFamily(t.family);
    const why =
      t.family && !isProductFamily(t.family)
        ? `is ${article(t.family.replace(/-/g, ' '))} title, not a product role`
        : t.adjacent && t.adjacent !== 'other'
          ? `looks like ${article(t.adjacent.replace(/-/g, ' '))} role, not a product role`
          : nonProduct
            ? 'matches no role of the framework'
            : `was matched to ${t.roleTitle ?? t.family} with low confidence (${t.confidence.toFixed(2)})`;
    const count = idx.length === 1 ? whoShort(idx[0]!) : `${idx.length} people`;
    const fallback: Severity = nonProduct && config.titles.allowNonProduct ? 'info' : 'warning';
    add('unrecognized-title', fallback, idx.map((i) => people[i]!.id), `title "${title}" (${count}) ${why}; levels, reporting lines and pay are not checked for it`);
  }

  // --- Per person: levels, spans, inflation, reporting lines, pay ----------------------------------
  const span = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const kids = tree.children[i];
    if (!kids) continue;
    let s = 0;
    for (const c of kids) if (config.span.countOpenPositions || !people[c]!.open) s++;
    span[i] = s;
  }
  // Verdicts per pair of titles (TitleInfo objects are shared per distinct title: identity keys).
  const lineCache = new Map<TitleInfo, Map<TitleInfo, boolean | null>>();
  const payChecked = { checked: 0, outside: 0, notChecked: 0 };
  for (let i = 0; i < n; i++) {
    const p = people[i]!;
    const t = info[i]!;
    const m = tree.manager[i]!;
    if (m >= 0) {
      const mt = info[m]!;
      // Level inversion: at or above the manager's band.
      if (t.band !== null && mt.band !== null && !mt.external && t.band >= mt.band) {
        const above = t.band > mt.band;
        add(
          'level-inversion',
          above ? 'warning' : 'info',
          [p.id, people[m]!.id],
          `${who(i)} is band ${t.band}, ${above ? 'above' : 'the same as'} their manager ${who(m)} at band ${mt.band}`,
        );
      }
      // Reporting line against the framework.
      const mgrKey = mt.roleId ?? mt.external;
      if (t.roleId && t.recognized && mgrKey && (mt.recognized || mt.external)) {
        let row = lineCache.get(t);
        if (!row) lineCache.set(t, (row = new Map()));
        let ok = row.get(mt);
        if (ok === undefined) row.set(mt, (ok = acceptsManager(fw, t.roleId, mgrKey, bucket, config.reportingLine.bandTolerance, config.reportingLine.skipLevel)));
        if (ok === false) {
          const expected = expectedManagers(fw, t.roleId, bucket);
          const sources = [...new Set([...expected.values()].flat().flatMap((l) => l.source))];
          add(
            'reporting-line',
            'warning',
            [p.id, people[m]!.id],
            `${who(i)} reports to ${who(m)}; the framework expects ${article(t.roleTitle ?? t.roleId)} to report to ${article(roleList(fw, expected.keys()))}${bucket ? ` in a ${bucket} company` : ''}${sources.length ? ` [${sources.join(', ')}]` : ''}`,
          );
        }
      }
    }
    // Spans.
    const s = span[i]!;
    if (!t.external && s > 0) {
      if (s > config.span.max) add('span-too-wide', 'warning', [p.id], `${who(i)} has ${s} direct reports, more than ${config.span.max}`);
      else if (s < config.span.min) add('span-too-narrow', 'info', [p.id], `${who(i)} has ${s} direct report${s === 1 ? '' : 's'}, fewer than ${config.span.min}`);
    }
    // Title inflation: a senior management title with nobody below, unless the framework says the
    // role may be held without reports (a director who is an individual contributor).
    if (!p.open && t.band !== null && t.band >= config.titleInflation.minBand && t.track !== 'ic' && !t.external && t.recognized && !(t.roleId && roles.get(t.roleId)?.mayHaveNoReports)) {
      const kids = tree.children[i];
      const filled = kids ? kids.filter((c) => !people[c]!.open).length : 0;
      if (filled === 0) {
        const openOnly = kids ? kids.length : 0;
        add(
          'title-inflation',
          openOnly ? 'info' : 'warning',
          [p.id],
          openOnly
            ? `${who(i)} has only open positions below them (${openOnly}); a band ${t.band} management title with nobody in post below it`
            : `${who(i)} has a band ${t.band} management title but nobody reports to them`,
        );
      }
    }
    // Pay.
    if (p.salary !== undefined && !p.open) {
      const currency = p.currency ?? config.pay.defaultCurrency;
      const role = t.roleId ? roles.get(t.roleId) : undefined;
      const ranges = role && currency ? payRangesFor(role, currency, p.location) : [];
      if (!ranges.length) payChecked.notChecked++;
      else {
        payChecked.checked++;
        const msg = payProblem(p.salary, currency!, ranges, config.pay.tolerance, role!);
        if (msg) {
          payChecked.outside++;
          add('pay-outside-band', 'warning', [p.id], `${who(i)}: ${msg}`);
        }
      }
    }
  }

  // --- Layers ---------------------------------------------------------------------------------------
  let maxDepth = 0;
  for (let i = 0; i < n; i++) if (tree.depth[i]! > maxDepth) maxDepth = tree.depth[i]!;
  if (maxDepth > config.layers.max) {
    const deep: number[] = [];
    let deepest = -1;
    for (let i = 0; i < n; i++) {
      if (tree.depth[i]! > config.layers.max) deep.push(i);
      if (deepest < 0 || tree.depth[i]! > tree.depth[deepest]!) deepest = i;
    }
    const chain = [deepest, ...chainAbove(tree, deepest)].reverse();
    add(
      'too-many-layers',
      'warning',
      deep.map((i) => people[i]!.id),
      `the organisation is ${maxDepth} layers deep, more than ${config.layers.max}; ${deep.length} ${deep.length === 1 ? 'person sits' : 'people sit'} below layer ${config.layers.max}. Deepest line: ${chain.map(whoShort).join(' → ')}`,
    );
  }

  // --- Organisation-wide: product operations and ratios ---------------------------------------------
  let pms = 0;
  let pmIcs = 0;
  let pmManagers = 0;
  let ops = 0;
  const lines = new Set<string>();
  for (let i = 0; i < n; i++) {
    const p = people[i]!;
    const t = info[i]!;
    if (p.productLine) lines.add(p.productLine.toLowerCase());
    if (p.open || !t.recognized) continue;
    if (t.family === 'product-management') {
      pms++;
      const manages = tree.children[i] !== undefined;
      if (t.track === 'management' || (t.track === null && manages && (t.band ?? 0) >= 5)) {
        if (manages) pmManagers++;
      } else pmIcs++;
    }
    if (t.family === 'product-operations') ops++;
  }
  if (ops === 0 && (pms >= config.productOps.minPms || lines.size >= config.productOps.minProductLines)) {
    const because = [
      pms >= config.productOps.minPms ? `${pms} product managers (${config.productOps.minPms} or more)` : '',
      lines.size >= config.productOps.minProductLines ? `${lines.size} product lines (${config.productOps.minProductLines} or more)` : '',
    ].filter(Boolean);
    add(
      'missing-product-ops',
      'warning',
      [],
      `no product operations in an organisation with ${because.join(' and ')}; product operations matters most in large organisations and companies with several product lines [seed:000]`,
    );
  }
  if (ops > 0 && pms / ops > config.ratios.pmsPerProductOps.max) {
    add('ratio', 'info', [], `${pms} product managers per ${ops} product operations ${ops === 1 ? 'person' : 'people'} (${(pms / ops).toFixed(1)} each), more than ${config.ratios.pmsPerProductOps.max}`);
  }
  if (pmManagers > 0 && pmIcs > 0) {
    const r = pmIcs / pmManagers;
    if (r > config.ratios.pmsPerManager.max) add('ratio', 'info', [], `${pmIcs} individual-contributor product managers per ${pmManagers} product management managers (${r.toFixed(1)} each), more than ${config.ratios.pmsPerManager.max}`);
    else if (r < config.ratios.pmsPerManager.min) add('ratio', 'info', [], `${pmIcs} individual-contributor product managers per ${pmManagers} product management managers (${r.toFixed(1)} each), fewer than ${config.ratios.pmsPerManager.min}: a top-heavy product team`);
  }

  findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);

  // --- Per-person view and summary -------------------------------------------------------------------
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byCode: Partial<Record<FindingCode, number>> = {};
  for (const f of findings) {
    counts[f.severity]++;
    byCode[f.code] = (byCode[f.code] ?? 0) + 1;
  }
  // The per-person view is built when first read (the HTML chart, the diff): a JSON or text report
  // of 100,000 people does not need 100,000 more objects.
  let audited: AuditedPerson[] | undefined;
  const perPerson = (): AuditedPerson[] => {
    if (audited) return audited;
    audited = new Array(n);
    for (let i = 0; i < n; i++) {
      const p = people[i]!;
      audited[i] = { id: p.id, name: p.name, title: p.title, line: p.line, open: p.open, info: info[i]!, depth: tree.depth[i]!, span: span[i]!, worst: null, findings: NO_FINDINGS };
    }
    findings.forEach((f, k) => {
      for (const id of f.people) {
        const idx = tree.index.get(id);
        if (idx === undefined) continue;
        const a = audited![idx]!;
        if (a.findings === NO_FINDINGS) a.findings = [k];
        else a.findings.push(k);
        if (a.worst === null || SEVERITY_RANK[f.severity] < SEVERITY_RANK[a.worst]) a.worst = f.severity;
      }
    });
    return audited;
  };
  const metrics = computeMetrics({ people, info, tree, span, unreachable, pay: payChecked, productLines: lines.size, pmIcs, pmManagers, ops, pms });
  const summary: AuditSummary = {
    file: roster.file,
    framework: fw.name,
    people: metrics.headcount.people,
    openRoles: metrics.headcount.openRoles,
    rejectedRows: roster.rejectedRows.length,
    productContext,
    companySize,
    companySizeBucket: bucket,
    findings: counts,
    byCode,
    ok: counts.error === 0,
  };
  const result = { summary, metrics, findings, rejectedRows: roster.rejectedRows, contextReadings, tree, config } as Omit<AuditResult, 'people'>;
  Object.defineProperty(result, 'people', { get: perPerson, enumerable: false });
  return result as AuditResult;
}

/** "a Product Manager", "an Associate Product Manager". */
export function article(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const moneyFormats = new Map<string, Intl.NumberFormat>();
function money(n: number, currency: string): string {
  let f = moneyFormats.get(currency);
  if (!f) {
    try {
      f = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 });
    } catch {
      f = numberFormat;
    }
    moneyFormats.set(currency, f);
  }
  return f.format(n);
}
function rangeText(r: PayRange): string {
  const range = r.min !== null && r.max !== null ? `${money(r.min, r.currency)}–${money(r.max, r.currency)}` : r.min !== null ? `from ${money(r.min, r.currency)}` : `up to ${money(r.max ?? 0, r.currency)}`;
  return `${r.region}: ${range} a ${r.period}`;
}

function payProblem(salary: number, currency: string, ranges: PayRange[], tolerance: number, role: Role): string | null {
  for (const r of ranges) if ((r.min === null || salary >= r.min * (1 - tolerance)) && (r.max === null || salary <= r.max * (1 + tolerance))) return null;
  const below = ranges.every((r) => r.min !== null && salary < r.min * (1 - tolerance));
  const above = ranges.every((r) => r.max !== null && salary > r.max * (1 + tolerance));
  const sources = [...new Set(ranges.flatMap((r) => r.source))];
  return `salary ${numberFormat.format(salary)} ${currency} is ${below ? 'below' : above ? 'above' : 'outside'} the ${role.title} range${ranges.length > 1 ? 's' : ''} (${ranges.map(rangeText).join('; ')}) [${sources.join(', ')}]`;
}

/** The JSON report: { summary, metrics, findings, rejectedRows }. */
export function auditJson(result: AuditResult): { summary: AuditSummary; metrics: OrgMetrics; findings: Finding[]; rejectedRows: RejectedRow[]; contextReadings: ContextReading[] } {
  return { summary: result.summary, metrics: result.metrics, findings: result.findings, rejectedRows: result.rejectedRows, contextReadings: result.contextReadings };
}
