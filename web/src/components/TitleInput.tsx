import { useEffect, useId, useRef, useState } from 'react';
import { ApiError, getRole, resolveTitle, suggestedRoles, type Resolution } from '../api.js';
import { useDebounced } from '../hooks.js';
import { levelText } from './ui.js';

interface Choice {
  roleId: string;
  title: string;
}

/**
 * A title box that resolves to a role as you type: the text goes to the server's resolver
 * (GET /resolve, debounced, read as a title in a product organisation), the same reading every
 * other entry point uses. A miss shows the server's message and its closest roles to pick from.
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
  const [result, setResult] = useState<Resolution | null>(null);
  const [state, setState] = useState<'idle' | 'busy' | 'error' | 'miss'>('idle');
  const [error, setError] = useState('');
  const [choices, setChoices] = useState<Choice[]>([]);
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
      setChoices([]);
      return;
    }
    const ctl = new AbortController();
    setState('busy');
    resolveTitle(q, ctl.signal).then(
      (r) => {
        setResult(r);
        setState('idle');
        setRoleTitle(r.role.title);
        // Other readings of an ambiguous title, to pick instead.
        setChoices((r.reading?.alternatives ?? []).flatMap((a) => (a.roleId && a.roleId !== r.role.id ? [{ roleId: a.roleId, title: a.canonicalTitle ?? a.title ?? a.roleId }] : [])).slice(0, 4));
        onResolve(r.role.id);
      },
      (e: Error) => {
        if (e.name === 'AbortError') return;
        setResult(null);
        setError(e.message);
        if (e instanceof ApiError && e.code === 'role-not-found') {
          setState('miss');
          setChoices(suggestedRoles(e));
        } else {
          setState('error');
          setChoices([]);
        }
      },
    );
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

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
        {state === 'error' || state === 'miss' ? <span className="error-text">{error}</span> : null}
        {state === 'idle' && roleId && roleTitle ? (
          <span>
            <span className="tick" aria-hidden="true">
              ✓
            </span>{' '}
            <strong>{roleTitle}</strong>
            {result?.role.id === roleId ? (
              <span className="muted">
                {' '}
                (band {levelText(result.role.level)}
                {result.by === 'normalizer' ? `, ${Math.round(result.confidence * 100)}% confident` : ''})
              </span>
            ) : null}
          </span>
        ) : null}
      </div>
      {choices.length > 0 ? (
        <div className="alternatives">
          <span className="muted small">{state === 'miss' ? 'Closest: ' : 'Or: '}</span>
          {choices.map((c) => (
            <button
              key={c.roleId}
              type="button"
              className="chip"
              onClick={() => {
                onResolve(c.roleId);
                setRoleTitle(c.title);
                setText(c.title);
                setResult(null);
                setChoices([]);
                setState('idle');
                typed.current = false;
              }}
            >
              {c.title}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
