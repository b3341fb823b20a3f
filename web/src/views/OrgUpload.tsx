import { useId, useState } from 'react';
import { uploadRoster } from '../api.js';
import { DataView } from '../components/DataView.js';
import { ErrorMessage } from '../components/ui.js';
import { uploadRosterWorkbook } from '../org-data-api.js';

/** The roster upload form: CSV, JSON or pasted text, or a workbook with its sheet. */
export function Upload({ onDone }: { onDone: (id: string) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [workbook, setWorkbook] = useState<File | null>(null);
  const [sheet, setSheet] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [asOf, setAsOf] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [rejected, setRejected] = useState<{ people: number; rows: unknown[] } | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    setRejected(null);
    try {
      const json = /^\s*[[{]/.test(text);
      // The roster is listed by its file's name and, when given, the date it describes.
      const name = [fileName ?? (asOf ? 'Roster' : null), asOf ? `as of ${asOf}` : null].filter(Boolean).join(', ');
      const res = workbook ? await uploadRosterWorkbook(workbook, name || workbook.name, sheet.trim() || undefined) : await uploadRoster(text, json ? 'application/json' : 'text/csv', name || undefined);
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
          <label htmlFor={`${id}-file`}>Roster file (CSV, JSON or XLSX)</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.json,.xlsx,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${id}-hint`}
            onChange={async (e) => {
              const f = e.target.files?.[0];
              if (!f) return;
              setFileName(f.name);
              const sheet = /\.xlsx$/i.test(f.name);
              setWorkbook(sheet ? f : null);
              setText(sheet ? '' : await f.text());
            }}
          />
          <p id={`${id}-hint`} className="hint">
            Columns: id, name, title, manager_id; optional email, department, location, product_line, salary, currency, level. Exports from Workday, BambooHR, HiBob, Personio and Rippling are recognised.
          </p>
        </div>
        {workbook ? (
          <div className="field">
            <label htmlFor={`${id}-sheet`}>Sheet (optional)</label>
            <input id={`${id}-sheet`} value={sheet} placeholder="the first sheet" onChange={(e) => setSheet(e.target.value)} />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-asof`}>Effective date (optional)</label>
          <input id={`${id}-asof`} type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} aria-describedby={`${id}-asof-hint`} />
          <p id={`${id}-asof-hint`} className="hint">
            The day the roster describes; it is shown with the file's name.
          </p>
        </div>
        <details>
          <summary>Or paste it</summary>
          <div className="field">
            <label htmlFor={`${id}-text`}>Roster text</label>
            <textarea
              id={`${id}-text`}
              rows={5}
              value={text}
              onChange={(e) => {
                setWorkbook(null);
                setText(e.target.value);
              }}
            />
          </div>
        </details>
        <button type="submit" disabled={busy || (!workbook && !text.trim())}>
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
