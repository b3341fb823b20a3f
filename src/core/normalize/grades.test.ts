import { describe, expect, it } from 'vitest';
import { framework, reading } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';

// Invented titles in the forms of South Asian, Gulf and East Asian boards and HR exports.
const norm = createNormalizer(framework());
const read = (title: string): string => reading(norm(title));

describe('a corporate grade before a product function is that grade\'s band', () => {
  it.each([
    // Executive and officer grades: the entry grade, band 1 (senior: 2).
    ['Executive - Product Management (Home Care)', 'product-management 1 ic'],
    ['Sr. Executive, Product Development - Savings Platform', 'product-management 2 ic'],
    ['Officer - Product Development (Microfinance)', 'product-management 1 ic'],
    ['Senior Officer, Product Management - Bancassurance', 'product-management 2 ic'],
    ['Principal Officer - Product Management, Treasury', 'product-management 5 ic'],
    // The pharma and FMCG brand role below the product manager.
    ['Product Executive - Ophthalmology', 'product-management 1 ic'],
    ['Senior Product Executive (Nutraceuticals)', 'product-management 2 ic'],
    ['Product Management Executive, Broadband', 'product-management 1 ic'],
    // Manager grades.
    ['Assistant Manager - Product (Gold Loans)', 'product-management 1 ic'],
    ['Asst. Manager, Product Development - Data Packs', 'product-management 1 ic'],
    ['Deputy Manager - Product (Fleet Insurance)', 'product-management 2 ic'],
    ['Dy. Manager Product Strategy - Smart TVs', 'product-management 2 ic'],
    ['Chief Manager - Product Development, Agri Loans', 'product-management 5 management'],
    ['Section Manager, Product Planning (Air Conditioners)', 'product-management 5 management'],
    ['Team Leader - Product, Value Added Services', 'product-management 5 management'],
    // General-manager grades: director and head of the function.
    ['AGM - Product, Corporate Cards', 'product-management 6 management'],
    ['Assistant General Manager - Product Development (Telecom)', 'product-management 6 management'],
    ['DGM Product Strategy - Two Wheelers', 'product-management 6 management'],
    ['Deputy General Manager, Product Planning', 'product-management 6 management'],
    ['Department Manager - Product Planning (Printers)', 'product-management 6 management'],
    ['GM - Product Development, Life Insurance', 'product-management 7 management'],
    ['General Manager, Product Planning - Commercial Vehicles', 'product-management 7 management'],
    // Other product families keep theirs.
    ['Assistant Manager - Product Analytics (Quick Commerce)', 'product-analytics 1 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

describe('the same words elsewhere keep their meaning', () => {
  it.each([
    ['Chief Product Officer, Payments', 'product-management 10 management'],
    ['Executive Director - Product Strategy (Equities)', 'product-management 7 management'],
    ['Executive Product Owner (EMEA)', 'product-owner 2 ic'],
    ['General Manager, Product Line (Pumps)', 'none'],
    ['Assistant Manager, Products', 'none'],
    ['Assistant Manager, Product Ops', 'none'],
    // The same grades over another function are no product role.
    ['AGM - Production (Steel Melt Shop)', 'none'],
    ['DGM - Projects, Metro Rail', 'none'],
    ['Deputy Manager - Operations (Cash Management)', 'none'],
    ['Senior Executive - Product Support (Billing)', 'none'],
    ['Officer - Product Quality (Bottling Plant)', 'none'],
    ['Product Sales Executive - Surgical Sutures', 'none'],
    ['Assistant Manager - Product Development (Confectionery)', 'none'],
    ['Deputy Manager - Product Development (Oral Formulations)', 'none'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});
