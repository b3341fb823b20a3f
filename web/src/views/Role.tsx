import { useState } from 'react';
import { getRole, type RoleView } from '../api.js';
import { PayChart } from '../components/PayChart.js';
import { RolePicker } from '../components/RolePicker.js';
import { SourceList } from '../components/Sources.js';
import { Badge, FactList, familyColor, Heading, RoleLink, Show, SourceRefs, TRACK_LABEL } from '../components/ui.js';
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
        {role.specialty ? <Badge>Specialty: {role.specialtyDetail?.name ?? role.specialty}</Badge> : null}
        {!role.titleSettlesTrack ? <Badge tone="warn">Title alone does not say whether it manages people</Badge> : null}
      </p>
      <p className="lede">{role.summary}</p>
      <div className="role-actions">
        <CompareWith id={role.id} />
        <p className="role-links">
          <Link to={`/assess?role=${encodeURIComponent(role.id)}`}>Assess yourself against this role</Link>
          {role.nextRoles[0] ? (
            <>
              {' · '}
              <Link to={`/paths?from=${encodeURIComponent(role.id)}&to=${encodeURIComponent(role.nextRoles[0].id)}`}>Plan your next step</Link>
            </>
          ) : null}
        </p>
      </div>

      <div className="role-grid">
        <section aria-labelledby="h-resp">
          <h2 id="h-resp">Responsibilities</h2>
          <FactList facts={role.responsibilities} supports="this responsibility" />
        </section>
        <section aria-labelledby="h-skills">
          <h2 id="h-skills">Skills</h2>
          <FactList facts={role.skills} supports="this skill" />
        </section>
        <section aria-labelledby="h-up">
          <h2 id="h-up">Levelling up</h2>
          <FactList facts={role.levelUp} empty="This is the top of the ladder." supports="what it takes to move up" />
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
          {role.mayHaveNoReports ? (
            <p className="no-reports">
              May have no direct reports{role.mayHaveNoReports.note ? `: ${role.mayHaveNoReports.note}` : ''}.{' '}
              <SourceRefs refs={role.mayHaveNoReports.source} supports="this role without reports" />
            </p>
          ) : null}
        </section>
      </div>

      {role.specialtyDetail ? <SpecialtySection specialty={role.specialtyDetail} /> : null}

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
        <SourceList sources={role.sources} citedBy={(ref) => citations(role, ref)} />
      </section>
    </article>
  );
}

/** What the role's specialty changes against a generalist in the same family: scope, skills, experience. */
function SpecialtySection({ specialty }: { specialty: NonNullable<RoleView['specialtyDetail']> }) {
  return (
    <section aria-labelledby="h-specialty" className="specialty">
      <h2 id="h-specialty">{specialty.name}</h2>
      <p>
        {specialty.summary.text} <SourceRefs refs={specialty.summary.source} supports="this description" />
      </p>
      <div className="role-grid">
        <div>
          <h3>What changes in the work</h3>
          <FactList facts={specialty.scope} supports="this difference in scope" />
        </div>
        <div>
          <h3>What changes in the skills</h3>
          <FactList facts={specialty.skills} supports="this skill" />
        </div>
      </div>
      <h3>Typical experience</h3>
      {specialty.typicalExperience.length === 0 ? (
        <p className="muted">No published source we use gives typical years of experience for this specialty.</p>
      ) : (
        <ul className="facts">
          {specialty.typicalExperience.map((e, i) => (
            <li key={i}>
              Band {e.band}: {e.text} <SourceRefs refs={e.source} supports="this experience figure" />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const SOURCE_KIND: Record<string, string> = { seed: 'article', decision: 'editorial decision', company: 'company' };

function ReportingList({ lines, empty }: { lines: Reporting[]; empty: string }) {
  if (lines.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="reporting">
      {lines.map((l, i) => (
        <li key={i}>
          {l.inFramework ? <RoleLink id={l.role} title={l.title} /> : <strong>{l.title}</strong>}{' '}
          <span className={l.when === 'any' ? 'muted' : 'condition'}>{l.condition}</span>
          {l.note ? <span className="muted"> — {l.note}</span> : null} <SourceRefs refs={l.source} supports="this reporting line" />
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

/** How many facts on the role's page cite a source. */
function citations(role: RoleView, ref: string): number {
  const facts: { source: readonly string[] }[] = [...role.responsibilities, ...role.skills, ...role.levelUp, ...role.reportsTo, ...role.directReports, ...role.aliases, ...role.pay];
  return facts.filter((f) => f.source.includes(ref)).length;
}
