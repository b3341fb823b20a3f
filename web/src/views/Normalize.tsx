import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { getFamilies, getJob, getJobResult, normalize, normalizeBatch, roleTitles, startNormalizeJob, type NormalizeResult } from '../api.js';
import { Badge, ErrorMessage, familyColor, Heading, levelText, RoleLink, TRACK_LABEL } from '../components/ui.js';
import { download, parseCsv, toCsv } from '../csv.js';
import { decidingWords, explanationLines, explanationReasons, highlight } from '../highlight.js';
import { useAsync, useDebounced, useTitle } from '../hooks.js';
import { setSearch, useLocation } from '../router.js';
import { NormalizeWorkbook } from './NormalizeWorkbook.js';

/** Files with more rows than this go to a server job with a progress bar; smaller ones to the batch route. */
export const JOB_THRESHOLD_ROWS = 2000;
const BATCH_MAX = 10_000;
const SHOW_ROWS = 200;

export default function NormalizeView() {
  useTitle('Title normalizer');
  return (
    <>
      <Heading>Title normalizer</Heading>
      <p className="lede">Turn any job title into a role on the ladder: family, band and track, with the words that decided it.</p>
      <SingleTitle />
      <Batch />
      <NormalizeWorkbook />
    </>
  );
}

function SingleTitle() {
  const id = useId();
  const { search } = useLocation();
  const [text, setText] = useState(search.get('title') ?? '');
  const debounced = useDebounced(text.trim(), 300);
  const [result, setResult] = useState<{ q: string; r: NormalizeResult } | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (debounced.length < 2) {
      setResult(null);
      return;
    }
    const ctl = new AbortController();
    setBusy(true);
    setError(null);
    normalize(debounced, ctl.signal).then(
      (r) => {
        setResult({ q: debounced, r });
        setBusy(false);
        setSearch({ title: debounced }, { replace: true });
      },
      (e: Error) => {
        if (e.name === 'AbortError') return;
        setError(e);
        setBusy(false);
      },
    );
    return () => ctl.abort();
  }, [debounced]);

  return (
    <section aria-labelledby={`${id}-h`} className="card">
      <h2 id={`${id}-h`}>One title</h2>
      <form onSubmit={(e) => e.preventDefault()} role="search" aria-label="Normalize a title">
        <div className="field">
          <label htmlFor={id}>Job title</label>
          <input id={id} type="text" value={text} onChange={(e) => setText(e.target.value)} placeholder="e.g. Sr. Technical PM, Payments (Remote)" autoComplete="off" />
        </div>
      </form>
      <div aria-live="polite" className="result-area">
        {busy ? <p className="muted">Matching…</p> : null}
        {error ? <ErrorMessage error={error} /> : null}
        {result && !busy ? <ResultCard title={result.q} r={result.r} /> : null}
      </div>
    </section>
  );
}

