import { describe, expect, it } from 'vitest';
import { fixtureFramework } from '../../../test/fixture-framework.js';
import { levelNumber, levelsSection, proposeLevels } from './levels.js';
import { parseRoster } from './parse.js';
import type { ReadTitle } from './types.js';

const BANDS: Record<string, { level: number; family: string; roleId: string | null; track: 'ic' | 'management'; confidence?: number }> = {
  'Associate PM': { level: 1, family: 'product-management', roleId: 'apm', track: 'ic' },
  'Product Manager': { level: 2, family: 'product-management', roleId: 'pm', track: 'ic' },
  'Senior PM': { level: 3, family: 'product-management', roleId: 'spm', track: 'ic' },
  'Product Person': { level: 3, family: 'product-management', roleId: null, track: 'ic', confidence: 0.3 },
};
const normalize: ReadTitle = (t) => {
  const b = BANDS[t];
  if (t === 'Backend Engineer') return { family: null, roleId: null, canonicalTitle: null, level: null, track: null, confidence: 0.9, adjacent: 'engineering' };
  return b ? { family: b.family, roleId: b.roleId, canonicalTitle: t, level: b.level, track: b.track, confidence: b.confidence ?? 1 } : { family: null, roleId: null, canonicalTitle: null, level: null, track: null, confidence: 0 };
};

const csv = `id,name,title,manager_id,level
a,A,Associate PM,,P1
b,B,Associate PM,a,P1
c,C,Product Manager,a,P2
d,D,Product Manager,a,P2
e,E,Senior PM,a,P2
f,F,Senior PM,a,P3
g,G,Senior PM,a,P3
h,H,Product Person,a,P3
i,I,Backend Engineer,a,P3
j,J,Product Manager,a,
`;

describe('proposeLevels', () => {
  const fw = fixtureFramework();
  const p = proposeLevels(parseRoster(csv, { file: 'l.csv' }).people, { normalize, framework: fw });

  it('puts each level at the band most of its titles read as, with the evidence (checked by hand)', () => {
    expect(p.levels.map((l) => [l.level, l.band, l.agreement, l.people])).toEqual([
      ['P1', 1, 1, 2],
      // P2: Product Manager ×2 (band 2), Senior PM ×1 (band 3): band 2, 2 of 3 agree.
      ['P2', 2, 0.67, 3],
      // P3: Senior PM ×2 (band 3); the low-confidence title and the engineer are not evidence.
      ['P3', 3, 1, 4],
    ]);
    expect(p.levels[2]!.bands).toEqual({ 'band 3': 2, unrecognised: 2 });
    expect(p.withoutLevel).toBe(1);
  });

  it('lists the people whose title reads as another band than their level, not those whose title is no ladder role', () => {
    expect(p.misfits).toEqual([{ id: 'e', title: 'Senior PM', level: 'P2', titleBand: 3, levelBand: 2 }]);
  });

  it('writes the levels in the company framework format', () => {
    expect(levelsSection(p)).toEqual([
      { id: 'P1', band: 1, track: 'ic' },
      { id: 'P2', band: 2, track: 'ic' },
      { id: 'P3', band: 3, track: 'ic' },
    ]);
  });

  it('reads level numbers, roman ones too, to check that a series climbs', () => {
    expect(levelNumber('L5')).toEqual({ series: 'L', n: 5 });
    expect(levelNumber('PM III')).toEqual({ series: 'PM', n: 3 });
    expect(levelNumber('IC-4')).toEqual({ series: 'IC', n: 4 });
    const swapped = proposeLevels(parseRoster('id,name,title,manager_id,level\na,A,Senior PM,,L4\nb,B,Product Manager,a,L5\n', { file: 's.csv' }).people, { normalize, framework: fw });
    expect(swapped.warnings[0]).toContain('L5 reads as band 2, below L4 at band 3');
  });
});
