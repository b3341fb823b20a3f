import { describe, expect, it } from 'vitest';
import { framework, reading } from '../../../test/normalize-framework.js';
import { createNormalizer, normalizeTitle, TitleContext } from './index.js';
import { NormalizedTitle } from './result.js';

const fw = framework();
const general = createNormalizer(fw);
const product = createNormalizer(fw, { context: 'product' });
const read = (n: typeof general, title: string): string => reading(n(title));

describe('the product context', () => {
  it.each([
    // Invented titles from product organisations in several industries.
    ['Senior PM', 'product-management 3 ic'],
    ['Sr. PM, Claims Intake', 'product-management 3 ic'],
    ['Staff PM - Patient Scheduling', 'product-management 4 ic'],
    ['Principal PM, Route Planning', 'product-management 5 ic'],
    ['Group PM | Hotel Stays', 'product-management 5 management'],
    ['Lead PM (Ad Auctions)', 'product-management 4 -'],
    ['Associate PM', 'product-management 1 ic'],
    ['Jr PM, Tutoring', 'product-management 1 ic'],
    ['PM', 'product-management 2 ic'],
    ['PM II, Seller Tools', 'product-management 2 ic'],
    ['PM III', 'product-management 3 ic'],
    ['SPM, Crop Analytics', 'product-management 3 ic'],
    ['GPM - Ticketing', 'product-management 5 management'],
    ['APM', 'product-management 1 ic'],
    ['Director of PM', 'product-management 6 management'],
    ['Prod Mgr, Policy Admin', 'product-management 2 ic'],
    ['Senior Prod Mgr', 'product-management 3 ic'],
    ['PO', 'product-owner 2 ic'],
    ['Senior PO - Fleet Telematics', 'product-owner 3 ic'],
    ['Sr. PMM, Streaming', 'product-marketing 3 ic'],
    ['ProdOps Manager', 'product-operations 2 ic'],
    ['Prod Ops Lead', 'product-operations 4 -'],
    ['TPM', 'product-management 2 ic'],
    ['Senior TPM, Identity', 'product-management 3 ic'],
    // The Spotify model: a tribe's lead heads squads, a chapter's lead line-manages one discipline.
    ['Tribe Lead, Product - Mobility', 'product-management 7 management'],
    ['Product Tribe Leader (Savings)', 'product-management 7 management'],
    ['Chapter Lead - Product Marketing', 'product-marketing 5 management'],
    ['Chapter Lead, Product Analysts', 'product-analytics 5 management'],
    // A team page's breadcrumb: its steps are segments.
    ['PM >> Lending >> L6', 'product-management 4 ic'],
    ['Senior PO › Claims', 'product-owner 3 ic'],
    // Product areas that look like other work: developer platforms, security, delivery.
    ['GPM, Developer Platform', 'product-management 5 management'],
    ['Staff PM, Security', 'product-management 4 ic'],
    ['PM - Delivery Experience', 'product-management 2 ic'],
    ['Senior PM (m/w/d)', 'product-management 3 ic'],
    ['Sr. PM – Logistique (H/F)', 'product-management 3 ic'],
    // An executive over the shorthand; trades named as a product's market.
    ['VP of PM, Marketplaces', 'product-management 8 management'],
    ['Staff PM (Property Tech)', 'product-management 4 ic'],
    ['Senior PM, Maintenance Software', 'product-management 3 ic'],
  ])('%s is a product role', (title, want) => expect(read(product, title)).toBe(want));

  it.each([
    // Explicit evidence of another job wins in any context.
    ['Senior PM, Civil Works'],
    ['Construction PM'],
    ['Sr. PM - Commercial Drywall'],
    ['Electrical PM'],
    ['PM, Bridge Rehabilitation'],
    ['PM Shift 7AM-3PM'],
    ['PM Shift Supervisor'],
    ['Restaurant PM Closer'],
    ['PM (Evening Shift)'],
    ['PM Dishwasher'],
    ['PM - Retail Build-Out'],
    ['Senior PM, Store Fit-Out'],
    ['Dental Assistant - PM Clinic'],
    ['PM Bau (m/w/d)'],
    ['Senior PM Tiefbau (w/m/d)'],
    ['PM travaux (H/F)'],
    ['PM de obras'],
    ['Senior PM - Capital Projects'],
    ['Engineering PM'],
    ['PM - Data Centre Build'],
    ['Technical Program Manager'],
    ['Senior TPM (Programme)'],
    ['TPM Firmware Engineer'],
    ['PM Inspector'],
    ['PM Coordinator'],
    ['PO Processing Clerk'],
    ['SPM Operations Manager'],
    ['Prod Support Analyst'],
    ['Fixed Income PM'],
    ['Projektleiter Bau'],
    ['Chef de projet'],
    ['Production Manager'],
  ])('%s is not a product role', (title) => expect(product(title).family).toBeNull());

  it('says when the context decided, and reports the context of every result', () => {
    const r = product('Senior PM');
    expect(r.context).toBe('product');
    expect(r.explanation.family.rule).toBe('PM read in the product context');
    expect(r.explanation.text).toContain('read as product because of the product context');
    // A title that needs no context says nothing about it.
    const spelt = product('Senior Product Manager');
    expect(spelt.explanation.text).not.toContain('context');
    expect(spelt).toMatchObject({ context: 'product', family: 'product-management', level: 3 });
    expect(NormalizedTitle.parse(r)).toEqual(r);
  });
});

