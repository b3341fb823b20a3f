import type { PayFigureView } from '../api.js';
import { useWidth } from '../hooks.js';
import { formatMoney, SourceRefs } from './ui.js';

/** A figure as the API returns it; `text` is the server's wording, shown as is. */
type Row = Pick<PayFigureView, 'kind' | 'region' | 'currency' | 'period' | 'min' | 'max' | 'amount' | 'note' | 'text'> & { source?: string[]; label?: string };

/** Where a figure's bar starts and ends; null where the figure is open on that side. */
function span(r: Row): { lo: number | null; hi: number | null } {
  if (r.kind === 'approx') return { lo: r.amount, hi: r.amount };
  return { lo: r.min, hi: r.max };
}

/** Round numbers for an axis: 0 to just above `max`, about `count` steps. */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = 0; t <= max + step * 0.001; t += step) ticks.push(t);
  if (ticks[ticks.length - 1]! < max) ticks.push(ticks[ticks.length - 1]! + step);
  return ticks;
}

/**
 * Pay ranges as horizontal bars, one chart per currency and period (amounts in different
 * currencies are never drawn on one scale). An open range ("from", "up to") fades out.
 */
export function PayChart({ ranges, title, color = '#1d4ed8' }: { ranges: Row[]; title: string; color?: string }) {
  const [ref, width] = useWidth<HTMLDivElement>(560);
  const groups = new Map<string, Row[]>();
  for (const r of ranges) {
    const k = `${r.currency}/${r.period}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  if (ranges.length === 0) return <p className="muted">No source gives pay for this role.</p>;
  return (
    <div ref={ref} className="pay-charts">
      {[...groups.entries()].map(([k, rows], gi) => {
        const currency = rows[0]!.currency;
        const period = rows[0]!.period;
        const top = Math.max(...rows.map((r) => {
          const { lo, hi } = span(r);
          return hi ?? (lo ?? 0) * 1.25;
        }));
        const ticks = niceTicks(top);
        const scaleMax = ticks[ticks.length - 1]!;
        const labelW = Math.min(130, Math.max(70, width * 0.28));
        const plotW = Math.max(120, width - labelW - 16);
        const rowH = 34;
        const h = rows.length * rowH + 28;
        const x = (v: number) => labelW + (v / scaleMax) * plotW;
        const id = `pay-${gi}-${title.replace(/\W+/g, '')}`;
        return (
          <figure key={k} className="pay-chart">
            <figcaption id={id}>
              {title}: {currency} per {period}
            </figcaption>
            <svg width={width} height={h} role="img" aria-labelledby={id} aria-describedby={`${id}-d`} className="chart">
              {ticks.map((t) => (
                <g key={t}>
                  <line x1={x(t)} x2={x(t)} y1={0} y2={rows.length * rowH} className="grid" />
                  <text x={x(t)} y={rows.length * rowH + 18} textAnchor="middle" className="tick">
                    {formatMoney(t, currency)}
                  </text>
                </g>
              ))}
              {rows.map((r, i) => {
                const y = i * rowH + 8;
                const s = span(r);
                const lo = s.lo ?? 0;
                const hi = s.hi ?? scaleMax;
                const open = r.kind === 'up-to' ? 'left' : r.kind === 'from' ? 'right' : null;
                const gid = `${id}-g${i}`;
                return (
                  <g key={i}>
                    {open ? (
                      <defs>
                        <linearGradient id={gid} x1={open === 'left' ? '1' : '0'} x2={open === 'left' ? '0' : '1'} y1="0" y2="0">
                          <stop offset="0.4" stopColor={color} stopOpacity="0.85" />
                          <stop offset="1" stopColor={color} stopOpacity="0.08" />
                        </linearGradient>
                      </defs>
                    ) : null}
                    <text x={labelW - 8} y={y + 13} textAnchor="end" className="label">
                      {r.label ?? r.region}
                    </text>
                    <rect
                      x={x(lo)}
                      y={y}
                      width={Math.max(3, x(hi) - x(lo))}
                      height={18}
                      rx={3}
                      fill={open ? `url(#${gid})` : color}
                      opacity={open ? 1 : 0.85}
                    >
                      <title>{r.text}</title>
                    </rect>
                  </g>
                );
              })}
            </svg>
            <ul className="pay-notes" id={`${id}-d`}>
              {rows.map((r, i) => (
                <li key={i}>
                  <span className="swatch" style={{ background: color }} />
                  {r.label ? `${r.label}: ` : null}
                  {r.text}
                  {r.note ? <em> — {r.note}</em> : null} {r.source ? <SourceRefs refs={r.source} /> : null}
                </li>
              ))}
            </ul>
          </figure>
        );
      })}
    </div>
  );
}

/** The range as words: the API's own wording (`text`) when it gives one, else made from the figures. */
export function rangeText(r: Row): string {
  const given = (r as { text?: unknown }).text;
  if (typeof given === 'string' && given.trim()) return given;
  const f = (n: number) => formatMoney(n, r.currency);
  if (r.min !== null && r.max !== null) return r.min === r.max ? `about ${f(r.min)}` : `${f(r.min)} – ${f(r.max)}`;
  if (r.min !== null) return `from ${f(r.min)}`;
  if (r.max !== null) return `up to ${f(r.max)}`;
  return '—';
}
