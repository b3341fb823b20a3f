import { describe, expect, it } from 'vitest';
import { framework, reading } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';

const norm = createNormalizer(framework());
const read = (title: string): string => reading(norm(title));

// Invented titles in the style of ESCO's French, Spanish and Dutch labels, the German BERUFENET
// names and Brazil's CBO: a head, a trade, shop or plant, and goods beside the product word.
describe('trades, shops, plants and goods beside a product word in occupation lists', () => {
  it.each([
    // A trade the head runs for goods.
    ['jefa de distribución de productos de papelería'],
    ['Diretora de importação de produtos óticos'],
    ['responsabile esportazione prodotti di ferramenta'],
    ['gerent de distribució de productes de neteja'],
    ['kierowniczka dystrybucji produktów kosmetycznych'],
    ['encargada de procesamiento de productos avícolas'],
    ['Jefe/a de compras de productos de ferretería'],
    // A shop, a plant, a warehouse.
    ['directora de tienda de productos para mascotas'],
    ['Gerente de loja de produtos esportivos'],
    ["directrice d'usine de produits surgelés"],
    ['director de planta de productos de higiene'],
    ['Responsabile di negozio di prodotti per la casa'],
    ['jefe de almacén de productos de droguería'],
    // Technicians and designers of product development.
    ['técnica en desarrollo de productos de panadería'],
    ['Técnico em desenvolvimento de produtos (embalagens)'],
    ['technicus voor productontwikkeling (verpakkingen)'],
    ['diseñadora de productos de cerámica'],
    // Product development of apparel, footwear, leather and chemistry.
    ['jefe de desarrollo de productos de calzado infantil'],
    ['teamleider productontwikkeling schoenen en tassen'],
    ['Leiterin Produktentwicklung Bekleidung (m/w/d)'],
    ['analista de productos químicos industriales'],
    // Category management.
    ['gestora de categoría de productos de temporada'],
  ])('%s is not a product role', (title) => expect(read(title)).toBe('none'));

  it.each([
    // The same heads with the product word alone stay product roles.
    ['jefa de producto de software', 'product-management 2 ic'],
    ['directora de producto (banca móvil)', 'product-management 6 management'],
    ['Gerente de Produto Técnico', 'product-management 2 ic'],
    ['Product Owner Técnico (pagos)', 'product-owner 2 ic'],
    ['Produktmanager/in Schuhe', 'product-management 2 ic'],
    ["Chef de produit (H/F) – grande distribution", 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});

// Invented titles in the style of Poland's KZiS (the linking "do spraw" written out) and of
// Swedish occupation names (compounds in lower case).
describe('Polish "do spraw" and Swedish product compounds', () => {
  it.each([
    ['Kierownik do spraw produktów hipotecznych', 'product-management 2 ic'],
    ['Starsza analityczka do spraw produktu', 'product-analytics 3 ic'],
    ['Dyrektor do spraw produktu cyfrowego', 'product-management 6 management'],
    ['Specjalistka do spraw marketingu produktu', 'product-marketing 1 ic'],
    ['Kierownik do spraw produkcji', 'none'],
    ['Kierownik do spraw projektów', 'none'],
    ['senior produktanalytiker', 'product-analytics 3 ic'],
    ['produktmarknadschef, bank', 'product-marketing 2 ic'],
    ['marknadschef', 'none'],
    ['produktionsanalytiker', 'none'],
  ])('%s → %s', (title, expected) => {
    expect(read(title)).toBe(expected);
  });
});

// Invented titles in the style of Romania's COR (lower case, diacritics often dropped): the heads
// "șef" and "proprietar", the intern "stagiar", sales ("vânzări") and shops ("magazin") beside the
// product word.
describe('Romanian heads, interns, sales and shops beside the product word', () => {
  it.each([
    ['sefa de produs (asigurari de viata)', 'product-management 2 ic'],
    ['șef de produs bancar', 'product-management 2 ic'],
    ['proprietara de produs, aplicatie mobila', 'product-owner 2 ic'],
    ['stagiara analist de produs', 'product-analytics 0 ic'],
    ['manager vânzări produse cosmetice', 'none'],
    ['director vanzari produse industriale', 'none'],
    ['sef magazin produse bio', 'none'],
    ['sef proiect constructii', 'none'],
  ])('%s → %s', (title, expected) => {
    expect(read(title)).toBe(expected);
  });
});

// Invented titles in the style of Finnish occupation names (docs/normalizer-rounds.md, "Fifteenth
// general round"): the director, analyst and marketing as parts of a compound after "tuote".
describe('Finnish compounds of the product word with a director, an analyst or marketing', () => {
  it.each([
    ['tuotejohtaja, ohjelmistoala', 'product-management 6 management'],
    ['Tuotekehitysjohtaja', 'product-management 6 management'],
    ['tuoteanalyytikko (verkkokauppa)', 'product-analytics 2 ic'],
    ['Tuotemarkkinointipäällikkö, pankki', 'product-marketing 2 ic'],
    ['tuotantojohtaja (meijeri)', 'none'],
    ['markkinointijohtaja, pankki', 'none'],
    ['Projektipäällikkö, IT', 'none'],
  ])('%s → %s', (title, expected) => {
    expect(read(title)).toBe(expected);
  });
});

// Invented titles in the style of the job lists of Python Faker's locales (docs/normalizer-rounds.md,
// "Seventeenth general round"): a head over the repair of goods, and a scientist or researcher of
// product development, head first, head last or inverted with a comma, as English reads them.
describe('repair of goods and scientists of product development in other languages', () => {
  it.each([
    ['Direktor radionice za popravku proizvoda široke potrošnje'],
    ['Voditeljica popravka elektroničkih proizvoda'],
    ['Vedúca oddelenia opravy produktov'],
    ['Chef for reparation af produkter'],
    ['Head of product repair, appliances'],
    ['Vedkyňa vývoja kozmetických produktov'],
    ['Výskumník, vývoj produktov'],
    ['Forsker i produktudvikling (fødevarer)'],
    ['Naučnica za razvoj proizvoda'],
    ['Znanstvenik, razvoj proizvoda'],
    ['বিজ্ঞানী, পণ্য উন্নয়ন (ওষুধ)'],
    ['গবেষক, পণ্য উন্নয়ন'],
  ])('%s is not a product role', (title) => {
    expect(norm(title).family).toBeNull();
  });

  it.each([
    ['Menadžerica proizvoda, osiguranje', 'product-management 2 ic'],
    ['Produktový manažér pre sporenie', 'product-management 2 ic'],
    ['Produktchef, pension', 'product-management 2 ic'],
    ['পণ্য ব্যবস্থাপক (বিমা)', 'product-management 2 ic'],
  ])('%s → %s', (title, expected) => {
    expect(read(title)).toBe(expected);
  });
});

// Invented titles in the style of Latin American job boards (Argentina, Mexico, Colombia, Brazil):
// the employer described after the job, shop and plant jobs that name the goods, and the making of
// goods; a product role beside an employer's description stays one.
describe('employers, shop jobs and the making of goods on Latin American boards', () => {
  it.each([
    ['Vendedora para empresa líder en productos de ferretería - Zona Sur'],
    ['Repositor/a para importante empresa de productos de consumo masivo'],
    ['Gerente de Sucursal para empresa de productos veterinarios'],
    ['Coordenadora Administrativa para empresa de produtos odontológicos'],
    ['Cajera para empresa líder en productos naturales'],
    ['Operaria de empaque de productos congelados - Turno Noche'],
    ['Jefa de Elaboración de Productos Cárnicos'],
    ['Supervisor de elaboração de produtos de panificação'],
    ['Analista de costos para empresa fabricante de productos de higiene'],
  ])('%s is not a product role', (title) => expect(read(title)).toBe('none'));

  it.each([
    ['Product Owner para empresa de logística (Remoto)', 'product-owner 2 ic'],
    ['Jefe/a de Producto para empresa de cosmética', 'product-management 2 ic'],
    ['Gerente de Produto Sênior para empresa de pagamentos', 'product-management 3 ic'],
    ['Analista de Producto Jr para importante empresa de seguros', 'product-analytics 1 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));
});
