import { useEffect, useId, useState } from 'react';
import {
  getCompetencies,
  getRole,
  getRoles,
  listAssessments,
  roleTitles,
  saveAssessment,
  type CompetencyMatrix,
  type RoleSummary,
  type RoleView,
} from '../api.js';
import { cellsFor, score, type Answer, type Score } from '../assess.js';
import { useSession } from '../auth.js';
import { Radar } from '../components/Radar.js';
import { RolePicker } from '../components/RolePicker.js';
import { ErrorMessage, familyColor, Heading, RoleLink, Show, SourceRefs } from '../components/ui.js';
import { useAsync, useTitle } from '../hooks.js';
import { setSearch, useLocation } from '../router.js';
import { SignInForm } from './SignIn.js';

const BAND: Record<number, string> = {
  0: 'Intern',
  1: 'Associate',
  2: 'Mid-level',
  3: 'Senior',
  4: 'Lead / Staff',
  5: 'Principal / Group',
  6: 'Director',
  7: 'Senior Director / Head',
  8: 'Vice President',
  9: 'Senior / Executive VP',
  10: 'Chief',
};

interface Setup {
  role: RoleView;
  next: RoleSummary | null;
  matrix: CompetencyMatrix;
  icTop: number;
}

async function loadSetup(roleId: string): Promise<Setup> {
  const role = await getRole(roleId);
  const [matrix, roles] = await Promise.all([getCompetencies(role.family), getRoles({ family: role.family })]);
  // The next role as the server's assessment picks it: a promotion in the family (same track first), else a track switch.
  const byId = new Map(roles.map((r) => [r.id, r]));
  const moves = (kind: string) =>
    role.nextRoles
      .filter((n) => n.kind === kind)
      .map((n) => byId.get(n.id))
      .filter((r): r is RoleSummary => !!r && r.level > role.level)
      .sort((a, b) => Number(a.track !== role.track) - Number(b.track !== role.track) || a.level - b.level);
  const next = moves('promotion')[0] ?? moves('track-switch')[0] ?? null;
  const icTop = Math.max(-1, ...roles.filter((r) => r.track === 'ic').map((r) => r.level));
  return { role, next, matrix, icTop: icTop < 0 ? Infinity : icTop };
}

export default function AssessView() {
  useTitle('Self-assessment');
  const { search } = useLocation();
  const roleId = search.get('role') ?? '';
  const person = search.get('person') ?? '';
  const setup = useAsync(roleId ? () => loadSetup(roleId) : null, [roleId]);
  return (
    <>
      <Heading>Self-assessment</Heading>
      <p className="lede">
        For each competency, pick the description that best matches what you do today. The result compares you with what your role — and the next one — expects.
      </p>
      <form className="pickers" onSubmit={(e) => e.preventDefault()} aria-label="Who and which role">
        <PersonField value={person} onChange={(v) => setSearch({ person: v }, { replace: true })} />
        <RolePicker label="Your current role" name="role" value={roleId} onChange={(v) => setSearch({ role: v })} />
      </form>
      <Show state={setup} what="the competency matrix">
        {(s) => <Questionnaire key={s.role.id} setup={s} person={person} />}
      </Show>
      {person ? <History person={person} /> : null}
    </>
  );
}

function PersonField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <div className="field">
      <label htmlFor={id}>Person</label>
      <input id={id} type="text" value={text} autoComplete="name" onChange={(e) => setText(e.target.value)} onBlur={() => onChange(text.trim())} placeholder="Your name or e-mail" />
    </div>
  );
}

