import { useState } from 'react';
import { getPaths, roleTitles, type Paths, type RoleSummary } from '../api.js';
import { TitleInput } from '../components/TitleInput.js';
import { Badge, familyColor, Heading, RoleLink, Show, SourceRefs } from '../components/ui.js';
import { layoutRoutes, wrap } from '../graph.js';
import { useAsync, useTitle, useWidth } from '../hooks.js';
import { navigate, rolePath, setSearch, useLocation } from '../router.js';

const KIND_COLOR: Record<string, string> = { promotion: '#1d4ed8', 'track-switch': '#7c3aed', lateral: '#0f766e', 'step-down': '#b45309', contrast: '#6b7280' };
const KIND_LABEL: Record<string, string> = { promotion: 'Promotion', 'track-switch': 'Track switch', lateral: 'Lateral move', 'step-down': 'Step down' };

export default function PathsView() {
  const { search } = useLocation();
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  const ready = from && to && from !== to;
  const data = useAsync(ready ? () => Promise.all([getPaths(from, to), roleTitles()]) : null, [from, to]);
  useTitle('Career paths');
  return (
    <>
      <Heading>Career paths</Heading>
      <p className="lede">Type where you are and where you want to go. Titles are matched to the ladder as you type.</p>
      <form className="pickers" onSubmit={(e) => e.preventDefault()} aria-label="Route">
        <TitleInput label="From" name="from" roleId={from} onResolve={(id) => setSearch({ from: id }, { replace: true })} />
        <TitleInput label="To" name="to" roleId={to} onResolve={(id) => setSearch({ to: id }, { replace: true })} />
      </form>
      {from && to && from === to ? <p className="note">That is the same role: pick a different destination.</p> : null}
      <Show state={data} what="career paths">
        {([paths, titles]) => <Routes paths={paths} titles={titles} />}
      </Show>
    </>
  );
}

