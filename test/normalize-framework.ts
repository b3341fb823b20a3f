import type { Framework, Role } from '../src/core/framework/schema.js';
import type { NormalizedTitle } from '../src/core/normalize/result.js';

/**
 * A small framework built by hand for the normalizer's tests: enough roles to check role
 * choice, titleMap and levels, and independent of the built-in content, which others edit.
 */
export function role(id: string, title: string, family: Role['family'], band: number, track: Role['track'], extra: Partial<Role> = {}): Role {
  const fact = { text: `${title} test fact.`, source: ['decision:test'] };
  return {
    id,
    title,
    family,
    band,
    track,
    titleSettlesTrack: true,
    summary: fact,
    responsibilities: [fact],
    skills: [fact],
    levelUp: [],
    reportsTo: [],
    directReports: [],
    aliases: [],
    pay: [],
    ...extra,
  };
}

export function framework(extra: Partial<Framework> = {}): Framework {
  return {
    name: 'test',
    families: [],
    relations: [],
    sources: { seeds: [{ id: '000', file: 'x', title: 'x' }], references: [], decisions: [] },
    titleMap: {},
    levels: [],
    companySizes: null,
    specialties: [],
    roles: [
      role('product-management-intern', 'Product Management Intern', 'product-management', 0, 'ic'),
      role('associate-product-manager', 'Associate Product Manager', 'product-management', 1, 'ic'),
      role('product-manager', 'Product Manager', 'product-management', 2, 'ic'),
      role('technical-product-manager', 'Technical Product Manager', 'product-management', 2, 'ic', { specialty: 'technical' }),
      role('senior-product-manager', 'Senior Product Manager', 'product-management', 3, 'ic'),
      role('lead-product-manager', 'Lead Product Manager', 'product-management', 4, 'ic', { titleSettlesTrack: false }),
      role('staff-product-manager', 'Staff Product Manager', 'product-management', 4, 'ic'),
      role('principal-product-manager', 'Principal Product Manager', 'product-management', 5, 'ic'),
      role('group-product-manager', 'Group Product Manager', 'product-management', 5, 'management'),
      role('director-of-product', 'Director of Product', 'product-management', 6, 'management'),
      role('senior-director-of-product', 'Senior Director of Product', 'product-management', 7, 'management'),
      role('head-of-product', 'Head of Product', 'product-management', 7, 'management'),
      role('vp-of-product', 'VP of Product', 'product-management', 8, 'management'),
      role('chief-product-officer', 'Chief Product Officer', 'product-management', 10, 'management'),
      role('product-owner', 'Product Owner', 'product-owner', 2, 'ic'),
      role('senior-product-owner', 'Senior Product Owner', 'product-owner', 3, 'ic'),
      role('product-marketing-manager', 'Product Marketing Manager', 'product-marketing', 2, 'ic'),
      role('director-of-product-marketing', 'Director of Product Marketing', 'product-marketing', 6, 'management'),
      role('product-analyst', 'Product Analyst', 'product-analytics', 2, 'ic'),
      role('product-operations-manager', 'Product Operations Manager', 'product-operations', 2, 'ic'),
      role('project-manager', 'Project Manager', 'project-management', 2, 'ic', { aliases: [{ name: 'Project Lead', kind: 'title', source: ['decision:test'] }] }),
    ],
    ...extra,
  };
}

/** A reading in one string, for compact expectations: "family band track", or "none". */
export function reading(r: NormalizedTitle): string {
  return r.family === null ? 'none' : `${r.family} ${r.level} ${r.track ?? '-'}`;
}
