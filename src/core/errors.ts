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

/** "file:12:3 roles.0.band: expected a number (value: "x")" */
export function formatIssue(issue: Issue): string {
  let where = issue.file ?? '';
  if (issue.line !== undefined) where += `${where ? ':' : 'line '}${issue.line}${issue.column !== undefined ? `:${issue.column}` : ''}`;
  if (issue.sheet !== undefined) where += `${where ? ' ' : ''}[${issue.sheet}${issue.cell ? `!${issue.cell}` : ''}]`;
  if (issue.path) where += `${where ? ' ' : ''}${issue.path}`;
  const value = issue.value === undefined ? '' : ` (value: ${JSON.stringify(issue.value)})`;
  return `${where ? `${where}: ` : ''}${issue.message}${value}`;
}
