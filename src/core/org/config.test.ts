import { describe, expect, it } from 'vitest';
import { LadderError } from '../errors.js';
import { DEFAULT_ORG_CONFIG, parseOrgConfig, resolveOrgConfig } from './index.js';

describe('org audit config', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_ORG_CONFIG).toEqual({
      span: { min: 3, max: 10, countOpenPositions: true },
      layers: { max: 7 },
      titles: { minConfidence: 0.5, allowNonProduct: false },
      titleInflation: { minBand: 6 },
      reportingLine: { bandTolerance: 1, skipLevel: true },
      productOps: { minPms: 10, minProductLines: 3 },
      ratios: { pmsPerProductOps: { max: 20 }, pmsPerManager: { min: 2, max: 8 } },
      pay: { tolerance: 0.2, defaultCurrency: null },
      severity: {},
    });
  });

  it('reads YAML and JSON, filling in what is left out', () => {
    const y = parseOrgConfig('span:\n  max: 12\nseverity:\n  span-too-narrow: "off"\ncompanySize: 900\n', 'org.yaml');
    expect(y.span).toEqual({ min: 3, max: 12, countOpenPositions: true });
    expect(y.layers.max).toBe(7);
    expect(y.severity).toEqual({ 'span-too-narrow': 'off' });
    expect(y.companySize).toBe(900);
    expect(parseOrgConfig('{"layers": {"max": 5}}', 'org.json').layers.max).toBe(5);
    expect(parseOrgConfig('', 'empty.yaml')).toEqual(DEFAULT_ORG_CONFIG);
  });

  it('names the file, line and field of a wrong value', () => {
    let err: LadderError | undefined;
    try {
      parseOrgConfig('span:\n  min: 3\n  max: many\n', 'org.yaml');
    } catch (e) {
      err = e as LadderError;
    }
    expect(err).toBeInstanceOf(LadderError);
    expect(err!.code).toBe('invalid-config');
    expect(err!.issues[0]).toMatchObject({ file: 'org.yaml', line: 3, path: 'span.max', value: 'many' });
    expect(() => parseOrgConfig('spam: 1\n', 'org.yaml')).toThrow(/not a valid org audit config/);
    expect(() => parseOrgConfig('severity:\n  no-such-rule: off\n', 'org.yaml')).toThrow(LadderError);
    expect(() => resolveOrgConfig({ span: { min: 9, max: 4 } })).toThrow(LadderError);
    try {
      resolveOrgConfig({ span: { min: 9, max: 4 } });
    } catch (e) {
      expect((e as LadderError).issues[0]!.message).toBe('span.min must not exceed span.max');
    }
  });
});
