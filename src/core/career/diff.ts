import { roleTitle } from '../framework/query.js';
import { BAND_NAMES, type Fact, type Framework, type PayRange, type ReportingLine, type Role } from '../framework/schema.js';
import { roleOf } from '../resolve/resolve.js';
import { roleRef, type RoleRef } from './graph.js';
import { findPaths, type Route } from './paths.js';
import { matchFacts, wordWeights, type FactMatch, type WordWeights } from './text-match.js';

export interface Change<T> {
  a: T;
  b: T;
  changed: boolean;
}

export interface ReportingDiff {
  a: string[];
  b: string[];
  /** Titles only on b's side. */
  added: string[];
  /** Titles only on a's side. */
  dropped: string[];
}

export interface PayDiff {
  region: string;
  currency: string;
  period: string;
  a: PayRange[];
  b: PayRange[];
  /** Change of the midpoints (or of the single figures), when both sides give one. */
  change: { amount: number; percent: number } | null;
}

/** What changes between two roles. */
export interface RoleDiff {
  a: RoleRef;
  b: RoleRef;
  /** One sentence per headline change, for people. */
  headline: string[];
  scope: {
    band: Change<number> & { delta: number; names: { a: string; b: string } };
    track: Change<string>;
    family: Change<string>;
    specialty: Change<string | null>;
    /** Who reports to each role: the reporting span. */
    directReports: ReportingDiff;
    /** Whether managing people is the job (the management track); direct reports alone do not make it so. */
    managesPeople: Change<boolean>;
  };
  responsibilities: FactMatch;
  skills: FactMatch;
  reportsTo: ReportingDiff;
  pay: PayDiff[];
  /** How to get from a to b: the framework's direct moves, or the best route. */
  howToGetThere: {
    direct: { kind: string; criteria: Fact[] }[];
    route: Route | null;
    reason: string | null;
  };
}

/** What changes between two roles: scope, responsibilities and skills (matched by meaning), reporting and pay. */
export function diffRoles(fw: Framework, aQuery: Role | string, bQuery: Role | string): RoleDiff {
  const a = roleOf(fw, aQuery, { field: 'a' });
  const b = roleOf(fw, bQuery, { field: 'b' });
  const ra = roleRef(fw, a);
  const rb = roleRef(fw, b);
  const titles = (lines: ReportingLine[]) => [...new Set(lines.map((l) => roleTitle(fw, l.role)))];
  const reporting = (x: ReportingLine[], y: ReportingLine[]): ReportingDiff => {
    const ta = titles(x);
    const tb = titles(y);
    return { a: ta, b: tb, added: tb.filter((t) => !ta.includes(t)), dropped: ta.filter((t) => !tb.includes(t)) };
  };
  const directReports = reporting(a.directReports, b.directReports);
  const manages = (r: Role) => r.track === 'management';
  const paths = a.id === b.id ? null : findPaths(fw, a, b, { maxRoutes: 1 });
  const diff: RoleDiff = {
    a: ra,
    b: rb,
    headline: [],
    scope: {
      band: { a: a.band, b: b.band, changed: a.band !== b.band, delta: b.band - a.band, names: { a: ra.bandName, b: rb.bandName } },
      track: { a: a.track, b: b.track, changed: a.track !== b.track },
      family: { a: ra.familyName, b: rb.familyName, changed: a.family !== b.family },
      specialty: { a: a.specialty ?? null, b: b.specialty ?? null, changed: (a.specialty ?? null) !== (b.specialty ?? null) },
      directReports,
      managesPeople: { a: manages(a), b: manages(b), changed: manages(a) !== manages(b) },
    },
    responsibilities: matchFacts(a.responsibilities, b.responsibilities, { weights: weightsFor(fw) }),
    skills: matchFacts(a.skills, b.skills, { weights: weightsFor(fw) }),
    reportsTo: reporting(a.reportsTo, b.reportsTo),
    pay: payDiff(a.pay, b.pay),
    howToGetThere: {
      direct: fw.relations.filter((r) => r.kind !== 'contrast' && r.from === a.id && r.to === b.id).map((r) => ({ kind: r.kind, criteria: r.criteria })),
      route: paths?.routes[0] ?? null,
      reason: paths && paths.routes.length === 0 ? (paths.reason ?? null) : null,
    },
  };
  diff.headline = headline(diff);
  return diff;
}

