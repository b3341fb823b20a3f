import { toCsv } from '../csv-writer.js';
import type { AuditResult, ContextReading } from './audit.js';
import { reasonText } from './context.js';
import { escapeXml, FAMILY_COLORS, renderOrgChart, SEVERITY_COLORS } from './render-svg.js';
import type { Finding, Person, Severity } from './types.js';

const SEV_MARK: Record<Severity, string> = { error: 'error  ', warning: 'warning', info: 'info   ' };

function countLine(c: Record<Severity, number>): string {
  const part = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${part(c.error, 'error')}, ${part(c.warning, 'warning')}, ${c.info} info`;
}

function entries(o: Record<string, number>): string {
  const list = Object.entries(o);
  return list.length ? list.map(([k, v]) => `${k} ${v}`).join(' · ') : 'none';
}

/** The terminal summary: counts, the first findings, the key metrics and the rejected rows. */
export function auditText(result: AuditResult, options: { maxFindings?: number } = {}): string {
  const max = options.maxFindings ?? 40;
  const { summary: s, metrics: m } = result;
  const out: string[] = [];
  out.push(`Org audit of ${s.file}: ${s.people} people, ${s.openRoles} open role${s.openRoles === 1 ? '' : 's'}${s.rejectedRows ? `, ${s.rejectedRows} row${s.rejectedRows === 1 ? '' : 's'} rejected` : ''}`);
  out.push(`Findings: ${countLine(s.findings)}${s.companySizeBucket ? ` (company size ${s.companySize}, ${s.companySizeBucket})` : ' (no company size given: reporting lines of every size accepted)'}`);
  if (result.findings.length) {
    out.push('');
    const codeW = Math.max(...result.findings.slice(0, max).map((f) => f.code.length));
    for (const f of result.findings.slice(0, max)) out.push(`  ${SEV_MARK[f.severity]}  ${f.code.padEnd(codeW)}  ${f.message}`);
    if (result.findings.length > max) out.push(`  … and ${result.findings.length - max} more (use --json, --md or --html for all of them)`);
  }
  if (s.productContext) {
    out.push('');
    out.push(`Titles read in a product context: ${s.productContext} ${s.productContext === 1 ? 'person' : 'people'} (a product department, or a product leader above them)${result.contextReadings.length ? `; read differently because of it (${result.contextReadings.length}):` : ''}`);
    for (const c of result.contextReadings.slice(0, max)) out.push(`  ${c.name} (${c.id}, "${c.title}"): ${contextVerdict(c)}`);
    if (result.contextReadings.length > max) out.push(`  … and ${result.contextReadings.length - max} more (use --json, --md or --html for all of them)`);
  }
  out.push('');
  out.push(`Layers: ${m.layers.max}${m.layers.unreachable ? ` (${m.layers.unreachable} people cut off by cycles)` : ''} · managers ${m.managers} · individual contributors ${m.ics}${m.icsPerManager !== null ? ` (${m.icsPerManager} per manager)` : ''}`);
  if (m.spans.median !== null) out.push(`Spans: median ${m.spans.median}, mean ${m.spans.mean}, 90th percentile ${m.spans.p90}, widest ${m.spans.max}`);
  out.push(`By family: ${entries(m.byFamily)}`);
  out.push(`By band: ${entries(m.byBand)}`);
  out.push(`By track: ic ${m.byTrack.ic} · management ${m.byTrack.management} · unknown ${m.byTrack.unknown}`);
  if (m.openRoles.total) out.push(`Open roles: ${m.openRoles.total} (${entries(m.openRoles.byFamily)})`);
  if (m.pay.checked || m.pay.notChecked) out.push(`Pay: ${m.pay.checked} checked, ${m.pay.outside} outside the pay figure they were compared with, ${m.pay.notChecked} not checkable (no figure for the role, currency and place)`);
  if (result.rejectedRows.length) {
    out.push('');
    out.push(`Rejected rows (${result.rejectedRows.length}):`);
    for (const r of result.rejectedRows.slice(0, 20)) out.push(`  line ${r.line}: ${r.reason}`);
    if (result.rejectedRows.length > 20) out.push(`  … and ${result.rejectedRows.length - 20} more`);
  }
  return `${out.join('\n')}\n`;
}

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function mdTable(head: string[], rows: (string | number)[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map((c) => mdCell(String(c))).join(' | ')} |`)].join('\n');
}

