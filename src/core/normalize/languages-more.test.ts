import { describe, expect, it } from 'vitest';
import { framework, reading } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';

const norm = createNormalizer(framework());
const read = (title: string): string => reading(norm(title));

// Invented titles for the Latin-script languages of the third scripts round (languages.ts): the
// occupation lists and job boards of Catalonia, Galicia, the Basque Country, Albania, the
// Philippines, East Africa, Vietnam and Malaysia.
describe('Catalan, Galician and Basque', () => {
  it.each([
    ['Gerent de producte digital', 'product-management 2 ic'],
    ['Cap de producte sènior (banca)', 'product-management 3 ic'],
    ['Gerent de producte (Girona)', 'product-management 2 ic'],
    ['Becària de màrqueting de producte', 'product-marketing 0 ic'],
    ['Propietari de producte', 'product-owner 2 ic'],
    ['Xerente de produto', 'product-management 2 ic'],
    ['Xefa de produto xúnior', 'product-management 1 ic'],
    ['Produktu kudeatzailea (fintech)', 'product-management 2 ic'],
    ['Produktu-arduradun senior', 'product-management 3 ic'],
    ['Produktuaren jabe', 'product-owner 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Cap de projectes TIC'], ['Cap de producció'], ['Dissenyadora de producte'], ['Gerent de vendes'], ['Xefe de proxecto'], ['Proiektu kudeatzailea'], ['Ekoizpen arduraduna'], ['Cap Table Analyst']])(
    '%s is not a product role',
    (title) => expect(norm(title).family).toBeNull(),
  );
});

describe('Albanian, Filipino, Swahili and Malay', () => {
  it.each([
    ['Menaxhere Produkti - Telekomunikacion', 'product-management 2 ic'],
    ['Pronare Produkti', 'product-owner 2 ic'],
    ['Drejtore Produkti', 'product-management 6 management'],
    ['Tagapamahala ng Produkto (BPO)', 'product-management 2 ic'],
    ['May-ari ng Produkto', 'product-owner 2 ic'],
    ['Meneja wa Bidhaa - Benki', 'product-management 2 ic'],
    ['Mchambuzi wa Bidhaa', 'product-analytics 2 ic'],
    ['Meneja wa Masoko wa Bidhaa', 'product-marketing 2 ic'],
    ['Pengurus Produk Kanan', 'product-management 3 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Menaxher Prodhimi'], ['Menaxher Shitjesh'], ['Tagapamahala ng Proyekto'], ['Meneja wa Mradi wa Ujenzi'], ['Meneja wa Uzalishaji'], ['Meneja wa Mauzo']])('%s is not a product role', (title) =>
    expect(norm(title).family).toBeNull(),
  );

  it('leaves the English words "ng" and "wa" where no head comes before a product word', () => {
    expect(read('Senior Product Manager - Seattle, WA')).toBe('product-management 3 ic');
  });
});

