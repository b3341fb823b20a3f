import { useWidth } from '../hooks.js';
import { wrap } from '../graph.js';

export interface RadarSeries {
  name: string;
  values: number[];
  color: string;
  dashed?: boolean;
}

/** A radar chart in inline SVG: one axis per competency, one polygon per series. */
export function Radar({ axes, series, min, max, label }: { axes: string[]; series: RadarSeries[]; min: number; max: number; label: string }) {
  const [ref, width] = useWidth<HTMLDivElement>(420);
  const size = Math.min(width, 520);
  const pad = size < 420 ? 78 : 92;
  const r = size / 2 - pad;
  const c = size / 2;
  const n = Math.max(axes.length, 3);
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const point = (i: number, v: number) => {
    const t = max === min ? 1 : Math.max(0, Math.min(1, (v - min) / (max - min)));
    return [c + Math.cos(angle(i)) * r * t, c + Math.sin(angle(i)) * r * t] as const;
  };
  const rings = Math.min(5, Math.max(2, max - min));
  const chars = size < 420 ? 11 : 16;
  return (
    <div ref={ref} className="radar">
      <svg width={size} height={size} role="img" aria-label={label}>
        {Array.from({ length: rings }, (_, k) => {
          const v = min + ((k + 1) * (max - min)) / rings;
          const pts = axes.map((_, i) => point(i, v).join(',')).join(' ');
          return <polygon key={k} points={pts} className="radar-ring" />;
        })}
        {axes.map((a, i) => {
          const [x, y] = point(i, max);
          const lx = c + Math.cos(angle(i)) * (r + 12);
          const ly = c + Math.sin(angle(i)) * (r + 12);
          const anchor = Math.abs(lx - c) < 8 ? 'middle' : lx > c ? 'start' : 'end';
          const lines = wrap(a, chars).slice(0, 3);
          const dy = ly < c - 8 ? -(lines.length - 1) * 13 : ly > c + 8 ? 10 : -((lines.length - 1) * 13) / 2 + 4;
          return (
            <g key={i}>
              <line x1={c} y1={c} x2={x} y2={y} className="radar-axis" />
              <text x={lx} y={ly + dy} textAnchor={anchor} className="radar-label">
                {lines.map((l, j) => (
                  <tspan key={j} x={lx} dy={j === 0 ? 0 : 13}>
                    {l}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {series.map((s) => (
          <polygon
            key={s.name}
            points={s.values.map((v, i) => point(i, v).join(',')).join(' ')}
            fill={s.color}
            fillOpacity={s.dashed ? 0.05 : 0.22}
            stroke={s.color}
            strokeWidth={2.5}
            strokeDasharray={s.dashed ? '6 4' : undefined}
          />
        ))}
        {series
          .filter((s) => !s.dashed)
          .map((s) => s.values.map((v, i) => {
            const [x, y] = point(i, v);
            return <circle key={`${s.name}-${i}`} cx={x} cy={y} r={3.5} fill={s.color} />;
          }))}
      </svg>
      <ul className="radar-legend small">
        {series.map((s) => (
          <li key={s.name}>
            <svg width="26" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="26" y2="5" stroke={s.color} strokeWidth="3" strokeDasharray={s.dashed ? '6 4' : undefined} />
            </svg>
            {s.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
