import { titleKey } from '../framework/query.js';
import type { Framework, Role } from '../framework/schema.js';

/** Which of the framework's own names a text matched. */
export type NameKind = 'id' | 'title' | 'company-title' | 'alias';

export interface NameMatch {
  role: Role;
  kind: NameKind;
}

const indexCache = new WeakMap<Framework, Map<string, NameMatch>>();

/**
 * Every name the framework gives a role, folded with titleKey. Earlier entries are never replaced:
 * ids win over company titles, company titles over canonical titles, titles over aliases.
 */
export function nameIndex(fw: Framework): Map<string, NameMatch> {
  let index = indexCache.get(fw);
  if (index) return index;
  const built = new Map<string, NameMatch>();
  const byId = new Map(fw.roles.map((r) => [r.id, r]));
  const add = (key: string, role: Role, kind: NameKind) => {
    const k = titleKey(key);
    if (k && !built.has(k)) built.set(k, { role, kind });
  };
  for (const r of fw.roles) add(r.id.replace(/-/g, ' '), r, 'id');
  for (const [title, id] of Object.entries(fw.titleMap)) {
    const r = byId.get(id);
    if (r) add(title, r, 'company-title');
  }
  for (const r of fw.roles) add(r.title, r, 'title');
  for (const r of fw.roles) for (const a of r.aliases) add(a.name, r, 'alias');
  indexCache.set(fw, built);
  return built;
}

/** The role one of the framework's names gives, or undefined; an exact id always wins. */
export function matchName(fw: Framework, text: string): NameMatch | undefined {
  const byId = fw.roles.find((r) => r.id === text);
  if (byId) return { role: byId, kind: 'id' };
  const key = titleKey(text);
  const match = nameIndex(fw).get(key);
  // "Group Product Manager" folds to the same key as the id group-product-manager: it is the title.
  if (match?.kind === 'id' && titleKey(match.role.title) === key) return { role: match.role, kind: 'title' };
  return match;
}

/** The roles whose names are closest to the text, by words shared and edit distance. */
export function suggestRoles(fw: Framework, query: string, n: number): Role[] {
  const q = titleKey(query);
  const qWords = new Set(q.split(' '));
  const scored = new Map<Role, number>();
  for (const [key, { role }] of nameIndex(fw)) {
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
