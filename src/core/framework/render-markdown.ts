import type { Comparison } from './compare.js';
import { getLadder, listRoles, roleTitle } from './query.js';
import type { Fact, Framework, PayRange, Specialty } from './schema.js';
import { roleView, type RoleView } from './view.js';

const cite = (f: { source: string[] }) => ` [${f.source.join(', ')}]`;
const bullets = (facts: Fact[], empty = '_None: this is the top of its ladder._') =>
  facts.length ? facts.map((f) => `- ${f.text}${cite(f)}`).join('\n') : empty;

export function formatMoney(n: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(n);
}
export function formatPay(p: PayRange): string {
  const range =
    p.min !== null && p.max !== null
      ? `${formatMoney(p.min, p.currency)}–${formatMoney(p.max, p.currency)}`
      : p.min !== null
        ? `from ${formatMoney(p.min, p.currency)}`
        : `up to ${formatMoney(p.max ?? 0, p.currency)}`;
  return `${p.region}: ${range} a ${p.period}${p.note ? ` (${p.note})` : ''}`;
}

/** A specialty: what changes against a generalist, and typical experience where a source gives it. */
function specialtySection(s: Specialty, heading: string): string[] {
  return [
    '',
    `${heading}# Specialty: ${s.name}`,
    `${s.summary.text}${cite(s.summary)}`,
    '',
    'What changes in scope:',
    bullets(s.scope, '- None listed'),
    '',
    'What changes in skills:',
    bullets(s.skills, '- None listed'),
    '',
    `Typical experience per level: ${s.typicalExperience.length ? '' : 'no source gives it.'}`,
    ...s.typicalExperience.map((e) => `- band ${e.band}: ${e.text}${cite(e)}`),
  ];
}

/** A role page in Markdown: what `ladder role` prints and what the export writes. */
export function roleMarkdown(view: RoleView, heading = '#'): string {
  const lines = (list: RoleView['reportsTo']) =>
    list.length ? list.map((l) => `- ${l.title} — ${l.condition}${l.note ? `; ${l.note}` : ''}${cite(l)}`).join('\n') : '- None listed';
  const codes = view.codes
    ? [view.codes.isco08 && `ISCO-08 ${view.codes.isco08}`, view.codes.onetSoc && `O*NET-SOC ${view.codes.onetSoc}`, view.codes.esco && `ESCO ${view.codes.esco}`]
        .filter(Boolean)
        .join(' · ') + cite(view.codes)
    : 'None defensible';
  return [
    `${heading} ${view.title}`,
    '',
    `\`${view.id}\` · ${view.familyName} · band ${view.level} (${view.levelName}) · ${view.track === 'ic' ? 'individual contributor' : 'management'} track${view.titleSettlesTrack ? '' : ' (the title alone does not say whether it manages people)'}`,
    '',
    view.summary,
    '',
    `${heading}# Responsibilities`,
    bullets(view.responsibilities, '- None listed'),
    '',
    `${heading}# Skills`,
    bullets(view.skills, '- None listed'),
    '',
    `${heading}# Levelling up`,
    bullets(view.levelUp),
    ...(view.nextRoles.length ? ['', `Next: ${view.nextRoles.map((n) => `${n.title} (${n.kind})`).join(', ')}`] : []),
    '',
    `${heading}# Reports to`,
    lines(view.reportsTo),
    '',
    `${heading}# Direct reports`,
    lines(view.directReports),
    '',
    `${heading}# Pay`,
    view.pay.length ? view.pay.map((p) => `- ${formatPay(p)}${cite(p)}`).join('\n') : '- No source gives pay for this role',
    '',
    `${heading}# Other names`,
    view.aliases.length ? view.aliases.map((a) => `${a.name}${a.lang ? ` (${a.lang})` : ''}`).join(', ') : 'None',
    '',
    `${heading}# Codes`,
    codes,
    ...(view.typicalTenure ? ['', `Typical time in role: ${view.typicalTenure.minYears}–${view.typicalTenure.maxYears} years${cite(view.typicalTenure)}`] : []),
    ...(view.mayHaveNoReports ? ['', `May be held without direct reports${view.mayHaveNoReports.note ? `: ${view.mayHaveNoReports.note}` : ''}.${cite(view.mayHaveNoReports)}`] : []),
    ...(view.specialtyDetail ? specialtySection(view.specialtyDetail, heading) : []),
    '',
    `${heading}# Sources`,
    view.sources.map((s) => `- ${s.ref}: ${s.label}${s.file ? ` (${s.file})` : ''}${s.url ? ` (${s.url})` : ''}`).join('\n'),
    '',
  ].join('\n');
}

