import { formatIssue, LadderError, printable } from '../core/errors.js';
import { SUGGESTION_CODE } from '../core/resolve/resolve.js';

export { writeFileAtomic } from '../store/atomic-file.js';

/**
 * The exit code a command asks for when it ends without an error (0 unless set): `org audit`
 * sets 3 when the roster has findings at its --fail-on severity.
 */
export const exitStatus = { code: 0 };

/** A closed pipe (`ladder export | head -1`) ends the command quietly: the reader has what it wanted. */
let pipesWatched = false;
export function endQuietlyOnClosedPipe(): void {
  if (pipesWatched) return;
  pipesWatched = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** What to do next, on the command line, after an error the core reports the same way everywhere. */
const HINTS: Record<string, string> = {
  'role-not-found': 'Run "ladder roles" to list the roles.',
};

/** Prints an error for a person (or as JSON) and gives the exit code: 1 for user errors, 2 for ours. */
export function reportError(e: unknown, json: boolean): number {
  if (e instanceof LadderError) {
    if (json) process.stderr.write(`${JSON.stringify({ error: e.toJSON() })}\n`);
    else {
      // Messages and issues may quote the input: unprintable characters escaped, each line clipped.
      process.stderr.write(`ladder: ${printableLines(e.message)}${HINTS[e.code] ? ` ${HINTS[e.code]}` : ''}\n`);
      // Suggested roles are already named in the message, and so is a role that is not found, unless a file says where.
      const issues = e.issues.filter((i) => i.code !== SUGGESTION_CODE && !(i.code === 'role-not-found' && i.file === undefined));
      for (const issue of issues.slice(0, 50)) process.stderr.write(`  - ${printableLines(formatIssue(issue))}\n`);
      if (issues.length > 50) process.stderr.write(`  … and ${issues.length - 50} more\n`);
    }
    return e.userError ? 1 : 2;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  process.stderr.write(`ladder: internal error: ${err.message}\n${process.env.LADDER_DEBUG ? `${err.stack}\n` : 'Set LADDER_DEBUG=1 for the stack trace, and please report it.\n'}`);
  return 2;
}

const printableLines = (text: string) => text.split('\n').map((l) => printable(l, 2000)).join('\n');