// The widening round: shorthand classes of product organisations, with invented titles.
describe('more product-organisation shorthand', () => {
  it.each([
    // A grade written on the abbreviation, or after it closing its segment.
    ['PM2, Claims Automation', 'product-management 2 ic'],
    ['PM 3 - Route Optimisation', 'product-management 3 ic'],
    ['PO3 | Warehouse Robotics', 'product-owner 3 ic'],
    // A level code before the shorthand is no hour.
    ['L5 PM, Route Planning', 'product-management 3 ic'],
    ['IC4 - PM, Telehealth', 'product-management 2 ic'],
    // "Prod" under an executive word, and a manager standing alone before the shorthand.
    ['Head of Prod, Ticketing', 'product-management 7 management'],
    ['VP Prod', 'product-management 8 management'],
    ['Manager, PM (M1)', 'product-management 5 management'],
    ['Sr. Manager - PM, Lending', 'product-management 5 management'],
    // An executive's office is a unit: its staff are not the executive.
    ['CPO Office – Product Ops Lead', 'product-operations 4 -'],
    ['Office of the CPO - Product Operations Manager', 'product-operations 2 ic'],
    // The associate PMM, and a product area in another language after the shorthand.
    ['APMM, Creator Tools', 'product-marketing 1 ic'],
    ['PM Zahlungen', 'product-management 2 ic'],
    ['PM Pagamentos (Pix)', 'product-management 2 ic'],
  ])('%s is a product role', (title, want) => expect(read(product, title)).toBe(want));

  it.each([
    ['PM 3-11'],
    ['PM 7'],
    ['Line Cook 5 PM'],
    ['Chief of Staff, CPO Office'],
    ['Chief of Staff - Office of the CPO'],
    ['Head of Prod Support'],
    ['Store Manager - PM'],
    ['General Manager | Lakeside Inn | PM Hospitality Group'],
    ['Truck Driver - PM2'],
    // Plant, refinery and substation work is a project in any organisation.
    ['Senior PM - Refinery Turnaround'],
    ['PM, Substation Retrofits'],
    ['PM - Bottling Plant Commissioning'],
  ])('%s is not a product role in the product context either', (title) => expect(product(title).family).toBeNull());

  it('leaves the general context to need a product word beside the shorthand', () => {
    for (const title of ['PM 3 - Route Optimisation', 'Head of Prod, Ticketing', 'Manager, PM (M1)', 'PM Zahlungen']) expect(general(title).family, title).toBeNull();
    expect(read(general, 'Chief of Staff, CPO Office')).toBe('none');
    expect(read(general, 'APMM')).toBe('product-marketing 1 ic');
  });
});

