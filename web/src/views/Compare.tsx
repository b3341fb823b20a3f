import type { ReactNode } from 'react';
import { getComparison, getDiff, type Comparison, type Fact, type RoleDiff } from '../api.js';
import { rangeText } from '../components/PayChart.js';
import { RolePicker } from '../components/RolePicker.js';
import { Badge, ErrorMessage, formatMoney, Heading, Loading, RoleLink, Show, SourceRefs, TRACK_LABEL } from '../components/ui.js';
import { useAsync, useTitle, type Async } from '../hooks.js';
import { Link, setSearch, useLocation } from '../router.js';

const KIND_LABEL: Record<string, string> = { promotion: 'Promotion', 'track-switch': 'Track switch', lateral: 'Lateral move', 'step-down': 'Step down', contrast: 'Often confused' };

export default function CompareView() {
  const { search } = useLocation();
  const a = search.get('a') ?? '';
  const b = search.get('b') ?? '';
  const both = !!(a && b && a !== b);
  const cmp = useAsync(both ? () => getComparison(a, b) : null, [a, b]);
  const diff = useAsync(both ? () => getDiff(a, b) : null, [a, b]);
  useTitle(cmp.status === 'done' ? `${cmp.data.a.title} vs ${cmp.data.b.title}` : 'Compare roles');

  return (
    <>
      <Heading>Compare roles</Heading>
      <form className="pickers" onSubmit={(e) => e.preventDefault()} aria-label="Roles to compare">
        <RolePicker label="Role A" name="a" value={a} onChange={(v) => setSearch({ a: v })} exclude={b} />
        <button type="button" className="secondary swap" onClick={() => setSearch({ a: b, b: a })} disabled={!a && !b} aria-label="Swap role A and role B">
          ⇄
        </button>
        <RolePicker label="Role B" name="b" value={b} onChange={(v) => setSearch({ b: v })} exclude={a} />
      </form>
      {!both ? <p className="muted">Choose two different roles to see them side by side.</p> : null}
      <Show state={cmp} what="the comparison">
        {(c) => <ComparisonView c={c} diff={diff} />}
      </Show>
    </>
  );
}

