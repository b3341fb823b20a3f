import { getFamilies, getLadder, type FamilySummary, type Ladder } from '../api.js';
import { familyColor, Heading, Show } from '../components/ui.js';
import { useAsync, useTitle } from '../hooks.js';
import { Link, rolePath } from '../router.js';

/** Product management first: the family most people come for. */
function defaultFamily(list: FamilySummary[]): string | null {
  return (list.find((f) => f.id === 'product-management') ?? list.find((f) => !f.contrast) ?? list[0])?.id ?? null;
}
const familyOrder = (a: FamilySummary, b: FamilySummary) =>
  Number(b.id === 'product-management') - Number(a.id === 'product-management') || a.name.localeCompare(b.name);

const summaryText = (f: FamilySummary) => (typeof f.summary === 'string' ? f.summary : f.summary?.text);

/** One family drawn as a ladder: bands as rungs, the IC and management tracks side by side. */
export function LadderView({ family }: { family: string | null }) {
  const families = useAsync(getFamilies, []);
  const chosen = family ?? (families.status === 'done' ? defaultFamily(families.data) : null);
  const ladder = useAsync(chosen ? () => getLadder(chosen) : null, [chosen]);
  const current = families.status === 'done' ? families.data.find((f) => f.id === chosen) : undefined;
  useTitle(ladder.status === 'done' ? `${ladder.data.name} ladder` : 'Ladders');

  return (
    <div className="ladder-view">
      <Show state={families} what="the role families">
        {(list) => <FamilyTabs families={list} current={chosen} />}
      </Show>
      <Show state={ladder} what="the ladder">
        {(l) => (
          <>
            <Heading>{l.name} ladder</Heading>
            {current && summaryText(current) ? <p className="lede">{summaryText(current)}</p> : null}
            {current?.contrast ? (
              <p className="note">
                This is not a product family: it is here to show how its roles differ from product roles.
              </p>
            ) : null}
            <LadderTable ladder={l} />
          </>
        )}
      </Show>
    </div>
  );
}

function FamilyTabs({ families, current }: { families: FamilySummary[]; current: string | null }) {
  const product = families.filter((f) => !f.contrast).sort(familyOrder);
  const contrast = families.filter((f) => f.contrast).sort(familyOrder);
  const item = (f: FamilySummary) => (
    <li key={f.id}>
      <Link
        to={`/ladders/${f.id}`}
        aria-current={f.id === current ? 'page' : undefined}
        style={{ ['--fam' as string]: familyColor(f.id) }}
      >
        {f.name}
      </Link>
    </li>
  );
  return (
    <nav aria-label="Role families" className="family-tabs">
      <ul>{product.map(item)}</ul>
      {contrast.length > 0 ? (
        <details className="contrast-families" open={contrast.some((f) => f.id === current)}>
          <summary>Not product roles</summary>
          <ul>{contrast.map(item)}</ul>
        </details>
      ) : null}
    </nav>
  );
}

export function LadderTable({ ladder }: { ladder: Ladder }) {
  const rungs = [...ladder.rungs].filter((r) => r.ic.length + r.management.length > 0).sort((a, b) => b.band - a.band);
  const color = familyColor(ladder.family);
  return (
    <div className="ladder-wrap" style={{ ['--fam' as string]: color }}>
      <table className="ladder">
        <caption className="visually-hidden">
          {ladder.name}: roles by band, most senior first, individual contributor and management tracks side by side
        </caption>
        <thead>
          <tr>
            <th scope="col" className="band-col">
              Band
            </th>
            <th scope="col">Individual contributor</th>
            <th scope="col">Management</th>
          </tr>
        </thead>
        <tbody>
          {rungs.map((r) => (
            <tr key={r.band} data-band={r.band}>
              <th scope="row" className="band-col">
                <span className="band-num" aria-hidden="true">
                  {r.band}
                </span>
                <span className="band-name">
                  <span className="visually-hidden">Band {r.band}: </span>
                  {r.name}
                </span>
              </th>
              <td className="rail">
                <Rung roles={r.ic} />
              </td>
              <td className="rail">
                <Rung roles={r.management} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Rung({ roles }: { roles: { id: string; title: string }[] }) {
  // Empty on purpose: this track has no role at this band (the column header names the track).
  if (roles.length === 0) return <span className="rung-none">No role at this band</span>;
  return (
    <ul className="rung-list">
      {roles.map((r) => (
        <li key={r.id}>
          <Link className="rung" to={rolePath(r.id)}>
            {r.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}
