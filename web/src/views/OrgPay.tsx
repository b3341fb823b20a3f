import { useId, useState } from 'react';
import { niceTicks } from '../components/PayChart.js';
import { Show } from '../components/ui.js';
import { useAsync, useWidth } from '../hooks.js';
import { getPayBands, type PayDimension, type PayGroup } from '../org-data-api.js';

const PER: Record<string, string> = { year: 'a year', month: 'a month', week: 'a week', hour: 'an hour' };
const GROUPINGS = [
  { by: 'band', label: 'Band' },
  { by: 'band,location', label: 'Band and location' },
  { by: 'family', label: 'Family' },
  { by: 'level', label: 'Company level' },
  { by: 'role', label: 'Role' },
];
const money = (n: number, currency: string) => n.toLocaleString('en', { style: 'currency', currency, maximumFractionDigits: 0 });

/** The company's own pay bands from a roster: one chart per currency and period, never mixed. */
export function OrgPay({ rosterId }: { rosterId: string }) {
  const id = useId();
  const [by, setBy] = useState('band');
  const state = useAsync(() => getPayBands(rosterId, by), [rosterId, by]);
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <div className="toolbar">
        <h2 id={`${id}-h`}>Pay bands</h2>
        <div className="field">
          <label htmlFor={`${id}-by`}>Group by</label>
          <select id={`${id}-by`} value={by} onChange={(e) => setBy(e.target.value)}>
            {GROUPINGS.map((g) => (
              <option key={g.by} value={g.by}>
                {g.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Show state={state} what="the pay bands">
        {(pay) => {
          if (pay.groups.length === 0) return <p className="muted">Nobody in this roster has a salary with a currency.</p>;
          const blocks = new Map<string, PayGroup[]>();
          for (const g of pay.groups) blocks.set(`${g.currency} ${g.period}`, [...(blocks.get(`${g.currency} ${g.period}`) ?? []), g]);
          return (
            <>
              {[...blocks.entries()].map(([k, groups]) => (
                <BandChart key={k} groups={groups} by={pay.by} />
              ))}
              <p className="muted small">
                Each bar runs from the 10th to the 90th percentile (groups of 11 people or more); the box from the 25th to the 75th; the line is the median. Groups under {pay.minGroup} people,
                and groups that a wider group would give away, show no figures. {pay.outliers > 0 ? `${pay.outliers} people are paid outside 80–120% of their group's median.` : ''}
                {pay.conversions.length ? ` Converted to yearly pay: ${pay.conversions.join('; ')}.` : ''}
              </p>
            </>
          );
        }}
      </Show>
    </section>
  );
}

function BandChart({ groups, by }: { groups: PayGroup[]; by: PayDimension[] }) {
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const { currency, period } = groups[0]!;
  const top = Math.max(1, ...groups.map((g) => g.figures?.p90 ?? g.figures?.p75 ?? g.figures?.median ?? 0));
  const ticks = niceTicks(top);
  const scaleMax = ticks[ticks.length - 1]!;
  const labelW = Math.min(220, Math.max(110, width * 0.32));
  const plotW = Math.max(160, width - labelW - 60);
  const rowH = 26;
  const x = (v: number) => labelW + (v / scaleMax) * plotW;
  const h = groups.length * rowH + 30;
  const label = (g: PayGroup) => by.map((d) => g.values[d]).join(' · ');
  return (
    <div ref={ref} className="pay-charts">
      <svg role="img" aria-label={`Pay by ${by.join(' and ')}, ${currency} ${PER[period] ?? period}`} width={width} height={h} viewBox={`0 0 ${width} ${h}`}>
        <title>{`Pay by ${by.join(' and ')}, ${currency} ${PER[period] ?? period}`}</title>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={0} y2={h - 24} stroke="#e5e7eb" />
            <text x={x(t)} y={h - 8} fontSize="11" textAnchor="middle" fill="#6b7280">
              {money(t, currency)}
            </text>
          </g>
        ))}
        {groups.map((g, i) => {
          const y = i * rowH + 4;
          const f = g.figures;
          return (
            <g key={i}>
              <text x={labelW - 8} y={y + 15} fontSize="12" textAnchor="end">
                {label(g)} ({g.count})
              </text>
              {f ? (
                <>
                  {f.p10 !== null && f.p90 !== null ? <line x1={x(f.p10)} x2={x(f.p90)} y1={y + 11} y2={y + 11} stroke="#1d4ed8" strokeWidth="2" /> : null}
                  {f.p25 !== null && f.p75 !== null ? <rect x={x(f.p25)} y={y + 4} width={Math.max(1, x(f.p75) - x(f.p25))} height={14} fill="#bfdbfe" stroke="#1d4ed8" /> : null}
                  <line x1={x(f.median)} x2={x(f.median)} y1={y + 2} y2={y + 20} stroke="#1e3a8a" strokeWidth="2" />
                  <title>{`${label(g)}: median ${money(f.median, currency)}; ${f.p10 !== null && f.p90 !== null ? `10th–90th percentile ${money(f.p10, currency)}–${money(f.p90, currency)}` : f.p25 !== null && f.p75 !== null ? `25th–75th percentile ${money(f.p25, currency)}–${money(f.p75, currency)}` : 'too few people for a range'}`}</title>
                </>
              ) : (
                <text x={labelW + 4} y={y + 15} fontSize="12" fill="#6b7280">
                  {g.withheld === 'small-group' ? 'not shown: too few people' : 'not shown: a wider group would give it away'}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