describe('Vietnamese, written in syllables', () => {
  it.each([
    ['Quản lý sản phẩm (Ngân hàng số)', 'product-management 2 ic'],
    ['QUẢN LÝ SẢN PHẨM CẤP CAO', 'product-management 3 ic'],
    ['Trưởng nhóm sản phẩm', 'product-management 4 -'],
    ['Trưởng phòng sản phẩm', 'product-management 7 management'],
    ['Chủ sở hữu sản phẩm', 'product-owner 2 ic'],
    ['Thực tập sinh sản phẩm', 'product-management 0 ic'],
    ['Chuyên viên quản lý sản phẩm', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Quản lý dự án phần mềm'], ['Quản lý sản xuất'], ['Nhân viên thiết kế sản phẩm'], ['Quản lý kinh doanh'], ['Quản lý thực phẩm']])('%s is not a product role', (title) =>
    expect(norm(title).family).toBeNull(),
  );

  it('reads "cấp cao" (senior) as one word, not the English CAO after a syllable', () => {
    expect(norm('Quản lý sản phẩm cấp cao').level).toBe(3);
  });
});

// Invented titles in the style of national occupation lists and local job boards: a trade or
// profession named first, with the product department it works in after it.
describe('another trade or profession before a product department', () => {
  it.each([
    ['Buchhalterin - Produktentwicklung'],
    ['Comptable fournisseurs – Développement produit'],
    ['Contadora, Desarrollo de Producto (Monterrey)'],
    ['Schweißer (m/w/d) Produktentwicklung'],
    ['Elektronikerin Produktmanagement Gebäudetechnik'],
    ['Saldatore - Sviluppo prodotto'],
    ['Konstrukteur (w/m/d) Produktentwicklung Fahrzeugbau'],
    ['Technicienne - Développement produit'],
  ])('%s is not a product role', (title) => expect(norm(title).family).toBeNull());

  it.each([
    ['Produktmanager Elektrotechnik', 'product-management 2 ic'],
    ['Chef de produit comptabilité', 'product-management 2 ic'],
    ['Produktmanagerin für Schweißtechnik', 'product-management 2 ic'],
  ])('%s, a product job for such trades, stays a product role', (title, want) => expect(read(title)).toBe(want));
});

// Invented titles for the languages of the eighth general round (languages.ts): Azerbaijani and
// Uzbek boards, Afrikaans and Hungarian compounds, Irish and Maltese ranks, and the plurals and
// feminine forms occupation lists write.
describe('Azerbaijani and Uzbek', () => {
  it.each([
    ['Məhsul meneceri (bank sektoru)', 'product-management 2 ic'],
    ['MƏHSUL MENECERİ', 'product-management 2 ic'],
    ['Mehsul meneceri - telekom', 'product-management 2 ic'],
    ['Baş məhsul meneceri, sığorta', 'product-management 3 ic'],
    ['Məhsul analitiki (e-ticarət)', 'product-analytics 2 ic'],
    ['Məhsul meneceri təcrübəçisi', 'product-management 0 ic'],
    ['Mahsulot menejeri (fintex)', 'product-management 2 ic'],
    ['Katta mahsulot menejeri - chakana savdo', 'product-management 3 ic'],
    ['Mahsulot egasi', 'product-owner 2 ic'],
    ['Stajyor: mahsulot menejeri', 'product-management 0 ic'],
    ['Bosh mahsulot menejeri (telekom)', 'product-management 3 ic'],
    ['Kiçik məhsul meneceri', 'product-management 1 ic'],
    ['Mahsulot direktori', 'product-management 6 management'],
    ['Маҳсулот менежери (банк)', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Layihə meneceri (tikinti)'], ['İstehsal meneceri'], ['Satış meneceri'], ['Loyiha menejeri'], ['Sotuv menejeri'], ['Bosh menejer'], ['Лойиҳа менежери'], ['Bas Guitar Teacher']])('%s is not a product role', (title) =>
    expect(norm(title).family).toBeNull(),
  );
});

describe('Afrikaans and Hungarian compounds, Irish and Maltese ranks', () => {
  it.each([
    ['Produkbestuurder: Versekering', 'product-management 2 ic'],
    ['Senior Produkbestuurder (Mynbou)', 'product-management 3 ic'],
    ['Produkeienaar - Bankwese', 'product-owner 2 ic'],
    ['Produkbemarkingsbestuurder', 'product-marketing 2 ic'],
    ['Internskap: Produkbestuurder', 'product-management 0 ic'],
    ['Terméktulajdonos (banki szektor)', 'product-owner 2 ic'],
    ['Termékelemző - e-kereskedelem', 'product-analytics 2 ic'],
    ['Termékmenedzser gyakornok', 'product-management 0 ic'],
    ['Gyakornok - termékmenedzsment', 'product-management 0 ic'],
    ['Bainisteoir Táirge Sinsearach (Baincéireacht)', 'product-management 3 ic'],
    ['Maniġer tal-Prodott Anzjan', 'product-management 3 ic'],
    ['Sid tal-Prodott (Logħob)', 'product-owner 2 ic'],
    ['Gestori di prodotto assicurativo', 'product-management 2 ic'],
    ['Menadžerica proizvoda (farmacija)', 'product-management 2 ic'],
    ['Práctica profesional: analista de producto', 'product-analytics 0 ic'],
    ['Vodja trženja izdelkov (farmacija)', 'product-marketing 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Produksiebestuurder'], ['Projekbestuurder (Konstruksie)'], ['Gyártásvezető gyakornok'], ['Sid Operations Manager'], ['Gestori di progetto'], ['Vodja trženja (gradbeništvo)'], ['Práctica profesional: ingeniería de producción']])(
    '%s is not a product role',
    (title) => expect(norm(title).family).toBeNull(),
  );
});

// Invented roster titles of product organisations in Brazil, Latin America and France.
describe('data and projects in the Romance languages', () => {
  it.each([
    // Data between the head and its product word: a product data analyst.
    ['Analista de Dados de Produto Sênior', 'product-analytics 3 ic'],
    ['Analista de Datos de Producto – Billetera', 'product-analytics 2 ic'],
    ['Analyste de données produit (alternance)', 'product-analytics 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  // A data analyst with no product word, and a director of projects, are no product roles.
  it.each([['Analista de Dados – Tribo Seguros'], ['Cientista de Dados Pleno'], ['Directeur de projets Produits bancaires'], ['Gerente de Projetos de Produtos Digitais'], ['Jefa de Proyectos – Productos Financieros']])(
    '%s is not a product role',
    (title) => expect(norm(title).family).toBeNull(),
  );
});