function Routes({ paths, titles }: { paths: Paths; titles: Map<string, RoleSummary> }) {
  const [selected, setSelected] = useState<string | null>(null);
  const [route, setRoute] = useState<number | null>(null);
  const title = (id: string) => titles.get(id)?.title ?? id;
  if (paths.routes.length === 0)
    return (
      <p className="note" role="status">
        The ladder has no route from {title(paths.from)} to {title(paths.to)}
        {paths.reason ? `: ${paths.reason}` : '.'}
      </p>
    );
  return (
    <>
      <p role="status">
        {paths.routes.length} route{paths.routes.length === 1 ? '' : 's'}
        {paths.found > paths.routes.length ? ` (of ${paths.found} found)` : ''} from <strong>{title(paths.from)}</strong> to <strong>{title(paths.to)}</strong>.
      </p>
      <PathGraph paths={paths} titles={titles} selected={selected} onSelect={setSelected} route={route} />
      <div className="routes">
        {paths.routes.map((r, ri) => (
          <section key={ri} className="route card" aria-labelledby={`route-${ri}`}>
            <div className="toolbar">
              <h2 id={`route-${ri}`}>
                Route {ri + 1} <span className="muted small">({r.steps.length} step{r.steps.length === 1 ? '' : 's'})</span>
              </h2>
              <button type="button" className="secondary small" aria-pressed={route === ri} onClick={() => setRoute(route === ri ? null : ri)}>
                {route === ri ? 'Showing on graph' : 'Show on graph'}
              </button>
            </div>
            {r.typicalYears ? (
              <p className="muted small">
                Typically {r.typicalYears.min}–{r.typicalYears.max} years in the roles along the way
                {r.typicalYears.rolesWithTenure < r.typicalYears.rolesLeft ? ' (where sources give a tenure)' : ''}.
              </p>
            ) : null}
            <ol className="steps">
              {r.steps.map((s, si) => {
                const k = `${s.from}>${s.to}>${s.kind}`;
                return (
                  <li key={si} className={selected === k ? 'selected' : undefined} id={`step-${ri}-${si}`}>
                    <p className="step-head">
                      <RoleLink id={s.from} title={title(s.from)} /> <span aria-hidden="true">→</span>
                      <span className="visually-hidden">to</span> <RoleLink id={s.to} title={title(s.to)} />{' '}
                      <Badge tone={s.kind}>{KIND_LABEL[s.kind] ?? s.kind}</Badge>
                    </p>
                    {s.toLearn && s.toLearn.length > 0 ? (
                      <p className="small">
                        <strong>To learn:</strong> {s.toLearn.map((f) => f.text).join(' ')}
                      </p>
                    ) : null}
                    {s.criteria.length > 0 ? (
                      <ul className="facts">
                        {s.criteria.map((c, ci) => (
                          <li key={ci}>
                            {c.text} <SourceRefs refs={c.source} />
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="muted small">No criteria recorded for this step.</p>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      </div>
    </>
  );
}

function PathGraph({
  paths,
  titles,
  selected,
  onSelect,
  route,
}: {
  paths: Paths;
  titles: Map<string, RoleSummary>;
  selected: string | null;
  onSelect: (k: string | null) => void;
  route: number | null;
}) {
  const [ref, width] = useWidth<HTMLDivElement>(640);
  const g = layoutRoutes(paths.from, paths.routes);
  const gap = 14;
  const nodeW = Math.min(200, (width - gap * (g.maxPerLayer + 1)) / g.maxPerLayer);
  // About 7.8 px a character at 13 px bold, with a little padding.
  const chars = Math.max(8, Math.floor((nodeW - 12) / 7.8));
  const nodeH = 50;
  const rowH = 96;
  const height = g.layers * rowH - (rowH - nodeH) + 8;
  const colW = nodeW + gap;
  const offset = (width - g.maxPerLayer * colW + gap) / 2;
  const pos = new Map(g.nodes.map((n) => [n.id, { cx: offset + n.x * colW + nodeW / 2, y: n.y * rowH + 4 }]));
  const kinds = [...new Set(g.edges.map((e) => e.kind))];

  return (
    <figure className="path-graph" ref={ref}>
      <svg width={width} height={height} role="group" aria-label={`Career path graph: ${g.nodes.length} roles, ${g.edges.length} steps`}>
        <defs>
          {kinds.map((k) => (
            <marker key={k} id={`arrow-${k}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" fill={KIND_COLOR[k] ?? '#374151'} />
            </marker>
          ))}
        </defs>
        {g.edges.map((e) => {
          const a = pos.get(e.from)!;
          const b = pos.get(e.to)!;
          const k = `${e.from}>${e.to}>${e.kind}`;
          const y1 = a.y + nodeH;
          const y2 = b.y - 2;
          const d = `M${a.cx},${y1} C${a.cx},${(y1 + y2) / 2} ${b.cx},${(y1 + y2) / 2} ${b.cx},${y2}`;
          return (
            <path
              key={k}
              d={d}
              fill="none"
              stroke={KIND_COLOR[e.kind] ?? '#374151'}
              strokeWidth={selected === k || (route !== null && e.routes.includes(route)) ? 4 : 2}
              opacity={route !== null && !e.routes.includes(route) ? 0.2 : 1}
              strokeDasharray={e.kind === 'promotion' ? undefined : '6 4'}
              markerEnd={`url(#arrow-${e.kind})`}
              className="edge"
              onClick={() => onSelect(selected === k ? null : k)}
            >
              <title>
                {KIND_LABEL[e.kind] ?? e.kind}: {titles.get(e.from)?.title ?? e.from} to {titles.get(e.to)?.title ?? e.to}
              </title>
            </path>
          );
        })}
        {g.nodes.map((n) => {
          const p = pos.get(n.id)!;
          const role = titles.get(n.id);
          const t = role?.title ?? n.id;
          const lines = wrap(t, chars).slice(0, 2);
          const endpoint = n.id === paths.from || n.id === paths.to;
          return (
            <a
              key={n.id}
              href={rolePath(n.id)}
              className="node"
              onClick={(e) => {
                e.preventDefault();
                navigate(rolePath(n.id));
              }}
              aria-label={`${t}${n.id === paths.from ? ' (start)' : n.id === paths.to ? ' (goal)' : ''}`}
            >
              <rect
                x={p.cx - nodeW / 2}
                y={p.y}
                width={nodeW}
                height={nodeH}
                rx={8}
                fill={endpoint ? familyColor(role?.family) : '#fff'}
                stroke={familyColor(role?.family)}
                strokeWidth={2}
              />
              <text textAnchor="middle" className="node-text" fill={endpoint ? '#fff' : '#111827'}>
                {lines.map((line, i) => (
                  <tspan key={i} x={p.cx} y={p.y + nodeH / 2 + (i - (lines.length - 1) / 2) * 16 + 5}>
                    {i < lines.length - 1 ? `${line} ` : line}
                  </tspan>
                ))}
              </text>
            </a>
          );
        })}
      </svg>
      <figcaption className="graph-legend small">
        {kinds.map((k) => (
          <span key={k} className="legend-item">
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="28" y2="5" stroke={KIND_COLOR[k] ?? '#374151'} strokeWidth="2" strokeDasharray={k === 'promotion' ? undefined : '6 4'} />
            </svg>
            {KIND_LABEL[k] ?? k}
          </span>
        ))}
        <span className="muted">Filled boxes are the start and the goal. Click a role to open it.</span>
      </figcaption>
    </figure>
  );
}
