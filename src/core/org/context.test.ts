import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import type { Framework } from '../framework/schema.js';
import { auditHtml, auditJson, auditMarkdown, auditRoster, auditText, diffRosters, parseRoster } from './index.js';
import { isProductDepartment, rosterContexts } from './context.js';
import { buildTree } from './tree.js';

let fw: Framework;
beforeAll(() => {
  fw = loadBuiltinFramework();
});

const roster = (rows: string[][], header = ['id', 'name', 'title', 'manager_id', 'department']) =>
  parseRoster([header.join(','), ...rows.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))].join('\n'), { file: 'roster.csv' });

/** A principal PM (band 5) under a senior PM (band 3): a level inversion, when "Principal PM" reads as a product role. */
const inverted = (department: string, title = 'Principal PM') =>
  roster([
    ['ceo', 'Cleo Chief', 'Chief Executive Officer', '', 'Executive'],
    ['spm', 'Sami Senior', 'Senior Product Manager', 'ceo', department],
    ['pp', 'Pat Principal', title, 'spm', department],
  ]);

const find = (r: ReturnType<typeof auditRoster>, code: string) => r.findings.filter((f) => f.code === code);

describe('product departments', () => {
  it('recognises product department names in several languages, and not production', () => {
    for (const d of ['Product', 'Product Management', 'Produkt', 'Product & Design', 'Products', 'Produit', 'Producto y Diseño', 'Product Ops']) expect(isProductDepartment(d), d).toBe(true);
    for (const d of ['Production', 'Produktion', 'Engineering', 'Construction', 'Sales', '']) expect(isProductDepartment(d), d).toBe(false);
    expect(isProductDepartment(undefined)).toBe(false);
  });
});

describe('rosterContexts', () => {
  it('gives the product context under a leader at any depth, the department first, and survives a cycle', () => {
    const r = roster([
      ['a', 'A', 'Head', '', ''],
      ['b', 'B', 'Mid', 'a', ''],
      ['c', 'C', 'Low', 'b', 'Product'],
      ['d', 'D', 'Loop one', 'e', ''],
      ['e', 'E', 'Loop two', 'd', ''],
      ['f', 'F', 'Other top', '', ''],
    ]);
    const tree = buildTree(r.people);
    const c = rosterContexts(r.people, tree, (i) => r.people[i]!.id === 'a');
    expect(c.map((x) => x.context)).toEqual(['general', 'product', 'product', 'general', 'general', 'general']);
    expect(c[1]!.reason).toEqual({ kind: 'manager', leaderId: 'a', leaderTitle: 'Head' });
    expect(c[2]!.reason).toEqual({ kind: 'department', department: 'Product' });
  });
});

describe('the org audit reads titles in their context', () => {
  it('reads a product shorthand as a product role in a product department, and reports the inversion under it', () => {
    const r = auditRoster(inverted('Product & Design'), { framework: fw, companySize: 100 });
    const inversion = find(r, 'level-inversion');
    expect(inversion.map((f) => f.people)).toEqual([['pp', 'spm']]);
    expect(find(r, 'unrecognized-title')).toEqual([]);
    expect(r.summary.productContext).toBe(2);
    expect(r.contextReadings).toEqual([
      {
        id: 'pp',
        name: 'Pat Principal',
        title: 'Principal PM',
        line: 4,
        reason: { kind: 'department', department: 'Product & Design' },
        roleId: 'principal-product-manager',
        roleTitle: 'Principal Product Manager',
        generalRoleId: null,
        generalRoleTitle: null,
        recognizedOnlyInContext: true,
      },
    ]);
  });

  it('keeps the general reading outside a product organisation: "Principal PM" may be a project manager there', () => {
    const r = auditRoster(inverted('Construction'), { framework: fw, companySize: 100 });
    expect(find(r, 'level-inversion')).toEqual([]);
    expect(find(r, 'unrecognized-title').map((f) => f.people)).toEqual([['pp']]);
    expect(r.summary.productContext).toBe(0);
    expect(r.contextReadings).toEqual([]);
  });

  it('reads in the product context everyone below a product leader, with no department column', () => {
    const r = auditRoster(
      roster(
        [
          ['ceo', 'Cleo Chief', 'Chief Executive Officer', ''],
          ['vp', 'Vera Vice', 'VP of Product', 'ceo'],
          ['gpm', 'Gus Group', 'Group Product Manager', 'vp'],
          ['spm', 'Sol Senior', 'Senior PM', 'gpm'],
        ],
        ['id', 'name', 'title', 'manager_id'],
      ),
      { framework: fw, companySize: 100 },
    );
    expect(r.people.map((p) => [p.id, p.info.context])).toEqual([['ceo', 'general'], ['vp', 'general'], ['gpm', 'product'], ['spm', 'product']]);
    expect(r.people[3]!.info).toMatchObject({ roleId: 'senior-product-manager', band: 3, recognized: true, readBy: 'alias' });
    expect(r.contextReadings.map((c) => [c.id, c.reason])).toEqual([['spm', { kind: 'manager', leaderId: 'vp', leaderTitle: 'VP of Product' }]]);
    expect(find(r, 'unrecognized-title')).toEqual([]);
  });

  it('says in every report whose title was read through the context', () => {
    const r = auditRoster(inverted('Product'), { framework: fw, companySize: 100 });
    expect(auditText(r)).toContain('Titles read in a product context: 2 people');
    expect(auditText(r)).toMatch(/Pat Principal \(pp, "Principal PM"\): Principal Product Manager \(no product role without the context; department "Product"\)/);
    expect(auditMarkdown(r)).toContain('## Titles read in a product context');
    expect(auditMarkdown(r)).toContain('| Pat Principal (pp) | Principal PM | Principal Product Manager | no product role | department "Product" |');
    expect(auditHtml(r)).toContain('<h2 id="context">Titles read in a product context (2)</h2>');
    expect(auditHtml(r)).toContain('<td>Principal PM</td><td>Principal Product Manager</td>');
    expect(auditJson(r).contextReadings).toHaveLength(1);
    expect(auditText(auditRoster(inverted('Construction'), { framework: fw }))).not.toContain('product context');
  });
});

