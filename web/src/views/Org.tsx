import { useId, useMemo, useState } from 'react';
import { getAudit, getRoster, listRosters, normalizeBatch, uploadRoster, type Audit, type Finding, type NormalizeResult, type RosterSummary } from '../api.js';
import { DataView } from '../components/DataView.js';
import { OrgChart, summarizeFindings } from '../components/OrgChart.js';
import { Badge, ErrorMessage, Heading, Loading, RoleLink, Show } from '../components/ui.js';
import { download, toCsv } from '../csv.js';
import { useAsync, useTitle } from '../hooks.js';
import type { OrgPerson } from '../orgtree.js';
import { Link, setSearch, useLocation } from '../router.js';
import { RequireSession } from './SignIn.js';

const SEVERITIES = ['error', 'warning', 'info'];
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
      <Heading>Org</Heading>
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
            setSearch({ roster: id });
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
      {data.status === 'done' ? <Report key={rosterId} rosterId={rosterId} audit={data.data.audit} people={data.data.people} /> : null}
    </>
  );
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
                {new Date(r.createdAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}
              </Link>{' '}
              <span className="muted small">
                {r.source ?? ''} {people !== null ? `· ${people.toLocaleString('en')} people` : ''}
              </span>
            </li>
          );
        })}
    </ul>
  );
}