/** The audit as a Markdown report. */
export function auditMarkdown(result: AuditResult): string {
  const { summary: s, metrics: m } = result;
  const out: string[] = [];
  out.push(`# Org audit: ${mdCell(s.file)}`, '');
  out.push(`${s.people} people, ${s.openRoles} open roles, ${s.rejectedRows} rejected rows. Framework: ${s.framework}. Company size: ${s.companySize ?? 'not given'}${s.companySizeBucket ? ` (${s.companySizeBucket})` : ''}.`, '');
  out.push(`**Findings:** ${countLine(s.findings)}.`, '');
  out.push('## Findings', '');
  out.push(result.findings.length ? mdTable(['Severity', 'Code', 'People', 'Finding'], result.findings.map((f) => [f.severity, `\`${f.code}\``, peopleCell(f), f.message])) : '_No findings._');
  if (s.productContext) {
    out.push('', '## Titles read in a product context', '');
    out.push(`${s.productContext} ${s.productContext === 1 ? "person's title was" : "people's titles were"} read as titles in a product organisation: their department is a product department, or a product leader is above them. Where that changed the reading:`, '');
    out.push(result.contextReadings.length ? mdTable(['Person', 'Title', 'Read as', 'Without the context', 'Because of'], result.contextReadings.map((c) => [`${c.name} (${c.id})`, c.title, c.roleTitle ?? 'no product role', c.generalRoleTitle ?? 'no product role', reasonText(c.reason)])) : '_Nowhere: every title reads the same without it._');
  }
  out.push('', '## Metrics', '');
  out.push(
    mdTable(
      ['Metric', 'Value'],
      [
        ['People in post', m.headcount.people],
        ['Open roles', m.headcount.openRoles],
        ['Layers', m.layers.max],
        ['Managers', m.managers],
        ['Individual contributors', m.ics],
        ['ICs per manager', m.icsPerManager ?? '–'],
        ['Span: median / mean / p90 / max', `${m.spans.median ?? '–'} / ${m.spans.mean ?? '–'} / ${m.spans.p90 ?? '–'} / ${m.spans.max ?? '–'}`],
        ['Product lines', m.productLines],
        ['Product managers (ICs / managers)', `${m.productManagers.total} (${m.productManagers.ics} / ${m.productManagers.managers})`],
        ['Product operations', m.productOperations],
        ['Dotted lines', m.dottedLines],
        ['Pay checked / outside / not checkable', `${m.pay.checked} / ${m.pay.outside} / ${m.pay.notChecked}`],
      ],
    ),
  );
  const dist = (title: string, o: Record<string, number>, label: string) => {
    out.push('', `### ${title}`, '');
    const list = Object.entries(o);
    out.push(list.length ? mdTable([label, 'People'], list) : '_None._');
  };
  dist('By family', m.byFamily, 'Family');
  dist('By band', m.byBand, 'Band');
  dist('By track', m.byTrack, 'Track');
  dist('Spans (managers by number of direct reports)', m.spans.distribution, 'Direct reports');
  dist('Layers (people by layer)', m.layers.distribution, 'Layer');
  if (m.openRoles.total) dist('Open roles by family', m.openRoles.byFamily, 'Family');
  out.push('', '## Rejected rows', '');
  out.push(result.rejectedRows.length ? mdTable(['Line', 'Reason', 'Row'], result.rejectedRows.map((r) => [r.line, r.reason, `\`${r.raw.replace(/`/g, "'")}\``])) : '_None._');
  return `${out.join('\n')}\n`;
}

/** "Principal Product Manager (no product role without the context; department "Product")". */
function contextVerdict(c: ContextReading): string {
  return `${c.roleTitle ?? 'no product role'} (${c.generalRoleTitle ? `${c.generalRoleTitle} without the context` : 'no product role without the context'}; ${reasonText(c.reason)})`;
}

