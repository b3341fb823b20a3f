import * as z from 'zod';
import { readRoleTitle } from '../resolve/resolve.js';
import { titleKey } from './query.js';
import type { Framework } from './schema.js';

/**
 * Suggestions for the search box: roles, their other names and families ranked by name, and a
 * raw title as the resolver reads it in a product context ("Sr. PM, Growth" → Senior Product
 * Manager). Search only ranks names; what a raw title means is the resolver's answer.
 */
export const SearchSuggestion = z.object({
  kind: z.enum(['role', 'alias', 'family', 'title']),
  /** Where the suggestion leads: a role page or a family's ladder. */
  target: z.enum(['role', 'family']),
  id: z.string(),
  /** What to show: the role's title or the family's name. */
  label: z.string(),
  /** Why it matched: the other name, or how the title was read. */
  detail: z.string().nullable(),
  family: z.string().nullable(),
  score: z.number(),
});
export type SearchSuggestion = z.infer<typeof SearchSuggestion>;

/** What search needs from the resolver: the role a raw title reads as, and how sure it is. */
export interface ResolvedTitle {
  roleId: string | null;
  confidence: number;
}

/** How well a name matches the folded query: 1 exact, then prefix, word prefixes, substring; 0 none. */
export function nameScore(name: string, q: string): number {
  const key = titleKey(name);
  if (!key || !q) return 0;
  if (key === q) return 1;
  if (key.startsWith(q)) return 0.9 - Math.min(0.1, (key.length - q.length) / 400);
  const words = key.split(' ');
  const qWords = q.split(' ');
  if (qWords.every((w) => words.some((k) => k.startsWith(w)))) return 0.75 - Math.min(0.1, words.length / 100);
  if (key.includes(q)) return 0.55;
  return 0;
}

/** A name that matches only the title's leading part ("Sr. PM" in "Sr. PM, Payments") ranks below a match of the whole. */
const HEAD_WEIGHT = 0.9;
/** A raw title read by the resolver ranks just below a prefix match of a name. */
const RESOLVED_WEIGHT = 0.85;
/** Below this the resolver's reading is a guess, not a suggestion. */
const MIN_CONFIDENCE = 0.3;

/** The longest run of the query's first words that is exactly a role's, another name's or a family's name. */
function leadingName(fw: Framework, q: string): string {
  const names = new Set<string>();
  for (const f of fw.families) names.add(titleKey(f.name));
  for (const r of fw.roles) {
    names.add(titleKey(r.title));
    for (const a of r.aliases) names.add(titleKey(a.name));
  }
  for (const t of Object.keys(fw.titleMap)) names.add(titleKey(t));
  const words = q.split(' ');
  for (let k = words.length - 1; k > 0; k--) {
    const prefix = words.slice(0, k).join(' ');
    if (names.has(prefix)) return prefix;
  }
  return '';
}

/** The role resolver's reading of a raw title, as a person in a product organisation means it. */
export function productReading(fw: Framework): (title: string) => ResolvedTitle {
  return (title) => {
    const r = readRoleTitle(fw, title, { context: 'product' });
    return { roleId: r.role?.id ?? null, confidence: r.confidence };
  };
}

export function searchFramework(fw: Framework, query: string, resolve: (title: string) => ResolvedTitle = productReading(fw), limit = 8): SearchSuggestion[] {
  const q = titleKey(query);
  if (!q) return [];
  const best = new Map<string, SearchSuggestion>();
  const offer = (s: SearchSuggestion) => {
    if (s.score <= 0) return;
    const key = `${s.target}:${s.id}`;
    const had = best.get(key);
    if (!had || s.score > had.score) best.set(key, s);
  };

  // A raw title often starts with a known name: "Sr. PM, Payments" or "sr pm growth" names "Sr. PM" before its team.
  const head = leadingName(fw, q);
  const score = (name: string) => Math.max(nameScore(name, q), head && head !== q ? nameScore(name, head) * HEAD_WEIGHT : 0);

  for (const f of fw.families) {
    offer({ kind: 'family', target: 'family', id: f.id, label: `${f.name} ladder`, detail: null, family: f.id, score: score(f.name) * (f.contrast ? 0.9 : 1) });
  }
  for (const r of fw.roles) {
    offer({ kind: 'role', target: 'role', id: r.id, label: r.title, detail: null, family: r.family, score: Math.max(score(r.title), score(r.id.replace(/-/g, ' ')) * 0.95) });
    for (const a of r.aliases) {
      // An other name ranks a little below the title itself, so "Product Manager" finds the role of that title first.
      offer({ kind: 'alias', target: 'role', id: r.id, label: r.title, detail: `also called ${a.name}`, family: r.family, score: score(a.name) * 0.97 });
    }
  }
  for (const [title, id] of Object.entries(fw.titleMap)) {
    const r = fw.roles.find((x) => x.id === id);
    if (r) offer({ kind: 'alias', target: 'role', id: r.id, label: r.title, detail: `called ${title} here`, family: r.family, score: score(title) * 0.97 });
  }

  // Any raw title: what the resolver reads it as, when no name matches it exactly.
  const top = Math.max(0, ...[...best.values()].map((s) => s.score));
  if (top < 1 && q.length >= 2) {
    const read = resolve(query);
    const role = read.roleId ? fw.roles.find((r) => r.id === read.roleId) : undefined;
    if (role && read.confidence >= MIN_CONFIDENCE) {
      offer({ kind: 'title', target: 'role', id: role.id, label: role.title, detail: `“${query.trim()}” reads as this role`, family: role.family, score: RESOLVED_WEIGHT + 0.1 * read.confidence });
    }
  }

  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.label.length - b.label.length || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map((s) => ({ ...s, score: Math.round(s.score * 1000) / 1000 }));
}