describe('shorthand written as one word', () => {
  it.each([
    // A seniority glued before the abbreviation, or a grade after it, as HR systems and chat handles write them.
    ['SrPM, Claims Platform', 'product-management 3 ic'],
    ['JnrPO - Warehouse Apps', 'product-owner 1 ic'],
    ['StaffPM (Ride Pricing)', 'product-management 4 ic'],
    ['SnrTPM, Data Platform', 'product-management 3 ic'],
    ['SrPMM - Loyalty', 'product-marketing 3 ic'],
    ['GrpPM, Lending', 'product-management 5 management'],
    ['PMII, Grid Analytics', 'product-management 2 ic'],
    ['POIII Underwriting', 'product-owner 3 ic'],
    // Ranks that are also job nouns, and Japanese katakana ranks before the Latin letters.
    ['LeadPM, Ride Pricing', 'product-management 4 -'],
    ['PrincipalPO – Pensions', 'product-owner 5 ic'],
    ['シニアPM（決済）', 'product-management 3 ic'],
    ['ジュニアPO 物流', 'product-owner 1 ic'],
    ['リードPMM', 'product-marketing 4 -'],
  ])('%s reads as its two words', (title, want) => expect(read(product, title)).toBe(want));

  it('is read in each context as the two words are', () => {
    for (const [glued, spaced] of [
      ['SrPM', 'Sr PM'],
      ['SrPM - Growth', 'Sr PM - Growth'],
      ['PMII', 'PM II'],
      ['SrPM, Bridge Rehabilitation', 'Sr PM, Bridge Rehabilitation'],
      ['シニアPM', 'シニア PM'],
      ['LeadPO', 'Lead PO'],
    ]) {
      for (const n of [general, product]) expect(read(n, glued!), glued).toBe(read(n, spaced!));
    }
  });

  it('leaves words that only end or start like an abbreviation alone', () => {
    for (const title of ['Tempo Planner', 'Expo Coordinator', 'Campo Supervisor', 'Poiesis Lab Analyst', 'Grupo Logistics Analyst']) expect(product(title).family, title).toBeNull();
  });
});

describe('the general context', () => {
  it.each([
    ['Senior PM', 'product-management', 3],
    ['Staff PM', 'product-management', 4],
    ['SPM', 'product-management', 3],
    ['PO', 'product-owner', 2],
    ['Prod Mgr', 'product-management', 2],
    ['TPM', 'product-management', 2],
  ])('keeps the product reading of %s as an alternative and says the product context would take it', (title, family, level) => {
    const r = general(title);
    expect(r.family).toBeNull();
    expect(r.context).toBe('general');
    expect(r.alternatives[0]).toMatchObject({ family, level });
    expect(r.alternatives[0]!.confidence).toBeLessThan(r.confidence);
    expect(r.alternatives[0]!.confidence).toBeGreaterThan(0);
    expect(r.explanation.text).toContain(`the product context would read it as ${family} band ${level}`);
  });

  it('offers no product reading where the title names another job', () => {
    for (const title of ['Senior PM, Civil Works', 'PM Shift 7AM-3PM', 'Construction PM', 'Technical Program Manager']) {
      const r = general(title);
      expect(r.family).toBeNull();
      expect(r.explanation.text).not.toContain('product context');
    }
  });

  it('reads spelt-out and cued titles the same in both contexts', () => {
    for (const title of ['Sr. PM, Growth', 'Data PM', 'Head of Product', 'Produktmanagerin (m/w/d)', 'Jefa de producto', 'Product Owner']) {
      const g = general(title);
      const p = product(title);
      expect([p.family, p.level, p.track]).toEqual([g.family, g.level, g.track]);
    }
  });
});

describe('choosing the context', () => {
  it('defaults to general, in createNormalizer and normalizeTitle', () => {
    expect(general('Senior PM').context).toBe('general');
    expect(normalizeTitle('Senior PM', { framework: fw }).family).toBeNull();
    expect(normalizeTitle('Senior PM', { framework: fw, context: 'product' }).family).toBe('product-management');
    // normalizeTitle keeps one normalizer per framework and context.
    expect(normalizeTitle('Senior PM', { framework: fw }).family).toBeNull();
  });

  it('validates the context with its schema, and refuses an unknown one', () => {
    expect(TitleContext.parse('product')).toBe('product');
    expect(TitleContext.safeParse('Product').success).toBe(false);
    expect(() => createNormalizer(fw, { context: 'startup' as TitleContext })).toThrow(/general.*product/);
  });
});

// Fourth widening round: the product manager–technical of some large employers' ladders.
describe('PMT', () => {
  it.each([
    ['PMT – Warehouse Robotics', 'product-management 2 ic'],
    ['Sr. PMT, Streaming Devices', 'product-management 3 ic'],
    ['PMT II - Ads Measurement', 'product-management 2 ic'],
  ])('%s is a technical product manager in the product context', (title, want) => {
    expect(read(product, title)).toBe(want);
    expect(product(title).specialties).toContain('technical');
  });

  it('is, like "Technical PM", not read as product on its own in a general list', () => {
    expect(general('PMT – Warehouse Robotics').family).toBeNull();
    expect(read(general, 'Senior PMT - Data Platform')).toBe('product-management 3 ic');
  });
});

