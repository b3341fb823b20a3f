import { auditRoster, type AuditOptions, type AuditResult } from './audit.js';
import type { Finding, Roster } from './types.js';

export interface PersonRef {
  id: string;
  name: string;
  title: string;
}

export interface RosterDiff {
  before: { file: string; people: number; openRoles: number; findings: AuditResult['summary']['findings'] };
  after: { file: string; people: number; openRoles: number; findings: AuditResult['summary']['findings'] };
  added: (PersonRef & { managerId: string | null; open: boolean })[];
  removed: (PersonRef & { open: boolean })[];
  /** Manager changed. */
  moves: (PersonRef & { from: string | null; to: string | null; fromName: string | null; toName: string | null })[];
  /** Band went up. */
  promotions: (PersonRef & { fromTitle: string; fromBand: number; toBand: number })[];
  /** Band went down. */
  demotions: (PersonRef & { fromTitle: string; fromBand: number; toBand: number })[];
  /** Title changed, band did not (or is unknown). */
  titleChanges: (PersonRef & { fromTitle: string })[];
  /** An open position filled (open before, a person after) and the other way round. */
  filled: PersonRef[];
  vacated: PersonRef[];
  /** Roles by count: roles that appear, disappear or change in number. */
  roles: { roleId: string; title: string; before: number; after: number }[];
  findings: { fixed: Finding[]; introduced: Finding[]; unchanged: number };
}

/**
 * Compares two rosters person by person (by id): arrivals and departures, moves, promotions and
 * demotions (by band), title changes, roles gained and lost, and the findings each audit makes —
 * which were fixed and which were introduced.
 */
export function diffRosters(before: Roster, after: Roster, options: AuditOptions): RosterDiff {
  const a = auditRoster(before, options);
  const b = auditRoster(after, options);
  return diffAudits(before, after, a, b);
}

export function diffAudits(before: Roster, after: Roster, a: AuditResult, b: AuditResult): RosterDiff {
  const ref = (p: { id: string; name: string; title: string }): PersonRef => ({ id: p.id, name: p.name, title: p.title });
  const bIndex = b.tree.index;
  const aIndex = a.tree.index;
  const resolvedManager = (audit: AuditResult, i: number): string | null => {
    const m = audit.tree.manager[i]!;
    if (m >= 0) return audit.tree.people[m]!.id;
    return audit.tree.people[i]!.managerId ?? null;
  };
  const nameOf = (audit: AuditResult, id: string | null) => {
    if (id === null) return null;
    const i = audit.tree.index.get(id);
    return i === undefined ? null : audit.tree.people[i]!.name;
  };
  const out: RosterDiff = {
    before: { file: before.file, people: a.summary.people, openRoles: a.summary.openRoles, findings: a.summary.findings },
    after: { file: after.file, people: b.summary.people, openRoles: b.summary.openRoles, findings: b.summary.findings },
    added: [],
    removed: [],
    moves: [],
    promotions: [],
    demotions: [],
    titleChanges: [],
    filled: [],
    vacated: [],
    roles: [],
    findings: { fixed: [], introduced: [], unchanged: 0 },
  };
  before.people.forEach((p, i) => {
    const j = bIndex.get(p.id);
    if (j === undefined) {
      out.removed.push({ ...ref(p), open: p.open });
      return;
    }
    const q = after.people[j]!;
    const from = resolvedManager(a, i);
    const to = resolvedManager(b, j);
    if (from !== to) out.moves.push({ ...ref(q), from, to, fromName: nameOf(a, from), toName: nameOf(b, to) });
    if (p.open && !q.open) out.filled.push(ref(q));
    if (!p.open && q.open) out.vacated.push(ref(q));
    const fromBand = a.people[i]!.info.band;
    const toBand = b.people[j]!.info.band;
    if (fromBand !== null && toBand !== null && toBand > fromBand) out.promotions.push({ ...ref(q), fromTitle: p.title, fromBand, toBand });
    else if (fromBand !== null && toBand !== null && toBand < fromBand) out.demotions.push({ ...ref(q), fromTitle: p.title, fromBand, toBand });
    else if (p.title.trim().toLowerCase() !== q.title.trim().toLowerCase()) out.titleChanges.push({ ...ref(q), fromTitle: p.title });
  });
  for (const q of after.people) if (!aIndex.has(q.id)) out.added.push({ ...ref(q), managerId: q.managerId ?? null, open: Boolean(q.open) });

  const roleCounts = (audit: AuditResult) => {
    const m = new Map<string, { title: string; n: number }>();
    for (const p of audit.people) {
      const key = p.info.roleId;
      if (!key) continue;
      const e = m.get(key);
      if (e) e.n++;
      else m.set(key, { title: p.info.roleTitle ?? key, n: 1 });
    }
    return m;
  };
  const ra = roleCounts(a);
  const rb = roleCounts(b);
  for (const id of new Set([...ra.keys(), ...rb.keys()])) {
    const x = ra.get(id)?.n ?? 0;
    const y = rb.get(id)?.n ?? 0;
    if (x !== y) out.roles.push({ roleId: id, title: (rb.get(id) ?? ra.get(id))!.title, before: x, after: y });
  }
  out.roles.sort((p, q) => Math.abs(q.after - q.before) - Math.abs(p.after - p.before) || p.roleId.localeCompare(q.roleId));

  // Findings are matched by code and people; messages may differ (a count, a name).
  const key = (f: Finding) => `${f.code}|${[...f.people].sort().join(',')}`;
  const countKeys = (list: Finding[]) => {
    const m = new Map<string, Finding[]>();
    for (const f of list) m.set(key(f), [...(m.get(key(f)) ?? []), f]);
    return m;
  };
  const fa = countKeys(a.findings);
  const fb = countKeys(b.findings);
  for (const [k, list] of fa) {
    const other = fb.get(k) ?? [];
    out.findings.fixed.push(...list.slice(other.length));
    out.findings.unchanged += Math.min(list.length, other.length);
  }
  for (const [k, list] of fb) out.findings.introduced.push(...list.slice((fa.get(k) ?? []).length));
  return out;
}
