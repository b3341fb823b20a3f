import { useId, useMemo, useState, type ReactNode } from 'react';
import { designOrg, type OrgDesign } from '../api.js';
import { OrgChart } from '../components/OrgChart.js';
import { Badge, ErrorMessage, familyColor, Heading, RoleLink, TRACK_LABEL } from '../components/ui.js';
import { download, toCsv } from '../csv.js';
import { useTitle } from '../hooks.js';
import type { OrgPerson } from '../orgtree.js';
import { Link } from '../router.js';

export const STAGES = [
  ['seed', 'Seed / early start-up'],
  ['growth', 'Growth'],
  ['enterprise', 'Enterprise'],
] as const;

interface Form {
  pms: string;
  productLines: string;
  companySize: string;
  stage: string;
  agile: boolean;
}

interface LineNode {
  roleId: string;
  title: string;
  count: number;
  children: LineNode[];
}

/** The reporting lines (role → role, with counts) as a tree from the top, for drawing. */
export function linesTree(design: Pick<OrgDesign, 'reportingLines'>): LineNode[] {
  const nodes = new Map<string, LineNode>();
  const node = (roleId: string, title: string, count = 1) => {
    let n = nodes.get(roleId);
    if (!n) nodes.set(roleId, (n = { roleId, title, count, children: [] }));
    return n;
  };
  const hasParent = new Set<string>();
  for (const l of design.reportingLines) {
    const child = node(l.roleId, l.title, 0);
    child.count += l.count;
    const parent = node(l.reportsTo, l.reportsToTitle);
    if (!parent.children.includes(child)) parent.children.push(child);
    hasParent.add(l.roleId);
  }
  return [...nodes.values()].filter((n) => !hasParent.has(n.roleId));
}

function LineTree({ nodes, inFramework }: { nodes: LineNode[]; inFramework: Set<string> }): ReactNode {
  return (
    <ul className="design-tree">
      {nodes.map((n) => (
        <li key={n.roleId}>
          <span className="design-node">
            {inFramework.has(n.roleId) ? <RoleLink id={n.roleId} title={n.title} /> : <strong>{n.title}</strong>}
            {n.count > 1 ? <span className="count"> × {n.count}</span> : null}
          </span>
          {n.children.length > 0 ? <LineTree nodes={n.children} inFramework={inFramework} /> : null}
        </li>
      ))}
    </ul>
  );
}

