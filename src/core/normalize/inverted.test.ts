import { describe, expect, it } from 'vitest';
import { invertedEntry } from './inverted.js';
import { framework, reading } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';

describe('invertedEntry', () => {
  it.each([
    ['Manager, product', 'product Manager'],
    ['Owner, product (software)', 'product Owner (software)'],
    ['ANALYST, DIGITAL PRODUCT', 'DIGITAL PRODUCT ANALYST'],
    ['Associate Manager, products - retail banking', 'Associate products Manager - retail banking'],
    ['Senior Owner, product', 'Senior product Owner'],
    ['Sr. Analyst, product', 'Sr. product Analyst'],
    ['Summer 2027 Intern, Product (BS/MS)', 'Summer 2027 Product Intern (BS/MS)'],
    ["Fall '28 Intern - Digital Product", "Fall '28 Digital Product Intern"],
    // The department first, the season and year around the intern.
    ['Product – Summer Intern 2028', 'Product Summer Intern 2028'],
    ['Product - Fall Co-op (Hydrogen Storage)', 'Product Fall Co-op (Hydrogen Storage)'],
  ])('%s is turned round', (title, want) => expect(invertedEntry(title)).toBe(want));

  it.each([
    ['Manager, Product Strategy'],
    ['Manager, Product Catalog & Data'],
    ['Product Manager, Payments'],
    ['Manager, Product-Led Growth'],
    ['Store Manager, Products'],
    ['Senior Manager, Private Label Products'],
    ['Assistant Manager, Products'],
    ['Summer 2027 Manager, Product'],
  ])('%s is left as written', (title) => expect(invertedEntry(title)).toBeNull());
});

describe('index entries written head first read as the usual title', () => {
  const norm = createNormalizer(framework());
  const read = (title: string): string => reading(norm(title));
  it.each([
    ['Manager, product', 'product-management 2 ic'],
    ['Manager, product (financial services)', 'product-management 2 ic'],
    ['Manager, technical product', 'product-management 2 ic'],
    ['Owner, product (software development)', 'product-owner 2 ic'],
    ['Analyst, product', 'product-analytics 2 ic'],
    ['Junior Manager, digital product', 'product-management 1 ic'],
    ['Manager, Product - Insurance Claims', 'product-management 2 ic'],
    // Internship boards put the season and year before the intern.
    ['Summer 2027 Intern, Product (BS/MS)', 'product-management 0 ic'],
    ['Winter 2028 Intern, Digital Product - Retail Banking', 'product-management 0 ic'],
    ["Spring '27 Intern – Product (Medical Devices)", 'product-management 0 ic'],
    // ... or the department in brackets, after a colon, or first.
    ['Intern (Product) – Summer 2027', 'product-management 0 ic'],
    ['Summer Internship: Product (Insurance)', 'product-management 0 ic'],
    ['Co-op Student, Product - Jan to Apr', 'product-management 0 ic'],
    ['Trainee (Digital Product), Retail Bank', 'product-management 0 ic'],
    ['Product – Intern (Fintech, 6 months)', 'product-management 0 ic'],
    ['Product | Apprentice - Logistics', 'product-management 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Designer, product'], ['Engineer, product'], ['Developer, product (furniture)'], ['Specialist, product'], ['Store Manager, Products'], ['Summer 2027 Intern, Production (BS/MS)'], ['Fall 2027 Designer, Product'], ['Intern (Production)'], ['Intern: Product Design'], ['Production – Intern'], ['Product – Internship Coordinator'], ['Production – Summer Intern 2028'], ['Product – Summer Intern Coordinator']])(
    '%s stays another job',
    (title) => expect(read(title)).toBe('none'),
  );

  it('reads an entry in capitals as in lower case, explanation included', () => {
    expect(norm('INTERN, PRODUCT')).toEqual(norm('intern, product'));
  });

  it('says how it read the entry', () => {
    const r = norm('Owner, product');
    expect(r.explanation.text).toContain('written head first');
  });
});

