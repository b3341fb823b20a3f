/**
 * Errors as data: every failure a user can cause carries a stable `code` and says where
 * it happened, so the CLI, the API and the tests can all act on it without parsing prose.
 */
export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
  /** Dotted path inside a document, e.g. "roles.3.pay.0.currency". */
  path?: string;
  field?: string;
  value?: unknown;
  /** A spreadsheet's sheet name, and a cell ("C7") or range ("A1:B1") on it. */
  sheet?: string;
  cell?: string;
}

export interface Issue extends ErrorLocation {
  code: string;
  message: string;
}

export class LadderError extends Error {
  readonly code: string;
  readonly issues: Issue[];
  /** A user error (bad input) exits 1; anything else is ours and exits 2. */
  readonly userError: boolean;

  constructor(code: string, message: string, options: { issues?: Issue[]; userError?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'LadderError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.userError = options.userError ?? true;
  }

  toJSON(): { code: string; message: string; issues: Issue[] } {
    return { code: this.code, message: this.message, issues: this.issues };
  }
}

/** Control characters (C0, DEL, C1), bidirectional overrides and broken surrogates: never echoed raw. */
const UNPRINTABLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffd]|\p{Cs}/gu;

/**
 * Text from the input as an error may quote it: unprintable characters escaped (\u0000) and clipped
 * to `max` characters, so that binary garbage or a 100,000-character argument is not echoed back.
 */
export function printable(text: string, max = 120): string {
  const clipped = text.length > max ? `${text.slice(0, max)}… (${text.length.toLocaleString('en-US')} characters)` : text;
  return clipped.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** "file:12:3 roles.0.band: expected a number (value: "x")" */
export function formatIssue(issue: Issue): string {
  let where = issue.file ?? '';
  if (issue.line !== undefined) where += `${where ? ':' : 'line '}${issue.line}${issue.column !== undefined ? `:${issue.column}` : ''}`;
  if (issue.sheet !== undefined) where += `${where ? ' ' : ''}[${issue.sheet}${issue.cell ? `!${issue.cell}` : ''}]`;
  if (issue.path) where += `${where ? ' ' : ''}${issue.path}`;
  const value = issue.value === undefined ? '' : ` (value: ${typeof issue.value === 'string' ? `"${printable(issue.value)}"` : printable(JSON.stringify(issue.value) ?? String(issue.value))})`;
  return `${where ? `${where}: ` : ''}${issue.message}${value}`;
}
