import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ancestors, buildForest, defaultExpanded, expandAll, inView, layoutForest, NODE_H, NODE_W, searchPeople, type OrgPerson } from '../orgtree.js';
import { FAMILY_COLORS, FAMILY_SHORT, familyColor } from './ui.js';

export interface PersonFindings {
  /** Highest severity first. */
  severity: string;
  count: number;
  codes: string[];
}

const SEVERITY_RANK: Record<string, number> = { error: 0, critical: 0, warning: 1, info: 2 };
const ZOOMS = [0.25, 0.35, 0.5, 0.65, 0.8, 1, 1.25, 1.5];
/** Up to this many people the chart opens fully expanded. */
const SMALL_ORG = 150;

/**
 * An interactive org chart for rosters of thousands: collapsed below the first level by default,
 * laid out for the shown nodes only, and rendered only where the viewport is (the rest is empty
 * canvas). Zoom with the buttons, ctrl + wheel or + and -; pan by scrolling or dragging.
 */
export function OrgChart({
  people,
  findings,
  onSelect,
  selected,
  revealId,
}: {
  people: OrgPerson[];
  findings: Map<string, PersonFindings>;
  onSelect: (id: string | null) => void;
  selected: string | null;
  /** When set (changes), the chart expands to this person, scrolls to and focuses it. */
  revealId?: { id: string; n: number } | null;
}) {
  const uid = useId();
  const forest = useMemo(() => buildForest(people), [people]);
  // Small organisations open fully; large ones show the tops and their reports.
  const initial = useCallback(() => (forest.people.length <= SMALL_ORG ? expandAll(forest) : defaultExpanded(forest)), [forest]);
  const [expanded, setExpanded] = useState(initial);
  useEffect(() => setExpanded(initial()), [initial]);
  const layout = useMemo(() => layoutForest(forest, expanded), [forest, expanded]);
  const [zoom, setZoom] = useState(1);
  const viewport = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ left: 0, top: 0, width: 800, height: 600 });
  const pendingFocus = useRef<number | null>(null);
  const [focusTick, setFocusTick] = useState(0);

  const measure = useCallback(() => {
    const el = viewport.current;
    if (!el) return;
    setView({ left: el.scrollLeft / zoom, top: el.scrollTop / zoom, width: el.clientWidth / zoom, height: el.clientHeight / zoom });
  }, [zoom]);
  useLayoutEffect(measure, [measure, layout]);
  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    let frame = 0;
    const onScroll = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    const ro = new ResizeObserver(onScroll);
    ro.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      ro.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [measure]);

  const shown = useMemo(() => inView(layout, view), [layout, view]);

  /** Scrolls so that person i is in the middle of the viewport. */
  const centre = useCallback(
    (i: number, z = zoom) => {
      const el = viewport.current;
      if (!el) return;
      el.scrollTo({
        left: Math.max(0, (layout.x[i]! + NODE_W / 2) * z - el.clientWidth / 2),
        top: Math.max(0, (layout.y[i]! + NODE_H / 2) * z - el.clientHeight / 3),
      });
    },
    [layout, zoom],
  );

  const reveal = useCallback(
    (i: number) => {
      const up = ancestors(forest, i);
      setExpanded((prev) => {
        if (up.every((a) => prev.has(a))) return prev;
        const next = new Set(prev);
        up.forEach((a) => next.add(a));
        return next;
      });
      pendingFocus.current = i;
      setFocusTick((t) => t + 1);
      onSelect(forest.people[i]!.id);
    },
    [forest, onSelect],
  );

  // After a reveal, the layout has the person: scroll there and focus the node.
  useEffect(() => {
    const i = pendingFocus.current;
    if (i === null) return;
    if (!layout.visible.includes(i)) return;
    centre(i);
    pendingFocus.current = null;
    // The node is drawn once the scroll has been measured: try for a few frames.
    let tries = 0;
    const focus = () => {
      const el = document.getElementById(`${uid}-n${i}`);
      if (el) el.focus({ preventScroll: true });
      else if (tries++ < 10) requestAnimationFrame(focus);
    };
    requestAnimationFrame(focus);
  }, [layout, centre, uid, focusTick]);

  useEffect(() => {
    if (!revealId) return;
    const i = forest.index.get(revealId.id);
    if (i !== undefined) reveal(i);
  }, [revealId, forest, reveal]);

  const setZoomKeep = (z: number) => {
    const el = viewport.current;
    if (!el) return setZoom(z);
    // Keep the middle of the view where it is.
    const cx = (el.scrollLeft + el.clientWidth / 2) / zoom;
    const cy = (el.scrollTop + el.clientHeight / 2) / zoom;
    setZoom(z);
    requestAnimationFrame(() => el.scrollTo({ left: cx * z - el.clientWidth / 2, top: cy * z - el.clientHeight / 2 }));
  };
  const zoomStep = (dir: 1 | -1) => {
    const k = ZOOMS.findIndex((z) => z >= zoom - 1e-9);
    const next = ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, (k < 0 ? ZOOMS.length - 1 : k) + dir))]!;
    setZoomKeep(next);
  };
  /** Scrolls so the chart's middle (or, when it is wider than the view, its top person) is centred. */
  const centreTop = useCallback(
    (z: number) => {
      const el = viewport.current;
      if (!el) return;
      const top = layout.visible[0];
      const x = top !== undefined && (layout.width + 32) * z > el.clientWidth ? (layout.x[top]! + NODE_W / 2) * z : ((layout.width + 32) * z) / 2;
      el.scrollTo({ left: Math.max(0, x - el.clientWidth / 2), top: 0 });
    },
    [layout],
  );
  /** The zoom at which the chart fits its box's width (and height, when asked), within [min, 1]. */
  const fitZoom = (min: number, height: boolean) => {
    const el = viewport.current;
    if (!el) return 1;
    const byWidth = el.clientWidth / (layout.width + 32);
    return Math.max(min, Math.min(1, byWidth, height ? Math.max(el.clientHeight, 420) / (layout.height + 32) : 1));
  };
  const fit = () => {
    const z = fitZoom(ZOOMS[0]!, true);
    setZoom(z);
    requestAnimationFrame(() => centreTop(z));
  };
  // The chart opens fitted to its box where that keeps names legible, centred on the top of the org.
  const opened = useRef<typeof forest | null>(null);
  useLayoutEffect(() => {
    if (opened.current === forest || !viewport.current) return;
    opened.current = forest;
    const z = fitZoom(0.5, false);
    setZoom(z);
    requestAnimationFrame(() => centreTop(z));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [forest, layout]);

  // Ctrl + wheel zooms; drag pans.
  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      zoomStep(e.deltaY < 0 ? 1 : -1);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  });
  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null);

  const toggle = (i: number) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });

  const [query, setQuery] = useState('');
  const hits = useMemo(() => (query.trim().length >= 2 ? searchPeople(forest, query, 8) : []), [forest, query]);
  const shownSet = new Set(shown);
  const links = layout.links.filter((l) => shownSet.has(l.from) || shownSet.has(l.to));
  const families = [...new Set(people.map((p) => p.family ?? 'none'))];

  return (
    <div className="orgchart">
      <div className="org-toolbar" role="toolbar" aria-label="Org chart">
        <div className="org-search">
          <label htmlFor={`${uid}-q`} className="visually-hidden">
            Find a person
          </label>
          <input
            id={`${uid}-q`}
            type="search"
            placeholder="Find a person…"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
            aria-controls={hits.length > 0 ? `${uid}-hits` : undefined}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && hits[0] !== undefined) {
                e.preventDefault();
                reveal(hits[0]);
                setQuery('');
              }
            }}
          />
          {hits.length > 0 ? (
            <ul id={`${uid}-hits`} className="org-hits" aria-label="People found">
              {hits.map((i) => (
                <li key={i}>
                  <button
                    type="button"
                    onClick={() => {
                      reveal(i);
                      setQuery('');
                    }}
                  >
                    <strong>{forest.people[i]!.name}</strong> <span className="muted">{forest.people[i]!.title}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="org-buttons">
          <button type="button" className="secondary" onClick={() => zoomStep(-1)} aria-label="Zoom out" disabled={zoom <= ZOOMS[0]!}>
            −
          </button>
          <span className="zoom-level" aria-live="polite">
            {Math.round(zoom * 100)}%
          </span>
          <button type="button" className="secondary" onClick={() => zoomStep(1)} aria-label="Zoom in" disabled={zoom >= ZOOMS[ZOOMS.length - 1]!}>
            +
          </button>
          <button type="button" className="secondary" onClick={fit}>
            Fit
          </button>
          <button type="button" className="secondary" onClick={() => setExpanded(defaultExpanded(forest))}>
            Collapse
          </button>
          <button type="button" className="secondary" onClick={() => setExpanded(expandAll(forest))}>
            Expand all
          </button>
        </div>
      </div>
      <p className="muted small org-stats" aria-live="polite">
        {people.length.toLocaleString('en')} people · {layout.visible.length.toLocaleString('en')} shown · {shown.length} drawn
      </p>
      <div
        ref={viewport}
        className="org-viewport"
        style={{ height: Math.max(220, Math.min(520, (layout.height + 40) * zoom + 16)) }}
        tabIndex={0}
        role="region"
        aria-label="Org chart canvas: scroll or drag to pan, + and − to zoom"
        onKeyDown={(e) => {
          if (e.target !== e.currentTarget) return;
          if (e.key === '+' || e.key === '=') zoomStep(1);
          else if (e.key === '-') zoomStep(-1);
        }}
        onPointerDown={(e) => {
          if ((e.target as HTMLElement).closest('button') || e.button !== 0) return;
          drag.current = { x: e.clientX, y: e.clientY, left: e.currentTarget.scrollLeft, top: e.currentTarget.scrollTop };
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (!d) return;
          e.currentTarget.scrollLeft = d.left - (e.clientX - d.x);
          e.currentTarget.scrollTop = d.top - (e.clientY - d.y);
        }}
        onPointerUp={() => (drag.current = null)}
        onPointerLeave={() => (drag.current = null)}
      >
        <div className="org-canvas" style={{ width: (layout.width + 32) * zoom, height: (layout.height + 32) * zoom }}>
          <div className="org-stage" style={{ transform: `scale(${zoom})`, ['--zoom' as string]: String(zoom) }}>
            <svg className="org-links" width={layout.width + 32} height={layout.height + 32} aria-hidden="true">
              {links.map((l) => (
                <polyline key={`${l.from}-${l.to}`} points={l.points.join(' ')} />
              ))}
            </svg>
            <ul className="org-nodes" aria-label="People">
              {shown.map((i) => {
                const p = forest.people[i]!;
                const kids = forest.children[i]!.length;
                const open = expanded.has(i);
                const f = findings.get(p.id);
                return (
                  <li
                    key={i}
                    className={`org-node${selected === p.id ? ' selected' : ''}${f ? ` has-${f.severity}` : ''}`}
                    style={{ left: layout.x[i], top: layout.y[i], width: NODE_W, height: NODE_H, ['--fam' as string]: familyColor(p.family) }}
                  >
                    <button type="button" id={`${uid}-n${i}`} className="org-person" onClick={() => onSelect(p.id)} aria-pressed={selected === p.id} title={`${p.name}, ${p.title}`}>
                      <span className="org-name">{p.name}</span>
                      <span className="org-title">{p.title}</span>
                      <span className="org-fam">
                        {p.family ? (FAMILY_SHORT[p.family] ?? p.family) : '—'}
                        {p.level !== null && p.level !== undefined ? ` · B${p.level}` : ''}
                      </span>
                    </button>
                    {f ? (
                      <span className={`org-flag sev-${f.severity}`} title={f.codes.join(', ')}>
                        <span aria-hidden="true">{f.severity === 'info' ? 'i' : '!'}</span>
                        <span className="visually-hidden">
                          {f.count} finding{f.count === 1 ? '' : 's'} ({f.severity}):
                        </span>
                        <span className="org-flag-n">{f.count}</span>
                      </span>
                    ) : null}
                    {kids > 0 ? (
                      <button
                        type="button"
                        className="org-toggle"
                        aria-expanded={open}
                        aria-label={`${open ? 'Hide' : 'Show'} ${kids} direct report${kids === 1 ? '' : 's'} of ${p.name}`}
                        title={`${forest.below[i]!.toLocaleString('en')} people in all under ${p.name}`}
                        onClick={() => toggle(i)}
                      >
                        {open ? '−' : `+${kids}`}
                      </button>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </div>
        </div>
      </div>
      <ul className="org-legend small" aria-label="Family colours">
        {families.map((fam) => (
          <li key={fam}>
            <span className="swatch" style={{ background: FAMILY_COLORS[fam] ?? '#6b7280' }} aria-hidden="true" />
            {fam === 'none' ? 'Not a product role' : `${FAMILY_SHORT[fam] ?? ''} ${fam}`}
          </li>
        ))}
        <li>
          <span className="org-flag sev-error static" aria-hidden="true">
            !
          </span>
          error
        </li>
        <li>
          <span className="org-flag sev-warning static" aria-hidden="true">
            !
          </span>
          warning
        </li>
      </ul>
    </div>
  );
}

export function summarizeFindings(list: { severity: string; code: string; people: string[] }[]): Map<string, PersonFindings> {
  const out = new Map<string, PersonFindings>();
  for (const f of list) {
    for (const id of f.people) {
      const cur = out.get(id);
      if (!cur) out.set(id, { severity: f.severity, count: 1, codes: [f.code] });
      else {
        cur.count++;
        if (!cur.codes.includes(f.code)) cur.codes.push(f.code);
        if ((SEVERITY_RANK[f.severity] ?? 3) < (SEVERITY_RANK[cur.severity] ?? 3)) cur.severity = f.severity;
      }
    }
  }
  return out;
}