function ResultCard({ title, r }: { title: string; r: NormalizeResult }) {
  const words = decidingWords(r.explanation);
  const reasons = explanationReasons(r.explanation);
  const lines = reasons.length ? [] : explanationLines(r.explanation);
  const titles = useAsync(roleTitles, []);
  const titleOf = (id: string) => (titles.status === 'done' ? titles.data.get(id)?.title : undefined);
  const families = useAsync(getFamilies, []);
  const familyName = (id: string) => (families.status === 'done' ? families.data.find((f) => f.id === id)?.name : undefined) ?? id;
  const pct = Math.round((r.confidence ?? 0) * 100);
  return (
    <div className="result" data-testid="normalize-result">
      <p className="highlighted-title" aria-label={`${title}, deciding words: ${words.join(', ') || 'none'}`}>
        {highlight(title, words).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
      </p>
      {r.roleId ? (
        <dl className="result-grid">
          <div>
            <dt>Role</dt>
            <dd>
              <RoleLink id={r.roleId} title={r.canonicalTitle ?? r.roleId} />
            </dd>
          </div>
          <div>
            <dt>Family</dt>
            <dd>
              <span className="dot" style={{ background: familyColor(r.family) }} aria-hidden="true" /> {r.family ? familyName(r.family) : '—'}
            </dd>
          </div>
          <div>
            <dt>Band</dt>
            <dd>{levelText(r.level)}</dd>
          </div>
          <div>
            <dt>Track</dt>
            <dd>{r.track ? TRACK_LABEL[r.track] ?? r.track : 'not settled by the title'}</dd>
          </div>
          {r.specialties && r.specialties.length > 0 ? (
            <div>
              <dt>Specialties</dt>
              <dd>{r.specialties.join(', ')}</dd>
            </div>
          ) : null}
          {r.area ? (
            <div>
              <dt>Area</dt>
              <dd>{r.area}</dd>
            </div>
          ) : null}
          <div>
            <dt>Confidence</dt>
            <dd>
              <meter min={0} max={100} value={pct} low={50} high={80} optimum={100} aria-label="Confidence">
                {pct}%
              </meter>{' '}
              {pct}%
            </dd>
          </div>
        </dl>
      ) : (
        <p>
          <Badge tone="warn">Not a product role</Badge>
          {r.adjacent ? (
            <>
              {' '}
              It looks like <strong>{familyName(r.adjacent)}</strong>.
            </>
          ) : null}
        </p>
      )}
      {r.roleId && r.adjacent ? <p className="muted">Adjacent: {r.adjacent}</p> : null}
      {reasons.length > 0 ? (
        <div className="explanation">
          <h3>Why</h3>
          <table className="data reasons-table">
            <thead>
              <tr>
                <th scope="col">For</th>
                <th scope="col">Deciding words</th>
                <th scope="col">Rule</th>
              </tr>
            </thead>
            <tbody>
              {reasons.map((x) => (
                <tr key={x.aspect}>
                  <th scope="row">{x.aspect === 'level' ? 'band' : x.aspect}</th>
                  <td>{x.words.length ? x.words.map((w, i) => <mark key={i}>{w}</mark>).reduce<ReactNode[]>((acc, m, i) => (i ? [...acc, ' ', m] : [m]), []) : <span className="muted">—</span>}</td>
                  <td>{x.rule}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {lines.length > 0 ? (
        <div className="explanation">
          <h3>Why</h3>
          <ul>
            {lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {r.alternatives && r.alternatives.length > 0 ? (
        <div className="explanation">
          <h3>Alternatives</h3>
          <ul>
            {r.alternatives.map((a, i) => (
              <li key={i}>
                {a.roleId ? <RoleLink id={a.roleId} title={a.canonicalTitle ?? a.title ?? titleOf(a.roleId)} /> : (a.canonicalTitle ?? a.title ?? a.family)}
                {a.confidence !== undefined ? <span className="muted"> ({Math.round(a.confidence * 100)}%)</span> : null}
                {a.reason ? <span className="muted"> — {a.reason}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

// ---- Lists and files -------------------------------------------------------------------

type Table = { header: string[]; rows: string[][]; csv: string; fileName: string };

const RESULT_HEADER = ['title', 'family', 'roleId', 'canonicalTitle', 'level', 'track', 'confidence', 'adjacent'];
function resultsTable(titles: string[], results: NormalizeResult[]): Table {
  const rows = results.map((r, i) => [
    r.title ?? titles[i] ?? '',
    r.family ?? '',
    r.roleId ?? '',
    r.canonicalTitle ?? '',
    levelText(r.level).replace('—', ''),
    r.track ?? '',
    String(Math.round((r.confidence ?? 0) * 100) / 100),
    r.adjacent ?? '',
  ]);
  return { header: RESULT_HEADER, rows, csv: toCsv(RESULT_HEADER, rows), fileName: 'normalized-titles.csv' };
}

async function batchAll(titles: string[], progress: (done: number) => void): Promise<NormalizeResult[]> {
  const out: NormalizeResult[] = [];
  for (let i = 0; i < titles.length; i += BATCH_MAX) {
    const { results } = await normalizeBatch(titles.slice(i, i + BATCH_MAX));
    out.push(...results);
    progress(out.length);
  }
  return out;
}

function Batch() {
  const id = useId();
  const [mode, setMode] = useState<'paste' | 'file'>('paste');
  const [pasted, setPasted] = useState('');
  const [file, setFile] = useState<{ file: File; header: string[]; rows: string[][] } | null>(null);
  const [column, setColumn] = useState('');
  const [table, setTable] = useState<Table | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; label: string } | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const cancelled = useRef(false);
  useEffect(
    () => () => {
      cancelled.current = true;
    },
    [],
  );

  const runTitles = async (titles: string[]) => {
    setProgress({ done: 0, total: titles.length, label: 'Normalizing' });
    const results = await batchAll(titles, (done) => setProgress({ done, total: titles.length, label: 'Normalizing' }));
    setTable(resultsTable(titles, results));
  };

  const runJob = async (f: File, col: string) => {
    setProgress({ done: 0, total: 0, label: 'Uploading' });
    const { id: jobId } = await startNormalizeJob(f, f.name, col);
    for (;;) {
      if (cancelled.current) return;
      const s = await getJob(jobId);
      setProgress({ done: s.processed, total: s.total, label: s.status === 'queued' ? 'Queued' : 'Normalizing' });
      if (/^(failed|error)$/i.test(s.status)) throw new Error(`The job failed${Array.isArray(s.errors) && s.errors.length ? `: ${JSON.stringify(s.errors[0])}` : ''}`);
      if (/^(done|complete|completed|finished|succeeded)$/i.test(s.status)) break;
      await new Promise((r) => setTimeout(r, 400));
    }
    const csv = await getJobResult(jobId);
    const [header = [], ...rows] = parseCsv(csv, ',');
    setTable({ header, rows, csv, fileName: f.name.replace(/\.[^.]+$/, '') + '-normalized.csv' });
  };

  const submit = async () => {
    setError(null);
    setTable(null);
    try {
      if (mode === 'paste') {
        const titles = pasted.split(/\r?\n/).map((t) => t.trim()).filter(Boolean);
        if (titles.length > 0) await runTitles(titles);
      } else if (file) {
        const col = Math.max(0, file.header.indexOf(column));
        if (file.rows.length > JOB_THRESHOLD_ROWS) await runJob(file.file, file.header[col] ?? column);
        else await runTitles(file.rows.map((r) => (r[col] ?? '').trim()).filter(Boolean));
      }
    } catch (e) {
      setError(e as Error);
    } finally {
      setProgress(null);
    }
  };

  const onFile = async (f: File | undefined) => {
    setFile(null);
    setTable(null);
    if (!f) return;
    const [header = [], ...rows] = parseCsv(await f.text());
    setFile({ file: f, header, rows });
    setColumn(header.find((h) => /title/i.test(h)) ?? header[0] ?? '');
  };

  return (
    <section aria-labelledby={`${id}-h`} className="card">
      <h2 id={`${id}-h`}>Many titles</h2>
      <fieldset className="segmented">
        <legend className="visually-hidden">Input</legend>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'paste'} onChange={() => setMode('paste')} /> Paste a list
        </label>
        <label>
          <input type="radio" name={`${id}-mode`} checked={mode === 'file'} onChange={() => setMode('file')} /> Upload a CSV
        </label>
      </fieldset>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {mode === 'paste' ? (
          <div className="field">
            <label htmlFor={`${id}-list`}>Titles, one per line</label>
            <textarea id={`${id}-list`} rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} />
          </div>
        ) : (
          <>
            <div className="field">
              <label htmlFor={`${id}-file`}>CSV file</label>
              <input id={`${id}-file`} type="file" accept=".csv,.tsv,text/csv,text/tab-separated-values" onChange={(e) => void onFile(e.target.files?.[0])} />
              <p className="hint">
                Up to {JOB_THRESHOLD_ROWS.toLocaleString('en')} rows are normalized at once; larger files run as a job on the server.
              </p>
            </div>
            {file ? (
              <div className="field">
                <label htmlFor={`${id}-col`}>Column with the titles</label>
                <select id={`${id}-col`} value={column} onChange={(e) => setColumn(e.target.value)}>
                  {file.header.map((h) => (
                    <option key={h}>{h}</option>
                  ))}
                </select>
                <p className="hint">{file.rows.length.toLocaleString('en')} rows.</p>
              </div>
            ) : null}
          </>
        )}
        <button type="submit" disabled={progress !== null || (mode === 'paste' ? !pasted.trim() : !file)}>
          Normalize
        </button>
      </form>
      {progress ? (
        <div className="progress" role="status">
          <label htmlFor={`${id}-progress`}>
            {progress.label}
            {progress.total ? ` ${progress.done.toLocaleString('en')} of ${progress.total.toLocaleString('en')}` : '…'}
          </label>
          <progress id={`${id}-progress`} max={progress.total || undefined} value={progress.total ? progress.done : undefined} />
        </div>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
      {table ? <ResultsTable table={table} /> : null}
    </section>
  );
}

/** How a result column reads to a person; ids stay in the CSV and become links here. */
const COLUMN_LABEL: Record<string, string> = {
  title: 'Title as given',
  family: 'Family',
  normalized_family: 'Family',
  canonicalTitle: 'Role',
  normalized_title: 'Role',
  level: 'Band',
  normalized_level: 'Band',
  track: 'Track',
  normalized_track: 'Track',
  confidence: 'Confidence',
  normalized_confidence: 'Confidence',
  adjacent: 'Look-alike family',
};
const HIDDEN_COLUMNS = new Set(['roleId', 'normalized_role_id']);
const TRACK_TEXT: Record<string, string> = { ic: 'Individual contributor', management: 'Management' };
/** "product-management" → "Product management". */
const idText = (v: string) => (v ? v.charAt(0).toUpperCase() + v.slice(1).replace(/-/g, ' ') : '');

export function displayCell(column: string, value: string): string {
  if (!value) return '';
  if (/^(normalized_)?(family|adjacent)$/.test(column)) return idText(value);
  if (/^(normalized_)?track$/.test(column)) return TRACK_TEXT[value] ?? value;
  if (/^(normalized_)?confidence$/.test(column)) {
    const n = Number(value);
    return Number.isFinite(n) ? `${Math.round(n * 100)}%` : value;
  }
  return value;
}

function ResultsTable({ table }: { table: Table }) {
  const col = (...names: string[]) => table.header.findIndex((h) => names.includes(h));
  const roleCol = col('roleId', 'normalized_role_id');
  const titleCol = col('canonicalTitle', 'normalized_title');
  const shown = table.header.map((h, j) => ({ h, j })).filter(({ h }) => !HIDDEN_COLUMNS.has(h));
  return (
    <div className="results">
      <div className="toolbar">
        <p role="status">
          {table.rows.length.toLocaleString('en')} titles normalized
          {table.rows.length > SHOW_ROWS ? `; the first ${SHOW_ROWS} are shown` : ''}.
        </p>
        <button type="button" onClick={() => download(table.fileName, table.csv)}>
          Download CSV
        </button>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Normalized titles">
        <table className="data">
          <thead>
            <tr>
              {shown.map(({ h }) => (
                <th key={h} scope="col">
                  {COLUMN_LABEL[h] ?? h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, SHOW_ROWS).map((r, i) => (
              <tr key={i}>
                {shown.map(({ h, j }) => (
                  <td key={j}>
                    {j === titleCol && roleCol >= 0 && r[roleCol] ? <RoleLink id={r[roleCol]!} title={r[j]} /> : j === titleCol && !r[j] ? <span className="muted">Not a product role</span> : displayCell(h, r[j] ?? '')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
