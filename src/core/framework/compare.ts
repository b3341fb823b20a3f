import { roleOf } from '../resolve/resolve.js';
import { roleTitle } from './query.js';
import type { Fact, Framework, PayRange, Role } from './schema.js';

export interface Comparison {
  a: { id: string; title: string; family: string; level: number; track: string };
  b: { id: string; title: string; family: string; level: number; track: string };
  sameFamily: boolean;
  /** b.level - a.level: positive when b is the more senior role. */
  levelDelta: number;
  trackChange: boolean;
  responsibilities: { a: Fact[]; b: Fact[] };
  skills: { a: Fact[]; b: Fact[] };
  reportsTo: { a: string[]; b: string[] };
  pay: { region: string; currency: string; period: string; a: PayRange[]; b: PayRange[] }[];
  /** How the framework says the two relate: promotion, track switch, lateral move or contrast. */
  relations: { kind: string; from: string; to: string; criteria: Fact[] }[];
}

const summary = (r: Role) => ({ id: r.id, title: r.title, family: r.family, level: r.band, track: r.track });

/** Sets two roles side by side: responsibilities, skills, band, track, reporting and pay. */
export function compareRoles(fw: Framework, aQuery: Role | string, bQuery: Role | string): Comparison {
  const a = roleOf(fw, aQuery, { field: 'a' });
  const b = roleOf(fw, bQuery, { field: 'b' });
  const payKeys = new Map<string, { region: string; currency: string; period: string }>();
  for (const p of [...a.pay, ...b.pay]) payKeys.set(`${p.region}|${p.currency}|${p.period}`, { region: p.region, currency: p.currency, period: p.period });
  const match = (list: PayRange[], k: { region: string; currency: string; period: string }) =>
    list.filter((p) => p.region === k.region && p.currency === k.currency && p.period === k.period);
  return {
    a: summary(a),
    b: summary(b),
    sameFamily: a.family === b.family,
    levelDelta: b.band - a.band,
    trackChange: a.track !== b.track,
    responsibilities: { a: a.responsibilities, b: b.responsibilities },
    skills: { a: a.skills, b: b.skills },
    reportsTo: { a: a.reportsTo.map((l) => roleTitle(fw, l.role)), b: b.reportsTo.map((l) => roleTitle(fw, l.role)) },
    pay: [...payKeys.values()].map((k) => ({ ...k, a: match(a.pay, k), b: match(b.pay, k) })),
    relations: fw.relations
      .filter((r) => (r.from === a.id && r.to === b.id) || (r.from === b.id && r.to === a.id))
      .map((r) => ({ kind: r.kind, from: r.from, to: r.to, criteria: r.criteria })),
  };
}
