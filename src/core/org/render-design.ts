import type { OrgDesign } from './design.js';
import type { RosterDiff } from './diff.js';

/** "10: 1 · 8: 1 · 6: 2 …", top band first. */
function bandLine(design: OrgDesign): string {
  return Object.entries(design.byBand)
    .sort((a, b) => Number(b[0]) - Number(a[0]))
    .map(([band, n]) => `band ${band} × ${n}`)
    .join(' · ');
}

const cite = (sources: string[]) => (sources.length ? ` [${sources.join(', ')}]` : '');

function tree(design: OrgDesign): string[] {
  // Role-level chart: CEO → top → …, each role with its count, from the aggregated reporting lines.
  const children = new Map<string, { roleId: string; title: string; count: number }[]>();
  for (const l of design.reportingLines) {
    const list = children.get(l.reportsTo) ?? [];
    list.push({ roleId: l.roleId, title: l.title, count: l.count });
    children.set(l.reportsTo, list);
  }
  const out: string[] = [];
  const stack: { roleId: string; title: string; count: number; depth: number }[] = [{ roleId: 'ceo', title: 'Chief Executive Officer', count: 1, depth: 0 }];
  const seen = new Set<string>();
  while (stack.length) {
    const cur = stack.pop()!;
    out.push(`${'  '.repeat(cur.depth)}${cur.depth ? '└ ' : ''}${cur.count} × ${cur.title}`);
    if (seen.has(cur.roleId)) continue;
    seen.add(cur.roleId);
    const kids = children.get(cur.roleId) ?? [];
    for (let k = kids.length - 1; k >= 0; k--) stack.push({ ...kids[k]!, depth: cur.depth + 1 });
  }
  return out;
}

/** The design as text; its reasons cite sources by id (numberCitations turns them into a numbered list). */
export function designText(design: OrgDesign): string {
  const p = design.params;
  const out: string[] = [];
  out.push(`Product organisation for ${p.pms} PMs, ${p.productLines} product line${p.productLines === 1 ? '' : 's'}, a company of ${p.companySize}${p.companySizeEstimated ? ' (estimated)' : ''} (${design.companySizeBucket}), ${p.stage} stage${p.agile ? ', agile' : ''}`);
  out.push('');
  out.push('Roles:');
  const w = Math.max(...design.roles.map((r) => r.title.length));
  for (const r of design.roles) out.push(`  ${String(r.count).padStart(4)}  ${r.title.padEnd(w)}  band ${r.band ?? '?'}${r.track ? `, ${r.track}` : ''}`);
  out.push(`  ${String(design.roster.length - 1).padStart(4)}  in all`);
  out.push(`By band: ${bandLine(design)}`);
  out.push('');
  out.push('Who reports to whom:');
  for (const l of tree(design)) out.push(`  ${l}`);
  out.push('');
  out.push('Why:');
  for (const r of design.reasoning) out.push(`  - ${r.topic}: ${r.text}${cite(r.sources)}`);
  out.push('');
  out.push('The roster: ladder org design … --csv > plan.csv; then ladder org audit plan.csv --company-size N');
  return `${out.join('\n')}\n`;
}

export function designMarkdown(design: OrgDesign): string {
  const p = design.params;
  const out: string[] = [];
  out.push(`# Product organisation design`, '');
  out.push(`${p.pms} product managers, ${p.productLines} product line${p.productLines === 1 ? '' : 's'}, a company of ${p.companySize.toLocaleString('en-US')}${p.companySizeEstimated ? ' (estimated)' : ''} people (${design.companySizeBucket}), ${p.stage} stage${p.agile ? ', agile teams' : ''}.`, '');
  out.push('## Roles', '', '| Role | Band | Track | Count |', '| --- | --- | --- | --- |');
  for (const r of design.roles) out.push(`| ${r.title} | ${r.band ?? '?'} | ${r.track ?? '–'} | ${r.count} |`);
  out.push(`| **In all** | | | **${design.roster.length - 1}** |`, '');
  out.push(`By band: ${bandLine(design)}.`, '');
  out.push('## Reporting lines', '', '```', ...tree(design), '```', '');
  out.push('| Role | Reports to | Count |', '| --- | --- | --- |');
  for (const l of design.reportingLines) out.push(`| ${l.title} | ${l.reportsToTitle} | ${l.count} |`);
  out.push('', '## Reasoning', '');
  for (const r of design.reasoning) out.push(`- **${r.topic}**: ${r.text}${cite(r.sources)}`);
  out.push('');
  return out.join('\n');
}

const who = (p: { id: string; name: string }) => `${p.name} (${p.id})`;

