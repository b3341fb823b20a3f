import type { AuditResult } from './audit.js';
import type { Severity } from './types.js';

export const FAMILY_COLORS: Record<string, { fill: string; label: string }> = {
  'product-management': { fill: '#dbeafe', label: 'Product management' },
  'product-operations': { fill: '#dcfce7', label: 'Product operations' },
  'product-owner': { fill: '#fef3c7', label: 'Product owner' },
  'product-analytics': { fill: '#ede9fe', label: 'Product analytics' },
  'product-marketing': { fill: '#fce7f3', label: 'Product marketing' },
  other: { fill: '#e5e7eb', label: 'Outside product (CEO, CTO…)' },
  unrecognized: { fill: '#ffffff', label: 'Unrecognised title' },
};
export const SEVERITY_COLORS: Record<Severity, string> = { error: '#b91c1c', warning: '#c2410c', info: '#1d4ed8' };

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const W = 176;
const H = 56;
const GAP_X = 14;
const GAP_Y = 34;
const STACK_GAP = 8;
const INDENT = 22;
const PAD = 16;

export interface OrgChartOptions {
  /** At most this many people are drawn; deeper parts are folded into "+N below". */
  maxNodes?: number;
}

export interface OrgChart {
  svg: string;
  shown: number;
  total: number;
}

/**
 * Draws the reporting tree as SVG: boxes coloured by family, outlined by the worst finding, with
 * a count badge and the findings in a tooltip. Teams of people without reports are stacked to keep
 * the chart narrow; beyond `maxNodes` people, the deepest parts are folded into counts.
 */
