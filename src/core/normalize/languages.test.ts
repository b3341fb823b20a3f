import { describe, expect, it } from 'vitest';
import { framework, reading } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';

const norm = createNormalizer(framework());
const read = (title: string): string => reading(norm(title));

// Invented titles in the style of national occupation lists and European job boards.
describe('titles in other European languages', () => {
  it.each([
    ['Produktmanagerin Zahlungen (w/m/d)', 'product-management 2 ic'],
    ['Senior Produktmanager*in Mobilität', 'product-management 3 ic'],
    ['Produktmarketing-Managerin', 'product-marketing 2 ic'],
    ['Cheffe de produit senior – assurance', 'product-management 3 ic'],
    ['Jefa/o de producto', 'product-management 2 ic'],
    ['Director/a de producto', 'product-management 6 management'],
    ['Menedżer produktu (k/m)', 'product-management 2 ic'],
    ['Młodszy menedżer produktu', 'product-management 1 ic'],
    ['Produktchef, betalningar', 'product-management 2 ic'],
    ['Produktägare', 'product-owner 2 ic'],
    ['Produkteier – kundeportal', 'product-owner 2 ic'],
    ['Manager produit digital (F/H)', 'product-management 2 ic'],
    ['Manager de producto senior', 'product-management 3 ic'],
    ['Manažerka produktu', 'product-management 2 ic'],
    ['Produktowa menadżer', 'product-management 2 ic'],
    ['Manager de produs (Fintech)', 'product-management 2 ic'],
    ['Tuoteomistaja', 'product-owner 2 ic'],
    ['Termékmenedzser (B2B)', 'product-management 2 ic'],
    ['Reiseproduktmanagerin', 'product-management 2 ic'],
    ['Senior Softwareproductmanager', 'product-management 3 ic'],
    ['Produktansvarig e-handel', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['Kierownik projektu budowlanego'],
    ['Kierownik produkcji mleczarskiej'],
    ['Projektleder'],
    ['Produktionschef'],
    ['Cheffe de projet'],
    ['Jefe/a de obra'],
    ['Lebensmittelproduktentwickler'],
    ['Endproduktprüferin'],
    ['Praktikum Produktentwicklung (Elektrotechnik)'],
    ['Ingeniería de producto - becario'],
    ['Product Development Co-op (Mechanical Engineering)'],
  ])('%s is not a product role', (title) => expect(norm(title).family).toBeNull());
});

describe('internships, schemes and new graduates', () => {
  it.each([
    ['Product Externship (Spring)', 'product-management 0 ic'],
    ['Working Student Product Analytics', 'product-analytics 0 ic'],
    ['Working Student - Product Marketing', 'product-marketing 0 ic'],
    ['Product Marketing & Growth Intern', 'product-marketing 0 ic'],
    ['Product Ownership & Agile Intern', 'product-owner 0 ic'],
    ['Product Management Leadership Rotational Program', 'product-management 1 ic'],
    ['APM Program 2027', 'product-management 1 ic'],
    ['Vertriebspraktikum Produktmanagement', 'product-management 0 ic'],
    ['Produktmanagementpraktikant (m/w/d)', 'product-management 0 ic'],
    ['Stagiaire produit (H/F)', 'product-management 0 ic'],
    ['Becaria de producto', 'product-management 0 ic'],
    ['Stagista prodotto', 'product-management 0 ic'],
    ['Stage - Assistant chef de produit', 'product-management 0 ic'],
    ['Estágio em produto digital', 'product-management 0 ic'],
    ['Duales Studium Produktmarketing', 'product-marketing 0 ic'],
    ['Product Owner, College Grad', 'product-owner 1 ic'],
    ['Early-Career Product Analyst', 'product-analytics 1 ic'],
    ['Product Marketing Traineeship', 'product-marketing 0 ic'],
    ['Summer Analyst, Product Strategy', 'product-management 0 ic'],
    ['Product Operations Summer Associate', 'product-operations 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['Graduate Programme - Supply Chain'],
    ['Associate Program Manager'],
    ['Rotational Program Coordinator'],
    ['Marketingpraktikum'],
    ['Becario/a de producción'],
    ['Summer Analyst, Equity Research'],
    ['Product Development and Food Science Intern'],
  ])('%s is not a product role', (title) => expect(norm(title).family).toBeNull());
});

// The widening round: word classes of other languages, each tried on invented titles of several industries.
describe('more heads, links and endings of other languages', () => {
  it.each([
    // "Chargé(e) de", "encargado de", "incaricato di": the officer in charge of the product.
    ['Chargé(e) de produit assurance vie', 'product-management 2 ic'],
    ['Chargée de produit voyages (H/F)', 'product-management 2 ic'],
    ['Encargado de producto - moda', 'product-management 2 ic'],
    ['Incaricata di prodotto bancario', 'product-management 2 ic'],
    // A gender ending in brackets belongs to its word.
    ['Gerente(a) de Produto Seguros', 'product-management 2 ic'],
    ['Chef(fe) de produit junior - jouets', 'product-management 1 ic'],
    ['Directeur(trice) produit', 'product-management 6 management'],
    // A seniority between a Romance head and "de producto" ranks the title.
    ['Gerente Sênior de Produto - Varejo', 'product-management 3 ic'],
    ['Gerente Sr. de Producto (Telecomunicaciones)', 'product-management 3 ic'],
    ['Responsabile Junior di Prodotto', 'product-management 1 ic'],
    ['Chef de produit confirmé(e) - cosmétique', 'product-management 3 ic'],
    // Norwegian and Danish heads of compounds: -sjef, -leder.
    ['Produktsjef nettbank', 'product-management 2 ic'],
    ['Senior produktleder, energi', 'product-management 3 ic'],
    // Polish: "ds." links the head to its object; "dyrektor"; the head before the product word.
    ['Kierownik ds. produktu cyfrowego', 'product-management 2 ic'],
    ['Dyrektor produktu (bankowość)', 'product-management 6 management'],
    ['Praktykant/ka w dziale produktu', 'product-management 0 ic'],
    ['Stażystka ds. produktu', 'product-management 0 ic'],
    ['Becario en el departamento de producto', 'product-management 0 ic'],
    // Polish heads of the product word: analityk, właściciel.
    ['Analityczka produktu (e-commerce)', 'product-analytics 2 ic'],
    ['Właścicielka produktu - bankowość', 'product-owner 2 ic'],
    // Croatian, Czech and Slovak (ESCO languages): voditelj, vedoucí, the inflected disciplines.
    ['Voditeljica proizvoda - osiguranje', 'product-management 2 ic'],
    ['Vedoucí produktového managementu', 'product-management 7 management'],
    ['Specjalista ds. marketingu produktu', 'product-marketing 1 ic'],
    // A seniority written onto a Nordic or German compound is its rank.
    ['Juniorproduktchef, dagligvaror', 'product-management 1 ic'],
    ['Seniorproduktejer', 'product-owner 3 ic'],
    // "Semi Senior" (SSr): the Latin American mid-level grade.
    ['Product Owner Semi Senior - Retail', 'product-owner 2 ic'],
    ['Analista de producto SSr', 'product-analytics 2 ic'],
    // A rank noun before a discipline: a trailing unknown word is the discipline's area.
    ['Leiterin Produktmanagement Versicherung', 'product-management 7 management'],
    ['Directeur marketing produit Luxe', 'product-marketing 6 management'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['Chargé(e) de projet événementiel'],
    ['Charge Nurse - Oncology'],
    ['Technicien(ne) de production'],
    ['Operador(a) de produção'],
    ['Produktionsleder'],
    ['Specjalista ds. produkcji'],
    ['Voditelj proizvodnje'],
    ['Jefe Senior de Proyecto'],
    ['Gerente Senior de Producción'],
    ['Proizvodni menadžer'],
    ['Vedoucí výroby'],
    ['Projektový manažer'],
    ['Voditelj projekta (građevina)'],
    ['Stażysta w dziale produkcji'],
    ['Becaria en el departamento de marketing'],
    ['Product Development Carpenter'],
  ])('%s is not a product role', (title) => expect(norm(title).family).toBeNull());
});

describe('British early-career words', () => {
  it.each([
    ['Industrial Placement - Product Marketing', 'product-marketing 0 ic'],
    ['Summer Placement, Product Analytics', 'product-analytics 0 ic'],
    ['Sandwich Placement, Product Management', 'product-management 0 ic'],
    ['Work Placement - Product Owner', 'product-owner 0 ic'],
    ['Graduate Scheme – Product Management', 'product-management 1 ic'],
    ['Product Owner Graduate Scheme 2027', 'product-owner 1 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Product Placement Coordinator'], ['Pension Scheme Manager'], ['Graduate Scheme - Civil Engineering']])('%s is not a product role', (title) =>
    expect(norm(title).family).toBeNull(),
  );
});

// Third widening round: the management noun of a compound or of Polish in its cases.
describe('management written as another language writes it', () => {
  it.each([
    ['Productbeheer (Hypotheken)', 'product-management 2 ic'],
    ['Senior productbeheerder verzekeringen', 'product-management 3 ic'],
    ['Trainee produktledelse, energi', 'product-management 0 ic'],
    ['Praktikant produktledning (Stockholm)', 'product-management 0 ic'],
    ['Tuotehallinta, harjoittelija', 'product-management 0 ic'],
    ['Stażystka ds. zarządzania produktem (logistyka)', 'product-management 0 ic'],
    ['Specjalista ds. zarządzania produktem ubezpieczeniowym', 'product-management 1 ic'],
    ['Kierownik ds. zarządzania produktami', 'product-management 5 management'],
    ['Tuotehallinnan harjoittelija', 'product-management 0 ic'],
    ['Addetto gestione prodotto (GDO)', 'product-management 2 ic'],
    ['Produktledare, mobilappar', 'product-management 4 -'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['Produktionsledning, skift'],
    ['Zarządzanie produkcją - kierownik zmiany'],
    ['Kierownik ds. zarządzania projektami IT'],
    ['Medewerker productiebeheer'],
    ['Produktionsledelse, fødevarer'],
    ['Produktionsledare, skift'],
    ['Addetta gestione progetti'],
    ['Gestione produzione - responsabile'],
  ])('%s is not a product role', (title) => expect(read(title)).toBe('none'));
});

describe('the staff officer of occupation lists heads the discipline after it', () => {
  it.each([
    ['Medewerker Productbeheer Hypotheken', 'product-management 1 ic'],
    ['Referent Produktmanagement Versicherungen (m/w/d)', 'product-management 1 ic'],
    ['Senior Referentin Produktmarketing', 'product-marketing 2 ic'],
    ['Mitarbeiter Produktmarketing Konsumgüter', 'product-marketing 1 ic'],
    ['Medarbetare produktledning, bank', 'product-management 1 ic'],
    ['Medarbejder produktmarketing', 'product-marketing 1 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['Mitarbeiter Produktion Spätschicht'],
    ['Referentin Vertrieb Innendienst'],
    ['Medewerker productiebeheer'],
    ['Mitarbeiterin Projektmanagement'],
    ['Mitarbeiter Produktdesign'],
  ])('%s is not a product role', (title) => expect(read(title)).toBe('none'));
});

describe('goods of other languages make product development food science or formulation', () => {
  it.each([
    ['Leiter Produktentwicklung Lebensmittel'],
    ['Jefe de desarrollo de producto - alimentos'],
    ['Responsabile sviluppo prodotto cosmetici'],
    ['Referentin Produktentwicklung Kosmetik'],
  ])('%s is not a product role', (title) => expect(read(title)).toBe('none'));

  it.each([
    // Managing a food or cosmetics product is still product management, as in English.
    ['Produktmanager Lebensmittel (m/w/d)', 'product-management 2 ic'],
    ['Chef de produit alimentaire junior', 'product-management 1 ic'],
    ['Leiterin Produktentwicklung Software', 'product-management 7 management'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

describe('apprentices and thesis students of other languages are band 0', () => {
  it.each([
    ['Apprenti(e) Product Owner', 'product-owner 0 ic'],
    ['Apprentie chef de produit digital', 'product-management 0 ic'],
    ['Aprendiz de Produto - Varejo', 'product-management 0 ic'],
    ['Apprendista product manager (moda)', 'product-management 0 ic'],
    ['Abschlussarbeit Produktmanagement', 'product-management 0 ic'],
    ['Masterarbeit im Produktmarketing (m/w/d)', 'product-marketing 0 ic'],
    ['Afstudeerder Productmanagement', 'product-management 0 ic'],
    ['Examensarbete produktledning', 'product-management 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['Apprenti boulanger'],
    ['Aprendiz de producción'],
    ['Masterarbeit Produktionsplanung'],
    ['Apprenti(e) chef de projet'],
  ])('%s is not a product role', (title) => expect(read(title)).toBe('none'));
});

// Invented titles: "Analyse" is German, French and Dutch for the analysis a product analyst does.
describe('product analysis in other languages is product analytics', () => {
  it.each([
    ['Pflichtpraktikum Produktanalyse E-Commerce', 'product-analytics 0 ic'],
    ['Stage - analyse produit (6 mois)', 'product-analytics 0 ic'],
    ['Werkstudentin Produktanalyse (m/w/d)', 'product-analytics 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Praktikum Produktionsanalyse'], ['Analyse van bouwprojecten']])('%s is not a product role', (title) => expect(read(title)).toBe('none'));
});

// Invented titles in the abbreviations of German and French occupation lists and org charts.
describe('Ltr., stv. and Resp. are read as the words they abbreviate', () => {
  it.each([
    ['Ltr. Produktmarketing (m/w/d)', 'product-marketing 6|7 management'],
    ['stellv. Leiterin Produktmanagement Versicherung', 'product-management 6 management'],
    ['stv. Ltr. Produktmanagement Haushaltsgeräte', 'product-management 6 management'],
    ['Resp. produit e-commerce (F/H)', 'product-management 2 ic'],
    ['Resp. marketing produit senior', 'product-marketing 3 ic'],
  ])('%s', (title, want) => {
    const [fam, bands, track] = want.split(' ');
    const got = read(title).split(' ');
    expect([got[0], bands!.split('|').includes(got[1]!) ? bands : got[1], got[2]]).toEqual([fam, bands, track]);
  });

  it.each([['Ltr. Produktion Kunststoffteile'], ['Resp. de fabrication (H/F)'], ['stv. Ltr. Projektbüro'], ['Resp. Therapist']])(
    '%s is not a product role',
    (title) => expect(read(title)).toBe('none'),
  );
});

// Invented titles in the style of apprenticeship boards of Germany, Austria and Switzerland.
describe('German-speaking apprenticeships are band 0', () => {
  it.each([
    ['Ausbildung Produktmarketing (m/w/d) ab 2029', 'product-marketing 0 ic'],
    ['Lehrstelle Product Owner Onlinehandel', 'product-owner 0 ic'],
    ['Azubi Produktmanagement Sportartikel', 'product-management 0 ic'],
    ['Lehre Kauffrau/-mann mit Schwerpunkt Produktmanagement', 'product-management 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Ausbildung Produktionsfachkraft Chemie'], ['Lehrstelle Kauffrau/-mann EFZ'], ['Leiterin Ausbildung']])('%s is not a product role', (title) =>
    expect(read(title)).toBe('none'),
  );
});

// Invented titles in the style of internship boards in several countries.
describe('internships named by more languages and boards', () => {
  it.each([
    // Swedish and Danish "praktik", Polish "staż" and "praktyki": an internship.
    ['Praktik inom produktledning, bank', 'product-management 0 ic'],
    ['Praktikplads - Produktejer (forsikring)', 'product-owner 0 ic'],
    ['Staż - Product Owner, marketplace', 'product-owner 0 ic'],
    ['Praktyki Product Manager (logistyka)', 'product-management 0 ic'],
    // British "Placement Year", either order of the words.
    ['Product Analytics Placement Year 2027/28', 'product-analytics 0 ic'],
    ['Placement Year - Product Marketing', 'product-marketing 0 ic'],
    // An internship word heading the first segment, not only opening it.
    ['Degree Apprentice - Product Owner (Rail Retail)', 'product-owner 0 ic'],
    ['Higher Apprentice – Product Analyst', 'product-analytics 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Praktyka lekarska'], ['Staż w dziale produkcji'], ['Placement Year - Production Planning']])('%s is not a product role', (title) =>
    expect(norm(title).family).toBeNull(),
  );
});

describe('the one answerable for the product, as more languages name them', () => {
  // Portuguese "responsável (de / pelo) produto", Danish and Norwegian "produktansvarlig", Dutch and
  // Flemish "productverantwoordelijke", the Polish feminine "menedżerka produktu".
  it.each([
    ['Responsável de produto - seguros auto', 'product-management 2 ic'],
    ['Responsável pelo produto digital (Sênior)', 'product-management 3 ic'],
    ['Produktansvarlig, nettbank', 'product-management 2 ic'],
    ['Senior produktansvarlig – energi', 'product-management 3 ic'],
    ['Productverantwoordelijke Hypotheken', 'product-management 2 ic'],
    ['Menedżerka produktu (e-commerce)', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Responsável pela produção'], ['Responsável pelo projeto de obras'], ['Projektansvarlig, bygg'], ['Kwaliteitsverantwoordelijke']])(
    '%s is not a product role',
    (title) => expect(read(title)).toBe('none'),
  );
});
// Invented titles in the style of Latvian, Lithuanian, Estonian, Slovenian, Serbian, Slovak and
// Turkish job boards and occupation lists.
describe('titles in Baltic, South Slavic, Slovak and Turkish', () => {
  it.each([
    ['Produkta vadītāja (apdrošināšana)', 'product-management 2 ic'],
    ['Vecākais produkta īpašnieks', 'product-owner 3 ic'],
    ['Jaunākais produkta analītiķis', 'product-analytics 1 ic'],
    ['Produktu mārketinga vadītāja', 'product-marketing 2 ic'],
    ['Produkta vadītājs - praktikants', 'product-management 0 ic'],
    ['Produkto vadybininkė', 'product-management 2 ic'],
    ['Jaunesnysis produkto savininkas', 'product-owner 1 ic'],
    ['Produkto analitikas (e. prekyba)', 'product-analytics 2 ic'],
    ['Produktų direktorius', 'product-management 6 management'],
    ['Tootejuht (kindlustus)', 'product-management 2 ic'],
    ['Noorem tooteanalüütik', 'product-analytics 1 ic'],
    ['Tooteturundusjuht', 'product-marketing 2 ic'],
    ['Tootearendusjuht', 'product-management 2 ic'],
    ['Vodja produkta za plačilne storitve', 'product-management 2 ic'],
    ['Mlajša produktna vodja', 'product-management 1 ic'],
    ['Produktni analitik', 'product-analytics 2 ic'],
    ['Lastnica produkta', 'product-owner 2 ic'],
    ['Vlasnik proizvoda (osiguranje)', 'product-owner 2 ic'],
    ['Viši menadžer proizvoda', 'product-management 3 ic'],
    ['Rukovodilac proizvoda', 'product-management 7 management'],
    ['Vlastníčka produktu', 'product-owner 2 ic'],
    ['Starší produktový manažér', 'product-management 3 ic'],
    ['Mladší produktový analytik', 'product-analytics 1 ic'],
    ['Riaditeľ produktu', 'product-management 6 management'],
    ['Kıdemli Ürün Müdürü (Sigorta)', 'product-management 3 ic'],
    ['Ürün Yöneticisi - E-ticaret', 'product-management 2 ic'],
    ['Ürün Analisti', 'product-analytics 2 ic'],
    ['Ürün Yönetimi Stajyeri', 'product-management 0 ic'],
    ['Ürün Müdür Yardımcısı', 'product-management 1 ic'],
    ['Ürün Geliştirme Müdürü', 'product-management 2 ic'],
    ['Višja produktna vodja (zavarovalništvo)', 'product-management 3 ic'],
    ['Menadžer/ka proizvoda, telekomunikacije', 'product-management 2 ic'],
    ['Produktu menedžeris (loģistika)', 'product-management 2 ic'],
    ['Menadžment proizvoda – pripravnik', 'product-management 0 ic'],
    ['Vodja razvoja izdelkov (pohištvo)', 'product-management 2 ic'],
    ['Tootejuhi assistent', 'product-management 1 ic'],
    ['Ürün Grup Müdürü - Sigorta', 'product-management 5 management'],
    ['Menedżer ds. produktowego marketingu', 'product-marketing 2 ic'],
    ['Manajer Produk (Fintech)', 'product-management 2 ic'],
    ['Manajer Pengembangan Produk', 'product-management 2 ic'],
    ['Pemilik Produk - Logistik', 'product-owner 2 ic'],
    ['Magang Analis Produk', 'product-analytics 0 ic'],
    ['Kepala Produk', 'product-management 7 management'],
    ['Vörustjóri (fjármálaþjónusta)', 'product-management 2 ic'],
    ['Vörueigandi', 'product-owner 2 ic'],
    ['Bainisteoir Táirge (seirbhísí airgeadais)', 'product-management 2 ic'],
    ['Maniġer tal-Prodott', 'product-management 2 ic'],
    ['PM (Produktmanager) – Zahlungsverkehr', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['Projekta vadītājs būvniecībā'],
    ['Ražošanas vadītājs'],
    ['Projektų vadovas'],
    ['Gamybos vadovė'],
    ['Projektijuht'],
    ['Tootmisjuht'],
    ['Tootedisainer'],
    ['Vodja proizvodnje'],
    ['Projektna vodja (gradbeništvo)'],
    ['Manajer Proyek Konstruksi'],
    ['Manajer Penjualan Produk'],
    ['Staf Produksi'],
    ['Verkefnastjóri'],
    ['Bainisteoir Tionscadail'],
    ['Maniġer tal-Produzzjoni'],
    ['Maniġer tal-Proġett'],
    ['Vörumerkjastjóri'],
    ['Menadžer projekta'],
    ['Projektový manažér'],
    ['Proje Yöneticisi (İnşaat)'],
    ['Üretim Müdürü'],
    ['Ürün Tasarımcısı'],
    ['Ürün Uzmanı'],
    ['Gıda Ürünleri Müdürü'],
    ['Satış Müdürü'],
  ])('%s is not a product role', (title) => expect(norm(title).family).toBeNull());
});

// The product development manager as national lists name it (ESCO's occupation in its languages).
describe('product development in other languages', () => {
  it.each([
    ['Manažer vývoje produktů (spotřební elektronika)', 'product-management 2 ic'],
    ['Manažérka vývoja produktov', 'product-management 2 ic'],
    ['Produktudviklingschef', 'product-management 2 ic'],
    ['Produktutviklingsleder, sjømat', 'product-management 2 ic'],
    ['Produktutvecklingschef', 'product-management 2 ic'],
    ['Tuotekehityspäällikkö', 'product-management 2 ic'],
    ['Termékfejlesztési vezető', 'product-management 4 -'],
    ['Kierownik ds. rozwoju produktów', 'product-management 2 ic'],
    ['Manager dezvoltare produse', 'product-management 2 ic'],
    ['Produktų kūrimo vadovė', 'product-management 2 ic'],
    ['Produktu izstrādes vadītājs', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Inženýr vývoje produktů'], ['Technolog vývoje produktů (potraviny)'], ['Tuotekehitysinsinööri'], ['Produktudviklingsingeniør']])('%s is not a product role', (title) =>
    expect(norm(title).family).toBeNull(),
  );
});

describe('goods and functions around a product word', () => {
  it.each([
    ['Gerente de productos alimenticios'],
    ['Responsable produits alimentaires'],
    ['Kierownik produktów spożywczych'],
    ['Manager of Sales, Bank Products'],
    ['Gerente de ventas de productos bancarios'],
    ['Gerente de calidad de producto'],
    ['Gerente de proyecto de desarrollo de productos'],
    ['Kierownik projektu rozwoju produktów'],
    ['Responsable qualité produit'],
    ['Kierownik jakości produktu'],
    ['Ürün Kalite Müdürü'],
    ['Vodja kakovosti izdelkov'],
    ['Produkto kokybės vadovas'],
  ])('%s is not a product role', (title) => expect(norm(title).family).toBeNull());

  it.each([
    ['Chef de produit alimentaire', 'product-management 2 ic'],
    ['Manager of Consumer Products', 'product-management 5 management'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

// Invented titles in the style of Brazilian and Latin American job boards.
describe('the product lead in Portuguese and Spanish', () => {
  // "Líder de produto" is the product lead; a Brazilian "coordenador(a)" ranks above the senior
  // analyst and below the gerente, so it is read as a lead too.
  it.each([
    ['Líder de Produto - Saúde Digital', 'product-management 4 -'],
    ['Lider de Producto (Logística)', 'product-management 4 -'],
    ['Coordenadora de Produto – Crédito Imobiliário', 'product-management 4 -'],
    ['Coordenador de Produtos Digitais', 'product-management 4 -'],
    ['Coordenador(a) de Marketing de Produto', 'product-marketing 4 -'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Coordenador de Projetos de Engenharia'], ['Coordenadora de Produção Industrial'], ['Líder de Obra'], ['Coordenador de Vendas - Varejo']])(
    '%s stays another job',
    (title) => expect(read(title)).toBe('none'),
  );
});

// Invented titles in the style of Canada's bilingual job boards and occupation lists.
describe('French "principal" after the head is senior', () => {
  it.each([
    ['Gestionnaire principal de produits - télécommunications', 'product-management 3 ic'],
    ['Gestionnaire principale de produits numériques (Québec)', 'product-management 3 ic'],
    ['Analyste principale de produits, assurance vie', 'product-analytics 3 ic'],
    ['Directeur principal, gestion de produits - commerce de détail', 'product-management 7 management'],
    ['Directrice principale du marketing de produits', 'product-marketing 7 management'],
    // The English principal rank comes before the head and stays band 5.
    ['Principal Product Manager, Energy Trading', 'product-management 5 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Gestionnaire principal de projets, infrastructures'], ['Directrice principale des ventes'], ['Analyste principal, production laitière']])(
    '%s stays another job',
    (title) => expect(read(title)).toBe('none'),
  );
});

// Sixth round: occupation-list forms, with invented titles.
describe('occupation lists: plural headings, trainee programmes and compound disciplines', () => {
  it.each([
    // The plural heads of Romance list headings.
    ['Cheffes de produit (assurance)', 'product-management 2 ic'],
    ['Gestores de produto digital', 'product-management 2 ic'],
    ['Jefas de producto - telecomunicaciones', 'product-management 2 ic'],
    ['Analisti di prodotto', 'product-analytics 2 ic'],
    // A trainee programme written in one word.
    ['Traineeprogramm Produktmarketing Landtechnik', 'product-marketing 0 ic'],
    // A discipline written in one word with the product word has its head inside it: the word after is its area.
    ['Produktmanagement Wärmepumpen', 'product-management 2 ic'],
    ['Productmanagement Logistiek', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Chefs de projet informatique'], ['Gerentes de producción'], ['Responsabili di progetto'], ['Produktentwicklung Schreinerei']])(
    '%s stays another job',
    (title) => expect(read(title)).toBe('none'),
  );
});

describe('the Spanish abbreviation "Gte." (gerente)', () => {
  it.each([
    ['Gte. de Producto', 'product-management 2 ic'],
    ['Gte. de Producto Sr. - Seguros', 'product-management 3 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
  it('stays another job beside another function', () => expect(read('Gte. de Proyectos TI')).toBe('none'));
});

// Invented titles in the style of the national lists of Malaysia, Indonesia and Latin America.
describe('Malay, Latin American Spanish and new products in national lists', () => {
  it.each([
    ['Penganalisis Produk Kanan', 'product-analytics 3 ic'],
    ['Pengurus Pembangunan Produk (Insurans)', 'product-management 2 ic'],
    ['Ketua Produk', 'product-management 7 management'],
    ['Eksekutif Produk - Takaful', 'product-management 1 ic'],
    ['Gerenta de Producto Digital', 'product-management 2 ic'],
    ['Coordinadora de Producto - Seguros', 'product-management 4 -'],
    ['Jefe de línea de productos (cosmética)', 'product-management 2 ic'],
    ['Gerente de nuevos productos', 'product-management 2 ic'],
    ['Coordenador de novos produtos', 'product-management 4 -'],
    ['Gerente de innovación de productos - Banca', 'product-management 2 ic'],
    ['Gestora de portafolio de productos', 'product-management 2 ic'],
    ['Gerente de crescimento de produto', 'product-management 2 ic'],
    ['Ketua Pasukan Produk Digital', 'product-management 4 -'],
    ['Ketua Tim Produk', 'product-management 4 -'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['Gerente de desarrollo de nuevos productos cosméticos'],
    ['Desarrollo de nuevos productos alimenticios - Jefa'],
    ['Pengurus Pembangunan Projek'],
    ['Eksekutif Jualan'],
    ['Coordinador de producción'],
    ['Coordinadora de proyectos de producto'],
    ['Gerente de línea de producción'],
    ['Ketua Pasukan Jualan'],
    ['Gerente de innovación'],
  ])('%s is not a product role', (title) => expect(read(title)).toBe('none'));
});
