import { LadderError, printable } from '../errors.js';
import { EXTERNAL_ROLES } from './assemble.js';
import {
  BAND_NAMES,
  type AnyFamilyId,
  type Band,
  type Framework,
  type PayRange,
  type Role,
  type Track,
} from './schema.js';

/** Folds case, accents, punctuation and spacing so "Sr. PM" and "sr pm" meet. */
export function titleKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const indexCache = new WeakMap<Framework, Map<string, Role>>();

function roleIndex(fw: Framework): Map<string, Role> {
  let index = indexCache.get(fw);
  if (index) return index;
  index = new Map();
  const byId = new Map(fw.roles.map((r) => [r.id, r]));
  // Later entries never replace earlier ones: ids win over titles, titles over aliases.
  const add = (key: string, role: Role) => {
    const k = titleKey(key);
    if (k && !index!.has(k)) index!.set(k, role);
  };
  for (const r of fw.roles) add(r.id.replace(/-/g, ' '), r);
  for (const [title, id] of Object.entries(fw.titleMap)) {
    const r = byId.get(id);
    if (r) add(title, r);
  }
  for (const r of fw.roles) add(r.title, r);
  for (const r of fw.roles) for (const a of r.aliases) add(a.name, r);
  indexCache.set(fw, index);
  return index;
}

/** Finds a role by id, title, company title or alias; undefined when nothing matches exactly. */
export function findRole(fw: Framework, query: string): Role | undefined {
  return fw.roles.find((r) => r.id === query) ?? roleIndex(fw).get(titleKey(query));
}

/** Longer queries name no role (the longest title is far shorter), and are refused before the costly suggestions. */
export const MAX_ROLE_QUERY = 200;

/** Like findRole, but a miss is a user error that suggests the closest titles. */
export function getRole(fw: Framework, query: string): Role {
  if (query.length > MAX_ROLE_QUERY) {
    throw new LadderError('role-not-found', `No role matches "${printable(query, 60)}": a role name has at most ${MAX_ROLE_QUERY} characters.`, {
      issues: [{ code: 'role-not-found', message: `longer than ${MAX_ROLE_QUERY} characters`, field: 'role', value: printable(query, 60) }],
    });
  }
  const role = findRole(fw, query);
  if (role) return role;
  const suggestions = suggestRoles(fw, query, 3).map((r) => `${r.title} (${r.id})`);
  throw new LadderError(
    'role-not-found',
    `No role matches "${printable(query)}".${suggestions.length ? ` Did you mean: ${suggestions.join(', ')}?` : ''} Run "ladder roles" to list them.`,
    { issues: [{ code: 'role-not-found', message: 'unknown role', field: 'role', value: query }] },
  );
}

/** The roles whose titles or aliases are closest to the query, by words shared and edit distance. */
export function suggestRoles(fw: Framework, query: string, n: number): Role[] {
  const q = titleKey(query);
  const qWords = new Set(q.split(' '));
  const scored = new Map<Role, number>();
  for (const [key, role] of roleIndex(fw)) {
    const words = key.split(' ');
    const shared = words.filter((w) => qWords.has(w)).length / Math.max(words.length, qWords.size);
    const distance = editDistance(q, key) / Math.max(q.length, key.length, 1);
    const score = shared + (1 - distance);
    if (score > (scored.get(role) ?? 0)) scored.set(role, score);
  }
  return [...scored.entries()]
    .filter(([, s]) => s > 0.6)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([r]) => r);
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

export interface RoleFilter {
  family?: AnyFamilyId | undefined;
  band?: Band | undefined;
  track?: Track | undefined;
  /** Contrast roles (project, programme, delivery managers) are left out unless asked for. */
  includeContrasts?: boolean | undefined;
}

export function listRoles(fw: Framework, filter: RoleFilter = {}): Role[] {
  const contrast = new Set(fw.families.filter((f) => f.contrast).map((f) => f.id));
  return fw.roles
    .filter((r) => (filter.family ? r.family === filter.family : filter.includeContrasts || !contrast.has(r.family)))
    .filter((r) => filter.band === undefined || r.band === filter.band)
    .filter((r) => filter.track === undefined || r.track === filter.track)
    .sort(byLadderOrder(fw));
}

function byLadderOrder(fw: Framework): (a: Role, b: Role) => number {
  const fam = new Map(fw.families.map((f, i) => [f.id, i]));
  return (a, b) =>
    (fam.get(a.family) ?? 99) - (fam.get(b.family) ?? 99) ||
    a.band - b.band ||
    (a.track === b.track ? 0 : a.track === 'ic' ? -1 : 1) ||
    fw.roles.indexOf(a) - fw.roles.indexOf(b);
}

export interface LadderRung {
  band: number;
  name: string;
  ic: Role[];
  management: Role[];
}
export interface Ladder {
  family: AnyFamilyId;
  name: string;
  rungs: LadderRung[];
}

/** A family's ladder, band by band, with the IC and management tracks side by side. */
export function getLadder(fw: Framework, family: AnyFamilyId): Ladder {
  const fam = fw.families.find((f) => f.id === family);
  if (!fam) {
    throw new LadderError('family-not-found', `No family "${family}". Families: ${fw.families.map((f) => f.id).join(', ')}`, {
      issues: [{ code: 'family-not-found', message: 'unknown family', field: 'family', value: family }],
    });
  }
  const roles = listRoles(fw, { family });
  const bands = [...new Set(roles.map((r) => r.band))].sort((a, b) => a - b);
  return {
    family,
    name: fam.name,
    rungs: bands.map((band) => ({
      band,
      name: BAND_NAMES[band] ?? String(band),
      ic: roles.filter((r) => r.band === band && r.track === 'ic'),
      management: roles.filter((r) => r.band === band && r.track === 'management'),
    })),
  };
}

/** Pay ranges for a role, optionally for one region (matched loosely: "us", "United States"). */
export function getPay(fw: Framework, roleQuery: string, region?: string): PayRange[] {
  const role = getRole(fw, roleQuery);
  if (!region) return role.pay;
  const want = regionKey(region);
  return role.pay.filter((p) => regionKey(p.region) === want);
}

const REGION_SYNONYMS: Record<string, string> = {
  usa: 'us', 'united states': 'us', america: 'us', eu: 'europe', 'european union': 'europe',
  'united kingdom': 'uk', gb: 'uk', britain: 'uk',
};
export function regionKey(region: string): string {
  const k = titleKey(region);
  return REGION_SYNONYMS[k] ?? k;
}

/** Titles of roles and of the people outside the framework that reporting lines point to. */
export function roleTitle(fw: Framework, id: string): string {
  return fw.roles.find((r) => r.id === id)?.title ?? EXTERNAL_ROLES[id] ?? id;
}
