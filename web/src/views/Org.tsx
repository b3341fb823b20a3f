import { useId, useMemo, useState } from 'react';
import { getAudit, getRoster, listRosters, normalizeBatch, type Audit, type NormalizeResult, type RosterSummary } from '../api.js';
import { DataView } from '../components/DataView.js';
import { OrgChart, summarizeFindings } from '../components/OrgChart.js';
import { Badge, ErrorMessage, Heading, Loading, RoleLink, Show } from '../components/ui.js';
import { download, toCsv } from '../csv.js';
import { useAsync, useTitle } from '../hooks.js';
import type { OrgPerson } from '../orgtree.js';
import { Link, setSearch, useLocation } from '../router.js';
import { ContextReadings, FindingItem, reportMarkdown, SEVERITIES, SummaryLine } from './OrgFindings.js';
import { Upload } from './OrgUpload.js';
import { RequireSession } from './SignIn.js';
// Company data (pay bands, trend, spreadsheet upload) lives in its own views and API module.
import { OrgLevels } from './OrgLevels.js';
import { OrgPay } from './OrgPay.js';
import { OrgTrend } from './OrgTrend.js';
import { orgReportHtml } from '../standalone.js';

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : null);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The roster's people with what the audit read from their titles, merged by id. */
export function toOrgPeople(rosterPeople: unknown[], auditPeople: unknown[] | undefined): OrgPerson[] {
  const info = new Map<string, Record<string, unknown>>();
  for (const a of auditPeople ?? []) {
    const o = a as Record<string, unknown>;
    const id = str(o.id);
    if (id) info.set(id, { ...o, ...((o.info as Record<string, unknown>) ?? {}) });
  }
  return rosterPeople.map((raw, i) => {
    const o = raw as Record<string, unknown>;
    const id = str(o.id) ?? str(o.personId) ?? str(o.email) ?? `row-${i + 1}`;
    const a = info.get(id) ?? {};
    return {
      id,
      name: str(o.name) ?? (`${str(o.firstName) ?? ''} ${str(o.lastName) ?? ''}`.trim() || id),
      title: str(o.title) ?? '',
      managerId: str(o.managerId) ?? str(o.manager_id) ?? str(o.manager) ?? null,
      family: str(a.family) ?? str(o.family),
      level: num(a.band) ?? num(a.level) ?? num(o.band) ?? num(o.level),
      roleId: str(a.roleId) ?? str(o.roleId),
      canonicalTitle: str(a.roleTitle) ?? str(a.canonicalTitle) ?? str(o.canonicalTitle),
      track: str(a.track) ?? str(o.track),
    };
  });
}

async function loadRoster(id: string): Promise<{ roster: Record<string, unknown>; audit: Audit; people: OrgPerson[] }> {
  const [roster, audit] = await Promise.all([getRoster(id), getAudit(id)]);
  const rosterPeople = Array.isArray(roster.people) ? roster.people : Array.isArray(audit.people) ? audit.people : [];
  const people = toOrgPeople(rosterPeople, audit.people);
  if (!people.some((p) => p.family)) await colourByTitle(people);
  return { roster, audit, people };
}

/**
 * The audit does not return what it read from each title, so the chart asks the workspace's
 * normalizer, once per distinct title, for the family and band that colour and label the nodes.
 */
async function colourByTitle(people: OrgPerson[]): Promise<void> {
  const titles = [...new Set(people.map((p) => p.title).filter(Boolean))];
  const found = new Map<string, NormalizeResult>();
  try {
    for (let i = 0; i < titles.length; i += 10_000) {
      const chunk = titles.slice(i, i + 10_000);
      const { results } = await normalizeBatch(chunk, { workspace: true });
      results.forEach((r, j) => found.set(chunk[j]!, r));
    }
  } catch {
    return; // the chart still works, uncoloured
  }
  for (const p of people) {
    const r = found.get(p.title);
    if (!r) continue;
    p.family = r.family;
    p.level = Array.isArray(r.level) ? (r.level[0] ?? null) : r.level;
    p.roleId = r.roleId;
    p.canonicalTitle = r.canonicalTitle;
    p.track = r.track;
  }
}

export default function OrgView() {
  useTitle('Org');
  return (
    <>
      <Heading>Org audit</Heading>
      <p className="lede">
        Upload a roster to audit the product organisation against the ladder. To sketch a structure from scratch, use the <Link to="/org/design">org design</Link> form.
      </p>
      <RequireSession what="Rosters and their audits">
        <OrgWorkspace />
      </RequireSession>
    </>
  );
}

