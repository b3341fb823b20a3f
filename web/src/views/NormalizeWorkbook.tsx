import { useId, useState } from 'react';
import { getJob, getJobResult, startNormalizeJob } from '../api.js';
import { ErrorMessage } from '../components/ui.js';
import { download, parseCsv } from '../csv.js';

/**
 * Titles in a spreadsheet (XLSX): the workbook goes to the server as a background job (its first
 * sheet is read there), and the result comes back as CSV to download.
 */
export function NormalizeWorkbook() {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [column, setColumn] = useState('Title');
  const [status, setStatus] = useState<string | null>(null);
  const [result, setResult] = useState<{ rows: number; csv: string; name: string } | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const run = async () => {
    if (!file) return;
    setError(null);
    setResult(null);
    try {
      setStatus('Uploading…');
      const { id: jobId } = await startNormalizeJob(file, file.name, column.trim());
      for (;;) {
        const s = await getJob(jobId);
        if (/^(failed|error)$/i.test(s.status)) throw new Error(`The job failed${Array.isArray(s.errors) && s.errors.length ? `: ${JSON.stringify(s.errors[0])}` : ''}`);
        if (/^(done|complete|completed|finished|succeeded)$/i.test(s.status)) break;
        setStatus(s.total ? `Normalizing ${s.processed.toLocaleString('en')} of ${s.total.toLocaleString('en')}` : 'Normalizing…');
        await new Promise((r) => setTimeout(r, 400));
      }
      const csv = await getJobResult(jobId);
      setResult({ rows: Math.max(0, parseCsv(csv, ',').length - 1), csv, name: `${file.name.replace(/\.[^.]+$/, '')}-normalized.csv` });
    } catch (e) {
      setError(e as Error);
    } finally {
      setStatus(null);
    }
  };
  return (
    <section aria-labelledby={`${id}-h`} className="card">
      <h2 id={`${id}-h`}>Titles in a spreadsheet</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-file`}>Excel workbook (.xlsx)</label>
          <input id={`${id}-file`} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <p className="hint">The first sheet is read; its first row names the columns.</p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-col`}>Title column in the workbook</label>
          <input id={`${id}-col`} value={column} onChange={(e) => setColumn(e.target.value)} />
        </div>
        <button type="submit" disabled={!file || status !== null}>
          Normalize the workbook
        </button>
      </form>
      {status ? <p role="status">{status}</p> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {result ? (
        <p role="status">
          {result.rows.toLocaleString('en')} titles normalized.{' '}
          <button type="button" onClick={() => download(result.name, result.csv)}>
            Download CSV
          </button>
        </p>
      ) : null}
    </section>
  );
}
