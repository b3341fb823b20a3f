import { randomUUID } from 'node:crypto';

/** `count(*)` is a number from PGlite and a string from pg (int8): read both the same way. */
export function toCount(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value ?? 0);
  if (!Number.isFinite(n)) throw new Error(`not a count: ${String(value)}`);
  return n;
}

/** A jsonb parameter. pg would turn a JS array into a PostgreSQL array, so always send JSON text. */
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** Both drivers give timestamptz as a Date; ISO text goes out in the API. */
export function toIso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export function newId(): string {
  return randomUUID();
}
