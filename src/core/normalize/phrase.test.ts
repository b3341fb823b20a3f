import { describe, expect, it } from 'vitest';
import { framework } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';

const norm = createNormalizer(framework());
const read = (title: string): string => {
  const r = norm(title);
  return r.family === null ? `none ${r.adjacent}` : `${r.family} ${r.level} ${r.track ?? '-'}`;
};

// Invented titles in the style of company career sites, which write the rank first and the
// discipline after a comma, with the team's name run on without a separator.
describe('a rank before a comma heads the discipline after it', () => {
  it.each([
    ['Mgr, Product Management Absences', 'product-management 5 management'],
    ['Sr Mgr, Product Management Dispensing', 'product-management 5 management'],
    ['Sr. Dir, Product Management Reinsurance', 'product-management 7 management'],
    ['Director, Product Marketing Irrigation', 'product-marketing 6 management'],
    ['Manager II, Product Management Payroll', 'product-management 5 management'],
    // A trade before the comma is another job; its team follows.
    ['Accountant, Product Management Payroll', 'none other'],
    ['Product Development Carpenter', 'none other'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

// Invented titles: an agent before a product role names what the product serves (AI agents,
// insurance or travel agents), so the rank before it ranks the role.
describe('an agent before a product role', () => {
  it.each([
    ['Senior Agent Product Manager, Retail Banking', 'product-management 3 ic'],
    ['Senior Claims Agent Product Manager', 'product-management 3 ic'],
    ['Sr. Agent Product Owner - Travel Bookings', 'product-owner 3 ic'],
    ['Agent Product Manager - Voice Support', 'product-management 2 ic'],
    // Two jobs, or the agent's own job, stay as they were.
    ['Senior Agent, Product Manager', 'product-management 2 ic'],
    ['Insurance Agent - Product Specialist', 'none sales'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

// Invented titles: a kind of marketing joined to the product word is product marketing.
describe('product and another marketing share the discipline', () => {
  it.each([
    ['Senior Product & Solutions Marketing Manager, Security', 'product-marketing 3 ic'],
    ['Product and Technical Marketing Manager - Robotics', 'product-marketing 2 ic'],
    ['Product & Content Marketing Lead, Developer Tools', 'product-marketing 4 -'],
    ['Product and Channel Marketing Manager, Beverages', 'product-marketing 2 ic'],
    // "Product & Marketing" names two jobs; the product one is the senior part.
    ['Product & Marketing Manager', 'product-management 2 ic'],
    ['Product and Marketing Director, Furniture Retail', 'product-management 6 management'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

// Invented titles: a group closing a discipline with no head is a department, not a rank.
describe('a product development group is a department', () => {
  it.each([
    ['Group Product Manager, Lending', 'product-management 5 management'],
    ['Product Development Group Manager', 'product-management 5 management'],
    ['Finance Intern - Product Development Group', 'none other'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});