const weightCache = new WeakMap<Framework, WordWeights>();
/** Word weights from every responsibility, skill and levelling-up fact of the framework. */
function weightsFor(fw: Framework): WordWeights {
  let w = weightCache.get(fw);
  if (!w) {
    w = wordWeights(fw.roles.flatMap((r) => [...r.responsibilities, ...r.skills, ...r.levelUp].map((f) => f.text)));
    weightCache.set(fw, w);
  }
  return w;
}

function payDiff(a: PayRange[], b: PayRange[]): PayDiff[] {
  const keys = new Map<string, { region: string; currency: string; period: string }>();
  for (const p of [...a, ...b]) keys.set(`${p.region}|${p.currency}|${p.period}`, { region: p.region, currency: p.currency, period: p.period });
  const pick = (list: PayRange[], k: { region: string; currency: string; period: string }) =>
    list.filter((p) => p.region === k.region && p.currency === k.currency && p.period === k.period);
  return [...keys.values()].map((k) => {
    const pa = pick(a, k);
    const pb = pick(b, k);
    const ma = midpoint(pa);
    const mb = midpoint(pb);
    return {
      ...k,
      a: pa,
      b: pb,
      change: ma !== null && mb !== null && ma > 0 ? { amount: Math.round(mb - ma), percent: Math.round(((mb - ma) / ma) * 100) } : null,
    };
  });
}

/** The middle of the ranges given (a single figure when only a min or a max is known). */
function midpoint(list: PayRange[]): number | null {
  const mids = list.map((p) => (p.min !== null && p.max !== null ? (p.min + p.max) / 2 : (p.min ?? p.max)!));
  return mids.length ? mids.reduce((s, x) => s + x, 0) / mids.length : null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function headline(d: RoleDiff): string[] {
  const out: string[] = [];
  const { band, track, family, managesPeople } = d.scope;
  if (band.delta === 0) out.push(`Same band: ${band.a} (${BAND_NAMES[band.a]}).`);
  else out.push(`${band.delta > 0 ? 'Up' : 'Down'} ${plural(Math.abs(band.delta), 'band')}: ${band.a} (${band.names.a}) → ${band.b} (${band.names.b}).`);
  out.push(track.changed ? `Track switch: ${trackWord(track.a)} → ${trackWord(track.b)}.` : `Same track: ${trackWord(track.a)}.`);
  out.push(family.changed ? `Different family: ${family.a} → ${family.b}.` : `Same family: ${family.a}.`);
  if (managesPeople.changed) out.push(managesPeople.b ? `${d.b.title} manages people; ${d.a.title} does not.` : `${d.b.title} does not manage people; ${d.a.title} does.`);
  const r = d.responsibilities;
  const s = d.skills;
  out.push(`Responsibilities: ${r.added.length} new, ${r.dropped.length} no longer listed, ${r.kept.length} in both.`);
  out.push(`Skills: ${s.added.length} new, ${s.dropped.length} no longer listed, ${s.kept.length} in both.`);
  const pay = d.pay.filter((p) => p.change);
  for (const p of pay) out.push(`Pay (${p.region}): ${p.change!.percent >= 0 ? '+' : ''}${p.change!.percent}% at the midpoint.`);
  const how = d.howToGetThere;
  if (how.direct.length) out.push(`The framework lists a direct ${how.direct.map((x) => x.kind).join(' or ')}.`);
  else if (how.route) out.push(`Reachable in ${plural(how.route.length, 'step')}: ${how.route.steps.map((x) => x.toTitle).join(' → ')}.`);
  else if (how.reason) out.push(`No route: ${how.reason}`);
  return out;
}

const trackWord = (t: string) => (t === 'ic' ? 'individual contributor' : 'management');