describe('org diff with the context', () => {
  it('does not call a finding introduced when only the spelling of a title changed', () => {
    const d = diffRosters(inverted('Product'), inverted('Product', 'Principal Product Manager'), { framework: fw, companySize: 100 });
    expect(d.findings.introduced).toEqual([]);
    expect(d.findings.fixed).toEqual([]);
    expect(d.titleChanges.map((t) => [t.id, t.fromTitle, t.title])).toEqual([['pp', 'Principal PM', 'Principal Product Manager']]);
    // Outside a product organisation the shorthand is not a product role, so spelling it out is a change.
    const general = diffRosters(inverted('Construction'), inverted('Construction', 'Principal Product Manager'), { framework: fw, companySize: 100 });
    expect(general.findings.introduced.map((f) => f.code)).toContain('level-inversion');
  });
});

describe('roster context with product shorthand the normalizer reads', () => {
  it('reads "Sr. PM Payments" and "Principal PM" under a Product department as product managers, and reports the inversion under them', () => {
    const r = auditRoster(
      roster([
        ['ceo', 'Cleo Chief', 'Chief Executive Officer', '', 'Executive'],
        ['spm', 'Sami Senior', 'Sr. PM Payments', 'ceo', 'Product'],
        ['pp', 'Pat Principal', 'Principal PM', 'spm', 'Product'],
      ]),
      { framework: fw, companySize: 100 },
    );
    expect(r.people.map((p) => p.info.roleId)).toEqual([null, 'senior-product-manager', 'principal-product-manager']);
    expect(r.people[1]!.info.readBy).toBe('normalizer');
    expect(find(r, 'level-inversion').map((f) => f.people)).toEqual([['pp', 'spm']]);
    expect(find(r, 'unrecognized-title')).toEqual([]);
    expect(r.contextReadings.map((c) => [c.id, c.roleId, c.generalRoleId])).toEqual([
      ['spm', 'senior-product-manager', null],
      ['pp', 'principal-product-manager', null],
    ]);
  });

  it('does not call the inversion introduced once "Sr. PM Payments" is spelled out', () => {
    const rows = (title: string) => [
      ['ceo', 'Cleo Chief', 'Chief Executive Officer', '', 'Executive'],
      ['spm', 'Sami Senior', title, 'ceo', 'Product'],
      ['gpm', 'Gil Group', 'Group Product Manager', 'spm', 'Product'],
    ];
    const d = diffRosters(roster(rows('Sr. PM Payments')), roster(rows('Senior Product Manager, Payments')), { framework: fw, companySize: 100 });
    expect(d.findings.introduced).toEqual([]);
    expect(d.findings.fixed).toEqual([]);
  });
});
