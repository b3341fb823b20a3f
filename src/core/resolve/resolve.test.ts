import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureFramework, COMPANY_FRAMEWORK } from '../../../test/fixture-framework.js';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import { LadderError } from '../errors.js';
import { applyCompanyFramework } from '../framework/company.js';
import type { Framework } from '../framework/schema.js';
import { describeResolution, findRole, getRole, normalizerFor, readRoleTitle, resolveRole, roleOf, suggestionsOf } from './resolve.js';

let fw: Framework;
let company: Framework;
beforeAll(() => {
  fw = loadBuiltinFramework();
  company = applyCompanyFramework(fixtureFramework(), { file: 'acme.yaml', text: COMPANY_FRAMEWORK });
});

const missOf = (f: () => unknown): LadderError => {
  try {
    f();
  } catch (e) {
    if (e instanceof LadderError) return e;
    throw e;
  }
  throw new Error('expected a role-not-found error');
};

describe('resolveRole', () => {
  it('finds a role by its id, title, company title or alias, and says which', () => {
    const cases: [Framework, string, string, string][] = [
      [fw, 'group-product-manager', 'group-product-manager', 'id'],
      [fw, 'group product manager', 'group-product-manager', 'title'],
      [fw, 'Group Product Manager', 'group-product-manager', 'title'],
      [fw, 'GPM', 'group-product-manager', 'alias'],
      [company, 'Chief Wizard of Widgets', 'group-product-manager', 'company-title'],
      [company, 'Product Manager III', 'senior-product-manager', 'title'],
    ];
    for (const [framework, text, id, by] of cases) {
      const r = resolveRole(framework, text);
      expect([r.role.id, r.by, r.confidence], text).toEqual([id, by, 1]);
    }
    expect(describeResolution(resolveRole(fw, 'Group Product Manager'))).toBeNull();
    expect(describeResolution(resolveRole(fw, 'GPM'))).toBe('"GPM" is another name for Group Product Manager (group-product-manager)');
    expect(describeResolution(resolveRole(company, 'Chief Wizard of Widgets'))).toBe('"Chief Wizard of Widgets" is your company\'s title for Group Product Manager (group-product-manager)');
  });

  it('reads any other title with the normalizer, and says how confident it is', () => {
    const r = resolveRole(fw, 'Sr. Product Manager, Payments');
    expect(r).toMatchObject({ role: { id: 'senior-product-manager' }, by: 'normalizer', context: 'product' });
    expect(r.confidence).toBeGreaterThanOrEqual(0.5);
    expect(r.reading?.roleId).toBe('senior-product-manager');
    expect(describeResolution(r)).toMatch(/^read "Sr\. Product Manager, Payments" as Senior Product Manager \(senior-product-manager\), confidence \d+%/);
  });

  it('reads a product organisation\'s shorthand as a product role in the product context only', () => {
    for (const [text, id] of [['Sr. PM', 'senior-product-manager'], ['Principal PM', 'principal-product-manager'], ['SPM', 'senior-product-manager']] as const) {
      expect(readRoleTitle(fw, text, { context: 'product' }).role?.id, text).toBe(id);
      // In a mixed list the normalizer reads these as another job, and that wins over the alias.
      const general = readRoleTitle(fw, text, { context: 'general' });
      expect(general.role, text).toBeNull();
      expect(general.reading?.family, text).toBeNull();
    }
    // The framework's ids and titles are the same role in any context.
    for (const role of fw.roles) {
      for (const context of ['general', 'product'] as const) {
        expect(readRoleTitle(fw, role.id, { context }).role?.id, role.id).toBe(role.id);
        expect(readRoleTitle(fw, role.title, { context }).role?.id, role.title).toBe(role.id);
      }
    }
  });

  it('fails with role-not-found: a message any reader can use, the closest roles as data, the field named', () => {
    const e = missOf(() => resolveRole(fw, 'Senior Product Wizard', { field: 'from' }));
    expect(e.code).toBe('role-not-found');
    expect(e.userError).toBe(true);
    expect(e.message).toBe('No role matches "Senior Product Wizard". Closest: Senior Product Owner, Senior Product Manager, Senior Director of Product.');
    expect(e.issues[0]).toMatchObject({ code: 'role-not-found', field: 'from', value: 'Senior Product Wizard' });
    expect(suggestionsOf(e)).toEqual([
      { id: 'senior-product-owner', title: 'Senior Product Owner' },
      { id: 'senior-product-manager', title: 'Senior Product Manager' },
      { id: 'senior-director-of-product', title: 'Senior Director of Product' },
    ]);
    const nothingClose = missOf(() => resolveRole(fw, 'Zzyzx'));
    expect(nothingClose.message).toBe('No role matches "Zzyzx".');
    expect(suggestionsOf(nothingClose)).toEqual([]);
  });

  it('checks a Role object against the framework, and keeps findRole and getRole on the same path', () => {
    expect(roleOf(fw, fw.roles[0]!)).toBe(fw.roles[0]);
    expect(missOf(() => roleOf(fixtureFramework(), fw.roles.find((r) => r.id === 'chief-product-officer')!)).code).toBe('role-not-found');
    expect(getRole(fw, 'Product Lead').id).toBe('lead-product-manager');
    expect(findRole(fw, 'Sr. Product Manager, Payments')?.id).toBe('senior-product-manager');
    expect(findRole(fw, 'Senior Product Wizard')).toBeUndefined();
    expect(findRole(fw, 'Sr. PM', { context: 'general' })).toBeUndefined();
  });
  it('reads product shorthand that is no framework name with the normalizer, in the product context only', () => {
    const product = readRoleTitle(fw, 'Sr. PM Payments', { context: 'product' });
    expect(product).toMatchObject({ role: { id: 'senior-product-manager' }, by: 'normalizer', context: 'product' });
    expect(readRoleTitle(fw, 'Sr. PM Payments', { context: 'general' }).role).toBeNull();
    expect(resolveRole(fw, 'Staff PM, Growth').role.id).toBe('staff-product-manager');
    // Explicit evidence of another job still wins.
    expect(readRoleTitle(fw, 'Senior Construction PM', { context: 'product' }).role?.family ?? null).not.toBe('product-management');
  });

  it("reads each of the framework's own names as its role: the normalizer and the resolver agree on every name", () => {
    const contrast = new Set(fw.families.filter((f) => f.contrast).map((f) => f.id));
    // In a mixed list product shorthand is ambiguous (LABELS.md): only the product context reads it as a role.
    const shorthand = /\b(pm|pms|po|pmm|apmm|gpm|apm|spm|tpm|cpo|prod|prodops)\b/i;
    for (const context of ['general', 'product'] as const) {
      const n = normalizerFor(fw, context);
      const wrong: string[] = [];
      for (const r of fw.roles) {
        for (const name of [r.title, ...r.aliases.map((a) => a.name)]) {
          if (context === 'general' && shorthand.test(name)) continue;
          const read = n(name);
          if (contrast.has(r.family)) {
            // A look-alike is no product role, whatever its name.
            if (read.family !== null) wrong.push(`${name}: read as ${read.family}`);
            continue;
          }
          const resolved = readRoleTitle(fw, name, { context }).role?.id;
          if (read.family !== r.family || read.level !== r.band || read.roleId !== r.id || resolved !== r.id) {
            wrong.push(`${name}: normalizer ${read.family} ${read.level} ${read.roleId}, resolver ${resolved}; framework ${r.id} band ${r.band}`);
          }
        }
      }
      expect(wrong, context).toEqual([]);
    }
  });
});