/** The whole framework as one printable Markdown document. */
export function frameworkMarkdown(fw: Framework): string {
  const out: string[] = [`# ${fw.name}: the product ladder`, ''];
  for (const family of fw.families) {
    const ladder = getLadder(fw, family.id);
    out.push(`## ${family.name}${family.contrast ? ' (not a product role: for contrast)' : ''}`, '', family.summary.text, '');
    out.push('| band | level | individual contributor | management |', '| --- | --- | --- | --- |');
    for (const rung of [...ladder.rungs].reverse()) {
      out.push(`| ${rung.band} | ${rung.name} | ${rung.ic.map((r) => r.title).join(', ')} | ${rung.management.map((r) => r.title).join(', ')} |`);
    }
    out.push('');
    for (const role of listRoles(fw, { family: family.id })) out.push(roleMarkdown(roleView(fw, role), '###'));
  }
  out.push('## Sources', '', ...fw.sources.seeds.map((s) => `- seed:${s.id}: ${s.title} (${s.file})`), '');
  out.push('## Decisions', '', ...fw.sources.decisions.map((d) => `- decision:${d.id}: ${d.topic}. ${d.decided}`), '');
  return out.join('\n');
}

export function comparisonMarkdown(c: Comparison): string {
  const side = (a: Fact[], b: Fact[]) => {
    const rows = Math.max(a.length, b.length);
    const out = [`| ${c.a.title} | ${c.b.title} |`, '| --- | --- |'];
    for (let i = 0; i < rows; i++) out.push(`| ${a[i]?.text ?? ''} | ${b[i]?.text ?? ''} |`);
    return out.join('\n');
  };
  const delta = c.levelDelta === 0 ? 'the same band' : `${Math.abs(c.levelDelta)} band${Math.abs(c.levelDelta) === 1 ? '' : 's'} ${c.levelDelta > 0 ? 'above' : 'below'}`;
  return [
    `# ${c.a.title} vs ${c.b.title}`,
    '',
    `- ${c.b.title} is ${delta} ${c.a.title} (band ${c.a.level} → ${c.b.level}).`,
    `- Track: ${c.a.track} → ${c.b.track}${c.trackChange ? ' (a track switch)' : ''}.`,
    `- Family: ${c.sameFamily ? `both ${c.a.family}` : `${c.a.family} → ${c.b.family}`}.`,
    `- Reports to: ${c.reportsTo.a.join(', ') || '—'} → ${c.reportsTo.b.join(', ') || '—'}.`,
    ...c.relations.map((r) => `- The framework lists a ${r.kind} from ${r.from} to ${r.to}${r.criteria.length ? `: ${r.criteria.map((f) => f.text).join(' ')}` : ''}`),
    '',
    '## Responsibilities',
    side(c.responsibilities.a, c.responsibilities.b),
    '',
    '## Skills',
    side(c.skills.a, c.skills.b),
    '',
    '## Pay',
    c.pay.length
      ? c.pay.map((p) => `- ${p.region} (${p.currency}, ${p.period}): ${p.a.map(formatPay).join('; ') || '—'} → ${p.b.map(formatPay).join('; ') || '—'}`).join('\n')
      : '- No source gives pay for either role',
    '',
  ].join('\n');
}

/** The ladder drawn for a terminal: bands top-down, IC and management side by side. */
export function ladderText(fw: Framework, familyId: Parameters<typeof getLadder>[1]): string {
  const ladder = getLadder(fw, familyId);
  const rows = [...ladder.rungs].reverse().map((r) => [
    `${String(r.band).padStart(2)} ${r.name}`,
    r.ic.map((x) => x.title).join(' / '),
    r.management.map((x) => x.title).join(' / '),
  ]);
  const head = ['band', 'Individual contributor', 'Management'];
  const widths = [0, 1, 2].map((i) => Math.max(head[i]!.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' │ ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [ladder.name, line(head), rule, ...rows.map(line)].join('\n') + '\n';
}

export { roleTitle };
