import { BAND_NAMES, type Fact } from '../framework/schema.js';
import type { AssessmentReport } from './assess.js';
import type { CompetencyMatrix } from './competencies.js';
import type { Progress } from './history.js';

export type ReportFormat = 'md' | 'html' | 'json';

const cite = (f: { source: string[] }) => ` [${f.source.join(', ')}]`;
const pct = (share: number) => `${Math.round(share * 100)}%`;
const band = (b: number | null) => (b === null ? 'below the lowest level' : `band ${b} (${BAND_NAMES[b]})`);
const shortBand = (b: number | null) => (b === null ? '—' : String(b));
const trackWords = { ic: 'individual contributor track', management: 'management track', any: 'both tracks' } as const;
const signed = (n: number | null) => (n === null ? '' : n > 0 ? `+${n}` : n === 0 ? '=' : String(n));
const day = (iso: string) => iso.slice(0, 10);

/** The assessment as Markdown, self-contained HTML, or JSON. */
export function renderAssessment(report: AssessmentReport, format: ReportFormat = 'md'): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  const md = assessmentMarkdown(report);
  return format === 'html' ? htmlPage(`Self-assessment: ${report.person}`, assessmentHtml(report)) : md;
}

export function assessmentMarkdown(r: AssessmentReport): string {
  const out: string[] = [];
  out.push(`# Self-assessment: ${r.person}`, '');
  out.push(`${r.familyName} · ${day(r.date)} · ${r.role ? `current role: ${r.role.title} (band ${r.role.band})` : 'no current role given'} · assessed on the ${trackWords[r.track]}`, '');
  out.push('## The level the evidence supports', '');
  out.push(`**${r.supported.band === null ? 'No level yet' : `Band ${r.supported.band} (${r.supported.bandName})`}**${r.supported.roles.length ? `: ${r.supported.roles.map((x) => x.title).join(', ')}` : ''}`, '');
  out.push(r.supported.explanation, '');
  if (r.current) out.push(r.current.explanation, '');
  out.push('| band | competencies at this band or above | supported |', '| --- | --- | --- |');
  for (const b of r.supported.perBand) out.push(`| ${b.band} ${b.bandName} | ${b.atOrAbove} of ${b.of} | ${b.supported ? 'yes' : 'no'} |`);
  out.push('', '## Competencies', '', '| competency | level | evidence |', '| --- | --- | --- |');
  for (const c of r.competencies) {
    const ev = c.evidence === 'behaviours' ? `${c.shown.length} behaviour${c.shown.length === 1 ? '' : 's'} shown` : c.evidence === 'band' ? 'level chosen' : 'none yet';
    out.push(`| ${c.name} | ${band(c.level)} | ${ev}${c.note ? `: ${c.note.replace(/\|/g, '/')}` : ''} |`);
  }
  out.push('');
  if (r.next) {
    out.push(`## Readiness for ${r.next.role.title}`, '');
    out.push(`**${pct(r.next.readiness.share)}** of its criteria met: ${r.next.readiness.met} of ${r.next.readiness.total} behaviours expected at band ${r.next.role.band} (${r.next.role.bandName}).`, '');
    if (r.next.criteria.length) {
      out.push('What the framework says the move takes (check these yourself):', '', ...r.next.criteria.map((f) => `- ${f.text}${cite(f)}`), '');
    }
    if (r.next.alternatives.length) out.push(`Other next roles: ${r.next.alternatives.map((x) => `${x.title} (band ${x.band}, ${x.track})`).join(', ')}.`, '');
    out.push('## Gaps and how to close them', '');
    if (!r.gaps.length) out.push(`No gaps: every competency reaches band ${r.next.role.band}.`, '');
    for (const g of r.gaps) {
      out.push(`### ${g.name}: ${g.level === null ? 'not yet at the lowest level' : `at band ${g.level}`}, ${r.next.role.title} needs band ${g.target}`, '');
      if (g.missing.length) out.push('Not yet shown:', '', ...g.missing.map((b) => `- ${b.text} (\`${b.id}\`)`), '');
      out.push('Suggestions:', '', ...g.suggestions.map((f) => `- ${f.text}${cite(f)}`), '');
    }
  } else if (r.nextNote) out.push('## Next role', '', r.nextNote, '');
  if (r.progress && r.progress.entries.length > 1) out.push(progressMarkdown(r.progress, '##'));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** Progress over time: per competency each assessment's level, then now against the first and the previous one. */
export function progressMarkdown(p: Progress, heading = '#'): string {
  const out: string[] = [`${heading} Progress of ${p.person} over ${p.entries.length} assessment${p.entries.length === 1 ? '' : 's'}`, ''];
  const dates = p.entries.map((e, i) => (i === p.entries.length - 1 ? `${day(e.date)} (now)` : day(e.date)));
  out.push(`| competency | ${dates.join(' | ')} | since first | since previous |`, `| --- | ${dates.map(() => '---').join(' | ')} | --- | --- |`);
  for (const c of p.competencies) out.push(`| ${c.name} | ${c.series.map(shortBand).join(' | ')} | ${signed(c.sinceFirst)} | ${signed(c.sincePrevious)} |`);
  out.push(`| **supported level** | ${p.entries.map((e) => shortBand(e.supportedBand)).join(' | ')} | ${signed(delta(p.entries[0]?.supportedBand, p.entries[p.entries.length - 1]?.supportedBand, p.entries.length))} | ${signed(delta(p.entries[p.entries.length - 2]?.supportedBand, p.entries[p.entries.length - 1]?.supportedBand, p.entries.length))} |`);
  out.push(`| readiness for the next role | ${p.entries.map((e) => (e.readiness === null ? '—' : pct(e.readiness))).join(' | ')} | | |`, '');
  out.push('Levels are bands; — means below the lowest level or not assessed.', '');
  return out.join('\n');
}

function delta(a: number | null | undefined, b: number | null | undefined, n: number): number | null {
  if (n < 2 || a === null || a === undefined || b === null || b === undefined) return null;
  return b - a;
}

/** A matrix as Markdown with the behaviour ids an answers file uses. */
export function matrixMarkdown(m: CompetencyMatrix): string {
  const out: string[] = [`# ${m.name}`, '', `Family \`${m.family}\` · bands ${m.bands.join(', ')} · ${m.competencies.length} competencies`, ''];
  for (const c of m.competencies) {
    out.push(`## ${c.name} (\`${c.id}\`)`, '', c.summary, '');
    for (const cell of c.cells) {
      out.push(`### Band ${cell.band} (${BAND_NAMES[cell.band]})${cell.track ? `, ${cell.track} track` : ''}${cite(cell)}`, '', ...cell.behaviours.map((b) => `- \`${b.id}\` ${b.text}`), '');
    }
    out.push('To grow it:', '', ...c.develop.map((f) => `- ${f.text}${cite(f)}`), '');
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- HTML

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** A whole HTML document with its own styles: no scripts, fonts or images from elsewhere. */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
:root { color-scheme: light dark; --fg: #1d2330; --muted: #5b6475; --line: #d8dde6; --accent: #2f5fd0; --ok: #1f8a4c; --gap: #b4541a; --bg: #fff; --bar: #e8ecf3; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e9ef; --muted: #a3abba; --line: #3a4150; --accent: #7fa2ff; --ok: #5fcf8c; --gap: #f0a060; --bg: #151922; --bar: #2a303c; } }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; } h3 { font-size: 1.05rem; margin-bottom: .3rem; }
.meta, .muted { color: var(--muted); } .big { font-size: 1.4rem; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; } th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; } td.num { text-align: center; white-space: nowrap; }
.bar { background: var(--bar); border-radius: 4px; height: .7rem; min-width: 8rem; position: relative; } .bar > span { display: block; height: 100%; border-radius: 4px; background: var(--accent); }
.bar > i { position: absolute; top: -.2rem; bottom: -.2rem; width: 2px; background: var(--gap); }
.yes { color: var(--ok); font-weight: 600; } .no { color: var(--muted); } .up { color: var(--ok); } .down { color: var(--gap); }
.gap { border-left: 3px solid var(--gap); padding: .1rem 0 .1rem .8rem; margin: 1rem 0; }
code { font-size: .85em; } cite { font-style: normal; color: var(--muted); font-size: .85em; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } .gap { break-inside: avoid; } }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

const e = escapeHtml;
const citeHtml = (f: { source: string[] }) => ` <cite>[${e(f.source.join(', '))}]</cite>`;
const factsHtml = (facts: Fact[]) => `<ul>${facts.map((f) => `<li>${e(f.text)}${citeHtml(f)}</li>`).join('')}</ul>`;

function assessmentHtml(r: AssessmentReport): string {
  const bands = r.supported.perBand.map((b) => b.band);
  const lo = bands[0] ?? 0;
  const hi = bands[bands.length - 1] ?? 10;
  const pos = (b: number | null) => (b === null ? 0 : Math.round(((b - lo + 1) / (hi - lo + 1)) * 100));
  const target = r.next?.role.band ?? null;
  const out: string[] = [];
  out.push(`<h1>Self-assessment: ${e(r.person)}</h1>`);
  out.push(`<p class="meta">${e(r.familyName)} · ${e(day(r.date))} · ${r.role ? `current role: ${e(r.role.title)} (band ${r.role.band})` : 'no current role given'} · assessed on the ${trackWords[r.track]}</p>`);
  out.push('<h2>The level the evidence supports</h2>');
  out.push(`<p class="big">${r.supported.band === null ? 'No level yet' : `Band ${r.supported.band} (${e(r.supported.bandName)})`}${r.supported.roles.length ? `: ${e(r.supported.roles.map((x) => x.title).join(', '))}` : ''}</p>`);
  out.push(`<p>${e(r.supported.explanation)}</p>`);
  if (r.current) out.push(`<p>${e(r.current.explanation)}</p>`);
  out.push('<table><thead><tr><th>band</th><th>competencies at this band or above</th><th>supported</th></tr></thead><tbody>');
  for (const b of r.supported.perBand) out.push(`<tr><td>${b.band} ${e(b.bandName)}</td><td>${b.atOrAbove} of ${b.of}</td><td class="${b.supported ? 'yes' : 'no'}">${b.supported ? 'yes' : 'no'}</td></tr>`);
  out.push('</tbody></table>');
  out.push('<h2>Competencies</h2><table><thead><tr><th>competency</th><th>level</th><th style="width:40%">against the ladder</th></tr></thead><tbody>');
  for (const c of r.competencies) {
    const marker = target === null ? '' : `<i style="left:${pos(target)}%" title="${e(`band ${target}: ${r.next!.role.title}`)}"></i>`;
    out.push(
      `<tr><td>${e(c.name)}${c.note ? `<br><span class="muted">${e(c.note)}</span>` : ''}</td><td>${e(band(c.level))}</td><td><div class="bar" role="img" aria-label="${e(`${c.name}: ${band(c.level)}`)}"><span style="width:${pos(c.level)}%"></span>${marker}</div></td></tr>`,
    );
  }
  out.push('</tbody></table>');
  if (target !== null) out.push(`<p class="muted">The bars run from band ${lo} to band ${hi}; the mark shows band ${target}, where ${e(r.next!.role.title)} sits.</p>`);
  if (r.next) {
    out.push(`<h2>Readiness for ${e(r.next.role.title)}</h2>`);
    out.push(`<p><span class="big">${pct(r.next.readiness.share)}</span> of its criteria met: ${r.next.readiness.met} of ${r.next.readiness.total} behaviours expected at band ${r.next.role.band} (${e(r.next.role.bandName)}).</p>`);
    if (r.next.criteria.length) out.push(`<p>What the framework says the move takes (check these yourself):</p>${factsHtml(r.next.criteria)}`);
    if (r.next.alternatives.length) out.push(`<p>Other next roles: ${e(r.next.alternatives.map((x) => `${x.title} (band ${x.band}, ${x.track})`).join(', '))}.</p>`);
    out.push('<h2>Gaps and how to close them</h2>');
    if (!r.gaps.length) out.push(`<p>No gaps: every competency reaches band ${r.next.role.band}.</p>`);
    for (const g of r.gaps) {
      out.push(`<section class="gap"><h3>${e(g.name)}: ${g.level === null ? 'not yet at the lowest level' : `at band ${g.level}`}, ${e(r.next.role.title)} needs band ${g.target}</h3>`);
      if (g.missing.length) out.push(`<p>Not yet shown:</p><ul>${g.missing.map((b) => `<li>${e(b.text)} <code>${e(b.id)}</code></li>`).join('')}</ul>`);
      out.push(`<p>Suggestions:</p>${factsHtml(g.suggestions)}</section>`);
    }
  } else if (r.nextNote) out.push(`<h2>Next role</h2><p>${e(r.nextNote)}</p>`);
  if (r.progress && r.progress.entries.length > 1) out.push(progressHtml(r.progress));
  return out.join('\n');
}

export function progressHtml(p: Progress): string {
  const dates = p.entries.map((x, i) => `${e(day(x.date))}${i === p.entries.length - 1 ? ' (now)' : ''}`);
  const cls = (n: number | null) => (n === null || n === 0 ? '' : n > 0 ? 'up' : 'down');
  const rows = p.competencies.map(
    (c) => `<tr><td>${e(c.name)}</td>${c.series.map((s) => `<td class="num">${shortBand(s)}</td>`).join('')}<td class="num ${cls(c.sinceFirst)}">${signed(c.sinceFirst)}</td><td class="num ${cls(c.sincePrevious)}">${signed(c.sincePrevious)}</td></tr>`,
  );
  const sb = p.entries.map((x) => `<td class="num"><strong>${shortBand(x.supportedBand)}</strong></td>`).join('');
  const rd = p.entries.map((x) => `<td class="num">${x.readiness === null ? '—' : pct(x.readiness)}</td>`).join('');
  return `<h2>Progress of ${e(p.person)} over ${p.entries.length} assessments</h2>
<table><thead><tr><th>competency</th>${dates.map((d) => `<th class="num">${d}</th>`).join('')}<th>since first</th><th>since previous</th></tr></thead><tbody>
${rows.join('\n')}
<tr><td><strong>supported level</strong></td>${sb}<td></td><td></td></tr>
<tr><td>readiness for the next role</td>${rd}<td></td><td></td></tr>
</tbody></table>
<p class="muted">Levels are bands; — means below the lowest level or not assessed.</p>`;
}

/** Progress alone (`ladder assess --history`), in any of the report formats. */
export function renderProgress(p: Progress, format: ReportFormat = 'md'): string {
  if (format === 'json') return `${JSON.stringify(p, null, 2)}\n`;
  if (format === 'html') return htmlPage(`Progress: ${p.person}`, progressHtml(p));
  return progressMarkdown(p);
}
