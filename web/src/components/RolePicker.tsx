import { useId } from 'react';
import { getFamilies, getRoles, type FamilySummary, type RoleSummary } from '../api.js';
import { useAsync } from '../hooks.js';

async function loadRoles(): Promise<{ families: FamilySummary[]; roles: RoleSummary[] }> {
  const [families, roles] = await Promise.all([getFamilies(), getRoles({ contrasts: true })]);
  return { families, roles };
}

/** A labelled select of every role, grouped by family and ordered by band. */
export function RolePicker({
  label,
  value,
  onChange,
  exclude,
  name,
}: {
  label: string;
  value: string;
  onChange: (id: string) => void;
  exclude?: string;
  name?: string;
}) {
  const id = useId();
  const data = useAsync(loadRoles, []);
  const groups =
    data.status === 'done'
      ? data.data.families.map((f) => ({
          family: f,
          roles: data.data.roles.filter((r) => r.family === f.id).sort((a, b) => a.level - b.level || a.track.localeCompare(b.track)),
        }))
      : [];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)} disabled={data.status !== 'done'}>
        <option value="">{data.status === 'loading' ? 'Loading roles…' : data.status === 'error' ? 'Roles could not be loaded' : 'Choose a role…'}</option>
        {groups
          .filter((g) => g.roles.length > 0)
          .map((g) => (
            <optgroup key={g.family.id} label={g.family.name}>
              {g.roles.map((r) => (
                <option key={r.id} value={r.id} disabled={r.id === exclude}>
                  {r.title}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </div>
  );
}
