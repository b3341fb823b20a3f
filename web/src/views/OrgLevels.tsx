import { useId } from 'react';
import { Show } from '../components/ui.js';
import { useAsync } from '../hooks.js';
import { getLevels } from '../org-data-api.js';

const TRACK: Record<string, string> = { ic: 'individual contributor', management: 'management' };

/** The company's own levels, placed on the ladder's bands from the titles people at each level hold. */
export function OrgLevels({ rosterId }: { rosterId: string }) {
  const id = useId();
  const state = useAsync(() => getLevels(rosterId), [rosterId]);
  return (
    <Show state={state} what="the company levels">
      {(p) =>
        p.levels.length === 0 ? null : (
          <section className="card" aria-labelledby={`${id}-h`}>
            <h2 id={`${id}-h`}>Company levels</h2>
            <p className="muted small">Each level is placed at the band most of its titles read as. Check the proposal before relying on it.</p>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Level</th>
                  <th scope="col">People</th>
                  <th scope="col">Band</th>
                  <th scope="col">Titles agreeing</th>
                  <th scope="col">Commonest titles</th>
                </tr>
              </thead>
              <tbody>
                {p.levels.map((l) => (
                  <tr key={l.level}>
                    <td>{l.level}</td>
                    <td>{l.people.toLocaleString('en')}</td>
                    <td>{l.band === null ? 'none of its titles is a ladder role' : `${l.band}${l.track ? ` (${TRACK[l.track]})` : ''}`}</td>
                    <td>{l.band === null ? '–' : `${Math.round(l.agreement * 100)}%`}</td>
                    <td>{l.titles.map((t) => `${t.title} ×${t.count}`).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {p.warnings.map((w) => (
              <p key={w} className="warning">
                {w}
              </p>
            ))}
            <p>
              {p.misfits.length.toLocaleString('en')} {p.misfits.length === 1 ? 'person holds a title' : 'people hold titles'} that read as another band than their level
              {p.withoutLevel ? `; ${p.withoutLevel.toLocaleString('en')} have no level` : ''}.
            </p>
          </section>
        )
      }
    </Show>
  );
}
