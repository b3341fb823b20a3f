import { describe, expect, it } from 'vitest';
import { framework, reading } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';

describe('rosters, directories and hiring plans (product context)', () => {
  const product = createNormalizer(framework(), { context: 'product' });
  const inProduct = (title: string): string => reading(product(title));

  // Invented rows of several industries: the person's manager named in the cell is not the job.
  it.each([
    ['Senior PO / Freight Booking / mgr: Head of Product', 'product-owner 3 ic'],
    ['PM II — Squad: Claims — Manager: GPM Claims', 'product-management 2 ic'],
    ['Product Analyst, Ridership; Manager: Lead Analyst', 'product-analytics 2 ic'],
    ['Sr. PMM / Lending / line manager: Head of PMM', 'product-marketing 3 ic'],
    ['Senior PO / Direct manager: Lead PO', 'product-owner 3 ic'],
    ['Staff PM > Telehealth > reports to VP Product', 'product-management 4 ic'],
    ['Produktmanagerin (Tarife), reporting to CPO', 'product-management 2 ic'],
    // A title that opens with the word is the job itself.
    ['Manager: Product Operations', 'product-operations 2 ic'],
  ])('%s', (title, want) => expect(inProduct(title)).toBe(want));

  it.each([['Service Designer > Claims > reports to GPM'], ['Data Engineer / Billing / mgr: Head of Product'], ['Store Supervisor; Manager: Product Lead']])(
    '%s stays another job: the product role is the manager\'s',
    (title) => expect(inProduct(title)).toBe('none'),
  );

  // A hiring plan's count of openings is never an hour, so the shorthand after it is read.
  it.each([
    ['2x PM (backfill)', 'product-management 2 ic'],
    ['3x Senior PO – Logistik', 'product-owner 3 ic'],
    ['4x APM, 2028 intake', 'product-management 1 ic'],
  ])('%s', (title, want) => expect(inProduct(title)).toBe(want));

  it.each([
    ['PM ×3 (2027 plan)', 'product-management 2 ic'],
    ['2× Sr PMM', 'product-marketing 3 ic'],
    // A requisition's number is no hour, and the "JR" of a Workday id is no junior.
    ['Req 20931 PM II', 'product-management 2 ic'],
    ['JR-30417 PM, Lending', 'product-management 2 ic'],
    ['Senior PO (R-88412)', 'product-owner 3 ic'],
  ])('%s', (title, want) => expect(inProduct(title)).toBe(want));

  it.each([['2 PM shift'], ['Nurse 2x PM shifts']])('%s stays a time of day', (title) => expect(inProduct(title)).toBe('none'));

  // Meeting notes and chat hyphenate the shorthand to its head ("PM-Lead", "Prod-Ops").
  it.each([
    ['PM-Lead Onboarding', 'product-management 4 -'],
    ['PO-Lead, Zahlungsverkehr', 'product-owner 4 -'],
    ['Prod-Ops Manager, Seguros', 'product-operations 2 ic'],
    ['PMM-Lead Wearables', 'product-marketing 4 -'],
  ])('%s', (title, want) => expect(inProduct(title)).toBe(want));

  it.each([['PM-Shift Lead'], ['Prod-Support Analyst'], ['PO-Clerk Receiving']])('%s stays another job', (title) => expect(inProduct(title)).toBe('none'));
});
