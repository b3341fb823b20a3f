import type { RoleView } from './api.js';

/**
 * The sources the app has seen, by reference: every role page the API returns lists the sources
 * its facts cite, and badges on any view describe a source from here.
 */
export type SourceInfo = RoleView['sources'][number] & { shortName?: string; publisher?: string; date?: string; url?: string };

const known = new Map<string, SourceInfo>();
const listeners = new Set<() => void>();
let version = 0;

export function registerSources(sources: readonly SourceInfo[]): void {
  let changed = false;
  for (const s of sources) {
    if (!known.has(s.ref)) {
      known.set(s.ref, s);
      changed = true;
    }
  }
  if (changed) {
    version++;
    listeners.forEach((l) => l());
  }
}

export const knownSource = (ref: string): SourceInfo | undefined => known.get(ref);
export const sourcesVersion = (): number => version;
export function subscribeSources(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}
