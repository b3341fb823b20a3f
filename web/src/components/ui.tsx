import { useEffect, useRef, type ReactNode } from 'react';
import type { Fact } from '../api.js';
import { ApiError } from '../api.js';
import type { Async } from '../hooks.js';
import { Link } from '../router.js';

/** Set by the router on client-side navigation: the next view heading takes focus. */
export const focusOnNextHeading = { pending: false };

/** The view's h1. After a client-side navigation it takes focus, so screen readers announce the new page. */
export function Heading({ children, id }: { children: ReactNode; id?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnNextHeading.pending) {
      focusOnNextHeading.pending = false;
      ref.current?.focus();
    }
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} id={id}>
      {children}
    </h1>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function ErrorMessage({ error, what }: { error: Error; what?: string }) {
  const api = error instanceof ApiError ? error : null;
  return (
    <div className="error" role="alert">
      <strong>{what ? `Could not load ${what}.` : 'Something went wrong.'}</strong> {error.message}
      {api?.field ? <span> (field: {api.field})</span> : null}
    </div>
  );
}

/** Renders loading and error states, and the children once the data is there. */
export function Show<T>({ state, what, children }: { state: Async<T>; what?: string; children: (data: T) => ReactNode }) {
  if (state.status === 'idle') return null;
  if (state.status === 'loading') return <Loading label={what ? `Loading ${what}…` : 'Loading…'} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} {...(what ? { what } : {})} />;
  return <>{children(state.data)}</>;
}

export const FAMILY_COLORS: Record<string, string> = {
  'product-management': '#1d4ed8',
  'product-operations': '#0f766e',
  'product-owner': '#7c3aed',
  'product-analytics': '#b45309',
  'product-marketing': '#be185d',
  'project-management': '#4b5563',
  'program-management': '#4b5563',
  'delivery-management': '#4b5563',
};
export const FAMILY_SHORT: Record<string, string> = {
  'product-management': 'PM',
  'product-operations': 'POps',
  'product-owner': 'PO',
  'product-analytics': 'PA',
  'product-marketing': 'PMM',
  'project-management': 'Proj',
  'program-management': 'Prog',
  'delivery-management': 'Deliv',
};
export const familyColor = (family: string | null | undefined) => (family && FAMILY_COLORS[family]) || '#6b7280';

export function Badge({ children, tone = 'neutral', title }: { children: ReactNode; tone?: string; title?: string }) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}

export const TRACK_LABEL: Record<string, string> = { ic: 'Individual contributor', management: 'Management' };

export function sourceAnchor(ref: string): string {
  return `src-${ref.replace(/[^a-z0-9]+/gi, '-')}`;
}

/** The sources of a fact, as small links to the role's source list. */
export function SourceRefs({ refs }: { refs: string[] }) {
  if (refs.length === 0) return null;
  return (
    <span className="refs">
      {refs.map((r) => (
        <a key={r} href={`#${sourceAnchor(r)}`} className="ref" aria-label={`source ${r}`}>
          {r.startsWith('seed:') ? r.slice(5) : r.startsWith('decision:') ? 'D' : r.startsWith('ref:') ? 'R' : 'C'}
        </a>
      ))}
    </span>
  );
}

export function FactList({ facts, className, empty = 'None listed.' }: { facts: Fact[]; className?: string; empty?: string }) {
  if (facts.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className={className ?? 'facts'}>
      {facts.map((f, i) => (
        <li key={i}>
          {f.text} <SourceRefs refs={f.source} />
        </li>
      ))}
    </ul>
  );
}

export function RoleLink({ id, title }: { id: string; title?: string | undefined }) {
  return <Link to={`/roles/${encodeURIComponent(id)}`}>{title ?? id}</Link>;
}

export function formatMoney(n: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0, notation: n >= 100_000 ? 'compact' : 'standard' }).format(n);
  } catch {
    return `${currency} ${Math.round(n).toLocaleString('en')}`;
  }
}

export function levelText(level: number | number[] | null | undefined): string {
  if (level === null || level === undefined) return '—';
  return Array.isArray(level) ? level.join(' | ') : String(level);
}
