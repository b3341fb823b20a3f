import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import { createNormalizer, type TitleContext } from './index.js';
import { windows1252Text } from './unicode-forms.js';

/**
 * The labelled check sets in fixtures/ (their README says where each comes from), read with
 * the built-in framework as `ladder normalize` reads them. A row is right when the family, and
 * for product rows the band and a labelled track, match the label.
 */
const dir = new URL('./fixtures/', import.meta.url);

/**
 * Rows of a set scored once, before the rules it prompted, that the rules still read otherwise,
 * each with why it was left: listed so that a fix, or a new miss, shows here.
 */
const LEFT: Record<string, readonly string[]> = {
  // Nineteenth general round (official title lists of every occupation). A short form is read as
  // its bracket only when the bracket spells it out in the same order, as the lists write it
  // ("Dir PM" before "Product Management Director" names its words the other way round); reading
  // short forms in any order would let a bracket with the same words and another head decide: left.
  'fresh-devlike5-general.tsv': ['Dir PM (Product Management Director)'],
  // Sixteenth general round (visa filings and survey answers). A retail word makes product
  // operations a shop's stock work (an earlier round's rule); "retail media" is the advertising a
  // retailer sells, which only the two words together say. "Business Leader" is one company's
  // grade the scheme does not place, and with "business" before it the segment is no rank alone.
  // Product development of footwear is a trade of goods in the occupation lists, and licensing
  // alone does not make it product management: the label and the rules may both be argued: left.
  'fresh-devlike4-general.tsv': [
    'PRODUCT OPERATIONS SENIOR MANAGER, RETAIL MEDIA',
    'BUSINESS LEADER, PRODUCT MANAGEMENT - COMMERCIAL CARDS',
    'PRODUCT DEVELOPMENT MANAGER - FOOTWEAR LICENSING',
  ],
  // The scheme names no launch manager: a product launch is go-to-market work product marketing
  // often leads, and product management as often; the label took product marketing, the rules
  // read a product manager. Neither reading is settled by the scheme: left.
  'heldout-sources2.tsv': ['Product Launch Manager'],
  // A rank alone before a dash with a bare function after it ("Rotational Associate - Product")
  // is not read as that function's associate: "Associate" is also a bank, law-firm and shop grade,
  // and reading it so needs its own check over those titles, not done in this round. Portuguese
  // "Gestão de Produtos" (plural) is retail's merchandise management as often as product
  // management. Danish "i" (in) after a role is read
  // as the grade "I", as with the Albanian articles below: left.
  'fresh-mixed2-general.tsv': [
    'Rotational Associate - Product',
    'Early Careers Rotational Associate - Product Analytics',
    'Programa de Trainee 2028 – Gestão de Produtos Digitais',
    'Produktejer i it-afdelingen',
  ],
  // A part one plays beside the job ("Quarterly plan owner –") opens this title and is read as a
  // job of its own, so the title holds two jobs and the shorthand after it loses; telling a part
  // from a job needs the words of each: left. (A mentor alone in its segment is read as such a
  // part since the thirteenth product-context round.)
  'fresh-mixed2-product-context.tsv': ['Quarterly plan owner – Group PM, Merchant'],
  // "Product Costing" is cost accounting and new product development in a packaging plant is
  // packaging engineering; the words say so only through "costing" and "packaging", which are
  // not job words of their own ("Pricing & Packaging PM" is a product role): left.
  // Ninth general round (internship boards). "PdM" alone is read as product only in the product
  // context or beside a product cue (it is also predictive maintenance), and "PdM職" is not split;
  // "新卒" and "28卒" are no such cue. "产品助理" (product assistant) is the entry product job of
  // Chinese boards, but the rules read an assistant beside a product word as serving it, as the
  // English "Product Assistant" is. A Chinese trainee with the bare department after it
  // ("管培生-产品方向") is not turned round as "Management Trainee - Product" is (the department in
  // brackets right after the trainee is read since the eighteenth general round), nor one with the programme's name and place between
  // ("Management Trainee Programme 2028 (Hong Kong) - Product"); "Program Management Trainee
  // (MT)" reads as programme management. "SIP" (India's MBA summer internship) is also VoIP's
  // session protocol, "MT" a US state and machine translation, NYSC's "Corps Member" no rank word
  // of its own. "Estagiário(a) de Produto - Product Owner" holds two readings (the product
  // department's intern, a product-owner intern). "产品运营" stays unread, as decided for
  // fresh-scripts2-general.tsv: left.
  'fresh-boards4-general.tsv': [
    '暑期实习生-产品运营',
    '产品助理（应届生可投）',
    '管培生-产品方向（2028届）',
    'Management Trainee Programme 2028 (Hong Kong) - Product',
    '【28卒】PdM職（新卒）',
    'Program Management Trainee (MT) 2028 - Product',
    'SIP 2027 - Product Management (MBA)',
    'NYSC Corps Member - Product Management',
    'Estagiário(a) de Produto - Product Owner',
    'MT Programı - Ürün Pazarlama',
  ],
  'fresh-grades-general.tsv': ['Executive - New Product Development (Packaging)', 'Chief Manager - Product Costing (Manufacturing)'],
  // Albanian links a head to its product word or rank with the articles "e" and "i" ("Menaxhere e
  // Produktit", "Menaxher i Lartë Produkti"); the same words are the Portuguese "and" and the
  // grade "I" of English titles, which the rules read first. Telling them apart needs the
  // neighbours' language, which no word here settles: left.
  'fresh-scripts3-general.tsv': ['Menaxhere e Produktit', 'Menaxher i Lartë Produkti'],
  // Eleventh general round (real lists). Swedish "biträdande" is the deputy as often as the
  // assistant ("biträdande rektor" is a deputy head), and the scheme gives a deputy no band of its
  // own: the rank is not read. A slash between the product word and another object before one
  // head ("Product/Sector Analyst", as a Chinese board's English names write a research desk)
  // is read as two titles sharing the head, the product analyst first; telling a research desk's
  // subjects from two jobs needs the words of each subject, not done in this round: left.
  'fresh-lists6-general.tsv': ['biträdande produktchef', 'Fund Product/Sector Research Analyst', 'Securities Product/Sector Analyst'],
  // Romania's COR writes two objects after one head with a slash ("manager de vânzări/produs"): two
  // jobs sharing the head, the product one as the label. With operations the head now keeps the
  // product word (word-order.ts); with sales the title reads as a sales job, as the sales word
  // anywhere beside a Romance head makes it, where the English "Sales/Product Manager" reads as two
  // titles: changing what a sales word does beside a Romance head needs its own check. Korean "상품"
  // is the product of a bank or insurer as often as a shop's merchandise ("상품기획" is merchandising
  // in retail): not made a product word.
  'fresh-lists7-general.tsv': ['manager de vanzari/produs (asigurari)', '보험상품 매니저'],
  // A French "chef de produit marketing" is the marketing side's product manager of consumer-goods
  // firms as often as a product marketer; the rules read the product manager (the head noun), the
  // label took the marketer. The words do not settle it: left as debatable.
  // Words broken across a line by a scan or a PDF ("Man- ager") are not joined: a second reading
  // of every title with a dash cost 3-5 % of the reader's speed for a kind of text HR systems and
  // job boards rarely hold.
  'fresh-widen7-general.tsv': [
    'Alternance 24 mois - Chef de produit marketing (sept. 2027)',
    'Product Man- ager, Retail Banking',
    'Pro- duct Owner Logistics Platform',
    'Senior Pro- duct Marketing Manager',
    'Produkt- manager Medizintechnik',
  ],
  // The rules rank an operations analyst like a specialist (band 1, senior 2); the label took the
  // analytics family's analyst band. The scheme names no operations analyst: left as debatable.
  'fresh-widen-general.tsv': ['Senior Product Operations Analyst'],
  // "Продакт" alone is Russian slang for a product manager; read alone it would make every
  // "продакт" a product role, and "стажер-продакт" is not joined as one compound. Chinese
  // "产品运营" is left unread on purpose (on Chinese boards mostly user and content growth work,
  // not product operations as the scheme means it); the label took the words literally.
  'fresh-scripts2-general.tsv': ['Стажер-продакт', '高级产品运营经理'],
  // "PA" is a
  // personal or physician assistant in most rosters; the scheme's product shorthand names PM,
  // GPM, PO and PMM, not PA. "Head of <area>" with no product word is not read as product, so
  // "GPM / Head of <area>" keeps the GPM's band. The rules read a senior manager of a product
  // discipline as its manager (band 5), a decision of an earlier round; the label took the
  // discipline's own senior band. After "PM" one unknown noun is the job on the evening shift
  // ("PM Valet"); a team name in another language that no list knows cannot be told from it.
  // The earlier rounds read a P-code on a generic ladder one band down (P2 is band 1, "PO (P2)"
  // was labelled so); this set's label took the job profile's "Professional" as the mid band.
  // The scheme names no P-codes: the earlier decision stands.
  'fresh-widen6-product-context.tsv': ['Product Management - Professional (P2)'],
  // A job code made of cut words ("PRD-MGT-IC-05") is a company's own code: "PRD" is as often a
  // requirements document or a production code, and the words alone name no family. A company's
  // framework maps its codes (titleMap, levels); the rules do not guess them.
  'fresh-widen7-product-context.tsv': ['PRD-MGT-IC-05'],
  'fresh-widen5-product-context.tsv': ['PA II – Monetization', 'GPM / Head of Lending', 'Sr. Mgr, Prod Ops', 'PM Zahlungsarten'],
  // Product development beside goods (furniture, desserts) is read as manufacturing, after the
  // scheme's own example (a product developer of apparel is not a product role); whether the
  // manager of a consumer-goods line's development is the scheme's "Product Development Manager
  // (consumer goods)" the words do not settle. The rules read a product marketing analyst like a
  // specialist (band 1, senior 2), as for the operations analyst above; the label took the
  // analyst's band. "PdM" is the Japanese boards' product manager, but the reader folds case
  // before it looks a word up and "PDM" is also product data management, a department code of US
  // postings, or predictive maintenance: only the product context reads it (eighth product round). A bare "Product @ employer" headline names the function one works in, not which
  // product job (manager, marketer, operations): the scheme has no family for it.
  'fresh-widen5-general.tsv': [
    'New Product Development Manager, Frozen Desserts',
    'Manager, product development (furniture)',
    'Analista de Marketing de Produto Sênior',
    'Senior PdM - Fintech (Tokyo)',
    'Product @ Acme | ex-Google',
  ],
  // "Prod Mgr" is read like "PM": product in a general list only beside a product area (platform,
  // data, growth); "digital channels", a bank's treasury or fleet telematics do not settle whether a
  // product or a production manager is meant, and the scheme names no "Prod" shorthand. An executive
  // director is read as a senior director (band 7); that a bank uses it as a grade over VP the words
  // do not say, and the label took the bank director's 5|6. The rules read a product analytics
  // manager as the manager of analysts (band 5, an earlier round's decision, tested beside
  // level.ts); the label took the operations manager's mid band.
  'fresh-devlike2-general.tsv': [
    'SR. PROD. MGR - DIGITAL CHANNELS',
    'PROD MGR II - TREASURY',
    'Prod. Mgr., Fleet Telematics',
    'Executive Director, Product Owner - Wealth Platforms',
    'Product Analytics Manager, Checkout',
  ],
  // An inverted index entry "Manager, Product Development" is read as the manager of the product
  // development department (band 5), as the scheme reads a manager of product management; that a
  // national list's entry means the product development manager (band 2) the words alone do not
  // say. A "Product Development Officer" in a bank may be a product manager's grade or a developer
  // of loan products: nothing in the scheme places the officer after the discipline. Malay "pelatih"
  // is a trainee, but the same word in Indonesian is a coach or trainer.
  'fresh-lists4-general.tsv': ['Manager, Product Development (NCO 2015)', 'Product Development Officer (Rural Banking)', 'Pelatih Pengurusan Produk'],
  // Tenth general round (a real board's styles). "Placement" alone after a product phrase is an
  // internship in British postings, but also the product placement of advertising and a
  // recruiter's placement ("Product Placement Manager"): only the word before it ("Industrial",
  // "Summer", "Work") makes it an internship. A "Summer Scholar" is an internship on a few
  // boards and a scholarship's holder on others, and the board swept named it once: left.
  'fresh-boards5-general.tsv': ['12-Month Product Marketing Placement - 2027/28', 'Product Management Summer Scholar - Freight Logistics'],
  // Tenth general round (real occupation lists). An index entry of a Romance language turned
  // round with its linking word left dangling ("Producto, jefe/a de") is not turned back: the
  // inverted-entry reader knows the English heads only, and none of the lists read in this round
  // (ESCO, BERUFENET, CBO) wrote its entries so; the row was invented for the style alone: left.
  'fresh-lists5-general.tsv': ['Producto, jefe/a de'],
  // Ninth product-context round (real product orgs' documents). "Insights" alone is passed over
  // between a product word and its head ("Product Insights Manager" is, in consumer goods, a
  // researcher of buyers read as the product manager), and "Product Insights & Analytics" after
  // a bare "Manager," is not distributed over both words; only "Product Data Insights", the
  // handbook's own name of its analysts' team, was made product analytics: left.
  'fresh-widen9-product-context.tsv': ['Manager, Product Insights & Analytics'],
  // Eleventh product-context round (product orgs in other languages). Brazil's
  // "Especialista" grade after "PM" is a job noun there (the scheme names no band for it, and
  // "Especialista de Produto" alone is a product specialist). A grocery area after "APM" is food,
  // which the scheme reads as goods or a store's assistant produce manager. A CPO in brackets
  // after a director of product is not taken as the title's rank: left.
  'fresh-widen11-product-context.tsv': ['PM Especialista, Tribo Cartões', 'APM – Flipkart-style Grocery (L1)', 'Directora de Producto (CPO) – Fintech'],
  // An inverted lead over coordinated areas is not read ("Lead, Product & Growth" neither); an
  // engineer anywhere is evidence of another job (a site's "PM/Engineering Lead" is a project
  // manager's); a bare product fellow may be a fellowship or a senior rank (a Fellow), and only a
  // fellow of a named discipline or with a season reads as early career.
  'fresh-widen12-product-context.tsv': ['Lead, Product & Design', 'PM & Eng Lead (Games Store)', 'Product Fellow – Benefits Delivery'],
  // Twelfth general round (boards outside the US). "Early Careers" is not joined as "Early Career"
  // is: the plural is not a known word, and making it one would run the pair reader on every title
  // naming careers. "Intern/Placement" before the role and "Placement (Sandwich Year)" after it
  // leave the placement alone, which is also advertising's product placement (as in the tenth
  // round). A bank's "Summer Analyst" with the job in brackets keeps the analyst as another job. A
  // V.I.E (France's international volunteer post for young graduates) is not a known word ("vie" is
  // also French for life). "Product Operations Graduate" beside a supermarket is read as a shop's
  // stock work, which a supermarket's head office title may not be. Portuguese "Trainee de Produto"
  // names the area after "de", which the trainee word does not take as its discipline: left.
  'fresh-boards6-general.tsv': [
    'Early Careers Programme 2028: Product Owner',
    'Intern/Placement Product Analyst 12 Months',
    'Product Owner Placement (Sandwich Year) - Public Health Digital',
    'Summer Analyst (Product Management) - 2028 - Singapore',
    'V.I.E - Product Manager Energy Storage (12 mois)',
    'Product Operations Graduate - Supermarket Group',
    'Trainee de Produto 2028 - Varejo',
  ],
  // The department first and a job after a dash whose own words may name another job: a "Loan
  // Origination Manager" is a bank's job and a "Checkout Lead" a shop's, so whether the product
  // management department makes them product managers of that area the scheme does not settle
  // (the qualifier rule speaks of the words after the job, not before). A strategy intern in a
  // product development department is read as a product intern because "strategy" is itself a
  // product discipline; the title does not say the intern works on the product: left.
  // A bracket holding a rank and an area joined by a slash or a middle dot: the slash joins them
  // into one segment, so the rank is not a segment of ranks of its own and does not rank the
  // title (an English title written so reads the same); telling a rank from an area inside such a
  // bracket needs its own check over the slash pairs.
  'fresh-lists8-general.tsv': ['プロダクトマネージャー（アソシエイト・EC領域）', 'プロダクトマネージャー（アソシエイト／保険領域）'],
  // A graduate engineer trainee (India's engineering intake) before a product discipline keeps the
  // engineer as the job the discipline qualifies, as "Mechanical Engineering Intern - Product
  // Management" does. A programme or stream word between the intake and a bare "Product" ("Management
  // Trainee Program - Product", "Graduate Program – Product Stream") makes the programme the head of
  // the title, and a bare product word needs an executive or an intake word closing the segment before
  // it. "Officer" after a product word (Nigerian and Kenyan boards' "Product Officer", "Product
  // Development Officer") is also the safety, compliance and quality officer of goods, which the English
  // rules read as another job; only the officer grade before the function is read ("Officer - Product
  // Management"). A tourism "producto turístico" (a travel package) and a warehouse's inventory of
  // "productos" are goods of their trades, which no table names yet. "Staff" after a head noun
  // ("Product Analyst Staff") is an Indonesian board's rank and file but a US defence contractor's
  // staff grade (a job-code title of the sources reads so), and the words do not tell them apart;
  // after a discipline with no head it is read as the employee: left.
  'fresh-boards7-general.tsv': [
    'Graduate Engineer Trainee - Product Management',
    '2028 Technology Graduate Program – Product Stream',
    'Product Development Officer - Microfinance (Lagos)',
    'Product Officer (Digital Channels) - Abuja',
    'Management Trainee Program - Product (Kuala Lumpur)',
    'Coordinador de operaciones de producto turístico - Mayorista',
    'Analista de Productos de Inventario (Almacén)',
    'Product Analyst Staff - Jakarta Selatan',
  ],
  // Thirteenth product-context round (people naming their own role). `Eng` is an engineer, a job,
  // wherever it stands; reading it as the function beside a product word under an executive would
  // change every `Eng Manager`, so a VP of product and engineering written `Eng` is left. A profile's
  // `PM by day, … by night` names a pastime in the second segment, which reads as another job. Latin
  // letters glued to Japanese ones (`…CPO`) are one token, and splitting them is the tokenizer's work;
  // a department named with `部` before a separate `部長` is not joined to it.
  'fresh-widen13-product-context.tsv': [
    'VP Product & Eng @ Cobble',
    'VP Eng & Product, Starling Devices',
    'PM by day, podcaster by night',
    '執行役員CPO',
    'プロダクトマネジメント部 部長',
  ],
  // Fourteenth product-context round (scaled-agile product orgs). The French head `Responsable`
  // with `de chapitre` before an English role is read as the role after it; joining the French
  // unit to its head would be a rule for one phrase no source showed.
  'fresh-widen14-product-context.tsv': ['Responsable de chapitre Product Owner'],
  'fresh-devlike3-general.tsv': [
    'Product Management - Loan Origination Manager',
    'Product Management - Checkout Lead',
    'Strategy Intern - Product Development Group (PDG)',
  ],
};
const files = readdirSync(dir).filter((f) => f.endsWith('.tsv'));
const fw = loadBuiltinFramework();

