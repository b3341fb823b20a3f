import { describe, expect, it } from 'vitest';
import { framework } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';

const norm = createNormalizer(framework());
const read = (title: string): string => {
  const r = norm(title);
  return r.family === null ? `none ${r.adjacent}` : `${r.family} ${r.level} ${r.track ?? '-'}`;
};

// Invented titles: each pair read as one unit, in several industries.
describe('two-word units', () => {
  it.each([
    ['Vice President, Product - Media Streaming', 'product-management 8 management'],
    ['Senior VP Product, Travel', 'product-management 9 management'],
    ['Chief of Staff to the CPO', 'none other'],
    ['Executive Assistant, Product Leadership', 'none other'],
    ['Industrial Placement - Product Analytics (Energy)', 'product-analytics 0 ic'],
    ['Summer Placement: Product Owner, Retail Banking', 'product-owner 0 ic'],
    ['Product Placement Coordinator, Film', 'none other'],
    ['CEO Office - Product Strategy Manager', 'product-management 2 ic'],
    ['Chief of Staff, CPO Office', 'none other'],
    ['Office Manager', 'none other'],
    ['Year in Industry - Product Manager, Pharmaceuticals', 'product-management 0 ic'],
    ['Product Manager - Industry Solutions', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

// Invented titles in the style of visa filings cut to a fixed width, where the vice president is
// spelt "V P"; a "V" alone stays the roman grade.
describe('a spaced "V P" is the vice president', () => {
  it.each([
    ['V P, PRODUCT MANAGEMENT - PAYROLL SOFTWARE', 'product-management 8 management'],
    ['EXECUTIVE V P, PRODUCT - HOTELS', 'product-management 9 management'],
    ['SR V P PRODUCT DEVELOPMENT, INSURANCE', 'product-management 9 management'],
    ['V P SALES - MEDICAL DEVICES', 'none sales'],
    ['PRODUCT MANAGER V - FREIGHT', 'product-management 5 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

// Invented titles in the style of university career centres and campus-hiring boards.
describe('a campus hire is a new graduate', () => {
  it.each([
    ['Campus Hire 2027 - Product Analyst, Logistics', 'product-analytics 1 ic'],
    ['Product Manager (Campus Recruitment, Class of 2027)', 'product-management 1 ic'],
    ['Product Marketing Manager - Campus Hiring Program', 'product-marketing 1 ic'],
    // A campus that is a product or a place, not hiring.
    ['Campus Solutions Product Owner', 'product-owner 2 ic'],
    ['Senior Product Manager, Campus Networks', 'product-management 3 ic'],
    ['Campus Hire - Production Planner', 'none production'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

// Invented answers in the style of salary surveys and profile headlines.
describe('a job named by what one does or is', () => {
  it.each([
    ['I run product at a travel scale-up', 'product-management 7 management'],
    ['Running Product | Series A insurtech', 'product-management 7 management'],
    ['we run product for a regional bank', 'product-management 7 management'],
    ['Product person at a nonprofit', 'product-management 2 ic'],
    ['product guy, B2B SaaS', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['I run production at a brewery', 'none production'],
    ['Run Product Support Desk', 'none support'],
    ['Product Person in Charge, Deli Counter', 'none other'],
    ['Sales person, furniture store', 'none sales'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

// Invented titles: a product organisation's team of usage analysts, named "Product Data Insights".
describe('product data insights', () => {
  it.each([
    ['Senior Manager, Product Data Insights - Rides', 'product-analytics 5 management'],
    ['Product Data Insights Analyst, Streaming', 'product-analytics 2 ic'],
    ['Staff Product Data Insights Analyst', 'product-analytics 4 ic'],
    ['Data Insights Analyst, Grocery', 'none other'],
    ['Product Insights Manager, Snacks', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

// Invented titles: "product formulation" is the making of goods, under any head.
describe('product formulation is a laboratory unit', () => {
  it.each([
    ['Director, Product Formulation', 'none other'],
    ['Head of Product Formulation – Skincare', 'none other'],
    ['VP, New Product Formulation & Scale-up', 'none other'],
    ['Product Formulations Lead, Pet Food', 'none other'],
    // Formulation as the product's market, or after a boundary, is the team of a product role.
    ['Director of Product, Formulation Tools', 'product-management 6 management'],
    ['Product Manager, Formulations', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

// Invented titles of French public digital-service teams.
describe('a ministry\'s digital workshop is no factory', () => {
  it.each([
    ['Cheffe de produit, Fabrique numérique des Douanes', 'product-management 2 ic'],
    ['Responsable Produit – Fabrique Numérique Agriculture', 'product-management 2 ic'],
    // A factory is still one, and so is a product word beside it.
    ['Chef de fabrique – Produits laitiers', 'none other'],
    ['Directeur de la Fabrique – Produits surgelés', 'none production'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});
