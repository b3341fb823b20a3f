import { useEffect, useState, type DependencyList } from 'react';

export type Async<T> = { status: 'idle' } | { status: 'loading' } | { status: 'done'; data: T } | { status: 'error'; error: Error };

/** Runs an async function when its dependencies change; stale answers are dropped. */
export function useAsync<T>(fn: (() => Promise<T>) | null, deps: DependencyList): Async<T> {
  const [state, setState] = useState<Async<T>>(fn ? { status: 'loading' } : { status: 'idle' });
  useEffect(() => {
    if (!fn) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    fn().then(
      (data) => live && setState({ status: 'done', data }),
      (error: Error) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}

/** The value, once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** Sets document.title for the view. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Product Ladder` : 'Product Ladder';
  }, [title]);
}


/** The width of an element, kept current with a ResizeObserver. */
export function useWidth<T extends HTMLElement>(initial = 600): [(el: T | null) => void, number] {
  const [width, setWidth] = useState(initial);
  const [el, setEl] = useState<T | null>(null);
  useEffect(() => {
    if (!el) return;
    setWidth(el.clientWidth || initial);
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w) setWidth(Math.round(w));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [el, initial]);
  return [setEl, width];
}
