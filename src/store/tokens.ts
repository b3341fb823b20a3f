import { createHash, randomBytes } from 'node:crypto';

/**
 * API tokens: "lad_" and 32 random bytes in base64url (256 bits). Only the sha256 of a token is
 * stored: a database leak gives no usable token, and a fast hash is enough for random secrets
 * of this length (no password stretching needed). The prefix lets secret scanners spot a token.
 */
export const TOKEN_PREFIX = 'lad_';

export function newToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A cheap shape check before touching the database. */
export function looksLikeToken(token: string): boolean {
  return token.startsWith(TOKEN_PREFIX) && token.length === TOKEN_PREFIX.length + 43 && /^[A-Za-z0-9_-]+$/.test(token.slice(TOKEN_PREFIX.length));
}