export default function DesignView() {
  useTitle('Org design');
  const id = useId();
  // The CLI's defaults: stage from the company size, teams not agile (no product owners).
  const [form, setForm] = useState<Form>({ pms: '12', productLines: '3', companySize: '', stage: '', agile: false });
  const [design, setDesign] = useState<OrgDesign | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm({ ...form, [k]: v });
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const body = {
        pms: Number(form.pms),
        ...(form.productLines ? { productLines: Number(form.productLines) } : {}),
        ...(form.companySize ? { companySize: Number(form.companySize) } : {}),
        ...(form.stage ? { stage: form.stage } : {}),
        agile: form.agile,
      };
      setDesign(await designOrg(body));
      setSelected(null);
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };

  const people = useMemo<OrgPerson[]>(() => {
    if (!design) return [];
    const byTitle = new Map(design.roles.map((r) => [r.title, r]));
    return design.roster.map((p) => {
      const r = byTitle.get(p.title);
      return { id: p.id, name: p.name, title: p.title, managerId: p.managerId, family: r?.family ?? null, level: r?.band ?? null, roleId: r?.roleId ?? null, canonicalTitle: r?.title ?? null };
    });
  }, [design]);

  return (
    <>
      <Heading>Org design</Heading>
      <p className="lede">
        Describe the product organisation you need and see the structure the ladder recommends, with its reasons. To audit a team you have, upload its roster in{' '}
        <Link to="/org">Org</Link>.
      </p>
      <form
        className="card design-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-pms`}>Product managers (individual contributors)</label>
          <input id={`${id}-pms`} type="number" inputMode="numeric" min={1} max={10000} required value={form.pms} onChange={(e) => set('pms', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-lines`}>Product lines</label>
          <input id={`${id}-lines`} type="number" inputMode="numeric" min={1} max={1000} value={form.productLines} onChange={(e) => set('productLines', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-size`}>Company size (people)</label>
          <input
            id={`${id}-size`}
            type="number"
            inputMode="numeric"
            min={1}
            max={10000000}
            value={form.companySize}
            placeholder="estimated when empty"
            onChange={(e) => set('companySize', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-stage`}>Stage</label>
          <select id={`${id}-stage`} value={form.stage} onChange={(e) => set('stage', e.target.value)}>
            <option value="">From the company size</option>
            {STAGES.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={form.agile} onChange={(e) => set('agile', e.target.checked)} /> Teams work in Scrum or another agile method
        </label>
        <button type="submit" disabled={busy}>
          {busy ? 'Designing…' : 'Propose a structure'}
        </button>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {design ? (
        <DesignResult design={design} people={people} selected={selected} onSelect={setSelected} />
      ) : null}
    </>
  );
}

function DesignResult({ design, people, selected, onSelect }: { design: OrgDesign; people: OrgPerson[]; selected: string | null; onSelect: (id: string | null) => void }) {
  const inFramework = new Set(design.roles.map((r) => r.roleId));
  const total = design.roles.reduce((s, r) => s + r.count, 0);
  const l = design.leadership;
  const p = design.params;
  return (
    <section className="card" aria-labelledby="h-design">
      <div className="toolbar">
        <h2 id="h-design">Proposed structure</h2>
        <div className="buttons">
          <button
            type="button"
            className="secondary"
            onClick={() => download('org-design-roster.csv', toCsv(['id', 'name', 'title', 'manager_id'], design.roster.map((x) => [x.id, x.name, x.title, x.managerId ?? ''])))}
          >
            Roster CSV
          </button>
          <button type="button" className="secondary" onClick={() => download('org-design.json', JSON.stringify(design, null, 2), 'application/json')}>
            JSON
          </button>
        </div>
      </div>
      <p>
        For {p.pms} product managers on {p.productLines} product line{p.productLines === 1 ? '' : 's'} in a company of {p.companySize.toLocaleString('en')}
        {p.companySizeEstimated ? ' (estimated)' : ''} at the {p.stage} stage: <strong>{total}</strong> product roles, led by a <strong>{l.topTitle}</strong>
        {l.vps && l.top !== 'vp-of-product' ? `, ${l.vps} VP${l.vps === 1 ? '' : 's'}` : ''}
        {l.directors ? `, ${l.directors} director${l.directors === 1 ? '' : 's'}` : ''}
        {l.groupPms ? `, ${l.groupPms} group PM${l.groupPms === 1 ? '' : 's'}` : ''}.
      </p>
      <div className="role-grid">
        <div>
          <h3>Reporting lines</h3>
          <LineTree nodes={linesTree(design)} inFramework={inFramework} />
        </div>
        <div>
          <h3>Roles</h3>
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Role</th>
                  <th scope="col">Band</th>
                  <th scope="col">Track</th>
                  <th scope="col">Count</th>
                </tr>
              </thead>
              <tbody>
                {[...design.roles]
                  .sort((a, b) => (b.band ?? -1) - (a.band ?? -1))
                  .map((r) => (
                    <tr key={r.roleId}>
                      <td>
                        <span className="dot" style={{ background: familyColor(r.family) }} aria-hidden="true" /> <RoleLink id={r.roleId} title={r.title} />
                      </td>
                      <td>{r.band ?? '—'}</td>
                      <td>{r.track ? (TRACK_LABEL[r.track] ?? r.track) : '—'}</td>
                      <td>{r.count}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
      <h3>The organisation, person by person</h3>
      <OrgChart people={people} findings={new Map()} selected={selected} onSelect={onSelect} />
      <h3>Why</h3>
      <ul className="reasons">
        {design.reasoning.map((r, i) => (
          <li key={i}>
            <Badge>{r.topic}</Badge> {r.text} {r.sources.length ? <span className="muted small">[{r.sources.join(', ')}]</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