function Upload({ onDone }: { onDone: (id: string) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [rejected, setRejected] = useState<{ people: number; rows: unknown[] } | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    setRejected(null);
    try {
      const json = /^\s*[[{]/.test(text);
      const res = await uploadRoster(text, json ? 'application/json' : 'text/csv');
      const rows = Array.isArray(res.rejectedRows) ? res.rejectedRows : [];
      setRejected({ people: res.people, rows });
      onDone(res.id);
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Upload a roster</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-file`}>Roster file (CSV or JSON)</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-describedby={`${id}-hint`}
            onChange={async (e) => {
              const f = e.target.files?.[0];
              if (!f) return;
              setFileName(f.name);
              setText(await f.text());
            }}
          />
          <p id={`${id}-hint`} className="hint">
            Columns: id, name, title, manager_id; optional email, department, location, product_line, salary, currency.
          </p>
        </div>
        <details>
          <summary>Or paste it</summary>
          <div className="field">
            <label htmlFor={`${id}-text`}>Roster text</label>
            <textarea id={`${id}-text`} rows={5} value={text} onChange={(e) => setText(e.target.value)} />
          </div>
        </details>
        <button type="submit" disabled={busy || !text.trim()}>
          {busy ? 'Uploading…' : `Upload${fileName ? ` ${fileName}` : ''}`}
        </button>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {rejected ? (
        <div role="status">
          <p className="success">{rejected.people.toLocaleString('en')} people imported.</p>
          {rejected.rows.length > 0 ? (
            <details open>
              <summary>
                {rejected.rows.length} row{rejected.rows.length === 1 ? ' was' : 's were'} rejected
              </summary>
              <DataView value={rejected.rows.slice(0, 50)} />
            </details>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function Report({ rosterId, audit, people }: { rosterId: string; audit: Audit; people: OrgPerson[] }) {
  const uid = useId();
  const [severities, setSeverities] = useState<Set<string>>(new Set(SEVERITIES));
  const [code, setCode] = useState('');
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
  const exportMd = () => download(`org-audit-${rosterId}.md`, reportMarkdown(audit, byId), 'text/markdown;charset=utf-8');
  const exportJson = () => download(`org-audit-${rosterId}.json`, JSON.stringify({ summary: audit.summary, metrics: audit.metrics, findings: audit.findings, contextReadings: audit.contextReadings ?? [] }, null, 2), 'application/json');

  return (
    <div className="org-report">
      <section aria-labelledby="h-summary" className="card">
        <div className="toolbar">
          <h2 id="h-summary">Audit</h2>
          <div className="buttons">
            <button type="button" className="secondary" onClick={exportMd}>
              Export report
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

/** Whose title was read as in a product organisation (a product department, or a product leader above them), where that changed the reading. */
function ContextReadings({ audit }: { audit: Audit }) {
  const list = audit.contextReadings ?? [];
  const total = (audit.summary as { productContext?: number } | null)?.productContext ?? 0;
  if (total === 0) return null;
  return (
    <details>
      <summary>
        Titles read in a product context: {total.toLocaleString('en')} {total === 1 ? 'person' : 'people'}
        {list.length ? `, ${list.length} read differently because of it` : ''}
      </summary>
      <p className="muted small">Their department is a product department, or a product leader is above them, so product shorthand such as "Sr. PM" reads as a product role.</p>
      {list.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Title</th>
              <th scope="col">Read as</th>
              <th scope="col">Without the context</th>
              <th scope="col">Because of</th>
            </tr>
          </thead>
          <tbody>
            {list.slice(0, 200).map((c) => (
              <tr key={c.id}>
                <td>
                  {c.name} ({c.id})
                </td>
                <td>{c.title}</td>
                <td>{c.roleTitle ?? 'no product role'}</td>
                <td>{c.generalRoleTitle ?? 'no product role'}</td>
                <td>{c.reason.kind === 'department' ? `department "${c.reason.department}"` : `reports to ${c.reason.leaderTitle} (${c.reason.leaderId})`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}

function SummaryLine({ audit }: { audit: Audit }) {
  const s = (audit.summary ?? {}) as Record<string, unknown>;
  const counts = (s.findings ?? {}) as Record<string, number>;
  if (typeof s.people !== 'number') return <DataView value={audit.summary} />;
  return (
    <ul className="summary-stats">
      <li>
        <strong>{(s.people as number).toLocaleString('en')}</strong> people
      </li>
      {typeof s.openRoles === 'number' && s.openRoles > 0 ? (
        <li>
          <strong>{s.openRoles}</strong> open roles
        </li>
      ) : null}
      {typeof s.rejectedRows === 'number' && s.rejectedRows > 0 ? (
        <li>
          <strong>{s.rejectedRows}</strong> rejected rows
        </li>
      ) : null}
      {SEVERITIES.map((sev) => (
        <li key={sev}>
          <Badge tone={sev}>
            {counts[sev] ?? audit.findings.filter((f) => f.severity === sev).length} {sev}
            {(counts[sev] ?? 0) === 1 ? '' : 's'}
          </Badge>
        </li>
      ))}
      {typeof s.ok === 'boolean' ? <li>{s.ok ? 'No errors' : 'Has errors'}</li> : null}
    </ul>
  );
}

function FindingItem({ f, names, onPerson }: { f: Finding; names: Map<string, OrgPerson>; onPerson: (id: string) => void }) {
  const [all, setAll] = useState(false);
  const shown = all ? f.people : f.people.slice(0, 6);
  return (
    <li className={`finding sev-${f.severity}`}>
      <p>
        <Badge tone={f.severity}>{f.severity}</Badge> <code>{f.code}</code>
      </p>
      <p>{f.message}</p>
      {f.people.length > 0 ? (
        <p className="people-chips">
          {shown.map((id) => (
            <button key={id} type="button" className="chip" onClick={() => onPerson(id)}>
              {names.get(id)?.name ?? id}
            </button>
          ))}
          {f.people.length > shown.length ? (
            <button type="button" className="link small" onClick={() => setAll(true)}>
              +{f.people.length - shown.length} more
            </button>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}

export function reportMarkdown(audit: Audit, names: Map<string, OrgPerson>): string {
  const lines: string[] = ['# Org audit', ''];
  const s = (audit.summary ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(s)) lines.push(`- **${k}**: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
  lines.push('', '## Findings', '');
  for (const sev of SEVERITIES) {
    const list = audit.findings.filter((f) => f.severity === sev);
    if (list.length === 0) continue;
    lines.push(`### ${sev} (${list.length})`, '');
    for (const f of list) {
      const who = f.people.slice(0, 20).map((p) => names.get(p)?.name ?? p);
      lines.push(`- \`${f.code}\` ${f.message}${who.length ? ` — ${who.join(', ')}${f.people.length > 20 ? ` and ${f.people.length - 20} more` : ''}` : ''}`);
    }
    lines.push('');
  }
  lines.push('## Metrics', '', '```json', JSON.stringify(audit.metrics, null, 2), '```', '');
  return lines.join('\n');
}