function OrgWorkspace() {
  const { search } = useLocation();
  const rosterId = search.get('roster') ?? '';
  const [tick, setTick] = useState(0);
  const rosters = useAsync(listRosters, [tick]);
  const data = useAsync(rosterId ? () => loadRoster(rosterId) : null, [rosterId]);
  return (
    <>
      <div className="org-top">
        <Upload
          onDone={(id) => {
            setTick((t) => t + 1);
            setSearch({ roster: id, severity: null, code: null });
          }}
        />
        <section className="card" aria-labelledby="h-rosters">
          <h2 id="h-rosters">Rosters</h2>
          <Show state={rosters} what="the rosters">
            {(list) => <RosterList list={list} current={rosterId} />}
          </Show>
        </section>
      </div>
      {data.status === 'loading' ? <Loading label="Loading the roster and its audit…" /> : null}
      {data.status === 'error' ? <ErrorMessage error={data.error} what="the roster" /> : null}
      {data.status === 'done' ? (
        <Report
          key={rosterId}
          rosterId={rosterId}
          rosterLabel={rosters.status === 'done' ? rosterName(rosters.data.find((r) => r.id === rosterId) ?? { createdAt: new Date().toISOString() }) : 'Roster'}
          audit={data.data.audit}
          people={data.data.people}
        />
      ) : null}
      {data.status === 'done' ? <OrgPay key={`pay-${rosterId}`} rosterId={rosterId} /> : null}
      {data.status === 'done' ? <OrgLevels key={`levels-${rosterId}`} rosterId={rosterId} /> : null}
      {rosters.status === 'done' ? <OrgTrend rosters={rosters.data} /> : null}
    </>
  );
}

/** A roster is known by its file's name; a pasted one by its upload date. */
function rosterName(r: { source?: string | undefined; createdAt: string }): string {
  return r.source && r.source !== 'roster' ? r.source : `Roster pasted ${new Date(r.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}`;
}

function RosterList({ list, current }: { list: RosterSummary[]; current: string }) {
  if (list.length === 0) return <p className="muted">No rosters yet: upload one.</p>;
  return (
    <ul className="roster-list">
      {[...list]
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map((r) => {
          const people = typeof r.people === 'number' ? r.people : Array.isArray(r.people) ? r.people.length : null;
          return (
            <li key={r.id}>
              <Link to={`/org?roster=${encodeURIComponent(r.id)}`} aria-current={r.id === current ? 'true' : undefined}>
                {rosterName(r)}
              </Link>{' '}
              <span className="muted small">
                {people !== null ? `${people.toLocaleString('en')} people · ` : ''}uploaded {new Date(r.createdAt).toLocaleDateString('en-GB', { dateStyle: 'medium' })}
              </span>
            </li>
          );
        })}
    </ul>
  );
}

