import { AS } from './foreign-words.js';
import { K } from './words.js';
import type { LexRow } from './lexicon.js';

/**
 * The trades, shops, plants and goods that national occupation lists name beside a product word,
 * in Spanish, Portuguese, French, Italian, Catalan, Dutch, German, Polish and Swedish. ESCO's
 * French, Spanish and Dutch exports, the German BERUFENET names and Brazil's CBO hold hundreds of
 * such entries ("director of the distribution of dairy products", "manager of a shop of beauty
 * products", "technician of product development"); the English rules already read them as other
 * jobs, but these words were unknown, so the head and the product word met across them and read
 * as a product manager or director. Each word takes the flags of the English word it translates;
 * docs/normalizer-rounds.md ("Tenth general round") names the lists. Surface forms are folded
 * (lower case, no accents), as the tokenizer hands them over.
 */
export const TRADES: readonly LexRow[] = [
  // A trade the head runs for goods: distribution, import and export, loading ("jefa de carga de
  // productos a granel"), as English "distribution".
  [
    'carga distribucion distribuciones distribuicao distribuzione distribucio dystrybucja dystrybucji importacion importaciones exportacion exportaciones importacao exportacao importazione esportazione importacio exportacio',
    'supply',
    { k: K.NONPROD | K.FUNCTION, adj: 'other' },
  ],
  // Processing and making goods: "procesamiento de productos del mar", "fabricación de productos
  // cerámicos", "lavorazione", and the verb ("taller para fabricar productos de vidrio"). The making
  // of food, cosmetics and chemicals, as Argentine and Mexican boards name it ("encargado de
  // elaboración de productos lácteos", "elaboração de produtos"), and the maker of goods
  // ("fabricante").
  ['procesamiento processamento lavorazione fabricacion fabricacao fabbricazione fabricar fabricacio secado elaboracion elaboraciones elaboracao elaboracoes fabricante fabricantes', 'manufacturing', { k: K.NONPROD | K.FUNCTION, adj: 'production' }],
  // Putting goods on display in a shop ("responsable de presentación de productos en tienda").
  ['presentacion apresentacao', 'merchandising', { k: K.NONPROD | K.FUNCTION, adj: 'sales' }],
  // Purchasing ("compras", "achats", "acquisti", "inkoop", "Einkauf") and the buyer.
  ['compras achats acquisti inkoop einkauf zakupy zakupow comprador compradora acheteur acheteuse inkoper einkaufer', 'procurement', { k: K.FUNCTION | K.CPO_CONFLICT | K.ROLE, adj: 'other' }],
  // A shop, and the pharmacy or butcher's that ESCO's retail managers run. A FUNCTION too, so that
  // the head before it runs the shop, not the products after it ("director de tienda de
  // productos" is the products store director English reads as another job). Romanian "magazin" too.
  ['tienda tiendas loja lojas negozio negozi magasin magasins magazin magazinul winkel sklep sklepu botiga farmacia carniceria', 'store', { k: K.NONPROD | K.RETAIL | K.FUNCTION, adj: 'sales' }],
  // A plant or factory: what is made there is production ("director de planta", "directeur d'usine";
  // the tokenizer joins the French elided article to its word, "d'usine" is "dusine").
  ['usine usines dusine lusine planta plantas fabrica fabricas fabrique stabilimento fabriek zaklad zakladu fabryka fabryki', 'manufacturing', { k: K.NONPROD | K.FUNCTION, adj: 'production' }],
  // The shop and sales jobs of Latin American boards, which name the goods sold after them
  // ("vendedor/a de productos de limpieza", "cajero/a para empresa líder en productos lácteos",
  // "empacador de productos"): the seller as English "salesperson", the cashier as "cashier", the
  // packer and the plant operative as English "packer" and "operator".
  ['vendedor vendedora vendedores vendedoras', 'sales', { k: K.NONPROD | K.FUNCTION | K.ROLE, adj: 'sales' }],
  ['cajero cajera cajeros cajeras', 'clerk', { k: K.ROLE, adj: 'other' }],
  ['empacador empacadora empacadores operario operaria operarios operarias', 'operator', { k: K.NONPROD | K.ROLE, adj: 'production' }],
  // "Fabrique numérique": the digital service team of a French ministry, no factory (pairs.ts).
  ['numerique', 'numerique', { k: K.PAIR }],
  // A warehouse ("almacén", "armazém", "magazzino").
  ['almacen almacenes armazem magazzino', 'retail', { k: K.RETAIL | K.FUNCTION }],
  // Category management ("gerente de categoría de productos", "responsable catégorie produits frais"):
  // a retailer's buying job, as the check sets label "Category Manager" and "Gerente de Categoría".
  ['categoria categorias categorie', 'category', { k: K.NONPROD | K.FUNCTION, adj: 'other' }],
  // The technician of Spanish, Portuguese and Italian lists, before the product word ("técnica en
  // desarrollo de productos de panadería"): a head that word-order.ts keeps as the technician.
  // After a title it is the adjective ("Product Manager Técnico"), so it is no job of its own, as
  // Catalan "cap" is not. Dutch "technicus" is only the noun: a trade, as German "Techniker" is.
  ['tecnico tecnica tecnicos tecnicas', 'technician', { k: K.FOREIGN_PRE }],
  ['technicus technici', 'tradesperson', { k: K.ROLE, adj: 'other' }],
  // Design and its designers ("técnica en diseño de productos", "desenhista de produto").
  ['diseno disenos desenho disegno progettazione ontwerp', 'design', { k: K.NONPROD | K.FUNCTION, adj: 'product-design' }],
  ['disenador disenadora desenhista projetista progettista ontwerper ontwerpster', 'designer', AS.designer],

  // Repairing goods ("director of a unit for the repair of consumer goods", Bosnian "popravka",
  // Slovak "oprava", Danish "reparation", English "repair"): a service trade, as "support" is, so a
  // head before it runs the repair shop, not a product (Python Faker's bs_BA list; docs/normalizer-rounds.md,
  // "Seventeenth general round").
  ['repair repairs reparation reparationer reparations oprava opravy oprav opravu popravka popravku popravke popravak', 'repair', { k: K.NONPROD | K.FUNCTION, adj: 'support' }],
  // Scientists and researchers of product development, as English "Scientist, product development"
  // reads: Danish and Norwegian "forsker", Slovak and Czech "vedec"/"vědec" and "výskumník"/"výzkumník",
  // Bosnian, Croatian and Serbian "naučnik", "znanstvenik" and "istraživač", Bengali "বিজ্ঞানী" and "গবেষক"
  // (the Slovak and Bengali translations of the English list in Python Faker).
  [
    'forsker forskere vedec vedkyna vedci vedkyne vyskumnik vyskumnicka vyzkumnik vyzkumnice naucnik naucnica znanstvenik znanstvenica istrazivac istrazivacica \u09ac\u09bf\u099c\u09cd\u099e\u09be\u09a8\u09c0 \u0997\u09ac\u09c7\u09b7\u0995',
    'scientist',
    { k: K.ROLE | K.NONPROD, band: 2, adj: 'engineering' },
  ],

  // Goods after the product word, as these languages name them ("productos químicos", "produits
  // laitiers", "prodotti di pelletteria", "teamleider productontwikkeling kinderkleding", "Produktentwicklung
  // Schuhe"): product development beside apparel, footwear, leather, food or chemistry is that
  // trade's, as LABELS.md reads "Product Developer - Apparel"; a product manager beside them
  // stays one ("Produktmanager Schuhe", as a product manager of footwear is).
  [
    'quimico quimicos quimica quimicas chimique chimiques chimici chimiche farmaceutico farmaceuticos farmaceutica farmaceuticas pharmaceutique pharmaceutiques farmaceutici farmaceutiche farmaceutische farmaceutycznych farmaceutics lacteos laitiers lattiero caseari zuivel carnicos viande viandes carne textil texteis tessili textiel calzado calcado calcados chaussures chaussure calzature schoeisel schoenen schuhe schuhwaren kleding kinderkleding bekleidung klader vestuario abbigliamento ropa roupa vetements clothing piel pieles cuero couro cuir pelle pelletteria maroquinerie lederwaren leder madera madeira bois legno hout mobiliario muebles moveis meubles mobili meubelen mobel ceramicos ceramicas ceramiques ceramici plasticos plasticas plastiques plastici kunststoff kunststoffe kunststoffen tabaco tabac tabacco azucar acucar sucre zucchero suiker zucker limpieza limpeza nettoyage pulizia pescado pescados poisson pesce frescos frescas frais freschi petroleros petroliers petroliferos petroliferi agropecuario agropecuaria agropecuarios agricolas agricoles',
    'material',
    { k: K.MATERIAL },
  ],
];
