import { describe, expect, it } from 'vitest';
import { framework, reading } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';

const fw = framework();
const general = createNormalizer(fw);
const product = createNormalizer(fw, { context: 'product' });

// Invented titles. Two product jobs joined by "/", "&" or "and": the title takes the senior part,
// as a title naming a product job beside another job does.
describe('two product jobs in one title', () => {
  it.each([
    ['Group PM/Head of Product, Travel', 'product-management 7 management'],
    ['Senior Product Manager & Director of Product', 'product-management 6 management'],
    ['Product Owner and VP Product', 'product-management 8 management'],
  ])('%s takes the executive part', (title, want) => expect(reading(general(title))).toBe(want));

  it('takes the executive part in the product context too, and whichever side it stands on', () => {
    expect(reading(product('GPM / Head of Product'))).toBe('product-management 7 management');
    expect(reading(product('Head of Product / GPM'))).toBe('product-management 7 management');
  });

  it('keeps the first job when a comma or dash parts them (a role, then its team or its scope)', () => {
    expect(reading(general('Senior Product Manager, Head of Product Tooling'))).toBe('product-management 3 ic');
  });
});

// Invented titles. APM and GPM on building, trade or facilities work are the assistant and the
// general project manager, as "PM, Construction" is a project manager; on product work they stay.
describe('APM and GPM beside project evidence', () => {
  it.each([
    ['APM - Hospital Expansion Construction'],
    ['APM, Tenant Fit-Out (Class A Offices)'],
    ['GPM - Highway Resurfacing'],
    ['APM, Residential Renovations - $70k'],
  ])('%s is not a product role, in either context', (title) => {
    expect(general(title).family).toBeNull();
    expect(general(title).adjacent).toBe('project-management');
    expect(product(title).family).toBeNull();
  });

  it('reads APM on a shift as no product role, and not as a project manager either', () => {
    expect(general('APM - Overnight Shift (Distribution Centre)').family).toBeNull();
    expect(general('APM - Overnight Shift (Distribution Centre)').adjacent).not.toBe('project-management');
  });

  it.each([
    ['APM - Checkout Experience', 'product-management 1 ic'],
    ['APM, Growth (New Grad)', 'product-management 1 ic'],
    ['GPM - Listings & Search', 'product-management 5 management'],
  ])('%s stays a product role', (title, want) => expect(reading(general(title))).toBe(want));
});

// Invented titles from several industries. A trade or profession named by its agent noun is
// another job: a product segment beside it is that person's team, never their role.
describe('another trade or profession beside a product team', () => {
  it.each([
    ['Accountant - Product Development'],
    ['Sr. Bookkeeper, Product Management'],
    ['Welder – Product Development Team (Night)'],
    ['Interpreter, Product Management Office'],
    ['Statistician - Product Development (Pharma)'],
    ['Dental Hygienist, Product Development Panel'],
  ])('%s is not a product role, in either context', (title) => {
    expect(general(title).family).toBeNull();
    expect(product(title).family).toBeNull();
  });

  it.each([
    ['Product Manager - Accounting Software', 'product-management 2 ic'],
    ['Senior Product Manager, Tools for Electricians', 'product-management 3 ic'],
    ['Director, Product Development', 'product-management 6 management'],
  ])('%s, a product job for such people, stays a product role', (title, want) => expect(reading(general(title))).toBe(want));
});

// Invented titles in the style of visa filings and survey answers, from several industries: an
// executive over a list of functions that ends in product heads product too.
describe('an executive over a list of functions ending in product', () => {
  it.each([
    ['VP, Marketing & Product - Meal Kits', 'product-management 8 management'],
    ['SVP, SALES, MARKETING & PRODUCT (HOTEL SOFTWARE)', 'product-management 9 management'],
    ['Director, Customer Success and Product, Dental Software', 'product-management 6 management'],
    ['vp sales and product at a seed-stage startup', 'product-management 8 management'],
    ['Senior Vice President Sales, Marketing, and Product - Pet Insurance', 'product-management 9 management'],
    ['GENERAL MANAGER - DIRECTOR, PRODUCT MARKETING, FREIGHT', 'product-marketing 6 management'],
    ['Store Manager - SVP, Product Analytics, Payroll Software', 'product-analytics 9 management'],
  ])('%s', (title, want) => expect(reading(general(title))).toBe(want));

  it.each([
    ['VP, Sales & Marketing - Frozen Foods'],
    ['Director, Sales and Operations, Logistics'],
    ['Director of Finance, Product'],
    ['VP Sales, Marketing, and Operations - Packaging'],
    ['Sales & Product Specialist, Flooring'],
    ['Account Manager - Senior Manager, Product Support'],
  ])('%s is not a product role', (title) => expect(general(title).family).toBeNull());
});