function Report({ rosterId, rosterLabel, audit, people }: { rosterId: string; rosterLabel: string; audit: Audit; people: OrgPerson[] }) {
  const uid = useId();
  // The filters live in the address, so a filtered report can be shared.
  const { search } = useLocation();
  const sevParam = search.get('severity');
  const severities = useMemo(() => new Set<string>(sevParam === null ? SEVERITIES : sevParam.split(',').filter(Boolean)), [sevParam]);
  const setSeverities = (next: Set<string>) => setSearch({ severity: next.size === SEVERITIES.length ? null : [...next].join(',') || 'none' }, { replace: true });
  const code = search.get('code') ?? '';
  const setCode = (c: string) => setSearch({ code: c || null }, { replace: true });
  const [limit, setLimit] = useState(50);
  const [selected, setSelected] = useState<string | null>(null);
  const [reveal, setReveal] = useState<{ id: string; n: number } | null>(null);
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const findings = audit.findings;
  const codes = useMemo(() => {
    const m = new Map<string, number>();
    for (const f of findings) m.set(f.code, (m.get(f.code) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  }, [findings]);
  const sevCount = (s: string) => findings.filter((f) => f.severity === s).length;
  const filtered = useMemo(() => findings.filter((f) => severities.has(f.severity) && (!code || f.code === code)), [findings, severities, code]);
  const marks = useMemo(() => summarizeFindings(filtered), [filtered]);
  const show = (id: string) => setReveal((r) => ({ id, n: (r?.n ?? 0) + 1 }));
  const person = selected ? byId.get(selected) : undefined;
  const personFindings = selected ? findings.filter((f) => f.people.includes(selected)) : [];

  const exportCsv = () => {
    const rows = filtered.map((f) => [f.severity, f.code, f.message, f.people.join(' '), f.people.map((p) => byId.get(p)?.name ?? p).join('; ')]);
    download(`org-audit-${rosterId}.csv`, toCsv(['severity', 'code', 'message', 'people', 'names'], rows));
  };
  const exportHtml = () => download(`org-audit-${rosterId}.html`, orgReportHtml(audit, byId, rosterLabel), 'text/html;charset=utf-8');
  const exportMd = () => download(`org-audit-${rosterId}.md`, reportMarkdown(audit, byId), 'text/markdown;charset=utf-8');
  const exportJson = () => download(`org-audit-${rosterId}.json`, JSON.stringify({ summary: audit.summary, metrics: audit.metrics, findings: audit.findings, contextReadings: audit.contextReadings ?? [] }, null, 2), 'application/json');

  return (
    <div className="org-report">
      <section aria-labelledby="h-summary" className="card">
        <div className="toolbar">
          <h2 id="h-summary">Audit</h2>
          <div className="buttons">
            <button type="button" className="secondary" onClick={exportHtml}>
              Download report
            </button>
            <button type="button" className="secondary" onClick={() => window.print()}>
              Print
            </button>
            <button type="button" className="secondary" onClick={exportMd}>
              Markdown
            </button>
            <button type="button" className="secondary" onClick={exportCsv}>
              Findings CSV
            </button>
            <button type="button" className="secondary" onClick={exportJson}>
              JSON
            </button>
          </div>
        </div>
        <SummaryLine audit={audit} />
        <ContextReadings audit={audit} />
        <details>
          <summary>Metrics</summary>
          <DataView value={audit.metrics} />
        </details>
      </section>

      <div className="org-main">
        <section aria-labelledby="h-findings" className="card findings-panel">
          <h2 id="h-findings">Findings</h2>
          <fieldset className="filters">
            <legend>Severity</legend>
            {SEVERITIES.map((s) => (
              <label key={s} className="check">
                <input
                  type="checkbox"
                  checked={severities.has(s)}
                  onChange={(e) => {
                    const next = new Set(severities);
                    if (e.target.checked) next.add(s);
                    else next.delete(s);
                    setSeverities(next);
                  }}
                />{' '}
                <Badge tone={s}>{s}</Badge> {sevCount(s)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${uid}-code`}>Code</label>
            <select id={`${uid}-code`} value={code} onChange={(e) => setCode(e.target.value)}>
              <option value="">All codes ({findings.length})</option>
              {codes.map(([c, n]) => (
                <option key={c} value={c}>
                  {c} ({n})
                </option>
              ))}
            </select>
          </div>
          <p role="status" className="muted small">
            {filtered.length} of {findings.length} findings shown
          </p>
          <ul className="findings">
            {filtered.slice(0, limit).map((f, i) => (
              <FindingItem key={i} f={f} names={byId} onPerson={show} />
            ))}
          </ul>
          {filtered.length > limit ? (
            <button type="button" className="secondary" onClick={() => setLimit(limit + 100)}>
              Show more ({filtered.length - limit} left)
            </button>
          ) : null}
        </section>

        <section aria-labelledby="h-chart" className="card chart-panel">
          <h2 id="h-chart">Org chart</h2>
          <OrgChart people={people} findings={marks} selected={selected} onSelect={setSelected} revealId={reveal} />
          {person ? (
            <div className="person-panel" aria-live="polite">
              <h3>{person.name}</h3>
              <p>
                {person.title}
                {person.roleId ? (
                  <>
                    {' '}
                    → <RoleLink id={person.roleId} title={person.canonicalTitle ?? person.roleId} />
                  </>
                ) : (
                  <span className="muted"> (not matched to a product role)</span>
                )}
              </p>
              {person.managerId ? (
                <p>
                  Reports to{' '}
                  {byId.has(person.managerId) && person.managerId !== person.id ? (
                    <button type="button" className="link" onClick={() => show(person.managerId!)}>
                      {byId.get(person.managerId)!.name}
                    </button>
                  ) : (
                    <>
                      <code>{person.managerId}</code> <span className="muted">({person.managerId === person.id ? 'themselves' : 'not in the roster'})</span>
                    </>
                  )}
                </p>
              ) : (
                <p className="muted">At the top of the organisation.</p>
              )}
              {personFindings.length > 0 ? (
                <ul className="findings compact">
                  {personFindings.map((f, i) => (
                    <li key={i}>
                      <Badge tone={f.severity}>{f.severity}</Badge> <code>{f.code}</code> {f.message}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">No findings for this person.</p>
              )}
            </div>
          ) : null}
        </section>
      </div>
    </div>
  );
}
