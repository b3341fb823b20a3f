import { describe, expect, it } from 'vitest';
import { framework, reading } from '../../../test/normalize-framework.js';
import { createNormalizer, normalizeTitle } from './index.js';
import { NormalizedTitle } from './result.js';


const fw = framework();
const norm = createNormalizer(fw);
const read = (title: string): string => reading(norm(title));

describe('product titles and their bands', () => {
  it.each([
    ['Product Manager, Checkout', 'product-management 2 ic'],
    ['Senior Product Manager, Loyalty Apps', 'product-management 3 ic'],
    ['Associate Product Manager - Maps', 'product-management 1 ic'],
    ['Staff Product Manager, Billing', 'product-management 4 ic'],
    ['Principal Product Manager, Search Ranking', 'product-management 5 ic'],
    ['Group Product Manager, Marketplace', 'product-management 5 management'],
    ['Lead Product Manager, Onboarding Flows', 'product-management 4 -'],
    ['Product Lead, Fraud Tools', 'product-management 4 -'],
    ['Director of Product, Retail Banking', 'product-management 6 management'],
    ['Senior Director, Product Mgmt (Cloud Storage)', 'product-management 7 management'],
    ['Head of Product (Fintech startup)', 'product-management 7 management'],
    ['VP of Product, Consumer', 'product-management 8 management'],
    ['SVP, Product Management', 'product-management 9 management'],
    ['Chief Product Officer at a seed-stage startup', 'product-management 10 management'],
    ['Product Management Intern, Summer 2031', 'product-management 0 ic'],
    ['Manager of Product Management - Lending', 'product-management 5 management'],
    ['Product Owner - Claims Platform', 'product-owner 2 ic'],
    ['Senior Product Owner, Booking Engine', 'product-owner 3 ic'],
    ['Product Marketing Manager, Wearables', 'product-marketing 2 ic'],
    ['Dir. Product Marketing, Launches', 'product-marketing 6 management'],
    ['Product Analyst, Subscriptions', 'product-analytics 2 ic'],
    ['Product Analytics Manager, Games', 'product-analytics 5 management'],
    ['Product Operations Manager, Tooling', 'product-operations 2 ic'],
    ['Director of Product Operations - EMEA', 'product-operations 6 management'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it('picks the framework role that fits band, track and specialty', () => {
    expect(norm('Technical Product Manager, Robotics').roleId).toBe('technical-product-manager');
    expect(norm('Product Manager, Robotics').roleId).toBe('product-manager');
    expect(norm('Sr. Technical Product Manager, Robotics').roleId).toBe('senior-product-manager');
    expect(norm('Head of Product, Insurtech').roleId).toBe('head-of-product');
    expect(norm('Sr. Director, Product, Mobility').roleId).toBe('senior-director-of-product');
    expect(norm('Head of Product, Insurtech').canonicalTitle).toBe('Head of Product');
  });
});

describe('abbreviations', () => {
  it.each([
    ['Sr. Prod Mgr, Mobile Apps', 'product-management 3 ic'],
    ['Snr Product Mgr - Ledger', 'product-management 3 ic'],
    ['Jr. Product Manager, Catalog', 'product-management 1 ic'],
    ['Dir. of Product Mgmt, Tax', 'product-management 6 management'],
    ['VP Prod Mgmt', 'product-management 8 management'],
    ['Asst. VP, Product Owner - Treasury Apps', 'product-owner 6 -'],
    ['EVP Product', 'product-management 9 management'],
    ['GPM, Creator Tools', 'product-management 5 management'],
    ['PMM - Developer Tools', 'product-marketing 2 ic'],
    ['Senior PMM, Edge Compute', 'product-marketing 3 ic'],
    ['Growth PM, Referrals', 'product-management 2 ic'],
    ['AI PM - Assistants', 'product-management 2 ic'],
    ['Technical PO / Scrum Team Lead', 'product-owner 2 ic'],
    ['CPO', 'product-management 10 management'],
    ['Product Ops Lead, Launch Readiness', 'product-operations 4 -'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['PM'],
    ['Sr. Prod Mgr'],
    ['Prod Manager, Bottling Line'],
    ['Restaurant Server - PM Shift 4PM-11PM'],
    ['Preventive Maintenance (PM) Mechanic, Conveyor Lines'],
    ['Bridge Construction PM'],
    ['Senior PM'],
    ['Parole Agent (PO), Region 4'],
    ['PO Processing Clerk'],
    ['CPO - Certified Orthotist & Prosthetist'],
    ['Executive Assistant to the CPO'],
    ['Chief Procurement Officer (CPO), Hospital Network'],
    ['Portfolio Manager - Fixed Income PM'],
    ['TPM Firmware Engineer'],
    ['Technical Program Manager (TPM), Datacenter'],
  ])('%s is not a product role', (title) => expect(norm(title).family).toBeNull());

  it('offers the product reading of a bare PM as a low-confidence alternative', () => {
    const r = norm('PM');
    expect(r.alternatives[0]).toMatchObject({ family: 'product-management', level: 2 });
    expect(r.alternatives[0]!.confidence).toBeLessThan(0.5);
  });
});

describe('PM with a product area after a comma, dash or bracket', () => {
  it.each([
    ['Sr. PM, Growth – Remote (US)', 'product-management 3 ic'],
    ['Senior PM, Data Products', 'product-management 3 ic'],
    ['PM - Platform', 'product-management 2 ic'],
    ['Staff PM, AI', 'product-management 4 ic'],
    ['Principal PM - Developer Experience', 'product-management 5 ic'],
    ['PM - Developer Platform', 'product-management 2 ic'],
    ['Lead PM | Marketplace', 'product-management 4 -'],
    ['PM (Consumer Apps)', 'product-management 2 ic'],
    ['PM II, Checkout', 'product-management 2 ic'],
    ['Group PM, Search Ranking', 'product-management 5 management'],
    ['PM, Hybrid - Monetization', 'product-management 2 ic'],
    ['Sr PM - Tech, Wearables', 'product-management 3 ic'],
    // The same cue before the abbreviation reads the same.
    ['Developer Experience PM', 'product-management 2 ic'],
    ['Marketplace PM, Sellers', 'product-management 2 ic'],
    // The discipline itself as the qualifier, as survey answers set it apart from project work.
    ['Senior PM (Product) - Logistics Software', 'product-management 3 ic'],
    ['PM, product (not projects)', 'product-management 2 ic'],
    ['Lead PM - Product', 'product-management 4 -'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['Sr. PM - Vendor Ops, Sourcing'],
    ['PM, Construction'],
    ['PM - Drywall'],
    ['PM, Data Migration'],
    ['PM - Data Center Build'],
    ['Senior PM, API Integration'],
    ['PM - Growth Marketing'],
    ['PM - Industrial Products'],
    ['PM, Mobile Home Park'],
    ['PM - Dock Crew / Forklift'],
    ['PM - 3PM to 11PM'],
    ['Executive Search PM'],
    ['Senior PM - Consumer Lending'],
    ['PM – Growth Equity'],
    ['PM - Products, Building Supplies'],
    ['PM (Product Installation)'],
  ])('%s is not a product role', (title) => expect(norm(title).family).toBeNull());
});

describe('an abbreviation followed by its expansion in brackets', () => {
  it.each([
    ['Senior TPM (Technical Product Manager) - Identity', 'product-management 3 ic'],
    ['Sr. PMM (Product Marketing Manager)', 'product-marketing 3 ic'],
    ['PO (Product Owner), Claims Intake', 'product-owner 2 ic'],
    ['GPM (Group Product Manager) - Ads', 'product-management 5 management'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['TPM (Technical Program Manager) - Storage'], ['Senior PM (Project Manager), Bridges']])('%s is not a product role', (title) =>
    expect(norm(title).family).toBeNull(),
  );
});

describe('internships in other languages', () => {
  it.each([
    ['Stage - Chef de produit', 'product-management 0 ic'],
    ['Responsable marketing produit (stage)', 'product-marketing 0 ic'],
    ['Stage Product Owner', 'product-owner 0 ic'],
    ['Chef de produit en stage', 'product-management 0 ic'],
    ['Stagiaire Product Manager', 'product-management 0 ic'],
    ['Tirocinio - Product Manager', 'product-management 0 ic'],
    ['Tirocinante Product Marketing', 'product-marketing 0 ic'],
    ['Praktikum Produktmanagement (m/w/d)', 'product-management 0 ic'],
    ['Praktikant Product Owner', 'product-owner 0 ic'],
    ['Prácticas - Product Manager', 'product-management 0 ic'],
    ['Gerente de producto en prácticas', 'product-management 0 ic'],
    ['Becario Product Analyst', 'product-analytics 0 ic'],
    ['Estágio em Gestão de Produto', 'product-management 0 ic'],
    ['Estagiário Product Owner', 'product-owner 0 ic'],
    ['Stagiair Product Marketing', 'product-marketing 0 ic'],
    ['Stage de 6 mois - Chef de produit', 'product-management 0 ic'],
    ['Stage 4 mois – Product Owner', 'product-owner 0 ic'],
    ['Praktikum im Bereich Produktmanagement', 'product-management 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it('keeps the English "stage"', () => {
    expect(norm('Stage Manager').family).toBeNull();
    expect(read('Early Stage Product Manager')).toBe('product-management 2 ic');
    expect(read('Product Owner, Seed Stage Ventures')).toBe('product-owner 2 ic');
  });
});

describe('work that serves the product organisation', () => {
  it.each([
    ['Product Success Manager (for product teams)', 'product-operations 2 ic'],
    ['Product Success Associate - supporting product owners', 'product-operations 1 ic'],
    ['Product Enablement Lead, Product Org', 'product-operations 4 -'],
    ['Director, Product Excellence', 'product-operations 6 management'],
    ['Head of Product Delivery, Governance & Tooling', 'product-operations 7 management'],
    ['VP, Product Delivery & Tooling', 'product-operations 8 management'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Product Success Manager'], ['Product Success Manager - Client Onboarding Process'], ['Product Delivery Manager'], ['Product Enablement Manager'], ['Customer Success Lead - Product Teams']])(
    '%s is not a product role',
    (title) => expect(norm(title).family).toBeNull(),
  );
});

describe('product lines and the products of a branch or store', () => {
  it.each([
    ['Director, Risk Products', 'product-management 6 management'],
    ['Director of Treasury Products', 'product-management 6 management'],
    ['SVP, Credit Card Products', 'product-management 9 management'],
    ['Senior Manager Consumer Products & Services', 'product-management 5 management'],
    ['Director, Investment Products', 'product-management 6 management'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['Branch Manager Industrial Products and Equipment'],
    ['Branch Manager - Roofing Products & Equipment'],
    ['Store Manager Garden Products'],
    ['Sales Manager Label Products'],
    ['Territory Manager, Dental Products'],
    ['Director, Structured Products'],
  ])('%s is not a product role', (title) => expect(norm(title).family).toBeNull());
});

describe('a product job and another joined by a slash', () => {
  it.each([
    ['Gulf Coast Product Development Manager/Sales Representative', 'product-management 2 ic'],
    ['Product Development / Sales Manager, Midwest', 'product-management 2 ic'],
    ['Product Development Manager/Sales Engineer', 'product-management 2 ic'],
    ['Product Manager/Inside Sales Rep', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it('still reads goods and engineering product development as not a product role', () => {
    expect(norm('Product Development Manager/Sales Rep - Specialty Chemicals').family).toBeNull();
    expect(norm('Product Development Engineer / Sales Support').family).toBeNull();
  });
});

describe('executives over product and another function', () => {
  it.each([
    ['VP Product & Design', 'product-management 8 management'],
    ['Head of Product + Data Platforms', 'product-management 7 management'],
    ['Director of Product / Engineering, Mobile', 'product-management 6 management'],
    ['Senior Director, Pricing & Product Management', 'product-management 7 management'],
    ['Director, Analytics and Product Marketing', 'product-marketing 6 management'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it('is not the framework name that lacks the "&" ("VP Product & Marketing" is not VP of Product Marketing)', () => {
    expect(norm('VP Product Marketing').family).toBe('product-marketing');
    expect(read('VP Product & Marketing')).toBe('product-management 8 management');
  });

  it('still reads goods, another job and engineering product development as not product', () => {
    expect(norm('General Manager, Industrial Products and Specialty Chemicals').family).toBeNull();
    expect(norm('Chief of Product & Quality Support Technician').family).toBeNull();
    expect(norm('Product Development and Engineering Supervisor').adjacent).toBe('engineering');
  });

  it('reads area words between a director and a named discipline as the area', () => {
    expect(read('Director Fleet Telematics Product Management')).toBe('product-management 6 management');
    expect(norm('Global VP Engineering Product Development').family).toBeNull();
  });

  it('reads an AVP over product as a director-level manager, and an AVP grade on an individual title as unsettled', () => {
    expect(read('AVP, Product Strategy')).toBe('product-management 6 management');
    expect(norm('AVP - Product Manager, Cards').track).toBeNull();
  });

  it('reads an engineering or design head shared with product as that job', () => {
    expect(norm('Product & Web Engineering Manager').adjacent).toBe('engineering');
    expect(norm('Product and Visual Design Lead').adjacent).toBe('product-design');
    expect(read('Product & Platform Manager')).toBe('product-management 2 ic');
  });

  it('reads design or engineering right after the link as a second job beside the product one', () => {
    expect(read('Product/Design Lead, Wallet')).toBe('product-management 4 -');
    expect(read('Product/Design Director – Kiosks')).toBe('product-management 6 management');
    expect(read('Product + Design Manager')).toBe('product-management 2 ic');
    expect(read('Payments Product/Engineering Lead')).toBe('product-management 4 -');
    expect(norm('Product Design Lead').family).toBeNull();
  });

  it('reads a product line under a manager rank as product management', () => {
    expect(read('Senior Manager, Product Line - Dishwashers')).toBe('product-management 5 management');
  });

  it('reads fuels as goods and the analysis of product data as product analytics', () => {
    expect(norm('Renewable Diesel Product Development Manager').family).toBeNull();
    expect(read('Senior Manager, Product Data Analytics')).toBe('product-analytics 5 management');
  });

  it('reads a leader of a product job as a lead', () => {
    expect(read('Product Owner Leader, Claims')).toBe('product-owner 4 -');
  });
});

describe('look-alikes', () => {
  it.each([
    ['Production Manager - Night Shift', 'production'],
    ['Produce Department Clerk', 'other'],
    ['Senior Product Designer, Payments', 'product-design'],
    ['Product Engineer II, Firmware', 'engineering'],
    ['Project Manager, Data Center Build', 'project-management'],
    ['Program Manager, Vendor Onboarding', 'program-management'],
    ['Product Support Specialist - Tier 2', 'support'],
    ['Regional Sales Manager, Product Line X', 'sales'],
    ['Film Producer', 'production'],
    ['Frozen Food Products Packer', 'production'],
  ])('%s', (title, adjacent) => {
    const r = norm(title);
    expect(r.family).toBeNull();
    expect(r.adjacent).toBe(adjacent);
  });

  it('reads manufacturing "product development" as engineering, not product management', () => {
    expect(norm('Product Development Engineer, Injection Molding').family).toBeNull();
    expect(norm('Product Developer - Knitwear').family).toBeNull();
    expect(norm('Product Development Manager, Snack Foods').family).toBeNull();
    expect(read('Director of Product Development, Mobile Banking')).toBe('product-management 6 management');
  });

  it('does not take a product discipline in brackets or after another job as the job', () => {
    expect(norm('Credit Risk Analyst (Product Management team)').family).toBeNull();
    expect(norm('Recruiter - Product Management').family).toBeNull();
    expect(norm('Data Analyst w/ Product Owner background').family).toBeNull();
  });
});

describe('grades and company levels', () => {
  it.each([
    ['Product Mgr I - Apps', 'product-management 1 ic'],
    ['Product Mgr II - Apps', 'product-management 2 ic'],
    ['Product Manager III - Apps', 'product-management 3 ic'],
    ['Product Owner 2, Mainframe Modernization', 'product-owner 2 ic'],
    ['Senior Product Mgr II, Apps', 'product-management 3 ic'],
    ['Product Manager L5', 'product-management 3 ic'],
    ['Product Manager (IC4)', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it('maps company level codes through framework.levels', () => {
    const n = createNormalizer(framework({ levels: [{ id: 'L6', band: 4, track: 'ic' }, { id: 'PM III', band: 3 }] }));
    const r = n('Product Manager, L6');
    expect([r.level, r.track, r.roleId]).toEqual([4, 'ic', 'staff-product-manager']);
    expect(n('PM III, Payments').family).toBeNull(); // "PM" alone stays ambiguous
    expect(n('Product Manager - PM III').level).toBe(3);
  });

  it('lets an exact company title win over every rule', () => {
    const n = createNormalizer(framework({ titleMap: { 'PM II': 'product-manager', 'Ninja of Widgets': 'group-product-manager' } }));
    expect(n('pm ii')).toMatchObject({ family: 'product-management', roleId: 'product-manager', level: 2, confidence: 1 });
    expect(n('  Ninja   of Widgets ')).toMatchObject({ roleId: 'group-product-manager', level: 5, track: 'management' });
    expect(n('PM II, Roadworks').family).toBeNull();
  });
});

describe('noise', () => {
  it.each([
    ['SR. PRODUCT OWNER, LEDGER | REMOTE (US) | $150,000-$180,000/yr', 'product-owner 3 ic'],
    ['Product Owner (m/w/d) - Hamburg', 'product-owner 2 ic'],
    ['Product Marketing Manager (m/f/d)', 'product-marketing 2 ic'],
    ['🚀 Senior Product Manager, Ledger 🚀 | Hybrid | Req #88213', 'product-management 3 ic'],
    ['Product Manager - Full Time - W2 only - Job ID 2291-77', 'product-management 2 ic'],
    ['product manager, referrals @ some startup', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it('reports the area and specialties apart from the noise', () => {
    const r = norm('Senior Product Manager, Card Rewards - Remote (US)');
    expect(r.area).toBe('card rewards');
    expect(norm('Product Manager - Payouts & Payments').specialties).toContain('payments');
    expect(norm('Growth Product Manager, Activation').specialties).toContain('growth');
    expect(norm('Product Manager, Vision Model Platform').specialties).toContain('platform');
  });
});

describe('two jobs, bank grades, other names', () => {
  it.each([
    ['Product Owner (Core Banking) / Scrum Master', 'product-owner 2 ic'],
    ['Data Engineer / Product Manager', 'product-management 2 ic'],
    ['COO & Head of Product', 'product-management 7 management'],
    ['Vice President, Product Manager - Treasury Services', 'product-management 3 ic'],
    ['V.P. of Product Management, Cards', 'product-management 8 management'],
    ['Senior Assoc., Product Management - Deposits', 'product-management 2 ic'],
    ['Assistant Vice President, Product Owner', 'product-owner 6 -'],
    ['Product Leader, Small Business Lending', 'product-management 4 -'],
    ['Chief Product and Technology Officer', 'product-management 10 management'],
    ['Senior Manager, Product', 'product-management 5 management'],
    ['Product Data Scientist, Marketplace', 'product-analytics 2 ic'],
    ['Growth Team at Acme - Product Manager', 'product-management 2 ic'],
    ['Head of Design and Product', 'product-management 7 management'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['Product Operations Lead | Riverside Galleria'],
    ['Store Supervisor, Product Operations - Northgate Mall'],
    ['Assistant Manager, Product Ops'],
    ['Sales Associate - Consumer Products'],
    ['Director of Finance - Product'],
    ['Manager, Product Catalog & Data'],
  ])('%s is not a product role', (title) => expect(norm(title).family).toBeNull());
});

describe('typos', () => {
  it.each([
    ['Prodcut Manger', 'product-management 2 ic'],
    ['Senoir Product Manager', 'product-management 3 ic'],
    ['Director of Product Managment', 'product-management 6 management'],
    ['Product Markting Manager', 'product-marketing 2 ic'],
    ['Product Onwer', 'product-owner 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it('does not bend real words into key words', () => {
    expect(norm('Produce Manager').family).toBeNull();
    expect(norm('Product Predict Lead').family).toBeNull();
    expect(norm('Senior Sensor Engineer').family).toBeNull();
    expect(norm('Prodcut Manger').confidence).toBeLessThan(norm('Product Manager, Ledger').confidence);
  });
});

describe('other languages', () => {
  it.each([
    ['Produktmanager (m/w/d)', 'product-management 2 ic'],
    ['Senior Produktmanagerin', 'product-management 3 ic'],
    ['Leiter Produktmanagement', 'product-management 7 management'],
    ['Chef de produit junior', 'product-management 1 ic'],
    ['Directeur produit', 'product-management 6 management'],
    ['Responsable marketing produit', 'product-marketing 2 ic'],
    ['Gerente de producto', 'product-management 2 ic'],
    ['Director de producto', 'product-management 6 management'],
    ['Dueño de producto', 'product-owner 2 ic'],
    ['Productmanager', 'product-management 2 ic'],
    ['Product Owner (medior)', 'product-owner 2 ic'],
    ['Gerente de produto sênior', 'product-management 3 ic'],
    ['Analista de produto', 'product-analytics 2 ic'],
    ['Responsabile di prodotto', 'product-management 2 ic'],
    ['Stagista product manager', 'product-management 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it('keeps foreign look-alikes apart', () => {
    expect(norm('Produktionsleiter').family).toBeNull();
    expect(norm('Chef de projet').family).toBeNull();
    expect(norm('Gerente de producción').family).toBeNull();
  });
});

describe('explanation, alternatives and the result schema', () => {
  it('says which words decided the family, band and track', () => {
    const r = norm('Senior Director, Product Mgmt');
    expect(r.explanation.family.words).toEqual(expect.arrayContaining(['product', 'mgmt']));
    expect(r.explanation.level.words).toEqual(expect.arrayContaining(['senior', 'director']));
    expect(r.explanation.level.rule).toMatch(/band 7/);
    expect(r.explanation.track.rule).toBeTruthy();
    expect(r.explanation.text).toMatch(/^product-management/);
  });

  it('gives alternatives when the band is a matter of company size', () => {
    const r = norm('Head of Product, Fintech');
    expect(r.alternatives.map((a) => a.level)).toEqual(expect.arrayContaining([6, 8]));
  });

  it('validates against the NormalizedTitle schema', () => {
    for (const t of ['Senior Product Manager', 'PM', '', 'Produce Clerk', 'Head of Product', 'Ninja']) {
      expect(() => NormalizedTitle.parse(norm(t))).not.toThrow();
    }
  });

  it('normalizeTitle works without creating a normalizer first', () => {
    expect(normalizeTitle('Group Product Manager - Ads Quality', { framework: fw }).roleId).toBe('group-product-manager');
  });

  it('uses a framework alias for a name the rules do not read', () => {
    expect(norm('Project Lead')).toMatchObject({ family: null, adjacent: 'project-management', roleId: 'project-manager' });
  });

  it("lets the framework's own name of a role give its band, as the resolver does", () => {
    // A company whose ladder calls its band-6 individual contributors "Fellow Product Managers".
    const company = structuredClone(fw);
    const principal = company.roles.find((r) => r.id === 'principal-product-manager')!;
    company.roles.push({ ...principal, id: 'fellow-product-manager', title: 'Product Fellow', band: 6, aliases: [{ name: 'Fellow Product Manager', kind: 'title', source: [] }] });
    const read = createNormalizer(company)('Fellow Product Manager');
    expect(read).toMatchObject({ family: 'product-management', level: 6, track: principal.track, roleId: 'fellow-product-manager' });
    expect(read.explanation.level.rule).toBe('the framework names Product Fellow band 6');
    expect(norm('Fellow Product Manager').level).toBe(2);
  });

  it('returns values that one caller cannot change under another (shared parts are frozen)', () => {
    const first = norm('Warehouse Associate');
    const again = norm('Warehouse Associate, Night Shift');
    expect(() => (first.specialties as string[]).push('x')).toThrow(TypeError);
    expect(() => (first.explanation.level.words as string[]).push('x')).toThrow(TypeError);
    expect(again.specialties).toEqual([]);
    expect(again.explanation.level.words).toEqual([]);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });

  it('caches results when asked, with the same answers', () => {
    const cached = createNormalizer(fw, { cache: 2 });
    const titles = ['Product Manager, A', 'Product Owner, B', 'Senior Product Manager, C', 'Product Manager, A'];
    for (const t of titles) expect(cached(t)).toEqual(norm(t));
  });
});

describe('titles copied out of web pages', () => {
  // Exports of postings and HR pages keep HTML references for "&", spaces and dashes.
  it.each([
    ['Senior Product Manager &amp; Owner, Checkout', 'Senior Product Manager & Owner, Checkout'],
    ['Director of Product &amp; Research', 'Director of Product & Research'],
    ['Product Owner&nbsp;(m/w/d) &#8211; Versicherung', 'Product Owner (m/w/d) – Versicherung'],
    ['Product &amp; Growth Manager', 'Product & Growth Manager'],
  ])('%s reads as %s', (escaped, plain) => {
    expect(read(escaped)).toBe(read(plain));
    expect(norm(escaped).family).not.toBeNull();
  });
});

describe('two ranks of one person over the product', () => {
  // "Vice President and General Manager of …": the higher rank counts, as in "SVP and GM of …".
  it.each([
    ['Vice President and General Manager of the Irrigation Product Line', 'product-management 8 management'],
    ['Senior Vice President & General Manager of Product Line, Wearables', 'product-management 9 management'],
    ['Director and General Manager of Product Line - Forklifts', 'product-management 6 management'],
    ['General Manager of Product Line - Forklifts', 'product-management 5 management'],
    // A rank of another function is that function's: the product job is the manager's.
    ['Sales Director and Manager of Product Management', 'product-management 5 management'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

describe('a manager named by another function before a product discipline', () => {
  // "Project Manager Product Development": a project manager working in product development.
  it.each([['Project Manager Product Development - Kitchen Appliances'], ['Programme Manager Product Development, Rail'], ['Sales Manager Product Line Valves']])(
    '%s is not a product role',
    (title) => expect(norm(title).family).toBeNull(),
  );
  it.each([
    ['Senior Manager Product Development - Kitchen Appliances', 'product-management 5 management'],
    ['Group Manager Product Development, Rail', 'product-management 5 management'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

describe('the employer named after "at"', () => {
  // The employer's words are no part of the job, even when they are another trade's words.
  it.each([
    ['Head of Product at a logistics scale-up', 'product-management 7 management'],
    ['Director of Product at a furniture retailer', 'product-management 6 management'],
    ['Senior Product Manager at a design agency', 'product-management 3 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
  it.each([['Head of Product Logistics, Grocery'], ['Product Designer at a bank']])('%s is not a product role', (title) => expect(norm(title).family).toBeNull());
});
