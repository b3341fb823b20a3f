import { useState } from 'react';
import { getRole, type RoleView } from '../api.js';
import { PayChart } from '../components/PayChart.js';
import { RolePicker } from '../components/RolePicker.js';
import { Badge, FactList, familyColor, Heading, RoleLink, Show, sourceAnchor, SourceRefs, TRACK_LABEL } from '../components/ui.js';
import { useAsync, useTitle } from '../hooks.js';
import { Link, navigate } from '../router.js';

type Reporting = RoleView['reportsTo'][number];

const KIND_LABEL: Record<string, string> = {
  promotion: 'Promotion',
  'track-switch': 'Track switch',
  lateral: 'Lateral move',
  'step-down': 'Step down',
  contrast: 'Often confused with',
};

export function RoleViewPage({ id }: { id: string }) {
  const role = useAsync(() => getRole(id), [id]);
  useTitle(role.status === 'done' ? role.data.title : 'Role');
  return (
    <Show state={role} what="the role">
      {(r) => <RoleDetail role={r} />}
    </Show>
  );
}

function RoleDetail({ role }: { role: RoleView }) {
  const color = familyColor(role.family);
  return (
    <article className="role" style={{ ['--fam' as string]: color }}>
      <p className="crumbs">
        <Link to={`/ladders/${role.family}`}>{role.familyName}</Link>
        <span aria-hidden="true"> › </span>
        <span>Band {role.level}</span>
      </p>
      <Heading>{role.title}</Heading>
      <p className="role-meta">
        <Badge tone="family">{role.familyName}</Badge>
        <Badge>
          Band {role.level} · {role.levelName}
        </Badge>
        <Badge tone={role.track}>{TRACK_LABEL[role.track] ?? role.track}</Badge>
        {role.specialty ? <Badge>Specialty: {role.specialty}</Badge> : null}
        {!role.titleSettlesTrack ? <Badge tone="warn">Title alone does not say whether it manages people</Badge> : null}
      </p>
      <p className="lede">{role.summary}</p>
      <CompareWith id={role.id} />

      <div className="role-grid">
        <section aria-labelledby="h-resp">
          <h2 id="h-resp">Responsibilities</h2>
          <FactList facts={role.responsibilities} />
        </section>
        <section aria-labelledby="h-skills">
          <h2 id="h-skills">Skills</h2>
          <FactList facts={role.skills} />
        </section>
        <section aria-labelledby="h-up">
          <h2 id="h-up">Levelling up</h2>
          <FactList facts={role.levelUp} empty="This is the top of the ladder." />
          {role.nextRoles.length > 0 ? (
            <>
              <h3>Next roles</h3>
              <ul className="next-roles">
                {role.nextRoles.map((n) => (
                  <li key={`${n.kind}-${n.id}`}>
                    <Badge tone={n.kind}>{KIND_LABEL[n.kind] ?? n.kind}</Badge> <RoleLink id={n.id} title={n.title} />{' '}
                    <Link to={`/paths?from=${encodeURIComponent(role.id)}&to=${encodeURIComponent(n.id)}`} className="small">
                      path
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {role.typicalTenure ? (
            <p className="muted">
              Typically {role.typicalTenure.minYears}–{role.typicalTenure.maxYears} years in the role.
            </p>
          ) : null}
        </section>
        <section aria-labelledby="h-reporting">
          <h2 id="h-reporting">Reporting</h2>
          <h3>Reports to</h3>
          <ReportingList lines={role.reportsTo} empty="No reporting line recorded." />
          <h3>Direct reports</h3>
          <ReportingList lines={role.directReports} empty="No direct reports." />
        </section>
      </div>

      <section aria-labelledby="h-pay">
        <h2 id="h-pay">Pay by region</h2>
        <PayChart ranges={role.pay} title={`${role.title} pay`} color={color} />
      </section>

      <div className="role-grid">
        <section aria-labelledby="h-names">
          <h2 id="h-names">Other names</h2>
          {role.aliases.length === 0 ? (
            <p className="muted">None recorded.</p>
          ) : (
            <ul className="aliases">
              {role.aliases.map((a, i) => (
                <li key={i}>
                  <span lang={a.lang}>{a.name}</span> <span className="muted">({a.kind}{a.lang ? `, ${a.lang}` : ''})</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="h-codes">
          <h2 id="h-codes">Occupation codes</h2>
          {role.codes ? (
            <dl className="codes">
              {role.codes.isco08 ? (
                <>
                  <dt>ISCO-08</dt>
                  <dd>{role.codes.isco08}</dd>
                </>
              ) : null}
              {role.codes.onetSoc ? (
                <>
                  <dt>O*NET-SOC</dt>
                  <dd>{role.codes.onetSoc}</dd>
                </>
              ) : null}
              {role.codes.esco ? (
                <>
                  <dt>ESCO</dt>
                  <dd>
                    <a href={role.codes.esco} rel="noreferrer noopener" className="break">
                      {role.codes.esco.replace(/^https?:\/\//, '')}
                    </a>
                  </dd>
                </>
              ) : null}
              {role.codes.note ? (
                <>
                  <dt>Note</dt>
                  <dd>{role.codes.note}</dd>
                </>
              ) : null}
            </dl>
          ) : (
            <p className="muted">No codes recorded.</p>
          )}
        </section>
      </div>

      <section aria-labelledby="h-sources">
        <h2 id="h-sources">Sources</h2>
        <ol className="sources">
          {role.sources.map((s) => (
            <li key={s.ref} id={sourceAnchor(s.ref)}>
              <code>{s.ref}</code> <Badge>{s.kind}</Badge> {s.label}
              {s.file ? <span className="muted"> — {s.file}</span> : null}
              {s.reason ? (
                <details className="small">
                  <summary>What was decided</summary>
                  <p className="muted">{s.reason}</p>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

function ReportingList({ lines, empty }: { lines: Reporting[]; empty: string }) {
  if (lines.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="reporting">
      {lines.map((l, i) => (
        <li key={i}>
          {l.inFramework ? <RoleLink id={l.role} title={l.title} /> : <strong>{l.title}</strong>}{' '}
          <span className={l.when === 'any' ? 'muted' : 'condition'}>{l.condition}</span>
          {l.note ? <span className="muted"> — {l.note}</span> : null} <SourceRefs refs={l.source} />
        </li>
      ))}
    </ul>
  );
}

function CompareWith({ id }: { id: string }) {
  const [other, setOther] = useState('');
  return (
    <form
      className="compare-with inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (other) navigate(`/compare?a=${encodeURIComponent(id)}&b=${encodeURIComponent(other)}`);
      }}
    >
      <RolePicker label="Compare with…" value={other} onChange={setOther} exclude={id} />
      <button type="submit" disabled={!other}>
        Compare
      </button>
    </form>
  );
}
