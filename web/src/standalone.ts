/**
 * Self-contained HTML documents to download: one file, its styles inside, no scripts, nothing
 * fetched, so it opens offline, prints cleanly and can be attached to an e-mail.
 */
import type { Audit } from './api.js';

const SEVERITIES = ['error', 'warning', 'info'] as const;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;color:#111827;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
h1{font-size:1.7rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem;border-bottom:1px solid #d1d5db}h3{font-size:1.05rem}
.meta{color:#4b5563}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e5e7eb;vertical-align:top}
.badge{display:inline-block;border:1px solid #d1d5db;border-radius:999px;padding:0 .5rem;font-size:.8rem;font-weight:600}
.error{color:#991b1b}.warning{color:#92400e}.info{color:#075985}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
svg{max-width:100%;height:auto}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}li,tr{break-inside:avoid}}
`;

/** A whole HTML document around a body. */
export function htmlDocument(title: string, body: string, generated: Date = new Date()): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>${body}
<footer class="meta"><p>Made with Product Ladder on ${escapeHtml(generated.toISOString().slice(0, 10))}.</p></footer>
</body></html>
`;
}

/** The org audit as a document: the headline figures, then every finding by severity with the people it names. */
export function orgReportHtml(audit: Audit, names: Map<string, { name?: string; title?: string }>, rosterName: string, generated?: Date): string {
  const s = (audit.summary ?? {}) as Record<string, unknown>;
  const count = (sev: string) => audit.findings.filter((f) => f.severity === sev).length;
  const parts: string[] = [`<h1>Org audit</h1><p class="meta">${escapeHtml(rosterName)}</p>`];
  parts.push('<ul>');
  if (typeof s.people === 'number') parts.push(`<li><strong>${s.people.toLocaleString('en')}</strong> people</li>`);
  for (const sev of SEVERITIES) parts.push(`<li class="${sev}"><strong>${count(sev)}</strong> ${sev}${count(sev) === 1 ? '' : 's'}</li>`);
  parts.push('</ul>');
  for (const sev of SEVERITIES) {
    const list = audit.findings.filter((f) => f.severity === sev);
    if (list.length === 0) continue;
    parts.push(`<h2 class="${sev}">${sev[0]!.toUpperCase()}${sev.slice(1)}s (${list.length})</h2><table><thead><tr><th scope="col">Finding</th><th scope="col">People</th></tr></thead><tbody>`);
    for (const f of list) {
      const who = f.people.slice(0, 30).map((p) => escapeHtml(names.get(p)?.name ?? p));
      const more = f.people.length > 30 ? ` and ${f.people.length - 30} more` : '';
      parts.push(`<tr><td><code>${escapeHtml(f.code)}</code> ${escapeHtml(f.message)}</td><td>${who.join(', ')}${more}</td></tr>`);
    }
    parts.push('</tbody></table>');
  }
  return htmlDocument(`Org audit · ${rosterName}`, parts.join('\n'), generated);
}

/**
 * A part of the page as a document: a copy of the element without its controls (buttons, forms),
 * its SVG charts kept inline.
 */
export function elementHtml(el: Element, title: string, intro = ''): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('button, form, input, select, textarea, .no-export').forEach((n) => n.remove());
  copy.querySelectorAll('[id]').forEach((n) => n.removeAttribute('id'));
  copy.querySelectorAll('a[href^="/"]').forEach((a) => a.setAttribute('href', new URL(a.getAttribute('href')!, location.origin).href));
  return htmlDocument(title, `<h1>${escapeHtml(title)}</h1>${intro}${copy.innerHTML}`);
}