// Fifth widening round: HR-system exports, the team after an abbreviation, the staff of a CPO.
describe('product-organisation shorthand, fifth round', () => {
  it.each([
    // A grade written on the abbreviation, then a job code's number: no hour.
    ['PROD MGR (PM2-5531)', 'product-management 2 ic'],
    ['Senior Prod Mgr - PO3-0192', 'product-management 3 ic'],
    ['PO2-7718 Rewards', 'product-owner 2 ic'],
    // "Prod Analyst", and "Spec" for specialist in exports that cut words short.
    ['PROD ANALYST III', 'product-analytics 3 ic'],
    ['Lead Prod Analyst, Search', 'product-analytics 4 -'],
    ['PROD OPS SPEC II', 'product-operations 2 ic'],
    // After an abbreviation that names no time, a word that is no agent noun names the team.
    ['PO Rechnungswesen', 'product-owner 2 ic'],
    ['GPM Bezorging', 'product-management 5 management'],
    ['SPM Abonnemang', 'product-management 3 ic'],
    // An org-chart path: the function, teams, and a segment of rank words.
    ['Product | Ride Matching | Principal', 'product-management 5 ic'],
    ['Product - Card Issuing - Senior', 'product-management 3 ic'],
    ['Product | Maps | Lead', 'product-management 4 -'],
  ])('%s is a product role', (title, want) => expect(read(product, title)).toBe(want));

  it.each([
    ['PM3 7AM-3PM'],
    ['PM 3-11 Shift'],
    // Another job after "Prod", or an agent noun after the abbreviation.
    ['Prod Support Analyst II'],
    ['Prod Analyst (Night Shift)'],
    ['PO Stocker'],
    ['PO Expeditor'],
    ['PM Valet'],
    // Whoever works "to" the CPO.
    ['PA to CPO'],
    ['Senior Advisor to the CPO'],
    // Site and office work in its short forms.
    ['PM - Cold Store Install'],
    ['Sr PM, Branch Refurbs'],
    ['PM, Lab Reno (Phase 2)'],
    // A path with no rank, with a function or a job in it, or with "product" not opening it.
    ['Product | Rider Safety'],
    ['Product | Customer Support | Senior'],
    ['Product | Brand Design | Principal'],
    ['Product | Fleet Engineering | Senior'],
    ['Ride Matching | Product | Senior'],
    // A tribe or chapter lead of another discipline.
    ['Tribe Lead, Data Engineering'],
    ['Chapter Lead Mobile Development'],
    ['Tribe Lead - Savings'],
  ])('%s is not a product role in the product context either', (title) => expect(product(title).family).toBeNull());

  it('keeps the general context strict: "Prod Analyst" and "PO" with a team are not product roles there', () => {
    for (const title of ['PROD ANALYST III', 'PO Rechnungswesen', 'PA to CPO', 'PM - Cold Store Install', 'Product | Maps | Lead']) expect(general(title).family, title).toBeNull();
    expect(read(general, 'Chief Product Officer (CPO)')).toBe('product-management 10 management');
  });
});

