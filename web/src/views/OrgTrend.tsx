import { useId, useMemo, useState } from 'react';
import type { RosterSummary } from '../api.js';
import { niceTicks } from '../components/PayChart.js';
import { FAMILY_COLORS, Show } from '../components/ui.js';
import { useAsync, useWidth } from '../hooks.js';
import { getTrend, type TrendResponse } from '../org-data-api.js';

type Dated = RosterSummary & { effectiveDate?: string | null };
const dateOf = (r: Dated) => r.effectiveDate ?? r.createdAt.slice(0, 10);

/** The organisation over the workspace's roster snapshots: headcount by family over time, and the moves between. */
export function OrgTrend({ rosters }: { rosters: RosterSummary[] }) {
  const id = useId();
  const dated = useMemo(() => [...(rosters as Dated[])].sort((a, b) => dateOf(a).localeCompare(dateOf(b))), [rosters]);
  // One snapshot per date: the newest upload of that day.
  const byDate = useMemo(() => {
    const m = new Map<string, Dated>();
    for (const r of dated) if (!m.has(dateOf(r)) || m.get(dateOf(r))!.createdAt < r.createdAt) m.set(dateOf(r), r);
    return [...m.values()];
  }, [dated]);
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const ids = (chosen ? byDate.filter((r) => chosen.has(r.id)) : byDate.slice(-6)).map((r) => r.id);
  const state = useAsync(ids.length >= 2 ? () => getTrend(ids) : null, [ids.join(',')]);
  if (byDate.length < 2) return null;
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Over time</h2>
      <fieldset className="filters">
        <legend>Snapshots</legend>
        {byDate.map((r) => (
          <label key={r.id} className="check">
            <input
              type="checkbox"
              checked={ids.includes(r.id)}
              onChange={(e) => {
                const next = new Set(ids);
                if (e.target.checked) next.add(r.id);
                else next.delete(r.id);
                setChosen(next);
              }}
            />{' '}
            {dateOf(r)} <span className="muted small">{r.source ?? ''}</span>
          </label>
        ))}
      </fieldset>
      {ids.length < 2 ? <p className="muted">Choose two or more snapshots.</p> : null}
      <Show state={state} what="the trend">
        {(t) => <TrendView trend={t} />}
      </Show>
    </section>
  );
}

function TrendView({ trend }: { trend: TrendResponse }) {
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const families = [...new Set(trend.points.flatMap((p) => Object.keys(p.byFamily)))].sort();
  const top = Math.max(1, ...trend.points.flatMap((p) => Object.values(p.byFamily)));
  const ticks = niceTicks(top);
  const scaleMax = ticks[ticks.length - 1]!;
  const left = 48;
  const plotW = Math.max(200, width - left - 130);
  const h = 220;
  const plotH = h - 40;
  const x = (i: number) => left + (trend.points.length === 1 ? plotW / 2 : (i / (trend.points.length - 1)) * plotW);
  const y = (v: number) => 10 + plotH - (v / scaleMax) * plotH;
  return (
    <div ref={ref}>
      <svg role="img" aria-label="People by family over time" width={width} height={h} viewBox={`0 0 ${width} ${h}`}>
        <title>People by family over time</title>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={left} x2={left + plotW} y1={y(t)} y2={y(t)} stroke="#e5e7eb" />
            <text x={left - 6} y={y(t) + 4} fontSize="11" textAnchor="end" fill="#6b7280">
              {t.toLocaleString('en')}
            </text>
          </g>
        ))}
        {trend.points.map((p, i) => (
          <text key={p.date} x={x(i)} y={h - 8} fontSize="11" textAnchor="middle" fill="#6b7280">
            {p.date}
          </text>
        ))}
        {families.map((f, fi) => {
          const color = FAMILY_COLORS[f] ?? ['#6b7280', '#b45309', '#be185d', '#15803d'][fi % 4];
          const pts = trend.points.map((p, i) => `${x(i)},${y(p.byFamily[f] ?? 0)}`).join(' ');
          const last = trend.points[trend.points.length - 1]!;
          return (
            <g key={f}>
              <polyline points={pts} fill="none" stroke={color} strokeWidth="2" />
              {trend.points.map((p, i) => (
                <circle key={i} cx={x(i)} cy={y(p.byFamily[f] ?? 0)} r="3" fill={color}>
                  <title>{`${f}: ${p.byFamily[f] ?? 0} on ${p.date}`}</title>
                </circle>
              ))}
              <text x={left + plotW + 8} y={y(last.byFamily[f] ?? 0) + 4} fontSize="11" fill={color}>
                {f}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">People</th>
            <th scope="col">Managers</th>
            <th scope="col">Median span</th>
            <th scope="col">Layers</th>
            <th scope="col">Engineers per product person</th>
          </tr>
        </thead>
        <tbody>
          {trend.points.map((p) => (
            <tr key={p.date}>
              <td>{p.date}</td>
              <td>{p.people.toLocaleString('en')}</td>
              <td>{p.managers.toLocaleString('en')}</td>
              <td>{p.spans.median ?? '–'}</td>
              <td>{p.layers}</td>
              <td>{p.engineersPerProduct ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul>
        {trend.steps.map((s) => (
          <li key={s.from}>
            {s.from} → {s.to}: {s.joiners} joined, {s.leavers} left, {s.promotions} promoted, {s.moves} changed manager
          </li>
        ))}
      </ul>
    </div>
  );
}
