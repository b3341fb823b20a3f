import { useId, useState, useSyncExternalStore } from 'react';
import { knownSource, sourcesVersion, subscribeSources, type SourceInfo } from '../sources.js';

export type { SourceInfo };

/**
 * Source badges: a short name on each fact; hovering, focusing or tapping it shows the source's
 * title, publisher and date when the API gives them, and what it supports; a decision shows its
 * one-line reason. Only what the API returns for readers is shown: never file names or ids.
 */
function useKnownSources(): number {
  return useSyncExternalStore(subscribeSources, sourcesVersion);
}

export function sourceAnchor(ref: string): string {
  return `src-${ref.replace(/[^a-z0-9]+/gi, '-')}`;
}

type Kind = SourceInfo['kind'] | 'reference';
/** The kind of a source reference, from its prefix (`ref:` is a published study behind an org rule). */
const kindOf = (ref: string): Kind => (ref.startsWith('seed:') ? 'seed' : ref.startsWith('decision:') ? 'decision' : ref.startsWith('ref:') ? 'reference' : 'company');
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** The badge text: the API's short name, or one made from the kind ("Article 3", "Editorial", "Company"). */
export function sourceShortName(ref: string, info?: SourceInfo): string {
  if (info?.shortName) return info.shortName;
  const kind = info?.kind ?? kindOf(ref);
  if (kind === 'reference') {
    // "ref:mckinsey-spans-2017" → "Mckinsey 2017": the publisher's word and the year.
    const words = ref.slice(4).split('-');
    const year = words.find((w) => /^\d{4}$/.test(w));
    return [capital(words[0] ?? 'Study'), year].filter(Boolean).join(' ');
  }
  if (kind === 'seed') {
    const n = Number(ref.slice(5));
    return Number.isFinite(n) ? `Article ${n + 1}` : 'Article';
  }
  return kind === 'decision' ? 'Editorial' : 'Company';
}

const KIND_TEXT: Record<Kind, string> = { seed: 'Source article', decision: 'Editorial decision', company: "Your company's framework", reference: 'Published study' };

/** The sources of one fact: one badge with their short names; its popover describes each. */
export function SourceRefs({ refs, supports }: { refs: readonly string[]; supports?: string }) {
  useKnownSources();
  const id = useId();
  const [open, setOpen] = useState(false);
  if (refs.length === 0) return null;
  const items = refs.map((ref) => {
    const info = knownSource(ref);
    return { ref, info, kind: info?.kind ?? kindOf(ref), short: sourceShortName(ref, info) };
  });
  const decisionOnly = items.every((i) => i.kind === 'decision');
  return (
    <span className={`ref-wrap${open ? ' open' : ''}`} onMouseLeave={() => setOpen(false)} onBlur={() => setOpen(false)}>
      <button type="button" className={`ref${decisionOnly ? ' ref-decision' : ''}`} aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)} onKeyDown={(e) => e.key === 'Escape' && (setOpen(false), e.currentTarget.blur())}>
        <span className="visually-hidden">Sources: </span>
        {[...new Set(items.map((i) => i.short))].join(' · ')}
      </button>
      <span id={id} role="tooltip" className="ref-pop">
        {items.map(({ ref, info, kind, short }) => {
          const byline = [info?.publisher, info?.date].filter(Boolean).join(', ');
          return (
            <span key={ref} className="ref-item">
              <strong>{info?.label ?? short}</strong>
              <span className="ref-kind">
                {KIND_TEXT[kind]}
                {byline ? ` · ${byline}` : ''}
              </span>
            </span>
          );
        })}
        {supports ? <span className="ref-supports">Supports {supports}.</span> : null}
      </span>
    </span>
  );
}

/** A role page's source list: articles with title, kind and byline; the editorial decisions, each with its one-line reason, folded below. */
export function SourceList({ sources, citedBy }: { sources: readonly SourceInfo[]; citedBy: (ref: string) => number }) {
  const supports = (ref: string) => {
    const n = citedBy(ref);
    return n === 0 ? 'supports the summary' : `supports ${n} ${n === 1 ? 'statement' : 'statements'} on this page`;
  };
  const item = (s: SourceInfo) => {
    const byline = [s.publisher, s.date].filter(Boolean).join(', ');
    return (
      <li key={s.ref} id={sourceAnchor(s.ref)}>
        <span className={`ref-name ref-${s.kind}`}>{sourceShortName(s.ref, s)}</span> <span className="source-title">{s.label}</span>
        <span className="muted small">
          {' '}
          · {KIND_TEXT[s.kind]}
          {byline ? ` · ${byline}` : ''} · {supports(s.ref)}
        </span>
      </li>
    );
  };
  const articles = sources.filter((s) => s.kind !== 'decision');
  const decisions = sources.filter((s) => s.kind === 'decision');
  return (
    <>
      <ul className="sources">{articles.map(item)}</ul>
      {decisions.length > 0 ? (
        <details className="decisions">
          <summary>
            {decisions.length} editorial {decisions.length === 1 ? 'decision' : 'decisions'}, where the articles disagree or say nothing
          </summary>
          <ul className="sources">{decisions.map(item)}</ul>
        </details>
      ) : null}
    </>
  );
}
