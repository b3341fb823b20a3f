import { EXTERNAL_ROLES } from './assemble.js';
import { payView, type PayFigureView } from './pay.js';
import { roleTitle } from './query.js';
import { companySizeNote } from './company-size.js';
import { BAND_NAMES, type Fact, type Framework, type ReportingLine, type Role, type SourceRef, type Specialty } from './schema.js';

export interface SourceView {
  ref: SourceRef;
  kind: 'seed' | 'reference' | 'decision' | 'company';
  /**
   * What a reader is shown: an article's title, publisher and date; a decision's one-line reason;
   * the company's statement. Never a file name or a maintainer's note.
   */
  label: string;
  /** Where a published reference can be read. */
  url?: string;
  /** What a published reference gives the framework. */
  about?: string;
  /** The parts of the role this source supports ("responsibilities", "pay"), in page order. */
  supports: string[];
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
  /** Each figure with `text`, the words every surface shows for it. */
  pay: PayFigureView[];
  codes: Role['codes'] | null;
  typicalTenure: Role['typicalTenure'] | null;
  /** Set where the role may be held without direct reports. */
  mayHaveNoReports: Role['mayHaveNoReports'] | null;
  /** The role's specialty as the framework describes it: what changes in scope and skills. */
  specialtyDetail: Specialty | null;
  sources: SourceView[];
}

/** How a source is named to a reader (see SourceView.label); `sourceLine` adds what kind of source it is. */
export function sourceLabel(fw: Framework, ref: SourceRef): string {
  if (ref.startsWith('seed:')) {
    const seed = fw.sources.seeds.find((s) => s.id === ref.slice(5));
    if (!seed) return 'An article the framework is built on';
    const basedOn = seed.basedOn ? `; its passages used here follow ${seed.basedOn}` : '';
    return `“${seed.title}”, ${seed.publisher ?? 'publisher not named'}, ${seed.published ?? 'undated'}${basedOn}`;
  }
  if (ref.startsWith('ref:')) {
    const r = fw.sources.references.find((x) => x.id === ref.slice(4));
    return r ? `“${r.title}”, ${r.publisher}, ${r.year ?? 'undated'}` : 'A published source';
  }
  if (ref.startsWith('decision:')) {
    const d = fw.sources.decisions.find((x) => x.id === ref.slice(9));
    return d?.summary ?? d?.topic ?? 'A decision recorded in the project documentation.';
  }
  return ref.slice(8);
}

/** A source on one line of text: an article as its label, a decision as "Editorial decision: <reason>". */
export function sourceLine(s: Pick<SourceView, 'kind' | 'label'>): string {
  const label = s.label.replace(/\.$/, '');
  return s.kind === 'decision' ? `Product Ladder editorial decision: ${label}` : s.kind === 'company' ? `Company: ${label}` : label;
}

export function describeSource(fw: Framework, ref: SourceRef, supports: string[] = []): SourceView {
  const kind = ref.startsWith('seed:') ? 'seed' : ref.startsWith('ref:') ? 'reference' : ref.startsWith('decision:') ? 'decision' : 'company';
  const r = kind === 'reference' ? fw.sources.references.find((x) => x.id === ref.slice(4)) : undefined;
  return { ref, kind, label: sourceLabel(fw, ref), ...(r ? { url: r.url, about: r.supports } : {}), supports };
}

/** Every source a role's facts cite, seeds first, each once, with the parts of the role it supports. */
export function roleSources(fw: Framework, role: Role): SourceView[] {
  const refs = new Map<SourceRef, string[]>();
  const add = (part: string, list: { source: SourceRef[] }[]) =>
    list.forEach((f) =>
      f.source.forEach((s) => {
        const parts = refs.get(s) ?? [];
        if (!parts.includes(part)) parts.push(part);
        refs.set(s, parts);
      }),
    );
  add('summary', [role.summary]);
  add('responsibilities', role.responsibilities);
  add('skills', role.skills);
  add('levelling up', role.levelUp);
  add('reporting lines', [...role.reportsTo, ...role.directReports]);
  if (role.mayHaveNoReports) add('reporting lines', [role.mayHaveNoReports]);
  add('other names', role.aliases);
  add('pay', role.pay);
  if (role.codes) add('occupation codes', [role.codes]);
  if (role.typicalTenure) add('time in role', [role.typicalTenure]);
  const specialty = fw.specialties.find((s) => s.id === role.specialty);
  if (specialty) add('specialty', [specialty.summary, ...specialty.scope, ...specialty.skills, ...specialty.typicalExperience]);
  const order = { seed: 0, reference: 1, decision: 2, company: 3 };
  return [...refs].map(([r, parts]) => describeSource(fw, r, parts)).sort((a, b) => order[a.kind] - order[b.kind] || a.ref.localeCompare(b.ref));
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
    pay: role.pay.map(payView),
    codes: role.codes ?? null,
    typicalTenure: role.typicalTenure ?? null,
    mayHaveNoReports: role.mayHaveNoReports ?? null,
    specialtyDetail: fw.specialties.find((s) => s.id === role.specialty) ?? null,
    sources: roleSources(fw, role),
  };
}

/** Every article and decision the framework cites, as a reader is shown them (the export's source list). */
export function publicSources(fw: Framework): Omit<SourceView, 'supports'>[] {
  const refs: SourceRef[] = [
    ...fw.sources.seeds.map((s) => `seed:${s.id}`),
    ...fw.sources.references.map((r) => `ref:${r.id}`),
    ...fw.sources.decisions.map((d) => `decision:${d.id}`),
  ];
  return refs.map((ref) => {
    const { supports: _supports, ...rest } = describeSource(fw, ref);
    return rest;
  });
}
