import type { ReactNode } from 'react';

const label = (k: string) =>
  k
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());

function scalar(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en') : v.toLocaleString('en', { maximumFractionDigits: 2 });
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return String(v);
}

const isScalar = (v: unknown) => v === null || v === undefined || ['string', 'number', 'boolean'].includes(typeof v);

/**
 * Renders a JSON value readably: objects as definition lists, lists of scalars inline, lists of
 * flat objects as tables. Used for audit metrics and the org design, whose shapes are open.
 */
export function DataView({ value, depth = 0 }: { value: unknown; depth?: number }): ReactNode {
  if (isScalar(value)) return <span>{scalar(value)}</span>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="muted">none</span>;
    if (value.every(isScalar)) return <span>{value.map(scalar).join(', ')}</span>;
    const objects = value.every((v) => v && typeof v === 'object' && !Array.isArray(v));
    if (objects) {
      const keys = [...new Set(value.flatMap((v) => Object.keys(v as object)))];
      const flat = value.every((v) => Object.values(v as object).every((x) => isScalar(x) || (Array.isArray(x) && x.every(isScalar))));
      if (flat && keys.length <= 8)
        return (
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  {keys.map((k) => (
                    <th key={k} scope="col">
                      {label(k)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {value.map((v, i) => (
                  <tr key={i}>
                    {keys.map((k) => {
                      const x = (v as Record<string, unknown>)[k];
                      return <td key={k}>{Array.isArray(x) ? x.map(scalar).join(', ') : scalar(x)}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
    }
    return (
      <ul className="data-list">
        {value.map((v, i) => (
          <li key={i}>
            <DataView value={v} depth={depth + 1} />
          </li>
        ))}
      </ul>
    );
  }
  const o = value as Record<string, unknown>;
  if (depth > 4) return <code>{JSON.stringify(o)}</code>;
  const entries = Object.entries(o);
  if (entries.length === 0) return <span className="muted">none</span>;
  return (
    <dl className={depth === 0 ? 'data-dl top' : 'data-dl'}>
      {entries.map(([k, v]) => (
        <div key={k} className={isScalar(v) ? 'inline' : 'block'}>
          <dt>{label(k)}</dt>
          <dd>
            <DataView value={v} depth={depth + 1} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
