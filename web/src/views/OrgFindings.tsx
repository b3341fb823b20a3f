import { useState } from 'react';
import type { Audit, Finding } from '../api.js';
import { DataView } from '../components/DataView.js';
import { Badge } from '../components/ui.js';
import type { OrgPerson } from '../orgtree.js';

export const SEVERITIES = ['error', 'warning', 'info'];

/** Whose title was read as in a product organisation (a product department, or a product leader above them), where that changed the reading. */
export function ContextReadings({ audit }: { audit: Audit }) {
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

export function SummaryLine({ audit }: { audit: Audit }) {
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

export function FindingItem({ f, names, onPerson }: { f: Finding; names: Map<string, OrgPerson>; onPerson: (id: string) => void }) {
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
