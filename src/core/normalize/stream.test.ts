import { describe, expect, it } from 'vitest';
import { framework, reading } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';

const norm = createNormalizer(framework());
const read = (title: string): string => reading(norm(title));

describe('a product word joined to the job by a hyphen', () => {
  // German and Dutch postings write "Product-Owner", "Produkt-Manager": one title, whatever follows it.
  it.each([
    ['Product-Owner (m/w/d) Zahlungsverkehr', 'product-owner 2 ic'],
    ['Produkt-Manager/in Medizintechnik', 'product-management 2 ic'],
    ['Senior Product-Manager*in, Logistiksoftware', 'product-management 3 ic'],
    ['Product-Marketing-Manager (w/m/d) Haushaltsgeräte', 'product-marketing 2 ic'],
    ['Product-Analyst - E-Commerce', 'product-analytics 2 ic'],
    // A role written as a slug, as some HR exports and URLs do.
    ['senior-product-manager', 'product-management 3 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Produkt-Designer (m/w/d)'], ['Product-Support Specialist, Kassensysteme'], ['Product-Engineer Antriebstechnik'], ['Manager-Product Catalogue']])(
    '%s stays another job',
    (title) => expect(read(title)).toBe('none'),
  );
});

describe('a "for" after hiring talk announces the job', () => {
  // Job-board postings open with the call ("Urgent Opening For", "Hiring For", "Looking for"): the
  // role after it is the job, not what another job is for.
  it.each([
    ['Urgent Requirement For Product Manager - Kochi (2-5 yrs)', 'product-management 2 ic'],
    ['Hiring for Senior Product Owner | Retail Banking', 'product-owner 3 ic'],
    ['Immediate Opening for Product Marketing Manager - Jaipur', 'product-marketing 2 ic'],
    ['Looking for Product Analyst (Gaming)', 'product-analytics 2 ic'],
    ['Openings for Associate Product Manager - Insurtech', 'product-management 1 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Hiring for Project Manager - Interiors'], ['Urgent Opening for Production Supervisor'], ['Walkin for Product Support Associate'], ['Manager for Product Sales, Tiles']])(
    '%s stays another job',
    (title) => expect(read(title)).toBe('none'),
  );

  it('a "for" after a job still qualifies it', () => {
    expect(read('Product Manager for Claims Automation')).toBe('product-management 2 ic');
    expect(read('Account Manager for Product Companies')).toBe('none');
  });
});

// Invented titles in the style of US federal and state postings.
describe('a federal series title with the work in brackets', () => {
  it.each([
    ['IT Specialist (Product Manager), GS-2210-12/13', 'product-management 2 ic'],
    ['Information Technology Specialist (Product Owner) - Veterans Benefits', 'product-owner 2 ic'],
    ['IT Specialist (Product Analyst), Telework Eligible', 'product-analytics 2 ic'],
    ['Senior IT Specialist (Product Manager) - Dept. of Labor', 'product-management 3 ic'],
    // "Supervisory": the position supervises staff of its own series, as a group product manager does.
    ['Supervisory IT Specialist (Product Manager) - Digital Service', 'product-management 5 management'],
    ['Supervisory Product Manager, Benefits Portal', 'product-management 5 management'],
    ['Management and Program Analyst (Product Owner), GS-0343-12', 'product-owner 2 ic'],
    ['Program Analyst (Product Manager) - Grants Modernization', 'product-management 2 ic'],
    ['Digital Services Expert (Product Manager) - Remote', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['IT Specialist (Project Manager), GS-11'],
    ['Supervisory IT Specialist (INFOSEC)'],
    ['IT Specialist (Product Support) - Help Desk'],
    ['IT Specialist (Product Lifecycle Tools)'],
    ['Sales Specialist (Product Manager Liaison)'],
    ['Supervisory Production Controller'],
    ['Management Analyst (Product Line Reviews)'],
    ['Program Analyst (Project Manager) - Facilities'],
  ])('%s stays another job', (title) => expect(read(title)).toBe('none'));
});

// Invented profile headlines.
describe('an aspiring product manager is not one yet', () => {
  it.each([['Aspiring Product Manager | MBA 2027'], ['Data Analyst | Aspiring Product Owner'], ['aspiring product marketer, ex-retail']])(
    '%s is not a product role',
    (title) => expect(norm(title).family).toBeNull(),
  );

  it('a product manager who mentors aspiring ones is one', () => {
    expect(read('Senior Product Manager | mentor to aspiring PMs')).toBe('product-management 3 ic');
  });
});

// Invented roster titles of product organisations that share a role between two people.
describe('a role shared by two people', () => {
  const product = createNormalizer(framework(), { context: 'product' });
  it.each([
    ['Co-PO Vouchers scolaires', 'product-owner 2 ic'],
    ['Co-PM, Parking Permits', 'product-management 2 ic'],
    ['Co-Lead PM, Rural Credit', 'product-management 4 -'],
  ])('%s in a product organisation', (title, want) => expect(reading(product(title))).toBe(want));
  it.each([
    ['Co-Product Manager – Conta Digital', 'product-management 2 ic'],
    ['Co-Head of Product, Ticketing', 'product-management 7 management'],
    ['Co-Director of Product (Retail Banking)', 'product-management 6 management'],
    ['Co-Chef de produit Cartes grises', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it('keeps the joined words it knows and the co-op term', () => {
    expect(read('Co-founder & CPO')).toBe('product-management 10 management');
    expect(read('Product Co-op (Winter Term)')).toBe('product-management 0 ic');
    expect(norm('Co-Project Manager, Depot Works').family).toBeNull();
    expect(norm('Product Co-ordinator').family).toBeNull();
  });
});