function ComparisonView({ c, diff }: { c: Comparison; diff: Async<RoleDiff> }) {
  const d = diff.status === 'done' && isRoleDiff(diff.data) ? diff.data : null;
  const contrasts = c.relations.filter((r) => r.kind === 'contrast' && r.criteria.length > 0);
  return (
    <div className="comparison">
      {d ? (
        <ul className="compare-summary" aria-label="Headline changes from A to B">
          {d.headline.map((h, i) => (
            <li key={i}>{h}</li>
          ))}
        </ul>
      ) : (
        <FallbackSummary c={c} />
      )}
      {diff.status === 'loading' ? <Loading label="Loading the differences…" /> : null}
      {diff.status === 'error' ? <ErrorMessage error={diff.error} what="the role diff (showing a plain comparison)" /> : null}

      <p className="legend small" aria-hidden="true">
        <span className="only-a swatch-text">Only in A</span> <span className="only-b swatch-text">Only in B</span>{' '}
        <span className="changed swatch-text">Changed</span> Unmarked rows are the same in both.
      </p>
      <div className="sbs" role="table" aria-label={`${c.a.title} and ${c.b.title} side by side`}>
        <div role="rowgroup">
          <div role="row" className="sbs-head">
            <span role="columnheader" className="sbs-cell">
              <span className="ab">A</span> <RoleLink id={c.a.id} title={c.a.title} />
              <span className="muted small"> · band {c.a.level} · {TRACK_LABEL[c.a.track]}</span>
            </span>
            <span role="columnheader" className="sbs-cell">
              <span className="ab">B</span> <RoleLink id={c.b.id} title={c.b.title} />
              <span className="muted small"> · band {c.b.level} · {TRACK_LABEL[c.b.track]}</span>
            </span>
          </div>
        </div>
        {d ? (
          <>
            <ScopeRows d={d} />
            <FactRows title="Responsibilities" kept={d.responsibilities.kept} added={d.responsibilities.added} dropped={d.responsibilities.dropped} />
            <FactRows title="Skills" kept={d.skills.kept} added={d.skills.added} dropped={d.skills.dropped} />
            <ListRows title="Reports to" a={d.reportsTo.a} b={d.reportsTo.b} />
            <ListRows title="Direct reports" a={d.scope.directReports.a} b={d.scope.directReports.b} />
          </>
        ) : (
          <>
            <FactRows title="Responsibilities" {...textMatch(c.responsibilities.a, c.responsibilities.b)} />
            <FactRows title="Skills" {...textMatch(c.skills.a, c.skills.b)} />
            <ListRows title="Reports to" a={c.reportsTo.a} b={c.reportsTo.b} />
          </>
        )}
      </div>

      <section aria-labelledby="h-pay-cmp">
        <h2 id="h-pay-cmp">Pay</h2>
        {c.pay.length === 0 ? (
          <p className="muted">Neither role has pay data.</p>
        ) : (
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Region</th>
                  <th scope="col">A</th>
                  <th scope="col">B</th>
                  <th scope="col">Change at midpoint</th>
                </tr>
              </thead>
              <tbody>
                {c.pay.map((p, i) => {
                  const change = d?.pay.find((x) => x.region === p.region && x.currency === p.currency && x.period === p.period)?.change ?? null;
                  return (
                    <tr key={i}>
                      <th scope="row">
                        {p.region} <span className="muted small">({p.currency}/{p.period})</span>
                      </th>
                      <td>{p.a.map(rangeText).join('; ') || '—'}</td>
                      <td>{p.b.map(rangeText).join('; ') || '—'}</td>
                      <td className={change ? (change.percent >= 0 ? 'up' : 'down') : undefined}>
                        {change ? `${change.percent >= 0 ? '+' : ''}${change.percent}% (${formatMoney(change.amount, p.currency)})` : '—'}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {d ? <HowToGetThere d={d} /> : null}
      {contrasts.length > 0 ? (
        <section aria-labelledby="h-contrast" className="card">
          <h2 id="h-contrast">How they differ</h2>
          {contrasts.map((r, i) => (
            <ul className="facts" key={i}>
              {r.criteria.map((f, j) => (
                <li key={j}>
                  {f.text} <SourceRefs refs={f.source} />
                </li>
              ))}
            </ul>
          ))}
        </section>
      ) : null}
    </div>
  );
}

function isRoleDiff(x: unknown): x is RoleDiff {
  const d = x as RoleDiff;
  return !!d && Array.isArray(d.headline) && !!d.scope && !!d.responsibilities && Array.isArray(d.responsibilities.kept);
}

function FallbackSummary({ c }: { c: Comparison }) {
  const delta = c.levelDelta;
  return (
    <ul className="compare-summary" aria-label="Summary">
      <li>{delta === 0 ? 'Same band.' : `${c.b.title} is ${Math.abs(delta)} band${Math.abs(delta) === 1 ? '' : 's'} ${delta > 0 ? 'above' : 'below'} ${c.a.title}.`}</li>
      <li>{c.sameFamily ? 'Same family.' : 'Different families.'}</li>
      <li>{c.trackChange ? `Track switch: ${TRACK_LABEL[c.a.track]} → ${TRACK_LABEL[c.b.track]}.` : `Same track: ${TRACK_LABEL[c.a.track]}.`}</li>
    </ul>
  );
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
function textMatch(a: Fact[], b: Fact[]) {
  const bKeys = new Map(b.map((f) => [norm(f.text), f]));
  const aKeys = new Set(a.map((f) => norm(f.text)));
  return {
    kept: a.filter((f) => bKeys.has(norm(f.text))).map((f) => ({ a: f, b: bKeys.get(norm(f.text))!, similarity: 1 })),
    dropped: a.filter((f) => !bKeys.has(norm(f.text))),
    added: b.filter((f) => !aKeys.has(norm(f.text))),
  };
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div role="rowgroup" className="sbs-group">
      <div role="row" className="sbs-title">
        <span role="rowheader" className="sbs-cell">
          <h2>{title}</h2>
        </span>
      </div>
      {children}
    </div>
  );
}

function Row({ a, b, kind }: { a: ReactNode; b: ReactNode; kind: 'same' | 'changed' | 'only-a' | 'only-b' }) {
  const hidden = { same: '', changed: 'Changed: ', 'only-a': 'Only in A: ', 'only-b': 'Only in B: ' }[kind];
  return (
    <div role="row" className={`sbs-row ${kind}`}>
      <span role="cell" className={`sbs-cell side-a${a === null ? ' empty' : ''}`}>
        {a !== null ? (
          <>
            {hidden && kind !== 'only-b' ? <span className="visually-hidden">{hidden}</span> : null}
            {a}
          </>
        ) : (
          <>
            <span className="muted" aria-hidden="true">
              —
            </span>
            <span className="visually-hidden">not in A</span>
          </>
        )}
      </span>
      <span role="cell" className={`sbs-cell side-b${b === null ? ' empty' : ''}`}>
        {b !== null ? (
          <>
            {hidden && kind !== 'only-a' ? <span className="visually-hidden">{hidden}</span> : null}
            {b}
          </>
        ) : (
          <>
            <span className="muted" aria-hidden="true">
              —
            </span>
            <span className="visually-hidden">not in B</span>
          </>
        )}
      </span>
    </div>
  );
}

const fact = (f: Fact) => (
  <>
    {f.text} <SourceRefs refs={f.source} />
  </>
);

function FactRows({ title, kept, added, dropped }: { title: string; kept: { a: Fact; b: Fact; similarity: number }[]; added: Fact[]; dropped: Fact[] }) {
  return (
    <Section title={title}>
      {kept.map((p, i) => (
        <Row key={`k${i}`} a={fact(p.a)} b={fact(p.b)} kind={p.similarity >= 0.999 || norm(p.a.text) === norm(p.b.text) ? 'same' : 'changed'} />
      ))}
      {dropped.map((f, i) => (
        <Row key={`d${i}`} a={fact(f)} b={null} kind="only-a" />
      ))}
      {added.map((f, i) => (
        <Row key={`a${i}`} a={null} b={fact(f)} kind="only-b" />
      ))}
      {kept.length + added.length + dropped.length === 0 ? <Row a="None" b="None" kind="same" /> : null}
    </Section>
  );
}

function ListRows({ title, a, b }: { title: string; a: string[]; b: string[] }) {
  const both = a.filter((x) => b.includes(x));
  return (
    <Section title={title}>
      {both.map((x) => (
        <Row key={`s${x}`} a={x} b={x} kind="same" />
      ))}
      {a
        .filter((x) => !b.includes(x))
        .map((x) => (
          <Row key={`a${x}`} a={x} b={null} kind="only-a" />
        ))}
      {b
        .filter((x) => !a.includes(x))
        .map((x) => (
          <Row key={`b${x}`} a={null} b={x} kind="only-b" />
        ))}
      {a.length + b.length === 0 ? <Row a="None" b="None" kind="same" /> : null}
    </Section>
  );
}

function ScopeRows({ d }: { d: RoleDiff }) {
  const s = d.scope;
  const yes = (v: boolean) => (v ? 'Yes' : 'No');
  return (
    <Section title="Scope">
      <Row a={`Band ${s.band.a} · ${s.band.names.a}`} b={`Band ${s.band.b} · ${s.band.names.b}`} kind={s.band.changed ? 'changed' : 'same'} />
      <Row a={TRACK_LABEL[s.track.a] ?? s.track.a} b={TRACK_LABEL[s.track.b] ?? s.track.b} kind={s.track.changed ? 'changed' : 'same'} />
      <Row a={s.family.a} b={s.family.b} kind={s.family.changed ? 'changed' : 'same'} />
      {s.specialty.a || s.specialty.b ? (
        <Row a={s.specialty.a ?? 'No specialty'} b={s.specialty.b ?? 'No specialty'} kind={s.specialty.changed ? 'changed' : 'same'} />
      ) : null}
      <Row a={`Manages people: ${yes(s.managesPeople.a)}`} b={`Manages people: ${yes(s.managesPeople.b)}`} kind={s.managesPeople.changed ? 'changed' : 'same'} />
    </Section>
  );
}

function HowToGetThere({ d }: { d: RoleDiff }) {
  const how = d.howToGetThere;
  return (
    <section aria-labelledby="h-how" className="card">
      <h2 id="h-how">How to get from A to B</h2>
      {how.direct.length > 0 ? (
        how.direct.map((m, i) => (
          <div key={i}>
            <p>
              <Badge tone={m.kind}>{KIND_LABEL[m.kind] ?? m.kind}</Badge> directly, when you show:
            </p>
            <ul className="facts">
              {m.criteria.map((f, j) => (
                <li key={j}>{fact(f)}</li>
              ))}
            </ul>
          </div>
        ))
      ) : how.route ? (
        <p>
          {how.route.steps.length} step{how.route.steps.length === 1 ? '' : 's'}: {how.route.steps.map((s) => s.toTitle).join(' → ')}.
        </p>
      ) : (
        <p>{how.reason ?? 'The ladder has no route between these roles.'}</p>
      )}
      <p>
        <Link to={`/paths?from=${encodeURIComponent(d.a.id)}&to=${encodeURIComponent(d.b.id)}`}>See every career path from A to B</Link>
      </p>
    </section>
  );
}