function Questionnaire({ setup, person }: { setup: Setup; person: string }) {
  const { role, next, matrix, icTop } = setup;
  const [answers, setAnswers] = useState<Record<string, Answer | undefined>>({});
  const [done, setDone] = useState(false);
  const answered = matrix.competencies.filter((c) => answers[c.id] !== undefined).length;
  const total = matrix.competencies.length;
  const target = next?.level ?? role.level;
  const result = done ? score(matrix, answers, role.level, target, role.track, next?.track ?? role.track) : null;

  return (
    <>
      <form
        className="questionnaire"
        onSubmit={(e) => {
          e.preventDefault();
          setDone(true);
          requestAnimationFrame(() => document.getElementById('assessment-result')?.focus());
        }}
        aria-label={`${matrix.name} questionnaire`}
      >
        <p className="progress-text" aria-live="polite">
          {answered} of {total} competencies answered
        </p>
        {matrix.competencies.map((c, ci) => {
          const cells = cellsFor(matrix, c, role.track, role.track === 'ic' ? icTop : Infinity);
          const name = `c-${c.id}`;
          return (
            <fieldset key={c.id} className="competency card">
              <legend>
                <span className="num">{ci + 1}.</span> {c.name}
              </legend>
              <p className="muted">{c.summary}</p>
              <div className="options">
                <label className={`option${answers[c.id] === 'none' ? ' checked' : ''}`}>
                  <input type="radio" name={name} value="none" checked={answers[c.id] === 'none'} onChange={() => setAnswers({ ...answers, [c.id]: 'none' })} />
                  <span>
                    <strong>Not yet</strong>
                    <span className="muted"> — none of the descriptions below fits yet</span>
                  </span>
                </label>
                {cells.map((cell) => (
                  <label key={`${cell.band}-${cell.track ?? '*'}`} className={`option${answers[c.id] === cell.band ? ' checked' : ''}${cell.band === role.level ? ' current' : ''}`}>
                    <input type="radio" name={name} value={cell.band} checked={answers[c.id] === cell.band} onChange={() => setAnswers({ ...answers, [c.id]: cell.band })} />
                    <span>
                      <strong>
                        Band {cell.band} · {BAND[cell.band] ?? ''}
                        {cell.band === role.level ? ' (your role)' : cell.band === next?.level ? ' (next role)' : ''}
                      </strong>
                      <ul>
                        {cell.behaviours.map((b) => (
                          <li key={b.id}>{b.text}</li>
                        ))}
                      </ul>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
        <button type="submit" disabled={answered < total}>
          See my results
        </button>
        {answered < total ? <p className="hint">Answer every competency to see the results.</p> : null}
      </form>
      {result ? <Results setup={setup} result={result} answers={answers} person={person} /> : null}
    </>
  );
}

function Results({ setup, result, answers, person }: { setup: Setup; result: Score; answers: Record<string, Answer | undefined>; person: string }) {
  const { role, next, matrix } = setup;
  const session = useSession();
  const [saved, setSaved] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const min = Math.max(0, (matrix.bands[0] ?? 0) - 1);
  const max = matrix.bands[matrix.bands.length - 1] ?? 10;
  const color = familyColor(role.family);
  const target = next?.level ?? role.level;

  const save = async () => {
    setBusy(true);
    try {
      const body = {
        person,
        family: role.family,
        role: role.id,
        track: role.track,
        answers: Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)),
      };
      const rec = await saveAssessment(body);
      const r = typeof rec.readiness === 'number' ? ` The server puts readiness at ${Math.round(rec.readiness * 100)}%.` : '';
      setSaved({ ok: true, message: `Saved to the workspace for ${person}.${r}` });
      window.dispatchEvent(new Event('assessment-saved'));
    } catch (e) {
      setSaved({ ok: false, message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="assessment-result" tabIndex={-1} aria-labelledby="h-result" className="card result-card">
      <h2 id="h-result">Your results</h2>
      <div className="result-layout">
        <Radar
          axes={matrix.competencies.map((c) => c.name)}
          min={min}
          max={max}
          label={`Radar chart: your level in each of ${matrix.competencies.length} competencies against band ${role.level}${next ? ` and band ${next.level}` : ''}`}
          series={[
            { name: 'You', values: matrix.competencies.map((c) => result.levels[c.id] ?? min), color },
            { name: `${role.title} (band ${role.level})`, values: matrix.competencies.map(() => role.level), color: '#374151', dashed: true },
            ...(next ? [{ name: `${next.title} (band ${next.level})`, values: matrix.competencies.map(() => next.level), color: '#b45309', dashed: true }] : []),
          ]}
        />
        <div className="readiness">
          <p className="big-number">
            <span>{Math.round(result.readiness * 100)}%</span> ready
          </p>
          <p>
            {next ? (
              <>
                for <RoleLink id={next.id} title={next.title} /> (band {next.level}): the share of its behaviours your answers show.
              </>
            ) : (
              <>for your role: this is the top of its ladder.</>
            )}
          </p>
          <p>
            <meter min={0} max={100} value={Math.round(result.readiness * 100)} low={50} high={80} optimum={100} aria-label="Readiness">
              {Math.round(result.readiness * 100)}%
            </meter>
          </p>
          <p className="muted">
            {Math.round(result.meetsCurrent * 100)}% of competencies meet your current role (band {role.level}).
          </p>
          {session ? (
            <>
              <button type="button" onClick={() => void save()} disabled={busy || !person}>
                {busy ? 'Saving…' : 'Save to workspace'}
              </button>
              {!person ? <p className="hint">Enter the person's name above to save.</p> : null}
            </>
          ) : (
            <SignInForm intro={<p>Sign in to a workspace to save this assessment and see its history.</p>} />
          )}
          {saved ? (
            <p className={saved.ok ? 'success' : 'error'} role={saved.ok ? 'status' : 'alert'}>
              {saved.message}
            </p>
          ) : null}
        </div>
      </div>
      <h3>Gaps {next ? `for ${next.title}` : ''}</h3>
      {result.gaps.length === 0 ? (
        <p className="success">No gaps: every competency is at band {target} or above.</p>
      ) : (
        <ul className="gaps">
          {result.gaps.map((g) => (
            <li key={g.competency.id}>
              <strong>{g.competency.name}</strong>: {g.level === null ? 'not yet at any band' : `band ${g.level}`}, expected band {g.target}.
              {g.cell ? (
                <ul className="behaviours">
                  {g.cell.behaviours.map((b) => (
                    <li key={b.id}>{b.text}</li>
                  ))}
                </ul>
              ) : null}
              {g.competency.develop.length > 0 ? (
                <p className="small">
                  <strong>To grow it:</strong>{' '}
                  {g.competency.develop.map((f, i) => (
                    <span key={i}>
                      {f.text} <SourceRefs refs={f.source} />{' '}
                    </span>
                  ))}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function History({ person }: { person: string }) {
  const session = useSession();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const on = () => setTick((t) => t + 1);
    window.addEventListener('assessment-saved', on);
    return () => window.removeEventListener('assessment-saved', on);
  }, []);
  const list = useAsync(session ? () => listAssessments(person) : null, [person, session?.token, tick]);
  const titles = useAsync(roleTitles, []);
  const title = (id: string) => (titles.status === 'done' ? titles.data.get(id)?.title : undefined) ?? id;
  if (!session) return null;
  return (
    <section aria-labelledby="h-history" className="card">
      <h2 id="h-history">History for {person}</h2>
      {list.status === 'error' ? <ErrorMessage error={list.error} what="the history" /> : null}
      {list.status === 'done' && list.data.length === 0 ? <p className="muted">No saved assessments yet.</p> : null}
      {list.status === 'done' && list.data.length > 0 ? (
        <div className="table-scroll">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Role</th>
                <th scope="col">Supported band</th>
                <th scope="col">Next role</th>
                <th scope="col">Readiness</th>
              </tr>
            </thead>
            <tbody>
              {[...list.data]
                .sort((a, b) => String(b.date).localeCompare(String(a.date)))
                .map((r) => (
                  <tr key={r.id}>
                    <td>{String(r.date).slice(0, 16).replace('T', ' ')}</td>
                    <td>{r.role ? <RoleLink id={r.role} title={title(r.role)} /> : r.family}</td>
                    <td>{r.supportedBand ?? '—'}</td>
                    <td>{r.nextRole ? <RoleLink id={r.nextRole} title={title(r.nextRole)} /> : '—'}</td>
                    <td>{r.readiness === null || r.readiness === undefined ? '—' : `${Math.round(r.readiness * 100)}%`}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
