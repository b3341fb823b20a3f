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

// Invented titles: a lead right before a trade ranks that trade ("Product Lead Engineer" is the
// lead engineer of a product team, as "Lead Product Engineer" is), not the product lead.
describe('a lead before a trade is the trade\'s rank', () => {
  it.each([
    ['Product Lead Engineer, Checkout', 'none engineering'],
    ['Product Lead Designer - Mobile Banking', 'none product-design'],
    ['プロダクトリードエンジニア（認証基盤）', 'none engineering'],
    ['Product Lead, Checkout', 'product-management 4 -'],
    ['Lead Product Manager, Engineering Tools', 'product-management 4 -'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

// Invented titles in the style of HR exports and visa filings, which write the function, then
// the grade: a "senior" between the discipline and "manager" makes the manager a rank.
describe('a senior manager written after the discipline', () => {
  it.each([
    ['PRODUCT DEVELOPMENT SENIOR MANAGER - CARD SERVICES', 'product-management 5 management'],
    ['Product Strategy Sr. Manager, Streaming', 'product-management 5 management'],
    ['Product Operations Senior Manager (Travel Tech)', 'product-operations 5 management'],
    ['product marketing senior manager - hr software', 'product-marketing 5 management'],
    // Written before the discipline, "senior" ranks the role itself; after the head, too.
    ['Senior Product Development Manager, Snacks Software', 'product-management 3 ic'],
    ['Product Development Manager Senior - Pet Insurance', 'product-management 3 ic'],
    ['Product Quality Senior Manager, Appliances', 'none other'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

// Invented titles in the style of Indonesian, Malaysian and Philippine boards, where "Staff" after a
// discipline is its rank and file; after a head noun, before the title or after a comma it is still
// the staff band.
describe('"Staff" after the job', () => {
  it.each([
    ['Product Marketing Staff - Skincare (Bandung)', 'product-marketing 2 ic'],
    ['Product Development Staff (Aplikasi Mobile)', 'product-management 2 ic'],
    ['Product Analytics Staff (Marketplace)', 'product-analytics 2 ic'],
    ['Product Owner Staff - Avionics', 'product-owner 4 ic'],
    ['Staff Product Owner - Digital Bank', 'product-owner 4 ic'],
    ['Product Manager, Staff - Maps', 'product-management 4 ic'],
    ['Senior Staff Product Manager', 'product-management 5 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});
