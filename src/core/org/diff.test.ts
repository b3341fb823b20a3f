import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import type { Framework } from '../framework/schema.js';
import { diffMarkdown, diffRosters, diffText, parseRoster } from './index.js';

let fw: Framework;

beforeAll(() => {
  fw = loadBuiltinFramework();
});

const BEFORE = `id,name,title,manager_id
ceo,Cleo,CEO,
head,Hana,Head of Product,ceo
gpm1,Gus,Group Product Manager,head
pm1,Pia,Product Manager,gpm1
pm2,Pat,Product Manager,gpm1
pm3,Pei,Product Manager,gpm1
pm4,Pol,Product Manager,head
old,Otto,Product Manager,ghost
vac,Open,Senior Product Manager,gpm1
`;
const AFTER = `id,name,title,manager_id
ceo,Cleo,CEO,
head,Hana,Head of Product,ceo
gpm1,Gus,Group Product Manager,head
pm1,Pia,Senior Product Manager,gpm1
pm2,Pat,Technical Product Manager,gpm1
pm3,Pei,Product Manager,gpm1
pm4,Pol,Product Manager,gpm1
new,Nia,Product Operations Manager,head
vac,Vera,Senior Product Manager,gpm1
`;

describe('diffRosters', () => {
  it('finds moves, promotions, title changes, joiners, leavers, filled positions, roles and findings', () => {
    const d = diffRosters(parseRoster(BEFORE, { file: 'before.csv' }), parseRoster(AFTER, { file: 'after.csv' }), { framework: fw, companySize: 100 });
    expect(d.added.map((p) => p.id)).toEqual(['new']);
    expect(d.removed.map((p) => p.id)).toEqual(['old']);
    expect(d.moves).toEqual([expect.objectContaining({ id: 'pm4', from: 'head', to: 'gpm1', fromName: 'Hana', toName: 'Gus' })]);
    expect(d.promotions).toEqual([expect.objectContaining({ id: 'pm1', fromTitle: 'Product Manager', title: 'Senior Product Manager', fromBand: 2, toBand: 3 })]);
    expect(d.titleChanges).toEqual([expect.objectContaining({ id: 'pm2', fromTitle: 'Product Manager', title: 'Technical Product Manager' })]);
    expect(d.demotions).toEqual([]);
    expect(d.filled.map((p) => p.id)).toEqual(['vac']);
    expect(d.roles).toEqual(
      expect.arrayContaining([
        { roleId: 'product-operations-manager', title: expect.any(String), before: 0, after: 1 },
        { roleId: 'senior-product-manager', title: expect.any(String), before: 1, after: 2 },
      ]),
    );
    // Before, Otto reported to someone not in the roster; he has left.
    expect(d.findings.fixed.map((f) => f.code)).toEqual(['missing-manager']);
    expect(d.findings.introduced).toEqual([]);
    const text = diffText(d);
    expect(text).toContain('Promotions (1):');
    expect(text).toContain('Pia (pm1): Product Manager (band 2) → Senior Product Manager (band 3)');
    expect(diffMarkdown(d)).toContain('## Moves (1)');
  });

  it('reports findings introduced by a change', () => {
    const broken = AFTER.replace('pm3,Pei,Product Manager,gpm1', 'pm3,Pei,Product Manager,nobody');
    const d = diffRosters(parseRoster(AFTER), parseRoster(broken), { framework: fw, companySize: 100 });
    expect(d.findings.introduced.map((f) => f.code)).toEqual(['missing-manager']);
    expect(d.moves.map((m) => [m.id, m.to])).toEqual([['pm3', 'nobody']]);
  });

  it('finds nothing between a roster and itself', () => {
    const d = diffRosters(parseRoster(BEFORE), parseRoster(BEFORE), { framework: fw });
    expect([d.added, d.removed, d.moves, d.promotions, d.demotions, d.titleChanges, d.roles, d.findings.fixed, d.findings.introduced].every((l) => l.length === 0)).toBe(true);
  });
});
