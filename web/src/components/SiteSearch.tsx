import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { search, type SearchSuggestion } from '../api.js';
import { useDebounced } from '../hooks.js';
import { navigate, rolePath } from '../router.js';

/** Where a suggestion leads. */
export function suggestionPath(s: Pick<SearchSuggestion, 'target' | 'id'>): string {
  return s.target === 'family' ? `/ladders/${encodeURIComponent(s.id)}` : rolePath(s.id);
}

const KIND_LABEL: Record<SearchSuggestion['kind'], string> = { role: 'Role', alias: 'Role', family: 'Ladder', title: 'Your title' };

/** True when a key press is meant for a field the user is typing in. */
function typingInField(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (el as HTMLElement).isContentEditable;
}

/**
 * The header's search box (ARIA combobox with a listbox): roles, their other names, families, and
 * any raw title as the server reads it. `/` focuses it from anywhere; arrows choose; Enter opens
 * the chosen suggestion, or the best one.
 */
export function SiteSearch() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [results, setResults] = useState<{ q: string; list: SearchSuggestion[] }>({ q: '', list: [] });
  const query = useDebounced(text.trim(), 120);
  const pendingEnter = useRef(false);
  const closing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typingInField(document.activeElement)) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!query) {
      setResults({ q: '', list: [] });
      return;
    }
    const ctl = new AbortController();
    search(query, ctl.signal).then(
      (r) => {
        setResults({ q: query, list: r.suggestions });
        setActive(-1);
        if (pendingEnter.current) {
          pendingEnter.current = false;
          const first = r.suggestions[0];
          if (first) go(first);
        }
      },
      () => {
        /* aborted or offline: keep the last suggestions */
      },
    );
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query]);

  // The last answer stays while the next is on its way, so the list does not flicker.
  const list = text.trim() ? results.list : [];
  const expanded = open && text.trim().length > 0;

  function go(s: SearchSuggestion) {
    setOpen(false);
    setText('');
    setActive(-1);
    input.current?.blur();
    navigate(suggestionPath(s));
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (list.length === 0) return;
      // -1 is the text box itself; the choice wraps through it.
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => ((a + 1 + step + list.length + 1) % (list.length + 1)) - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = active >= 0 ? list[active] : results.q === text.trim() ? list[0] : undefined;
      if (chosen) go(chosen);
      else if (text.trim()) pendingEnter.current = true;
    } else if (e.key === 'Escape') {
      if (expanded) setOpen(false);
      else setText('');
      setActive(-1);
    }
  }

  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const noMatch = expanded && results.q === text.trim() && list.length === 0;
  return (
    <div className="site-search" role="search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search the ladder: roles, other names, families or any title
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded && list.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search roles or any title  ( / )"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => {
          clearTimeout(closing.current);
          setOpen(true);
        }}
        // Closing waits a moment so a click on a suggestion lands first.
        onBlur={() => (closing.current = setTimeout(() => setOpen(false), 150))}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Suggestions" className="search-list" hidden={!expanded || list.length === 0}>
        {list.map((s, i) => (
          <li
            key={`${s.target}:${s.id}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="search-option"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => go(s)}
            onMouseEnter={() => setActive(i)}
          >
            <span className="fam-dot" data-family={s.family ?? ''} aria-hidden="true" />
            <span className="search-label">{s.label}</span>
            <span className="search-detail">
              {s.kind === 'title' && s.detail ? s.detail : `${KIND_LABEL[s.kind]}${s.detail ? ` · ${s.detail}` : ''}`}
            </span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {expanded && results.q === text.trim() ? (list.length ? `${list.length} suggestions; the first is ${list[0]!.label}` : 'No role or title matches') : ''}
      </p>
      {noMatch ? <p className="search-empty">No role or title matches “{text.trim()}”.</p> : null}
    </div>
  );
}
