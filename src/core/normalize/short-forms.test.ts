import { describe, expect, it } from 'vitest';
import { framework } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';

const norm = createNormalizer(framework());
const read = (title: string): string => {
  const r = norm(title);
  return r.family === null ? `none ${r.adjacent}` : `${r.family} ${r.level} ${r.track ?? '-'}`;
};

// Invented titles in the style of O*NET's reported titles: a short form of several words with its
// expansion in brackets. The expansion settles what the short form leaves open.
describe('a short form spelt out in brackets reads as its expansion', () => {
  it.each([
    ['Sr PM (Senior Product Manager)', 'product-management 3 ic'],
    ['Hotel Bookings Sr PM (Senior Product Manager)', 'product-management 3 ic'],
    ['Jr PM (Junior Product Manager), Crop Analytics', 'product-management 1 ic'],
    ['Grp PM (Group Product Manager) - Freight', 'product-management 5 management'],
    ['Dir Prod Ops (Director of Product Operations)', 'product-operations 6 management'],
    ['Digital Prod VP (Digital Product Vice President), Insurance', 'product-management 8 management'],
    ['Prod Mgr (Product Manager), Dental Imaging', 'product-management 2 ic'],
    ['NPD Mgr (New Product Development Manager)', 'product-management 2 ic'],
    ['Prod Ops Lead (Product Operations Lead)', 'product-operations 4 -'],
    ['Sr Prod Analyst (Senior Product Analyst), Streaming', 'product-analytics 3 ic'],
    ['Lead PO (Lead Product Owner) - Hospital Records', 'product-owner 4 -'],
    ['PM Intern (Product Management Intern), Agritech', 'product-management 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  // The same style for other jobs: the expansion says which.
  it.each([
    ['Sr PM (Senior Project Manager)', 'none project-management'],
    ['Const PM (Construction Project Manager)', 'none project-management'],
    ['Tech PM (Technical Program Manager)', 'none program-management'],
    ['Prod Mgr (Production Manager), Bottling', 'none production'],
    ['Prod Supv (Production Supervisor)', 'none production'],
    ['QA Mgr (Quality Assurance Manager)', 'none other'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  // A bracket that does not spell the short form out is read as before: "PM" stays open, as
  // it is without the bracket.
  it.each([
    ['Sr PM (Payments)', 'Sr PM'],
    ['Sr PM (Civil Works)', 'Sr PM'],
    ['Lead PM (Remote)', 'Lead PM'],
  ])('%s', (title, without) => {
    expect(norm(title).family).toBeNull();
    expect(norm(without).family).toBeNull();
  });
});
