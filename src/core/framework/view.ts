import { EXTERNAL_ROLES } from './assemble.js';
import { roleTitle } from './query.js';
import { companySizeNote } from './company-size.js';
import { BAND_NAMES, type Fact, type Framework, type ReportingLine, type Role, type SourceRef, type Specialty } from './schema.js';

export interface SourceView {
  ref: SourceRef;
  kind: 'seed' | 'reference' | 'decision' | 'company';
  /** The seed's title, the reference's title and publisher, the decision's topic, or the company's statement. */
  label: string;
  file?: string;
  /** Where a published reference can be read. */
  url?: string;
  reason?: string;
}
export interface ReportingView extends ReportingLine {
  title: string;
  condition: string;
  inFramework: boolean;
}

/** The shape `ladder role --json` and the API return: the role with names resolved and sources listed. */
export interface RoleView {
  id: string;
  title: string;
  family: string;
  familyName: string;
  level: number;
  levelName: string;
  track: Role['track'];
  titleSettlesTrack: boolean;
  specialty: string | null;
  summary: string;
  responsibilities: Fact[];
  skills: Fact[];
  levelUp: Fact[];
  nextRoles: { id: string; title: string; kind: string }[];
  reportsTo: ReportingView[];
  directReports: ReportingView[];
  aliases: Role['aliases'];
  pay: Role['pay'];
  codes: Role['codes'] | null;
  typicalTenure: Role['typicalTenure'] | null;
  /** Set where the role may be held without direct reports. */
  mayHaveNoReports: Role['mayHaveNoReports'] | null;
  /** The role's specialty as the framework describes it: what changes in scope and skills. */
  specialtyDetail: Specialty | null;
  sources: SourceView[];
}

export function describeSource(fw: Framework, ref: SourceRef): SourceView {
  if (ref.startsWith('seed:')) {
    const seed = fw.sources.seeds.find((s) => s.id === ref.slice(5));
    return { ref, kind: 'seed', label: seed?.title ?? ref, ...(seed ? { file: seed.file } : {}) };
  }
  if (ref.startsWith('ref:')) {
    const r = fw.sources.references.find((x) => x.id === ref.slice(4));
    return { ref, kind: 'reference', label: r ? `${r.title}, ${r.publisher}${r.year ? ` (${r.year})` : ''}` : ref, ...(r ? { url: r.url, reason: r.supports } : {}) };
  }
  if (ref.startsWith('decision:')) {
    const d = fw.sources.decisions.find((x) => x.id === ref.slice(9));
    return { ref, kind: 'decision', label: d?.topic ?? ref, ...(d ? { reason: `${d.decided} ${d.reason}` } : {}) };
  }
  return { ref, kind: 'company', label: ref.slice(8) };
}

/** Every source a role's facts cite, seeds first, each once. */
export function roleSources(fw: Framework, role: Role): SourceView[] {
  const refs = new Set<SourceRef>();
  const add = (list: { source: SourceRef[] }[]) => list.forEach((f) => f.source.forEach((s) => refs.add(s)));
  add([role.summary, ...role.responsibilities, ...role.skills, ...role.levelUp, ...role.reportsTo, ...role.directReports, ...role.aliases, ...role.pay]);
  if (role.codes) add([role.codes]);
  if (role.typicalTenure) add([role.typicalTenure]);
  if (role.mayHaveNoReports) add([role.mayHaveNoReports]);
  const specialty = fw.specialties.find((s) => s.id === role.specialty);
  if (specialty) add([specialty.summary, ...specialty.scope, ...specialty.skills, ...specialty.typicalExperience]);
  const order = { seed: 0, reference: 1, decision: 2, company: 3 };
  return [...refs].map((r) => describeSource(fw, r)).sort((a, b) => order[a.kind] - order[b.kind] || a.ref.localeCompare(b.ref));
}

function reporting(fw: Framework, lines: ReportingLine[]): ReportingView[] {
  return lines.map((l) => ({
    ...l,
    title: roleTitle(fw, l.role),
    condition: companySizeNote(l.when, fw.companySizes),
    inFramework: !(l.role in EXTERNAL_ROLES),
  }));
}

export function roleView(fw: Framework, role: Role): RoleView {
  const family = fw.families.find((f) => f.id === role.family);
  return {
    id: role.id,
    title: role.title,
    family: role.family,
    familyName: family?.name ?? role.family,
    level: role.band,
    levelName: BAND_NAMES[role.band] ?? String(role.band),
    track: role.track,
    titleSettlesTrack: role.titleSettlesTrack,
    specialty: role.specialty ?? null,
    summary: role.summary.text,
    responsibilities: role.responsibilities,
    skills: role.skills,
    levelUp: role.levelUp,
    nextRoles: fw.relations
      .filter((r) => r.from === role.id && r.kind !== 'contrast')
      .map((r) => ({ id: r.to, title: roleTitle(fw, r.to), kind: r.kind })),
    reportsTo: reporting(fw, role.reportsTo),
    directReports: reporting(fw, role.directReports),
    aliases: role.aliases,
    pay: role.pay,
    codes: role.codes ?? null,
    typicalTenure: role.typicalTenure ?? null,
    mayHaveNoReports: role.mayHaveNoReports ?? null,
    specialtyDetail: fw.specialties.find((s) => s.id === role.specialty) ?? null,
    sources: roleSources(fw, role),
  };
}
