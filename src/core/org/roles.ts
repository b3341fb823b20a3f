import { EXTERNAL_ROLES } from '../framework/assemble.js';
import { regionKey, titleKey } from '../framework/query.js';
import { FAMILY_IDS, type Framework, type PayRange, type ReportingLine, type Role } from '../framework/schema.js';
import type { NormalizedTitle, SizeBucket } from './types.js';

/**
 * Titles of people outside the product organisation who still appear in product rosters, at the top
 * (the CEO) or beside it. They match the framework's external reporting-line ends (EXTERNAL_ROLES).
 */
const EXTERNAL_PATTERNS: [string, RegExp][] = [
  ['ceo', /\b(ceo|chief executive( officer)?|(co )?founder|managing director|geschaftsfuhrer|president)\b/],
  ['cto', /\b(cto|chief technology officer|chief technical officer)\b/],
  ['coo', /\b(coo|chief operating officer|chief operations officer)\b/],
  ['cmo', /\b(cmo|chief marketing officer)\b/],
  ['board', /\bboard( of directors)?\b/],
  ['engineering-manager', /\bengineering manager\b/],
  ['pmo-head', /\b(head of (the )?pmo|pmo (head|director|lead))\b/],
];

/** The external role a non-product title names ("Founder & CEO" → "ceo"), or null. */
export function externalRoleOf(title: string): string | null {
  const k = titleKey(title);
  if (/\bvice president\b/.test(k) && !/\bchief\b/.test(k)) return null;
  for (const [id, re] of EXTERNAL_PATTERNS) if (re.test(k)) return id;
  return null;
}

/** Company-size filter for reporting lines; an unknown size accepts every line. */
export function lineApplies(line: ReportingLine, bucket: SizeBucket | null): boolean {
  return bucket === null || line.when === 'any' || line.when === bucket;
}

/**
 * The roles a role is expected to report to, for a company size: its own `reportsTo` lines plus
 * every role that lists it among its `directReports`. Role ids, and external ids such as "ceo".
 */
export function expectedManagers(fw: Framework, roleId: string, bucket: SizeBucket | null): Map<string, ReportingLine[]> {
  const out = new Map<string, ReportingLine[]>();
  const add = (id: string, line: ReportingLine) => out.set(id, [...(out.get(id) ?? []), line]);
  const role = roleById(fw).get(roleId);
  if (role) for (const l of role.reportsTo) if (lineApplies(l, bucket)) add(l.role, l);
  for (const r of fw.roles) for (const l of r.directReports) if (l.role === roleId && lineApplies(l, bucket)) add(r.id, l);
  return out;
}

const byIdCache = new WeakMap<Framework, Map<string, Role>>();
export function roleById(fw: Framework): Map<string, Role> {
  let m = byIdCache.get(fw);
  if (!m) byIdCache.set(fw, (m = new Map(fw.roles.map((r) => [r.id, r]))));
  return m;
}

/**
 * Whether a manager fits the framework's reporting lines for a role: true, false, or null when the
 * framework says nothing for that role and company size. A manager role within `bandTolerance` bands
 * of an expected role of the same family counts as expected (a director where a group PM is
 * expected). With `skipLevel`, so does the manager one step further up: an expected manager's own
 * expected manager (an associate PM reporting to the group PM their senior PM would report to).
 */
export function acceptsManager(
  fw: Framework,
  roleId: string,
  managerKey: string,
  bucket: SizeBucket | null,
  bandTolerance: number,
  skipLevel = false,
): boolean | null {
  const expected = expectedManagers(fw, roleId, bucket);
  if (expected.size === 0) return null;
  const roles = roleById(fw);
  const mgr = roles.get(managerKey);
  const fits = (ids: Iterable<string>) => {
    for (const id of ids) {
      if (id === managerKey) return true;
      const e = roles.get(id);
      if (mgr && e && e.family === mgr.family && Math.abs(e.band - mgr.band) <= bandTolerance) return true;
    }
    return false;
  };
  if (fits(expected.keys())) return true;
  if (!skipLevel) return false;
  for (const id of expected.keys()) if (roles.has(id) && fits(expectedManagers(fw, id, bucket).keys())) return true;
  return false;
}

/** "Product Manager, Senior Product Manager or Group Product Manager". */
export function roleList(fw: Framework, ids: Iterable<string>): string {
  const roles = roleById(fw);
  const names = [...ids].map((id) => roles.get(id)?.title ?? EXTERNAL_ROLES[id] ?? id);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

const EUROPE = new Set([
  'austria', 'belgium', 'bulgaria', 'croatia', 'cyprus', 'czechia', 'czech republic', 'denmark', 'estonia', 'finland', 'france',
  'germany', 'greece', 'hungary', 'ireland', 'italy', 'latvia', 'lithuania', 'luxembourg', 'malta', 'netherlands', 'poland',
  'portugal', 'romania', 'slovakia', 'slovenia', 'spain', 'sweden', 'norway', 'switzerland', 'iceland', 'berlin', 'paris',
  'amsterdam', 'madrid', 'munich', 'dublin', 'stockholm', 'lisbon', 'barcelona', 'milan', 'vienna', 'warsaw', 'prague',
  'copenhagen', 'zurich', 'de', 'fr', 'nl', 'es', 'it', 'ie', 'se', 'pl', 'pt', 'at', 'be', 'dk', 'fi', 'ch', 'no',
]);
const US = new Set(['us', 'usa', 'united states', 'san francisco', 'new york', 'nyc', 'seattle', 'austin', 'boston', 'chicago', 'los angeles', 'sf', 'bay area', 'remote us', 'denver']);
const UK = new Set(['uk', 'united kingdom', 'gb', 'great britain', 'london', 'manchester', 'edinburgh', 'england', 'scotland']);

/** Whether a roster location ("Berlin, Germany", "NYC") falls in a pay range's region ("Europe", "US"). */
export function locationInRegion(location: string, region: string): boolean {
  const want = regionKey(region);
  const loc = titleKey(location);
  if (regionKey(location) === want) return true;
  const parts = new Set([loc, ...location.split(/[,/()|-]/).map((p) => titleKey(p)).filter(Boolean)]);
  const has = (set: Set<string>) => [...parts].some((p) => set.has(p));
  if (want === 'us') return has(US);
  if (want === 'uk') return has(UK);
  if (want === 'europe') return has(EUROPE) || has(UK);
  return [...parts].some((p) => p === want);
}

/** The yearly pay ranges a salary in a currency and location is compared with. */
export function payRangesFor(role: Role, currency: string, location: string | undefined): PayRange[] {
  const inCurrency = role.pay.filter((p) => p.currency === currency && p.period === 'year');
  if (!location || inCurrency.length <= 1) return inCurrency;
  const regional = inCurrency.filter((p) => locationInRegion(location, p.region));
  return regional.length ? regional : inCurrency;
}

const PRODUCT_FAMILIES = new Set<string>(FAMILY_IDS);
export function isProductFamily(family: string | null | undefined): boolean {
  return family !== null && family !== undefined && PRODUCT_FAMILIES.has(family);
}
