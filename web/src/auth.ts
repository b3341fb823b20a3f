/**
 * The workspace token, kept in sessionStorage: it lives as long as the tab and is never
 * written to localStorage or a cookie.
 */
import { useSyncExternalStore } from 'react';

const KEY = 'ladder.workspace';
const listeners = new Set<() => void>();

export interface Session {
  token: string;
  name: string;
  role: string;
}

function read(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function getToken(): string | null {
  const raw = read();
  if (!raw) return null;
  try {
    return (JSON.parse(raw) as Session).token;
  } catch {
    return null;
  }
}

export function signIn(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  listeners.forEach((l) => l());
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The signed-in workspace, or null. */
export function useSession(): Session | null {
  const raw = useSyncExternalStore(subscribe, read, () => null);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Session;
  } catch {
    return null;
  }
}
