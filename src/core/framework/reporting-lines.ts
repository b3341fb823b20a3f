import type { Issue } from '../errors.js';
import { EXTERNAL_ROLES } from './assemble.js';
import { findCycle } from './cycle.js';
import type { SizeBucket } from './company-size.js';
import type { Framework, ReportingLine, Role } from './schema.js';

export const SIZE_BUCKETS: readonly SizeBucket[] = ['small', 'medium', 'large'];

/** A reporting line as the org audit reads it: from a role's `reportsTo`, or from its manager's `directReports`. */
export interface LineEdge {
  report: string;
  manager: string;
  line: ReportingLine;
  /** Which role's data states the line. */
  statedBy: string;
  field: 'reportsTo' | 'directReports';
}

const applies = (l: ReportingLine, size: SizeBucket) => l.when === 'any' || l.when === size;

/** Every reporting line that holds in a company of the given size. */
export function linesAt(fw: Framework, size: SizeBucket): LineEdge[] {
  const out: LineEdge[] = [];
  for (const r of fw.roles) {
    for (const l of r.reportsTo) if (applies(l, size)) out.push({ report: r.id, manager: l.role, line: l, statedBy: r.id, field: 'reportsTo' });
    for (const l of r.directReports) if (applies(l, size)) out.push({ report: l.role, manager: r.id, line: l, statedBy: r.id, field: 'directReports' });
  }
  return out;
}

/**
 * The roles a company of the given size has: those with a reporting line at that size that leads,
 * through roles it also has, to someone outside the product organisation (the CEO, the CMO…).
 */
export function rolesAt(fw: Framework, size: SizeBucket, edges = linesAt(fw, size)): Set<string> {
  const present = new Set<string>(Object.keys(EXTERNAL_ROLES));
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of edges) {
      if (!present.has(e.report) && present.has(e.manager)) {
        present.add(e.report);
        changed = true;
      }
    }
  }
  for (const id of Object.keys(EXTERNAL_ROLES)) present.delete(id);
  return present;
}

/** The managers a role has in a company of the given size, by the lines of roles that size has. */
export function managersAt(fw: Framework, size: SizeBucket, roleId: string): Set<string> {
  const edges = linesAt(fw, size);
  const present = rolesAt(fw, size, edges);
  return new Set(edges.filter((e) => e.report === roleId && present.has(e.statedBy)).map((e) => e.manager));
}

/**
 * The framework's reporting lines, size by size: every line's manager exists in a company of that
 * size, every manager role sits on a higher band than its report, and no chain of lines loops.
 * A line "in any company" holds wherever the role
 * stating it exists, so lines are checked at the sizes where their role exists.
 * Returns the problems found (none for a consistent framework).
 */
export function checkReportingLines(fw: Framework): Issue[] {
  const issues: Issue[] = [];
  const roles = new Map<string, Role>(fw.roles.map((r) => [r.id, r]));
  const title = (id: string) => roles.get(id)?.title ?? EXTERNAL_ROLES[id] ?? id;
  for (const size of SIZE_BUCKETS) {
    const edges = linesAt(fw, size);
    const present = rolesAt(fw, size, edges);
    const exists = (id: string) => present.has(id) || id in EXTERNAL_ROLES;
    const stated = edges.filter((e) => present.has(e.statedBy));
    for (const e of stated) {
      const where = { path: `${e.statedBy}.${e.field}`, value: e.field === 'reportsTo' ? e.manager : e.report };
      if (!exists(e.manager)) {
        issues.push({ code: 'manager-absent-at-size', message: `in a ${size} company the ${title(e.report)} reports to the ${title(e.manager)}, a role no ${size} company has (no reporting line of its own at that size)`, ...where });
      }
      const a = roles.get(e.report);
      const m = roles.get(e.manager);
      if (a && m && m.band <= a.band) {
        issues.push({ code: 'manager-not-above', message: `in a ${size} company the ${a.title} (band ${a.band}) reports to the ${m.title} (band ${m.band}): a manager's band must be above the report's`, ...where });
      }
    }
    const up = new Map<string, string[]>();
    for (const e of stated) up.set(e.report, [...(up.get(e.report) ?? []), e.manager]);
    const cycle = findCycle(up);
    if (cycle) issues.push({ code: 'reporting-cycle', message: `in a ${size} company the reporting lines loop: ${cycle.map(title).join(' → ')}` });
  }
  return issues;
}
