import { describe, expect, it } from 'vitest';
import { framework, reading } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';

const fw = framework();
const general = createNormalizer(fw);
const product = createNormalizer(fw, { context: 'product' });
const read = (title: string, n = general): string => reading(n(title));

// Invented titles from several industries and languages.
describe('rank words and grades', () => {
  it.each([
    // Distinguished: above principal, an individual contributor.
    ['Distinguished Product Manager, Search Ads', 'product-management 6 ic'],
    ['Distinguished Product Analyst - Risk Models', 'product-analytics 6 ic'],
    ['Distinguished Engineer', 'none'],
    // A team lead leads the discipline's team: its first-line manager.
    ['Product Analytics Team Lead, Subscriptions', 'product-analytics 5 management'],
    ['Team Lead, Product Operations (Logistics)', 'product-operations 5 management'],
    ['Teamleiterin Produktmanagement Versicherung (m/w/d)', 'product-management 5 management'],
    ['Product Owner Team Leader - Claims', 'product-owner 5 management'],
    ['Gruppenleiterin Produktmarketing Medizintechnik', 'product-marketing 5 management'],
    ['Lead Product Manager, Rail Freight', 'product-management 4 -'],
    ['Warehouse Team Lead', 'none'],
    ['Team Lead, Customer Support', 'none'],
    // A grade written as a number: after a grade word, or right after the title's head.
    ['Product Manager, Level 3 (Utilities)', 'product-management 3 ic'],
    ['Product Analyst 2 - Retail Banking', 'product-analytics 2 ic'],
    ['Produktmanager Stufe 2', 'product-management 2 ic'],
    ['Product Owner, Grade 3 - Pensions', 'product-owner 3 ic'],
    ['Product Manager 2027', 'product-management 2 ic'],
    ['Product Management Apprentice (Level 4)', 'product-management 0 ic'],
    // Two executive ranks joined by a slash: the higher one counts.
    ['VP/Head of Product, Streaming', 'product-management 8 management'],
    ['Director/Head of Product Analytics', 'product-analytics 7 management'],
    ['Head/Director of Product Operations', 'product-operations 7 management'],
    ['VP Sales/Head of Product', 'product-management 7 management'],
    // Romance titles put the seniority last, after an area adjective.
    ['Gerente de producto digital senior', 'product-management 3 ic'],
    ['Chef de produit technique confirmé', 'product-management 3 ic'],
    ['Gestora de produto digital júnior', 'product-management 1 ic'],
    ['Product Owner Data Senior', 'product-owner 3 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it('reads an executive over a role abbreviation as the head of that function, not a bank grade', () => {
    expect(read('VP PMM', product)).toBe('product-marketing 8 management');
    expect(read('AVP, PMM', product)).toBe('product-marketing 6 management');
    expect(read('Distinguished PM', product)).toBe('product-management 6 ic');
    // A spelt-out individual title under a vice-president grade is still a bank's grade.
    expect(read('VP, Product Marketing Manager')).toBe('product-marketing 3 ic');
  });

  it('says which rule gave the band', () => {
    expect(general('Product Analytics Team Lead').explanation.level.rule).toBe('a team lead is the first-line manager, band 5');
    expect(general('Distinguished Product Manager').explanation.level.rule).toBe('distinguished is band 6, above principal');
    expect(general('Product Manager, Level 3').explanation.level.rule).toBe('grade 3 is band 3');
  });
});

// Invented titles in the style of early-career boards and postings that put the level after the title.
describe('a rank written with a level word', () => {
  it.each([
    ['Product Manager (Entry Level) - Grocery Delivery', 'product-management 1 ic'],
    ['Product Owner - Entry Level, Claims', 'product-owner 1 ic'],
    ['Product Analyst, Early Career (Energy Trading)', 'product-analytics 1 ic'],
    ['Early Career Product Owner – Mobile Banking', 'product-owner 1 ic'],
    ['Early Talent - Product Marketing Manager', 'product-marketing 1 ic'],
    ['Emerging Talent Product Analyst, Logistics', 'product-analytics 1 ic'],
    ['Product Operations Manager - Mid Level', 'product-operations 2 ic'],
    ['Senior Level Product Owner (Insurance)', 'product-owner 3 ic'],
    ['Product Marketing Manager (Junior Level)', 'product-marketing 1 ic'],
    // "Level" with its number stays a grade.
    ['Product Manager, Entry Level 2', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Early Talent Recruiter'], ['Emerging Talent Acquisition Partner'], ['Entry Level Production Operator'], ['Early Career Sales Associate']])(
    '%s is not a product role',
    (title) => expect(general(title).family).toBeNull(),
  );
});

describe('the manager of a role named in the plural', () => {
  it.each([
    ['Manager of Product Managers - Insurance Apps', 'product-management 5 management'],
    ['Manager of Product Analysts, Retail Banking', 'product-analytics 5 management'],
    ['Senior Manager of Product Owners (Logistics)', 'product-owner 5 management'],
  ])('%s manages the role, as "Manager of Product Management" does', (title, want) => expect(read(title)).toBe(want));

  it('reads the shorthand in the plural so in the product context', () => {
    expect(read('Manager of PMs, Checkout', product)).toBe('product-management 5 management');
  });

  it.each([['Manager of Project Managers'], ['Manager of Product Designers'], ['Manager of Store Managers']])('%s is not a product role', (title) =>
    expect(product(title).family).toBeNull(),
  );
});

// Fourth widening round: level codes of more ladders beside a product title (docs/normalizer-rounds.md).
describe('level codes of other ladders', () => {
  it.each([
    // E3-E8: the engineering spelling of the IC ladder (E4 mid, E5 senior, E6 staff).
    ['Product Manager E5 - Grocery Delivery', 'product-management 3 ic'],
    ['Product Analyst (E4), Ride Pricing', 'product-analytics 2 ic'],
    ['Product Manager, Video Ads (E6)', 'product-management 4 ic'],
    ['Product Owner E3 - Claims Intake', 'product-owner 1 ic'],
    // P1-P6: the survey ladder (P3 the fully qualified mid level, P4 senior, P5 expert or staff).
    ['Product Marketing Manager P4 - Medical Imaging', 'product-marketing 3 ic'],
    ['Product Manager (P5), Freight Visibility', 'product-management 4 ic'],
    ['Product Analyst P2 - Savings Accounts', 'product-analytics 1 ic'],
    // M0-M3: a manager ladder's code says the holder manages people.
    ['Product Manager (M2) - Hotel Search', 'product-management 5 management'],
    ['Product Analytics Manager M1, Streaming', 'product-analytics 5 management'],
    ['Product Operations Manager (M3) - Logistics', 'product-operations 6 management'],
    ['Product Marketing Manager, M1 (Dental Devices)', 'product-marketing 5 management'],
    // A rank word still outranks a code of another ladder; a code of no ladder is not read.
    ['Senior Product Manager (E5) - Tax Filing', 'product-management 3 ic'],
    ['Director of Product (M3), Insurance', 'product-management 6 management'],
    ['Product Manager, E2E Testing Tools', 'product-management 2 ic'],
    ['Product Owner P7 - Wallet', 'product-owner 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Aviation Mechanic E5'], ['Warehouse Associate M2'], ['Sergeant (E5) - Logistics']])('%s is not a product role', (title) =>
    expect(general(title).family).toBeNull(),
  );
});

describe('the manager of a product role, spelt out or as shorthand', () => {
  it.each([
    // A manager's own segment before a role in the plural, or "of" before it, in every product family.
    ['Manager of Product Marketing Managers - Wearables', 'product-marketing 5 management'],
    ['Manager, Product Analysts (Travel Search)', 'product-analytics 5 management'],
    ['Sr. Manager, Product Owners - Policy Admin', 'product-owner 5 management'],
    ['Manager of Product Ops Specialists - Marketplace', 'product-operations 5 management'],
    // A manager after a role's shorthand closing its segment, or right before it with only ranks before it.
    ['PMM Manager - Industrial IoT', 'product-marketing 5 management'],
    ['Growth PM Manager, Food Delivery', 'product-management 5 management'],
    // The discipline's own manager title is not a manager of the role.
    ['Product Marketing Manager - Beverages', 'product-marketing 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['PM Manager - Payments Risk', 'product-management 5 management'],
    ['PM Mgr (Rider App)', 'product-management 5 management'],
    ['Sr Mgr PM, Hotel Search', 'product-management 5 management'],
    ['Mgr PMM - Cloud Storage', 'product-marketing 5 management'],
    ['Manager of PMMs, Gaming', 'product-marketing 5 management'],
    ['TPM Manager - Developer Tools', 'product-management 5 management'],
  ])('%s in the product context', (title, want) => expect(read(title, product)).toBe(want));

  it.each([['PM Manager'], ['Sr Mgr PM']])('%s alone is no product role in the general context', (title) => expect(general(title).family).toBeNull());

  it.each([['SPM Operations Manager'], ['Clinical PI/PM Manager'], ['PM Manager Trainee - Restaurant'], ['PO Manager - Procurement'], ['APM Manager - Observability']])(
    '%s is not a product role, even in the product context',
    (title) => expect(product(title).family).toBeNull(),
  );
});

describe('a track the title states in words of its own', () => {
  it.each([
    ['Director of Product, Developer Platform (IC)', 'product-management 6 ic'],
    ['Group Product Manager - IC track', 'product-management 5 ic'],
    ['Lead Product Owner, Claims | Individual Contributor', 'product-owner 4 ic'],
    ['Product Marketing Lead (People Manager)', 'product-marketing 4 management'],
    ['Lead Product Analyst - People Leader', 'product-analytics 4 management'],
    // A count of direct reports in a segment of its own (org-chart exports, team pages).
    ['Lead Product Manager, Claims Automation (4 direct reports)', 'product-management 4 management'],
    ['Product Lead – Ticketing · 7 reports', 'product-management 4 management'],
    ['Lead Product Owner, Freight Booking (2 directs)', 'product-owner 4 management'],
    ['Lead Product Analyst · 1 direct report', 'product-analytics 4 management'],
    ['Group Product Manager, Ride Hailing · 6 DRs', 'product-management 5 management'],
    ['Lead Product Owner – team of 4', 'product-owner 4 management'],
    ['Product Lead, Wine Marketplace (managing 3 PMs)', 'product-management 4 management'],
    ['Lead Product Manager, Kiosks – no direct reports', 'product-management 4 ic'],
    // Postings that say whether the job leads staff, in other languages.
    ['Lead Produktmanager Hörgeräte (m/w/d) – mit Personalverantwortung', 'product-management 4 management'],
    ['Lead Product Owner Bahnvertrieb, ohne Führungsverantwortung', 'product-owner 4 ic'],
    ['Lead Chef de produit assurance – avec encadrement', 'product-management 4 management'],
    ['Product Lead Seguros (con personal a cargo)', 'product-management 4 management'],
    ['Lead de Produto Agro – com gestão de equipe', 'product-management 4 management'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    // "Reports to" names the holder's manager; a count of years or of openings is no team.
    ['Product Lead, Vending Telemetry (reports to: VP Product)', 'product-management 4 -'],
    ['Lead Product Manager, Dental Imaging (5 years)', 'product-management 4 -'],
    ['Lead Product Owner (0 reports)', 'product-owner 4 -'],
    ['Lead Product Manager – Team Atlas', 'product-management 4 -'],
    ["Lead Product Owner · Managing Director's Office", 'product-owner 4 -'],
    ['Project Manager, Wind Farms (6 direct reports)', 'none'],
  ])('%s states no track', (title, want) => expect(read(title)).toBe(want));

  it.each([
    // "IC" beside other words is as often an integrated circuit.
    ['Director of Product Planning - IC Design Tools', 'product-management 6 management'],
    ['Product Lead, IC Packaging', 'product-management 4 -'],
  ])('%s keeps the track its words give', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['Lead Product Manager, Claims Automation (4 direct reports)', 'claims automation'],
    ['Lead Product Owner Bahnvertrieb, ohne Führungsverantwortung', 'bahnvertrieb'],
    ['Product Lead, Wine Marketplace (managing 3 PMs)', 'wine marketplace'],
    ['Director of Product, Developer Platform (IC)', 'developer platform'],
  ])('%s: the words that state the track are not the area', (title, area) => expect(general(title).area).toBe(area));
});

describe('a number after "#" counts openings, it is no grade', () => {
  it.each([
    ['Product Manager #1 - Lending', 'product-management 2 ic'],
    ['Product Owner (#1), Warehouse Systems', 'product-owner 2 ic'],
    ['Product Manager 1 - Lending', 'product-management 1 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
  it('in the product context too', () => expect(read('PM #1', product)).toBe('product-management 2 ic'));
});

describe("an HR system's job profile", () => {
  it.each([
    // Invented Workday-style profiles: "Professional" is the ladder's mid grade, numbered or ranked.
    ['Product Owner - Professional', 'product-owner 2 ic'],
    ['PROD OPS PROFESSIONAL 1', 'product-operations 1 ic'],
    ['Product Analytics - Professional 3', 'product-analytics 3 ic'],
    ['Product Marketing - Senior Professional', 'product-marketing 3 ic'],
    ['PRODUCT MGMT SR PROFESSIONAL', 'product-management 3 ic'],
  ])('%s', (title, want) => expect(read(title, product)).toBe(want));

  it.each([['Professional Services Manager'], ['Design - Senior Professional'], ['Young Professional, Product'], ['Sales Professional 2']])(
    '%s is not a product role',
    (title) => expect(product(title).family).toBeNull(),
  );
});