function peopleCell(f: Finding): string {
  if (f.people.length === 0) return '–';
  return f.people.length > 8 ? `${f.people.slice(0, 8).join(', ')} … (+${f.people.length - 8})` : f.people.join(', ');
}

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#111827;margin:0;background:#f9fafb}
main{max-width:1200px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 8px}h3{font-size:15px;margin:16px 0 6px}
.muted{color:#6b7280}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:16px 0}
.card{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:10px 14px;min-width:110px}
.card b{display:block;font-size:20px}
table{border-collapse:collapse;background:#fff;width:100%;margin:6px 0}
th,td{border:1px solid #e5e7eb;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f3f4f6;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.sev{font-weight:700;text-transform:uppercase;font-size:11px}
.sev-error{color:${SEVERITY_COLORS.error}}.sev-warning{color:${SEVERITY_COLORS.warning}}.sev-info{color:${SEVERITY_COLORS.info}}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:#f3f4f6;padding:1px 4px;border-radius:4px;word-break:break-all}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:16px}
.bar{display:inline-block;height:10px;background:#60a5fa;border-radius:2px;vertical-align:middle}
.chart{overflow:auto;background:#fff;border:1px solid #e5e7eb;border-radius:8px;max-height:80vh}
.legend{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0;font-size:12px}
.legend span{display:inline-flex;align-items:center;gap:5px}
.sw{display:inline-block;width:14px;height:14px;border:1px solid #9ca3af;border-radius:3px}
`;

const h = escapeXml;

/**
 * A self-contained HTML report (no scripts, fonts or links to fetch): summary, findings, metrics,
 * rejected rows and an SVG org chart coloured by family with findings marked.
 */
export function auditHtml(result: AuditResult, options: { maxNodes?: number; maxFindings?: number; title?: string } = {}): string {
  const { summary: s, metrics: m } = result;
  const maxFindings = options.maxFindings ?? 2000;
  const chart = renderOrgChart(result, { maxNodes: options.maxNodes ?? 400 });
  const card = (label: string, value: string | number, cls = '') => `<div class="card"><b class="${cls}">${h(String(value))}</b>${h(label)}</div>`;
  const dist = (title: string, o: Record<string, number>, label: string) => {
    const list = Object.entries(o);
    const top = Math.max(1, ...list.map(([, v]) => v));
    return `<div><h3>${h(title)}</h3>${list.length ? `<table><tr><th>${h(label)}</th><th>People</th><th></th></tr>${list.map(([k, v]) => `<tr><td>${h(k)}</td><td class="num">${v}</td><td><span class="bar" style="width:${Math.max(2, Math.round((v / top) * 120))}px"></span></td></tr>`).join('')}</table>` : '<p class="muted">None.</p>'}</div>`;
  };
  const findingsRows = result.findings
    .slice(0, maxFindings)
    .map((f) => `<tr><td class="sev sev-${f.severity}">${f.severity}</td><td><code>${h(f.code)}</code></td><td>${h(peopleCell(f))}</td><td>${h(f.message)}</td></tr>`)
    .join('');
  const legend = Object.entries(FAMILY_COLORS)
    .map(([, v]) => `<span><i class="sw" style="background:${v.fill}"></i>${h(v.label)}</span>`)
    .concat((['error', 'warning', 'info'] as const).map((sev) => `<span><i class="sw" style="background:#fff;border:2px solid ${SEVERITY_COLORS[sev]}"></i>${sev} finding</span>`))
    .concat(['<span><i class="sw" style="background:#fff;border:1px dashed #6b7280"></i>open position</span>'])
    .join('');
  const title = options.title ?? `Org audit: ${s.file}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${h(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${h(title)}</h1>
<p class="muted">Framework: ${h(s.framework)} · company size: ${s.companySize ?? 'not given'}${s.companySizeBucket ? ` (${s.companySizeBucket})` : ''}</p>
<div class="cards">
${card('people', s.people)}${card('open roles', s.openRoles)}${card('rejected rows', s.rejectedRows)}${card('errors', s.findings.error, 'sev-error')}${card('warnings', s.findings.warning, 'sev-warning')}${card('info', s.findings.info, 'sev-info')}${card('layers', m.layers.max)}${card('managers', m.managers)}${card('median span', m.spans.median ?? '–')}
</div>
<h2 id="chart">Org chart</h2>
<div class="legend">${legend}</div>
${chart.shown < chart.total ? `<p class="muted">Showing ${chart.shown} of ${chart.total} people; deeper parts are folded into "+N below".</p>` : ''}
<div class="chart">${chart.svg}</div>
<h2 id="findings">Findings (${result.findings.length})</h2>
${result.findings.length ? `<table><tr><th>Severity</th><th>Code</th><th>People</th><th>Finding</th></tr>${findingsRows}</table>${result.findings.length > maxFindings ? `<p class="muted">… and ${result.findings.length - maxFindings} more; the JSON report has them all.</p>` : ''}` : '<p>No findings.</p>'}
${s.productContext ? `<h2 id="context">Titles read in a product context (${s.productContext})</h2>
<p>Their department is a product department, or a product leader is above them. Where that changed the reading:</p>
${result.contextReadings.length ? `<table><tr><th>Person</th><th>Title</th><th>Read as</th><th>Without the context</th><th>Because of</th></tr>${result.contextReadings.map((c) => `<tr><td>${h(c.name)} (${h(c.id)})</td><td>${h(c.title)}</td><td>${h(c.roleTitle ?? 'no product role')}</td><td>${h(c.generalRoleTitle ?? 'no product role')}</td><td>${h(reasonText(c.reason))}</td></tr>`).join('')}</table>` : '<p class="muted">Nowhere: every title reads the same without it.</p>'}` : ''}
<h2 id="metrics">Metrics</h2>
<div class="grid">
${dist('By family', m.byFamily, 'Family')}
${dist('By band', m.byBand, 'Band')}
${dist('By track', m.byTrack, 'Track')}
${dist('Spans: managers by direct reports', m.spans.distribution, 'Direct reports')}
${dist('Layers: people by layer', m.layers.distribution, 'Layer')}
${dist('Open roles by family', m.openRoles.byFamily, 'Family')}
</div>
<h2 id="rejected">Rejected rows (${result.rejectedRows.length})</h2>
${result.rejectedRows.length ? `<table><tr><th>Line</th><th>Reason</th><th>Row</th></tr>${result.rejectedRows.map((r) => `<tr><td class="num">${r.line}</td><td>${h(r.reason)}</td><td><code>${h(r.raw)}</code></td></tr>`).join('')}</table>` : '<p>None.</p>'}
</main>
</body>
</html>
`;
}

export const ROSTER_CSV_COLUMNS = ['id', 'name', 'title', 'manager_id', 'department', 'location', 'product_line', 'email', 'salary', 'currency', 'employment_type', 'open', 'dotted_line'] as const;

/** A roster as CSV with the canonical column names (only the columns some person uses, plus the four required). */
export function rosterCsv(people: readonly Person[]): string {
  const used = new Set<string>(['id', 'name', 'title', 'manager_id']);
  for (const p of people) {
    if (p.department) used.add('department');
    if (p.location) used.add('location');
    if (p.productLine) used.add('product_line');
    if (p.email) used.add('email');
    if (p.salary !== undefined) used.add('salary');
    if (p.currency) used.add('currency');
    if (p.employmentType) used.add('employment_type');
    if (p.open) used.add('open');
    if (p.dottedLineIds?.length) used.add('dotted_line');
  }
  const fields = ROSTER_CSV_COLUMNS.filter((c) => used.has(c));
  const rows = people.map((p) => {
    const all: Record<string, string> = {
      id: p.id,
      name: p.name,
      title: p.title,
      manager_id: p.managerId ?? '',
      department: p.department ?? '',
      location: p.location ?? '',
      product_line: p.productLine ?? '',
      email: p.email ?? '',
      salary: p.salary === undefined ? '' : String(p.salary),
      currency: p.currency ?? '',
      employment_type: p.employmentType ?? '',
      open: p.open ? 'yes' : '',
      dotted_line: (p.dottedLineIds ?? []).join(';'),
    };
    return fields.map((f) => all[f]!);
  });
  return toCsv([fields, ...rows], { newline: '\n' });
}
