import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell as coreRule } from '../../src/core/safe-cell.js';
import { neutraliseCell as webRule } from './safe-cell.js';

describe('formula neutralisation in the browser', () => {
  it('agrees with the rule every CSV the server and CLI write follows', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', "'=x", 'plain', '', ' =x']) expect(webRule(s)).toBe(coreRule(s));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => webRule(s) === coreRule(s)), { numRuns: 2000 });
    fc.assert(fc.property(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string(), (start, rest) => webRule(start + rest) === `'${start}${rest}`));
  });
});