export function diffText(d: RosterDiff): string {
  const out: string[] = [];
  out.push(`Roster diff: ${d.before.file} → ${d.after.file}`);
  out.push(`People: ${d.before.people} → ${d.after.people}; open roles: ${d.before.openRoles} → ${d.after.openRoles}`);
  out.push(`Findings: ${d.findings.fixed.length} fixed, ${d.findings.introduced.length} introduced, ${d.findings.unchanged} unchanged (errors ${d.before.findings.error} → ${d.after.findings.error}, warnings ${d.before.findings.warning} → ${d.after.findings.warning})`);
  const section = <T>(title: string, list: T[], line: (x: T) => string) => {
    if (!list.length) return;
    out.push('', `${title} (${list.length}):`);
    for (const x of list.slice(0, 50)) out.push(`  ${line(x)}`);
    if (list.length > 50) out.push(`  … and ${list.length - 50} more`);
  };
  section('Joined', d.added, (p) => `+ ${p.open ? 'open position' : who(p)}: ${p.title}${p.managerId ? `, reporting to ${p.managerId}` : ''}`);
  section('Left', d.removed, (p) => `- ${p.open ? 'open position' : who(p)}: ${p.title}`);
  section('Moves', d.moves, (m) => `${who(m)}: ${m.fromName ?? m.from ?? 'nobody'} → ${m.toName ?? m.to ?? 'nobody'}`);
  section('Promotions', d.promotions, (p) => `${who(p)}: ${p.fromTitle} (band ${p.fromBand}) → ${p.title} (band ${p.toBand})`);
  section('Demotions', d.demotions, (p) => `${who(p)}: ${p.fromTitle} (band ${p.fromBand}) → ${p.title} (band ${p.toBand})`);
  section('Title changes', d.titleChanges, (p) => `${who(p)}: ${p.fromTitle} → ${p.title}`);
  section('Open positions filled', d.filled, (p) => `${who(p)}: ${p.title}`);
  section('Positions vacated', d.vacated, (p) => `${p.id}: ${p.title}`);
  section('Roles', d.roles, (r) => `${r.title}: ${r.before} → ${r.after}`);
  section('Findings fixed', d.findings.fixed, (f) => `${f.severity} ${f.code}: ${f.message}`);
  section('Findings introduced', d.findings.introduced, (f) => `${f.severity} ${f.code}: ${f.message}`);
  return `${out.join('\n')}\n`;
}

export function diffMarkdown(d: RosterDiff): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const out: string[] = [];
  out.push(`# Roster diff: ${cell(d.before.file)} → ${cell(d.after.file)}`, '');
  out.push(`| | Before | After |`, '| --- | --- | --- |', `| People | ${d.before.people} | ${d.after.people} |`, `| Open roles | ${d.before.openRoles} | ${d.after.openRoles} |`, `| Errors | ${d.before.findings.error} | ${d.after.findings.error} |`, `| Warnings | ${d.before.findings.warning} | ${d.after.findings.warning} |`, `| Info | ${d.before.findings.info} | ${d.after.findings.info} |`, '');
  const section = <T>(title: string, list: T[], head: string[], row: (x: T) => string[]) => {
    out.push(`## ${title} (${list.length})`, '');
    if (!list.length) {
      out.push('_None._', '');
      return;
    }
    out.push(`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...list.map((x) => `| ${row(x).map(cell).join(' | ')} |`), '');
  };
  section('Joined', d.added, ['Id', 'Name', 'Title', 'Manager'], (p) => [p.id, p.open ? 'open position' : p.name, p.title, p.managerId ?? '–']);
  section('Left', d.removed, ['Id', 'Name', 'Title'], (p) => [p.id, p.open ? 'open position' : p.name, p.title]);
  section('Moves', d.moves, ['Id', 'Name', 'From', 'To'], (m) => [m.id, m.name, m.fromName ?? m.from ?? '–', m.toName ?? m.to ?? '–']);
  section('Promotions', d.promotions, ['Id', 'Name', 'From', 'To'], (p) => [p.id, p.name, `${p.fromTitle} (${p.fromBand})`, `${p.title} (${p.toBand})`]);
  section('Demotions', d.demotions, ['Id', 'Name', 'From', 'To'], (p) => [p.id, p.name, `${p.fromTitle} (${p.fromBand})`, `${p.title} (${p.toBand})`]);
  section('Title changes', d.titleChanges, ['Id', 'Name', 'From', 'To'], (p) => [p.id, p.name, p.fromTitle, p.title]);
  section('Roles', d.roles, ['Role', 'Before', 'After'], (r) => [r.title, String(r.before), String(r.after)]);
  section('Findings fixed', d.findings.fixed, ['Severity', 'Code', 'Finding'], (f) => [f.severity, f.code, f.message]);
  section('Findings introduced', d.findings.introduced, ['Severity', 'Code', 'Finding'], (f) => [f.severity, f.code, f.message]);
  return out.join('\n');
}