describe('job-architecture rows and glued shorthand, seventh round', () => {
  it.each([
    // Job-architecture and compensation-survey rows: a field's name before "Product", the rank as
    // a level code, a grade or several rank fields, "key=value" fields.
    ['Job family: Product, level M2', 'product-management 5 management'],
    ['Department: Product | Lisbon Hub | Senior', 'product-management 3 ic'],
    ['Function: Product; Level: L6', 'product-management 4 ic'],
    ['Product | Crop Insurance | P4 | Senior', 'product-management 3 ic'],
    ['Product, level 3', 'product-management 3 ic'],
    ['Family=Product Owner; Grade=Senior', 'product-owner 3 ic'],
    ['Role=PMM; Level=Lead', 'product-marketing 4 -'],
    // "Prod Lead" and glued "ProdLead", "ProdMgr": the product lead and manager of meeting notes.
    ['Prod Lead', 'product-management 4 -'],
    ['ProdLead, Mietverträge', 'product-management 4 -'],
    ['Prod Lead - Freight Tracking', 'product-management 4 -'],
    ['ProdMgr (Ticketing)', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(product, title)).toBe(want));

  it.each([
    // A path with a job, function or trade, or with no rank; a field that names another function.
    ['Job family: Product'],
    ['Job family: Product Design, level M3'],
    ['Department: Product | Customer Support | P3'],
    ['Function: Engineering; Level: L6'],
    ['Family=Project Management; Grade=Senior'],
    // A production lead on a shift or beside plant work, a production line's support.
    ['Prod Lead - Night Shift'],
    ['Prod Lead, Bottling Plant'],
    ['Prod Support Lead'],
  ])('%s is not a product role in the product context either', (title) => expect(product(title).family).toBeNull());

  it('keeps the general context strict: a path, "Prod Lead" and "ProdMgr" alone are not product roles there', () => {
    for (const title of ['Job family: Product, level M2', 'Prod Lead', 'ProdLead', 'ProdMgr']) expect(general(title).family, title).toBeNull();
    expect(read(general, 'ProdMgr - Mobile Apps')).toBe('product-management 2 ic');
  });
});

describe('film and video production beside the shorthand', () => {
  it.each([['PM, Post-Production'], ['PM - Preproduction, Feature Films'], ['Senior PM, Post-production (Series)']])('%s is production work in any context', (title) => {
    expect(product(title).family).toBeNull();
    expect(product(title).adjacent).toBe('production');
  });
  it('names production as the look-alike of post-production jobs', () => expect(general('Head of Post-Production').adjacent).toBe('production'));
});

describe('fields of meeting notes and the packaging of an offer', () => {
  it.each([
    // A tracker's or decision record's field before the shorthand names who holds the task.
    ['Owner: PM Checkout', 'product-management 2 ic'],
    ['Approver: GPM Lending', 'product-management 5 management'],
    ['Assignee: Sr PO (Kundenportal)', 'product-owner 3 ic'],
    // Pricing and packaging: the plans and bundles of a software offer.
    ['PM - Pricing & Packaging', 'product-management 2 ic'],
    ['Senior PM, Pricing and Packaging', 'product-management 3 ic'],
    ['Staff PM, Pricing/Packaging (Cloud)', 'product-management 4 ic'],
  ])('%s', (title, want) => expect(read(product, title)).toBe(want));

  it.each([['Driver: PM'], ['Cashier: PM'], ['PM, Packaging'], ['PM - Packaging Line 4'], ['Sr PM, Food Packaging']])(
    '%s is not a product role in the product context either',
    (title) => expect(product(title).family).toBeNull(),
  );
});

describe('other jobs of a product organisation written as shorthand', () => {
  it.each([
    // The engineering manager and the assistants of product teams, opening the title.
    ['EM, Product Platform', 'engineering'],
    ['EM II - Produktsuche', 'engineering'],
    ['EM | Product Growth', 'engineering'],
    ['EA to GPM', 'other'],
    ['PA to the Head of Product', 'other'],
    // A department or method right beside "PM" names the project manager it employs.
    ['Marketing PM', 'marketing'],
    ['Event PM, Trade Fairs', 'project-management'],
    ['Agile PM (Insurance Core)', 'project-management'],
    ['Professional Services PM', 'project-management'],
    ['IT PM - Hospital Systems', 'project-management'],
    ['Design PM', 'product-design'],
  ])('%s is not a product role in the product context (looks like %s)', (title, adjacent) => {
    const r = product(title);
    expect(r.family).toBeNull();
    expect(r.adjacent).toBe(adjacent);
  });

  it.each([
    // Not beside the "PM", or a product area between: product roles of those teams.
    ['Design Systems PM', 'product-management 2 ic'],
    ['Marketing Tech PM', 'product-management 2 ic'],
    ['PM, Marketing Platform', 'product-management 2 ic'],
    ['Agile PO', 'product-owner 2 ic'],
    // "em" after a word is Portuguese "in".
    ['Estágio em produto', 'product-management 0 ic'],
  ])('%s', (title, want) => expect(read(product, title)).toBe(want));
});

describe('an English "Lead" before a product word of another language', () => {
  it.each([
    ['Lead Produit', 'product-management 4 -'],
    ['Lead Produkt – Zahlungen', 'product-management 4 -'],
    ['Lead de Producto, Seguros', 'product-management 4 -'],
    ['Lead Produkt Owner', 'product-owner 4 -'],
  ])('%s', (title, want) => expect(read(product, title)).toBe(want));
  it('is read the same in a general list', () => expect(read(general, 'Lead Produit')).toBe('product-management 4 -'));
});

describe('promotion cases and consultants, eighth round', () => {
  it.each([
    // A number closing the segment before "PM" is the grade of a promotion case, no hour.
    ['PM2 → PM3 (promotion case, Lending)', 'product-management 2 ic'],
    ['PM 1 -> PM 2, Museum Ticketing', 'product-management 1 ic'],
    ['PO 2 → PO 3 – Kreditplattform', 'product-owner 2 ic'],
    // A consultant opening the title right before the shorthand is how the holder is engaged.
    ['Consultant PO – Claims Portal (via agency)', 'product-owner 2 ic'],
    ['Consultant PM, Wealth App', 'product-management 2 ic'],
    ['Consultora PM Sênior – Seguros', 'product-management 3 ic'],
    ['Berater PO Energievertrieb', 'product-owner 2 ic'],
    ['Consultant GPM (Hotel Search)', 'product-management 5 management'],
  ])('%s', (title, want) => expect(read(product, title)).toBe(want));

  it.each([
    // Hours stay hours; a consultant of a named kind, or after a dash, is that job.
    ['Line Cook 3 PM - 11 PM'],
    ['Server 4 PM – Close'],
    ['IT Consultant PO'],
    ['Senior Consultant PO, Procurement'],
    ['Consultant – PO Processing'],
    ['Consultant PM, Substation Upgrades'],
  ])('%s is not a product role in the product context', (title) => expect(product(title).family).toBeNull());

  it('keeps a consultant before the shorthand ambiguous in a general list', () => expect(general('Consultant PO').family).toBeNull());
});

describe('PdM, the product manager of Japanese product teams', () => {
  it.each([
    ['PdM', 'product-management 2 ic'],
    ['PdM（業務委託）', 'product-management 2 ic'],
    ['Senior PdM – 物流SaaS', 'product-management 3 ic'],
    ['シニアPdM', 'product-management 3 ic'],
    ['リードPdM / 会計', 'product-management 4 -'],
    ['Head of PdM', 'product-management 7 management'],
  ])('%s is a product role in the product context', (title, want) => expect(read(product, title)).toBe(want));

  it.each([['PdM Technician – Vibration'], ['PDM Administrator (Windchill)'], ['PdM Program Lead, Refinery']])(
    '%s (predictive maintenance, product data management) is not',
    (title) => expect(product(title).family).toBeNull(),
  );

  it('is no product role in a general list, where predictive maintenance is as likely', () => expect(general('Senior PdM').family).toBeNull());
});

describe('how the holder is engaged, in other languages', () => {
  it.each([
    // Self-employed, fixed-term, part-time and cover contracts say nothing of the job.
    ['PM autónomo – Seguros', 'product-management 2 ic'],
    ['PO ZZP Betaalverkeer', 'product-owner 2 ic'],
    ['PM Teilzeit', 'product-management 2 ic'],
    ['Senior PM Elternzeitvertretung', 'product-management 3 ic'],
    ['PM (CDD 6 mois) – Assurance', 'product-management 2 ic'],
    ['PO PJ – Logística', 'product-owner 2 ic'],
    ['PM vikariat, Bank', 'product-management 2 ic'],
    ['Produktmanagerin Medizintechnik, befristet', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(product, title)).toBe(want));

  it.each([['PM befristet – Baustelle Nord'], ['Projektleiter Teilzeit'], ['PM Freelancer – Hotel Kitchen']])('%s is still not a product role', (title) =>
    expect(product(title).family).toBeNull(),
  );
});

describe('a team in brackets inside the title, as team pages write it', () => {
  it.each([
    ['Product (Platform) Manager', 'product-management 2 ic'],
    ['Senior Product (Claims Intake) Owner – Zurich', 'product-owner 3 ic'],
    ['Produkt (Zahlungen) Manager', 'product-management 2 ic'],
    ['Principal Product (Rail Freight) Manager', 'product-management 5 ic'],
  ])('%s', (title, want) => {
    expect(read(product, title)).toBe(want);
    expect(read(general, title)).toBe(want);
  });

  it.each([['Product (Platform) Engineer'], ['Product (Growth) Designer'], ['Product (Ops)']])('%s is not a product role', (title) =>
    expect(product(title).family).toBeNull(),
  );
});

describe('promotion and transfer lines', () => {
  it.each([
    // A job, "to" or an arrow, and the next job: the title is the job held.
    ['Senior PM to Staff PM (Checkout)', 'product-management 3 ic'],
    ['Senior Product Owner to Lead Product Owner – Pensions', 'product-owner 3 ic'],
    ['Promotion: Prod Analyst 2 to Senior Prod Analyst (Risk)', 'product-analytics 2 ic'],
    ['Promotion case: Sr PMM ➜ Principal PMM', 'product-marketing 3 ic'],
    ['Staff PM ⇒ Principal PM, Freight', 'product-management 4 ic'],
    ['PO ⟶ Senior PO (Kreditplattform)', 'product-owner 2 ic'],
    // A backfill names the open job.
    ['Backfill for Senior PM, Ticketing', 'product-management 3 ic'],
  ])('%s', (title, want) => expect(read(product, title)).toBe(want));

  it.each([
    // Whoever works "to" someone still holds another job; a promotion of another job is that job.
    ['Executive Assistant to VP Product'],
    ['Assistant to Senior PM, Fleet'],
    ['Promotion: Senior Marketing Manager'],
    ['Promotion Manager – Retail Stores'],
    ['Backfill for Production Supervisor'],
    ['Senior Engineer ➜ Staff Engineer'],
  ])('%s is not a product role', (title) => expect(product(title).family).toBeNull());

  it('reads the same promotion the same in a general list', () =>
    expect(read(general, 'Senior Product Manager to Staff Product Manager')).toBe('product-management 3 ic'));
});

describe('the chief product and technology (or design) officer', () => {
  it.each([['CTPO'], ['CPTO, Freight Marketplace'], ['Co-founder & CPDO'], ['Interim CPTO (Insurtech)'], ['CPGO @ Seedling Apps'], ['CPGO, Consumer Lending']])('%s is the chief product officer in either context', (title) => {
    for (const n of [general, product]) expect(read(n, title)).toBe('product-management 10 management');
  });
  it('quotes the letters of the title', () => expect(general('CTPO').explanation.family.rule).toBe('CTPO is a product abbreviation'));
  it('is no product role beside people or procurement words', () => expect(product('CPTO (People & Talent)').family).toBeNull());
});

// Invented speaker-line and profile titles: "GVP" is a group vice president, a vice-president grade.
describe('a group vice president', () => {
  it.each([['GVP, Product · Quillmart'], ['GVP Product & Growth'], ['GVP of Product Management, Cards']])('%s is a VP of product in either context', (title) => {
    for (const n of [general, product]) expect(read(n, title)).toBe('product-management 8 management');
  });
  it.each([['GVP, Global Head of Design'], ['GVP Sales'], ['GVP Auditor'], ['GVP']])('%s is no product role', (title) => {
    for (const n of [general, product]) expect(n(title).family).toBeNull();
  });
});

// Invented titles in the styles of company handbooks' team lists: the team's label after the job
// as a field ("Group: …") or an issue tracker's scoped label ("group::…"), and "GMP", the
// shorthand of handbooks that title the group product manager "Group Manager, Product".
describe('a group named as the team, and GMP', () => {
  it.each([
    ['Senior PM, group::card disputes', 'product-management 3 ic'],
    ['Product Manager, ~"group::dispatch"', 'product-management 2 ic'],
    ['Principal Product Manager, ~"group::ticket resale"', 'product-management 5 ic'],
    ['PM (Group: Loyalty)', 'product-management 2 ic'],
    ['Staff PM - Group: Remote Monitoring', 'product-management 4 ic'],
    ['Group PM, Loyalty', 'product-management 5 management'],
    ['Group Product Manager: Ticketing', 'product-management 5 management'],
    ['GMP, Rider Payments', 'product-management 5 management'],
    ['GMP - Claims Intake', 'product-management 5 management'],
    ['GMP (Merchant Onboarding)', 'product-management 5 management'],
    ['GMP Auditor - Sterile Fill', 'none'],
    ['GMP Compliance Specialist', 'none'],
    ['GMP, Quality Assurance', 'none'],
    ['GMP - Validation Engineer', 'none'],
    ['GMP', 'none'],
  ])('%s', (title, want) => expect(read(product, title)).toBe(want));
  it('reads GMP as no product role in a general list', () => expect(general('GMP, Rider Payments').family).toBeNull());
});

// Invented titles in the style of product-management career ladders and rosters.
describe('ranks after the PM shorthand and the PMkt shorthand', () => {
  it.each([
    // A director, or a team's or chapter's lead, after "PM" leads the product managers.
    ['PM Director, Travel Insurance', 'product-management 6 management'],
    ['PM Team Lead – Loyalty Wallet', 'product-management 5 management'],
    ['PM Chapter Lead, Pensions', 'product-management 5 management'],
    ['PMM Director – Field Tools', 'product-marketing 6 management'],
    ['PM Lead, Smart Locks', 'product-management 4 -'],
    // A team or chapter with no lead after it is the PM's own unit.
    ['PM Team, Card Rewards', 'product-management 2 ic'],
    // "PMkt": the product-marketing function, with the rank or head around it.
    ['PMkt, Creator Payouts', 'product-marketing 2 ic'],
    ['Sr PMkt Manager – Tax Filing', 'product-marketing 3 ic'],
    ['PMkt Lead (Esports)', 'product-marketing 4 -'],
    ['PMkt Director, Fleet Software', 'product-marketing 6 management'],
  ])('%s', (title, want) => expect(read(product, title)).toBe(want));
  it.each([
    // Another job's shorthand, or a "PM" a general list cannot call product, keeps its reading.
    ['PM Director, Bridge Works', 'none'],
    ['PM Team Lead, Night Shift', 'none'],
  ])('%s in a general list', (title, want) => expect(read(general, title).split(' ')[0]).toBe(want));
});

// Invented roster titles: one person holding the shorthand's role and a neighbour's.
describe('two jobs held together in a product organisation', () => {
  it.each([
    ['PO / Designer – Aides sociales', 'product-owner 2 ic'],
    ['Mentor et PO', 'product-owner 2 ic'],
    ['PM & UX Researcher', 'product-management 2 ic'],
    ['Data Analyst / PO', 'product-owner 2 ic'],
    ['Senior PM / Developer', 'product-management 3 ic'],
    ['PO e Analista de Negócios', 'product-owner 2 ic'],
    ['PO / chargé de mission – Énergie', 'product-owner 2 ic'],
  ])('%s', (title, want) => expect(read(product, title)).toBe(want));

  // Shop-floor and trade jobs beside "PM" still make it the evening shift or a site's project
  // manager, and a job noun right after the shorthand still heads it.
  it.each([['Cashier / PM'], ['PM / Estimator'], ['Site Supervisor & PM'], ['PO Picker / Designer'], ['PM Coordinator']])('%s is not a product role', (title) =>
    expect(product(title).family).toBeNull(),
  );

  it('needs a product word in a general list', () => expect(general('PO / Designer').family).toBeNull());
});

// Invented roster titles: a department linked to "PM" heading its own job is a second job, not the
// department a project manager serves.
describe('a department linked to the shorthand with its own head', () => {
  it.each([
    ['PM/Design Lead – Ticketing', 'product-management 2 ic'],
    ['PM & Design Manager, Loyalty', 'product-management 2 ic'],
    ['Sr PM / Design Lead', 'product-management 3 ic'],
    ['PM & Creative Lead', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(product, title)).toBe(want));

  // Right beside the shorthand with no link, or linked with no head of its own, the department
  // still makes it a project manager's.
  it.each([['Design PM'], ['PM Design'], ['PM/Design'], ['Creative PM / Studio']])('%s is not a product role', (title) =>
    expect(product(title).family).toBeNull(),
  );

  it('needs a product word in a general list', () => expect(general('PM/Design Lead').family).toBeNull());
});

// Invented profile and speaker lines: a mentor alone in its own segment is a hat of the profile,
// and a job before "turned", or before a segment opening with "now", is the holder's history.
describe('people naming their own product role', () => {
  it.each([
    ['Mentor | Group PM @ Brambleworks', 'product-management 5 management'],
    ['Mentor · Senior PMM, Launches', 'product-marketing 3 ic'],
    ['Mentor, PO – Ticketing', 'product-owner 2 ic'],
    ['Engineer turned PM @ Foxglove', 'product-management 2 ic'],
    ['Designer turned Senior PM (she/her)', 'product-management 3 ic'],
    ['Ex-banker, now PM at Larchpay', 'product-management 2 ic'],
    ['Analyst turned Group PM', 'product-management 5 management'],
  ])('%s is read as the role held now', (title, want) => expect(read(product, title)).toBe(want));
  it.each([['Truck Driver - PM'], ['Mentor Coordinator - PM'], ['PM turned Engineer'], ['Nurse turned Project Manager'], ['Senior PM, now Engineering Manager']])(
    '%s is not a product role',
    (title) => expect(product(title).family).toBeNull(),
  );
  it('reads the role after "turned" the same in a general list', () =>
    expect(read(general, 'Engineer turned Senior Product Manager')).toBe('product-management 3 ic'));
});
