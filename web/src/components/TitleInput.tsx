import { useEffect, useId, useRef, useState } from 'react';
import { getRole, normalize, roleTitles, type NormalizeResult } from '../api.js';
import { useAsync, useDebounced } from '../hooks.js';
import { levelText } from './ui.js';

/**
 * A title box that resolves to a role as you type: the text is normalized (POST /normalize,
 * debounced) and the best match, or one of its alternatives, becomes the value.
 */
export function TitleInput({
  label,
  roleId,
  onResolve,
  name,
}: {
  label: string;
  roleId: string;
  onResolve: (roleId: string) => void;
  name?: string;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<NormalizeResult | null>(null);
  const [state, setState] = useState<'idle' | 'busy' | 'error'>('idle');
  const [error, setError] = useState('');
  const typed = useRef(false);
  const debounced = useDebounced(text, 300);
  const [roleTitle, setRoleTitle] = useState<string | null>(null);

  // A role given by the URL: show its title in the box.
  useEffect(() => {
    if (!roleId || typed.current) return;
    let live = true;
    getRole(roleId).then(
      (r) => {
        if (!live) return;
        setRoleTitle(r.title);
        setText(r.title);
      },
      () => live && setRoleTitle(null),
    );
    return () => {
      live = false;
    };
  }, [roleId]);

  useEffect(() => {
    if (!typed.current) return;
    const q = debounced.trim();
    if (q.length < 2) {
      setResult(null);
      return;
    }
    const ctl = new AbortController();
    setState('busy');
    normalize(q, ctl.signal).then(
      (r) => {
        setResult(r);
        setState('idle');
        if (r.roleId) {
          setRoleTitle(r.canonicalTitle);
          onResolve(r.roleId);
        }
      },
      (e: Error) => {
        if (e.name === 'AbortError') return;
        setState('error');
        setError(e.message);
      },
    );
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const titles = useAsync(roleTitles, []);
  const nameOf = (a: NonNullable<NormalizeResult['alternatives']>[number]) =>
    a.canonicalTitle ?? a.title ?? (titles.status === 'done' ? titles.data.get(a.roleId!)?.title : undefined) ?? a.roleId!;
  const alternatives = (result?.alternatives ?? []).filter((a) => a.roleId && a.roleId !== result?.roleId).slice(0, 4);
  return (
    <div className="field title-input">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        value={text}
        autoComplete="off"
        placeholder="Type a job title, e.g. Sr. PM"
        aria-describedby={`${id}-status`}
        onChange={(e) => {
          typed.current = true;
          setText(e.target.value);
        }}
      />
      <div id={`${id}-status`} className="resolve-status" aria-live="polite">
        {state === 'busy' ? <span className="muted">Matching…</span> : null}
        {state === 'error' ? <span className="error-text">{error}</span> : null}
        {state === 'idle' && result && !result.roleId ? <span className="error-text">No product role matches this title.</span> : null}
        {state === 'idle' && roleId && roleTitle ? (
          <span>
            <span className="tick" aria-hidden="true">
              ✓
            </span>{' '}
            <strong>{roleTitle}</strong>
            {result?.roleId === roleId ? (
              <span className="muted">
                {' '}
                (band {levelText(result.level)}, {Math.round(result.confidence * 100)}% confident)
              </span>
            ) : null}
          </span>
        ) : null}
      </div>
      {alternatives.length > 0 ? (
        <div className="alternatives">
          <span className="muted small">Or: </span>
          {alternatives.map((a) => (
            <button
              key={a.roleId}
              type="button"
              className="chip"
              onClick={() => {
                onResolve(a.roleId!);
                const t = nameOf(a);
                setRoleTitle(t);
                setText(t);
                setResult(null);
                typed.current = false;
              }}
            >
              {nameOf(a)}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