// Invented titles in the style of Indian job boards, which write the head first with a dash.
describe('a head written first with a dash', () => {
  const norm = createNormalizer(framework());
  const read = (title: string): string => reading(norm(title));
  it.each([
    ['Manager - Product (Credit Cards) - 5-8 Yrs', 'product-management 2 ic'],
    ['Lead – Product, Wealth Platform', 'product-management 4 -'],
    ['Intern - Product (6 months, Bengaluru)', 'product-management 0 ic'],
    ['Analyst - Product | Quick Commerce', 'product-analytics 2 ic'],
    ['Sr. Manager - Product (Lending)', 'product-management 5 management'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Manager - Product Support'], ['Manager - Production (Pharma)'], ['Manager - Dairy Products'], ['Designer - Product'], ['Manager-Product Catalogue']])(
    '%s stays another job',
    (title) => expect(read(title)).toBe('none'),
  );
});

// Ninth general round: the management and graduate trainees of Asian, African and Gulf boards
// with the bare department after them, invented titles.
describe('a management or graduate trainee before the bare department', () => {
  const norm = createNormalizer(framework());
  const read = (title: string): string => reading(norm(title));
  it.each([
    ['Management Trainee - Product (Jakarta)', 'product-management 0 ic'],
    ['Management Trainee (Product), 2028 Intake', 'product-management 0 ic'],
    ['Graduate Trainee, Product - Nairobi', 'product-management 0 ic'],
    ['Management Trainees: Product', 'product-management 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Management Trainee - Production (FMCG)'], ['Management Trainee - Products Quality Control'], ['Management - Product'], ['Graduate Trainee - Project Controls']])(
    '%s stays another job',
    (title) => expect(read(title)).toBe('none'),
  );
});

// Invented entries: a dash closing the title, and white space around it, change nothing.
describe('an entry written head first reads the same whatever white space surrounds it', () => {
  const norm = createNormalizer(framework());
  it.each([['Owner, product -'], ['Manager, Product'], ['Analyst - product –']])('%s', (title) => {
    const bare = JSON.stringify(norm(title));
    for (const ws of [' ', '\t', '\n', ' \u00a0']) expect(JSON.stringify(norm(`${ws}${title}${ws}`))).toBe(bare);
  });
});

// Fourteenth product-context round: scaled-agile rosters name a chapter's (or team's) lead and
// then the discipline it leads, invented titles.
describe("a chapter's or team's lead before the bare product word", () => {
  const norm = createNormalizer(framework());
  const product = createNormalizer(framework(), { context: 'product' });
  const read = (title: string): string => reading(norm(title));
  it.each([
    ['Chapter Lead, Product', 'Product Chapter Lead'],
    ['Chapter Lead – Produkt (Tribe Sparen)', 'Produkt Chapter Lead (Tribe Sparen)'],
    ['Chapterlead Product', 'Product Chapter lead'],
    ['Team Lead: Product', 'Product Team Lead'],
  ])('%s is turned round', (title, want) => expect(invertedEntry(title)).toBe(want));

  it.each([
    ['Chapter Lead, Product'],
    ['Chapter Lead - Product · Tribe Hypotheken'],
    ['Chapter Lead Producto'],
    ['Chapterlead Product'],
    ['Team Lead, Product'],
  ])('%s leads product managers', (title) => {
    expect(read(title)).toBe('product-management 5 management');
    expect(reading(product(title))).toBe('product-management 5 management');
  });

  it('reads a glued chapter lead as a chapter lead', () => {
    expect(reading(product('Chapterlead Product Owners, Bedrijven'))).toBe('product-owner 5 management');
  });

  it.each([['Chapter Lead, Product Design'], ['Team Lead, Product Support'], ['Chapter Lead, Production'], ['Team Lead - Products'], ['Chapter Lead Engineering'], ['Squad Lead, Product']])(
    '%s stays another job',
    (title) => expect(read(title)).toBe('none'),
  );
});
