import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { LadderError } from '../core/errors.js';
import { writeFileAtomic } from './atomic-file.js';
import { AssessmentRecord, AssessmentStore } from '../core/career/assessment-record.js';
import { parseLocated, validateLocated } from '../core/framework/yaml-document.js';

/**
 * Self-assessments kept in one JSON file until the server's store exists. Appends take a lock
 * file and write a temporary file that is renamed over the old one, so a crash or a concurrent
 * `ladder assess` never leaves a half-written or lost record.
 */

/** `--store FILE`, else $LADDER_ASSESSMENTS, else ~/.product-ladder/assessments.json. */
export function assessmentStorePath(explicit?: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return resolve(explicit);
  if (env.LADDER_ASSESSMENTS) return resolve(env.LADDER_ASSESSMENTS);
  return join(homedir(), '.product-ladder', 'assessments.json');
}

/** Every assessment in the file; none when the file does not exist yet. */
export function readAssessments(path: string): AssessmentRecord[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    throw new LadderError('file-not-readable', `Cannot read the assessments file ${path}: ${code ?? String(e)}`, { issues: [{ code: 'file-not-readable', file: path, message: code ?? 'unreadable' }] });
  }
  if (text.trim() === '') return [];
  const doc = parseLocated(path, text);
  try {
    return validateLocated(doc, AssessmentStore).assessments;
  } catch (e) {
    if (e instanceof LadderError) {
      throw new LadderError('invalid-assessments-file', `${path} is not a valid assessments file (fix or move it; --store FILE uses another one)`, { issues: e.issues });
    }
    throw e;
  }
}

/** Adds one assessment to the file, creating the file and its folder when needed. */
export function appendAssessment(path: string, record: AssessmentRecord): void {
  const checked = AssessmentRecord.parse(record);
  mkdirOrFail(dirname(path));
  withLock(path, () => {
    const all = readAssessments(path);
    all.push(checked);
    writeFileAtomic(path, `${JSON.stringify({ version: 1, assessments: all } satisfies AssessmentStore, null, 2)}\n`, 0o600);
  });
}

function mkdirOrFail(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new LadderError('file-not-writable', `Cannot create ${dir}: ${code ?? String(e)}`, { issues: [{ code: 'file-not-writable', file: dir, message: code ?? 'unwritable' }] });
  }
}

const LOCK_WAIT_MS = 5_000;
const LOCK_STALE_MS = 30_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs `fn` holding `<path>.lock`; a lock older than 30 s is taken to be left by a crash. */
function withLock<T>(path: string, fn: () => T): T {
  const lock = `${path}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw new LadderError('file-not-writable', `Cannot lock ${path}: ${code ?? String(e)}`, { issues: [{ code: 'file-not-writable', file: lock, message: code ?? 'unwritable' }] });
      }
      try {
        if (Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS) rmSync(lock, { force: true });
      } catch {
        // Gone between the two calls: try again.
      }
      if (Date.now() > deadline) {
        throw new LadderError('store-locked', `${path} is locked by another ladder process (remove ${lock} if none is running)`, { issues: [{ code: 'store-locked', file: lock, message: 'locked' }] });
      }
      sleep(25);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

