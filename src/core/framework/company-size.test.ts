import { describe, expect, it } from 'vitest';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import { applyCompanyFramework } from './company.js';
import { companySizeNote, sizeBucket } from './company-size.js';

describe('company-size cut-offs are framework data', () => {
  const fw = loadBuiltinFramework();

  it('come from the built-in framework, with a recorded decision', () => {
    expect(fw.companySizes).toMatchObject({ mediumFrom: 200, mediumUpTo: 2000 });
    const ref = fw.companySizes!.source[0]!;
    expect(fw.sources.decisions.some((d) => `decision:${d.id}` === ref)).toBe(true);
    expect([199, 200, 2000, 2001].map((n) => sizeBucket(n, fw.companySizes))).toEqual(['small', 'medium', 'medium', 'large']);
    expect(sizeBucket(undefined, fw.companySizes)).toBeNull();
    expect(companySizeNote('small', fw.companySizes)).toBe('in a small company (under 200 people)');
  });

  it('can be replaced by a company framework, and then every size class follows its numbers', () => {
    const company = applyCompanyFramework(fw, {
      file: 'acme.yaml',
      text: 'name: Acme\ncompanySizes:\n  mediumFrom: 50\n  mediumUpTo: 500\n  source: ["company:Acme size classes"]\n',
    });
    expect([49, 50, 500, 501].map((n) => sizeBucket(n, company.companySizes))).toEqual(['small', 'medium', 'medium', 'large']);
    expect(companySizeNote('large', company.companySizes)).toBe('in a large company (over 500 people)');
    expect(fw.companySizes!.mediumFrom).toBe(200);
  });
});
