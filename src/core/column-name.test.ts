import { describe, expect, it } from 'vitest';
import { columnKey, findColumn } from './column-name.js';

describe('findColumn', () => {
  it('finds a column whatever its case, surrounding spaces and word breaks', () => {
    const headers = ['Employee ID', ' Job Title ', 'Department'];
    for (const name of ['Job Title', 'job title', 'JOB_TITLE', 'job-title', '  job   title']) expect(findColumn(headers, name), name).toBe(1);
    expect(findColumn(headers, 'title')).toBe(-1);
  });

  it('prefers the header written exactly as given over one that only folds to it', () => {
    expect(findColumn(['job title', 'Job_Title'], 'Job_Title')).toBe(1);
  });

  it('folds names the same way it matches them', () => {
    expect(columnKey(' Canonical_Title ')).toBe(columnKey('canonical title'));
  });
});