export function renderOrgChart(result: AuditResult, options: OrgChartOptions = {}): OrgChart {
  const maxNodes = options.maxNodes ?? 400;
  const { tree } = result;
  const n = tree.people.length;
  // Choose who is drawn: breadth first, a whole team at a time, while the budget lasts.
  const shown = new Uint8Array(n);
  const folded = new Uint8Array(n);
  let count = 0;
  const tops = [...tree.roots, ...tree.detached];
  for (const t of tops) {
    if (count >= maxNodes) break;
    shown[t] = 1;
    count++;
  }
  for (let k = 0; k < tree.order.length; k++) {
    const i = tree.order[k]!;
    if (!shown[i]) continue;
    const kids = tree.children[i];
    if (!kids) continue;
    if (count + kids.length <= maxNodes) {
      for (const c of kids) shown[c] = 1;
      count += kids.length;
    } else folded[i] = 1;
  }
  const shownKids = (i: number) => (folded[i] ? [] : (tree.children[i] ?? []).filter((c) => shown[c]));

  // Sizes bottom-up (reverse breadth-first order), positions top-down: no recursion.
  const width = new Float64Array(n);
  const height = new Float64Array(n);
  const stacked = new Uint8Array(n);
  for (let k = tree.order.length - 1; k >= 0; k--) {
    const i = tree.order[k]!;
    if (!shown[i]) continue;
    const kids = shownKids(i);
    if (kids.length === 0) {
      width[i] = W;
      height[i] = H;
    } else if (kids.every((c) => shownKids(c).length === 0)) {
      stacked[i] = 1;
      width[i] = W + INDENT;
      height[i] = H + GAP_Y / 2 + kids.length * (H + STACK_GAP);
    } else {
      let w = 0;
      let h = 0;
      for (const c of kids) {
        w += width[c]!;
        h = Math.max(h, height[c]!);
      }
      width[i] = Math.max(W, w + GAP_X * (kids.length - 1));
      height[i] = H + GAP_Y + h;
    }
  }
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const left = new Float64Array(n);
  let cursor = PAD;
  let totalH = 0;
  const drawnTops = tops.filter((t) => shown[t]);
  for (const t of drawnTops) {
    left[t] = cursor;
    y[t] = PAD;
    cursor += width[t]! + GAP_X * 2;
    totalH = Math.max(totalH, height[t]!);
  }
  const edges: string[] = [];
  const nodes: string[] = [];
  const queue = [...drawnTops];
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q]!;
    const kids = shownKids(i);
    if (stacked[i]) {
      x[i] = left[i]!;
      let cy = y[i]! + H + GAP_Y / 2;
      const lineX = x[i]! + INDENT / 2;
      for (const c of kids) {
        left[c] = x[i]! + INDENT;
        x[c] = left[c]!;
        y[c] = cy;
        edges.push(`M${lineX},${y[i]! + H} V${cy + H / 2} H${x[c]}`);
        cy += H + STACK_GAP;
        queue.push(c);
      }
    } else {
      // Left-aligned: a manager sits over their first report, so a wide chart opens on its top.
      x[i] = left[i]!;
      let cl = left[i]!;
      for (const c of kids) {
        left[c] = cl;
        y[c] = y[i]! + H + GAP_Y;
        cl += width[c]! + GAP_X;
        queue.push(c);
      }
      for (const c of kids) {
        const cx = left[c]! + W / 2;
        const px = x[i]! + W / 2;
        const midY = y[i]! + H + GAP_Y / 2;
        edges.push(`M${px},${y[i]! + H} V${midY} H${cx} V${y[c]}`);
      }
    }
  }
  for (const i of queue) nodes.push(nodeSvg(result, i, x[i]!, y[i]!, folded[i] ? tree.below[i]! : 0));
  // Dotted lines between drawn people.
  const dotted: string[] = [];
  for (const i of queue) {
    for (const d of tree.dotted[i] ?? []) {
      if (!shown[d]) continue;
      dotted.push(`<path d="M${x[i]! + W / 2},${y[i]!} L${x[d]! + W / 2},${y[d]! + H}" class="dotted"/>`);
    }
  }
  const totalW = Math.max(cursor - GAP_X * 2 + PAD, W + 2 * PAD);
  const svgH = totalH + 2 * PAD;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="org-chart" width="${Math.ceil(totalW)}" height="${Math.ceil(svgH)}" viewBox="0 0 ${Math.ceil(totalW)} ${Math.ceil(svgH)}" role="img" aria-label="Org chart: ${queue.length} of ${n} people">`,
    '<style>.edge{fill:none;stroke:#9ca3af;stroke-width:1.2}.dotted{fill:none;stroke:#6b7280;stroke-width:1;stroke-dasharray:3 3}.n text{font:12px system-ui,-apple-system,Segoe UI,Roboto,sans-serif;fill:#111827}.n .t{font-size:11px;fill:#374151}.n .m{font-size:10px;fill:#6b7280}.n .b{font-size:10px;fill:#fff;font-weight:700}.n .name{font-weight:600}</style>',
    `<g>${edges.map((d) => `<path class="edge" d="${d}"/>`).join('')}</g>`,
    `<g>${dotted.join('')}</g>`,
    `<g>${nodes.join('')}</g>`,
    '</svg>',
  ].join('\n');
  return { svg, shown: queue.length, total: n };
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function nodeSvg(result: AuditResult, i: number, x: number, y: number, foldedBelow: number): string {
  const p = result.people[i]!;
  const family = p.info.recognized ? p.info.family! : p.info.external ? 'other' : 'unrecognized';
  const fill = FAMILY_COLORS[family]?.fill ?? '#ffffff';
  const stroke = p.worst ? SEVERITY_COLORS[p.worst] : '#9ca3af';
  const strokeWidth = p.worst === 'error' ? 2.5 : p.worst === 'warning' ? 2 : 1;
  const dash = p.open ? ' stroke-dasharray="5 3"' : '';
  const findings = p.findings.map((k) => result.findings[k]!);
  const tip = [
    `${p.open ? 'Open position' : p.name} (${p.id})`,
    p.title,
    p.info.roleTitle && p.info.recognized ? `role: ${p.info.roleTitle}${p.info.band !== null ? `, band ${p.info.band}` : ''}` : p.info.external ? `outside product: ${p.info.external}` : 'title not recognised',
    `layer ${p.depth || '–'}, ${p.span} direct report${p.span === 1 ? '' : 's'}${foldedBelow ? `, ${foldedBelow} people below (not drawn)` : ''}`,
    ...findings.slice(0, 6).map((f) => `${f.severity} ${f.code}: ${f.message}`),
    ...(findings.length > 6 ? [`… ${findings.length - 6} more findings`] : []),
  ].join('\n');
  const band = p.info.band !== null ? `band ${p.info.band}` : family === 'other' ? 'outside product' : 'band ?';
  const meta = foldedBelow ? `${band} · +${foldedBelow} below` : `${band}${p.span ? ` · ${p.span} report${p.span === 1 ? '' : 's'}` : ''}`;
  const badge = findings.length
    ? `<circle cx="${x + W - 4}" cy="${y + 4}" r="9" fill="${stroke}"/><text class="b" x="${x + W - 4}" y="${y + 7.5}" text-anchor="middle">${findings.length > 99 ? '99+' : findings.length}</text>`
    : '';
  return `<g class="n${p.worst ? ` sev-${p.worst}` : ''}" data-id="${escapeXml(p.id)}"><title>${escapeXml(tip)}</title><rect x="${x}" y="${y}" width="${W}" height="${H}" rx="6" fill="${fill}" stroke="${stroke}" stroke-width="${strokeWidth}"${dash}/><text class="name" x="${x + 8}" y="${y + 17}">${escapeXml(clip(p.open ? "Open position" : p.name, 22))}</text><text class="t" x="${x + 8}" y="${y + 32}">${escapeXml(clip(p.title, 28))}</text><text class="m" x="${x + 8}" y="${y + 47}">${escapeXml(meta)}</text>${badge}</g>`;
}
