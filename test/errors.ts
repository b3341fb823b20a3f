import { LadderError } from '../src/core/errors.js';

/** The LadderError `fn` throws; fails the test when it throws nothing or something else. */
export function ladderErrorOf(fn: () => unknown): LadderError {
  try {
    fn();
  } catch (e) {
    if (e instanceof LadderError) return e;
    throw e;
  }
  throw new Error('expected a LadderError, but nothing was thrown');
}