describe.each(files)('%s', (file) => {
  const context: TitleContext = file.includes('product-context') ? 'product' : 'general';
  const norm = createNormalizer(fw, { context });
  const [header, ...rows] = readFileSync(new URL(file, dir), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const col = header!.split('\t');
  const at = (name: string) => col.indexOf(name);

  it(`reads every title as labelled (${context} context)`, () => {
    const wrong: string[] = [];
    for (const line of rows) {
      const f = line.split('\t');
      const family = f[at('family')] === 'none' ? null : f[at('family')];
      const levels = f[at('level')] ? f[at('level')]!.split('|').map(Number) : [];
      const track = f[at('track')] || null;
      const r = norm(f[at('title')]!);
      const ok = r.family === family && (family === null || (levels.includes(r.level ?? -1) && (track === null || r.track === track)));
      if (!ok && !(LEFT[file] ?? []).includes(f[at('title')]!)) wrong.push(`${f[at('title')]}: got ${r.family} ${r.level} ${r.track}`);
      if (ok && (LEFT[file] ?? []).includes(f[at('title')]!)) wrong.push(`${f[at('title')]}: now read as labelled; take it off LEFT`);
    }
    expect(wrong).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });

  // The same title as other systems hand it over: decomposed (macOS file names, some exports and
  // forms: each accent, Hangul letter or kana voicing mark a character of its own), as mojibake
  // (UTF-8 read as Windows-1252 and saved again), in the bold letters of profile headlines.
  it.each([
    ['written decomposed (NFD)', (t: string) => t.normalize('NFD')],
    ['mojibake', (t: string) => windows1252Text(Buffer.from(t, 'utf8'))],
    ['in mathematical bold', (t: string) => t.replace(/[A-Za-z0-9]/g, (c) => String.fromCodePoint((c <= '9' ? 0x1d7ce - 48 : c <= 'Z' ? 0x1d400 - 65 : 0x1d41a - 97) + c.charCodeAt(0)))],
  ])('reads every title the same when it is %s', (_how, form) => {
    const differ: string[] = [];
    for (const line of rows) {
      const title = line.split('\t')[at('title')]!;
      const other = form(title);
      if (other !== title && JSON.stringify(norm(other)) !== JSON.stringify(norm(title))) differ.push(title);
    }
    expect(differ).toEqual([]);
  });
});
