import { useEffect, useId, useRef, useState } from 'react';
import {
  assessAnswers,
  getAssessmentQuestions,
  getRole,
  listAssessments,
  roleTitles,
  saveAssessment,
  type AnswersFile,
  type AnswerValue,
  type AssessmentQuestions,
  type AssessmentReport,
  type RoleRef,
} from '../api.js';
import { useSession } from '../auth.js';
import { Radar } from '../components/Radar.js';
import { RolePicker } from '../components/RolePicker.js';
import { ErrorMessage, familyColor, Heading, Loading, RoleLink, Show, SourceRefs } from '../components/ui.js';
import { useAsync, useTitle } from '../hooks.js';
import { setSearch, useLocation } from '../router.js';
import { SignInForm } from './SignIn.js';
import { download } from '../csv.js';
import { elementHtml } from '../standalone.js';

/**
 * The questions and the results both come from the server, from the same core functions
 * `ladder assess` uses (assessmentQuestions and assess): the browser keeps no scoring of its own.
 */
interface Setup extends AssessmentQuestions {
  role: RoleRef;
}

async function loadSetup(roleId: string): Promise<Setup> {
  const role = await getRole(roleId);
  const setup = await getAssessmentQuestions(role.family, role.id);
  if (!setup.role) throw new Error(`The server did not resolve the role "${roleId}".`);
  return { ...setup, role: setup.role };
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
        <RolePicker label="Your current role" name="role" value={roleId} onChange={(v) => setSearch({ role: v, step: null })} />
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

/** The server's report for the answers, asked again when they change; the last one stays shown meanwhile. */
function useReport(body: AnswersFile | null): { report: AssessmentReport | null; error: Error | null; pending: boolean } {
  const key = body ? JSON.stringify(body) : null;
  const [state, setState] = useState<{ report: AssessmentReport | null; error: Error | null; pending: boolean }>({ report: null, error: null, pending: false });
  useEffect(() => {
    if (!key) return;
    const ctl = new AbortController();
    setState((s) => ({ ...s, pending: true }));
    assessAnswers(JSON.parse(key) as AnswersFile, ctl.signal).then(
      (report) => setState({ report, error: null, pending: false }),
      (error: Error) => {
        if (!ctl.signal.aborted) setState((s) => ({ ...s, error, pending: false }));
      },
    );
    return () => ctl.abort();
  }, [key]);
  return state;
}

/** The answers so far, kept in this browser so a half-done assessment survives a reload. */
interface Draft {
  picked: Record<string, number>;
  step: number;
}
const draftKey = (roleId: string) => `ladder.assess.draft.${roleId}`;
function readDraft(roleId: string): Draft {
  try {
    const d = JSON.parse(localStorage.getItem(draftKey(roleId)) ?? 'null') as Draft | null;
    if (d && typeof d.picked === 'object' && typeof d.step === 'number') return d;
  } catch {
    /* no storage, or not ours: start afresh */
  }
  return { picked: {}, step: 0 };
}
function writeDraft(roleId: string, d: Draft | null): void {
  try {
    if (d) localStorage.setItem(draftKey(roleId), JSON.stringify(d));
    else localStorage.removeItem(draftKey(roleId));
  } catch {
    /* storage full or blocked: the draft is a convenience */
  }
}

function Questionnaire({ setup, person }: { setup: Setup; person: string }) {
  const { role, questions } = setup;
  const initial = useRef(readDraft(role.id));
  /** The number of the choice picked for each competency. */
  const [picked, setPicked] = useState<Record<string, number>>(initial.current.picked);
  // The question shown is in the address (?step=N, from 1), so Back and Forward move between
  // questions and a link opens the same one; without it, where the draft was left.
  const { search } = useLocation();
  const clamp = (i: number) => Math.max(0, Math.min(questions.length - 1, i));
  const inUrl = search.get('step');
  const fromUrl = (text: string | null) => {
    const n = Number.parseInt(text ?? '', 10);
    return Number.isInteger(n) && n >= 1 ? clamp(n - 1) : null;
  };
  const [step, setStep] = useState(() => fromUrl(inUrl) ?? clamp(initial.current.step));
  // Back and Forward change the address: follow it. Moving on writes it (see go()).
  useEffect(() => {
    const n = fromUrl(inUrl);
    if (n === null) setSearch({ step: String(step + 1) }, { replace: true });
    else if (n !== step) setStep(n);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [inUrl]);
  const [done, setDone] = useState(false);
  const answered = questions.filter((q) => picked[q.competency] !== undefined).length;
  const total = questions.length;
  const answers: Record<string, AnswerValue> = {};
  for (const q of questions) {
    const choice = q.choices.find((c) => c.number === picked[q.competency]);
    if (choice) answers[q.competency] = choice.band;
  }
  useEffect(() => writeDraft(role.id, { picked, step }), [role.id, picked, step]);
  // The body `ladder assess --answers` reads, and the workspace keeps: the role sets the family, track and next role.
  const body = (who: string): AnswersFile => ({ person: who, role: role.id, answers });
  const { report, error, pending } = useReport(done && answered === total ? body(person || 'Anonymous') : null);
  const focusResult = useRef(false);
  const moved = useRef(false);
  useEffect(() => {
    if (report && focusResult.current) {
      focusResult.current = false;
      requestAnimationFrame(() => document.getElementById('assessment-result')?.focus());
    }
  }, [report]);
  useEffect(() => {
    // After Next or Back, the new question's first choice takes focus (not on first load).
    if (!moved.current) return;
    moved.current = false;
    document.querySelector<HTMLInputElement>('fieldset.competency input[type=radio]:checked, fieldset.competency input[type=radio]')?.focus();
  }, [step]);

  const q = questions[step];
  const go = (i: number) => {
    moved.current = true;
    setStep(clamp(i));
    setSearch({ step: String(clamp(i) + 1) });
  };
  const last = step === total - 1;

  return (
    <>
      <form
        className="questionnaire"
        onSubmit={(e) => {
          e.preventDefault();
          if (!last || answered < total) {
            go(last ? questions.findIndex((x) => picked[x.competency] === undefined) : step + 1);
            return;
          }
          // Focus the results once they arrive; at once when they are already shown for these answers.
          if (done && report && !pending) requestAnimationFrame(() => document.getElementById('assessment-result')?.focus());
          else focusResult.current = true;
          setDone(true);
        }}
        aria-label={`${setup.role.familyName} questionnaire`}
      >
        <div className="assess-progress">
          <p className="progress-text" aria-live="polite">
            Competency {step + 1} of {total} · {answered} of {total} competencies answered
          </p>
          <progress max={total} value={answered} aria-label="Competencies answered" />
          <ol className="step-dots" aria-label="Competencies">
            {questions.map((x, i) => (
              <li key={x.competency}>
                <button
                  type="button"
                  className={`step-dot${picked[x.competency] !== undefined ? ' answered' : ''}`}
                  aria-current={i === step ? 'step' : undefined}
                  aria-label={`${i + 1}. ${x.name}${picked[x.competency] !== undefined ? ' (answered)' : ''}`}
                  title={x.name}
                  onClick={() => go(i)}
                >
                  {i + 1}
                </button>
              </li>
            ))}
          </ol>
        </div>
        {q ? (
          <fieldset key={q.competency} className="competency card" data-competency={q.competency}>
            <legend>
              <span className="num">{step + 1}.</span> {q.name}
            </legend>
            <p className="muted">{q.summary}</p>
            <div className="options">
              {q.choices.map((choice) => {
                const checked = picked[q.competency] === choice.number;
                return (
                  <label key={choice.number} className={`option${checked ? ' checked' : ''}`}>
                    <input type="radio" name={`c-${q.competency}`} value={String(choice.band)} checked={checked} onChange={() => setPicked({ ...picked, [q.competency]: choice.number })} />
                    <span>
                      <strong>{choice.label}</strong>
                      {choice.behaviours.length ? (
                        <ul>
                          {choice.behaviours.map((b, i) => (
                            <li key={i}>{b}</li>
                          ))}
                        </ul>
                      ) : null}
                    </span>
                  </label>
                );
              })}
            </div>
          </fieldset>
        ) : null}
        <div className="buttons step-buttons">
          <button type="button" className="secondary" onClick={() => go(step - 1)} disabled={step === 0}>
            Back
          </button>
          {last && answered === total ? (
            <button type="submit">See my results</button>
          ) : (
            <button type="submit" disabled={!q || picked[q.competency] === undefined}>
              {last ? 'Next unanswered' : 'Next'}
            </button>
          )}
          {answered > 0 ? (
            <button
              type="button"
              className="link"
              onClick={() => {
                setPicked({});
                setDone(false);
                go(0);
              }}
            >
              Start over
            </button>
          ) : null}
        </div>
        <p className="hint">Your answers are kept in this browser until you start over.</p>
      </form>
      {error ? <ErrorMessage error={error} what="your results" /> : null}
      {pending && !report ? <Loading label="Working out your results…" /> : null}
      {report && done ? <Results setup={setup} report={report} body={body(person)} person={person} /> : null}
    </>
  );
}

function Results({ setup, report, body, person }: { setup: Setup; report: AssessmentReport; body: AnswersFile; person: string }) {
  const { role } = setup;
  const next = report.next?.role ?? null;
  const session = useSession();
  const [saved, setSaved] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const bands = report.supported.perBand.map((b) => b.band);
  const min = Math.max(0, (bands[0] ?? 0) - 1);
  const max = bands[bands.length - 1] ?? 10;
  const color = familyColor(role.family);
  const readiness = report.next ? Math.round(report.next.readiness.share * 100) : null;
  const atRole = report.supported.perBand.find((b) => b.band === role.band);
  const levelName = new Map(report.competencies.map((c) => [c.id, c.levelName]));
  const { band, bandName } = report.supported;

  const save = async () => {
    setBusy(true);
    try {
      // The same answers: the workspace evaluates them as /assess did, against its own framework.
      const rec = await saveAssessment(body);
      const differs = rec.supportedBand !== band || rec.readiness !== (report.next?.readiness.share ?? null);
      const r = differs
        ? ` Your workspace's framework puts the supported band at ${rec.supportedBand ?? 'none'}${typeof rec.readiness === 'number' ? ` and readiness at ${Math.round(rec.readiness * 100)}%` : ''}.`
        : '';
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
      <div className="toolbar">
        <h2 id="h-result">Your results</h2>
        <div className="buttons no-export">
          <button
            type="button"
            className="secondary"
            onClick={() => {
              const el = document.getElementById('assessment-result');
              if (el) download(`self-assessment-${role.id}.html`, elementHtml(el, `Self-assessment: ${person || 'Anonymous'}, ${role.title}`), 'text/html;charset=utf-8');
            }}
          >
            Download
          </button>
          <button type="button" className="secondary" onClick={() => window.print()}>
            Print
          </button>
        </div>
      </div>
      <p className="print-only">
        {person ? `${person} · ` : ''}
        {role.title} (band {role.band}) · {new Date().toLocaleDateString('en-GB', { dateStyle: 'long' })}
      </p>
      <div className="result-layout">
        <Radar
          axes={report.competencies.map((c) => c.name)}
          min={min}
          max={max}
          label={`Radar chart: your level in each of ${report.competencies.length} competencies against band ${role.band}${next ? ` and band ${next.band}` : ''}`}
          series={[
            { name: 'You', values: report.competencies.map((c) => c.level ?? min), color },
            { name: `${role.title} (band ${role.band})`, values: report.competencies.map(() => role.band), color: '#374151', dashed: true },
            ...(next ? [{ name: `${next.title} (band ${next.band})`, values: report.competencies.map(() => next.band), color: '#b45309', dashed: true }] : []),
          ]}
        />
        <div className="readiness">
          <p className="supported" data-band={band ?? ''}>
            Your answers support <strong>{band === null ? 'no band yet' : `band ${band} · ${bandName}`}</strong>.
          </p>
          <p className="muted small">{report.supported.explanation}</p>
          {report.next && next && readiness !== null ? (
            <>
              <p className="big-number">
                <span>{readiness}%</span> ready
              </p>
              <p>
                for <RoleLink id={next.id} title={next.title} /> (band {next.band}): your answers show {report.next.readiness.met} of its {report.next.readiness.total} behaviours.
              </p>
              <p>
                <meter min={0} max={100} value={readiness} low={50} high={80} optimum={100} aria-label="Readiness">
                  {readiness}%
                </meter>
              </p>
            </>
          ) : (
            <p>{report.nextNote ?? 'There is no next role to measure readiness against.'}</p>
          )}
          {atRole ? (
            <p className="muted">
              {atRole.atOrAbove} of {atRole.of} competencies reach your current role's band ({role.band} · {atRole.bandName}).
            </p>
          ) : null}
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
      {!next ? (
        <p className="muted">No next role to measure gaps against.</p>
      ) : report.gaps.length === 0 ? (
        <p className="success">
          No gaps: every competency is at band {next.band} ({next.bandName}) or above.
        </p>
      ) : (
        <ul className="gaps">
          {report.gaps.map((g) => (
            <li key={g.competency}>
              <strong>{g.name}</strong>: {levelName.get(g.competency) ?? (g.level === null ? 'not yet at the lowest level' : `band ${g.level}`)}, expected band {g.target} ({next.bandName}).
              {g.missing.length ? (
                <ul className="behaviours" aria-label={`Still to show for ${g.name}`}>
                  {g.missing.map((b) => (
                    <li key={b.id}>{b.text}</li>
                  ))}
                </ul>
              ) : null}
              {g.suggestions.length > 0 ? (
                <p className="small">
                  <strong>To grow it:</strong>{' '}
                  {g.suggestions.map((f, i) => (
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
