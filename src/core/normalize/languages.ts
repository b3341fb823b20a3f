import { Fam, K, X } from './words.js';
import { AS } from './foreign-words.js';
import type { LexRow } from './lexicon.js';

/**
 * The core product roles in German, French, Spanish, Dutch, Portuguese, Italian, Polish and the
 * Scandinavian languages, with feminine and gendered forms, for the occupations ESCO (the EU's
 * multilingual occupation classification) calls product manager, project manager and programme
 * manager; docs/normalizer.md names the source.
 *
 * Three mechanisms cover them:
 * - single words map to the English canonical word ("Direktor" -> director, "stagiaire" -> intern);
 * - compounds split into English words ("Produktmanagerin" -> product manager), see COMPOUND_PARTS;
 * - Romance titles put the head first ("gerente de producto", "chef de produit"): a FOREIGN_PRE
 *   head before a foreign product word is moved after it, so the English rules apply.
 * Accents are folded before lookup, so "Directeur Général" and "directeur general" are one form.
 */
export const FOREIGN: readonly LexRow[] = [
  // The product word.
  ['produkt produit producto produto prodotto produktu produs produsului produktem proizvod proizvoda proizvodu', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  // Slavic adjectives: a discipline after them is their noun ("produktowy marketing", "produktový manažment").
  ['produktowy produktowa produktowego produktowej produktowym produktowe produktovy produktova produktoveho produktovej produktovom produktovu produktni produktna produktnega produktnem produktno', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE, x: X.ADJ }],
  ['produkte produkten produits productos produtos prodotti produkty produktow produktami produktach', 'products', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],

  // Heads written before the product word in Romance languages, with the plurals of occupation
  // lists' headings ("Chefs de produit", "Gerentes de producto", "Responsabili di prodotto").
  // "Resp.": the French lists' abbreviation of responsable ("Resp. produit").
  ['gerente gerenta gerentas jefe jefa gestor gestora gestore gestori gestionnaire responsable resp gte responsavel responsabile responsabil gerentes jefes jefas gestores gestoras gestionnaires responsables responsaveis responsabili menedzer menedzerka menadzer menadzerka menadzerica kierownik kierowniczka manazer manazerka voditelj voditeljica', 'manager', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  // Romanian "șef", "șefă" (folded "sef") is the same head as the French chef ("șef de produs").
  ['chef cheffe capo chefs cheffes capi sef sefa', 'chef', { k: K.FOREIGN_PRE | K.ROLE, adj: 'other' }],
  // "Chargé(e) de produit", "encargado de producto", "incaricato di prodotto": the officer in charge of it.
  ['charge chargee encargado encargada incaricato incaricata', 'manager', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  // "Líder de Producto" (Spanish, Portuguese): the product lead. "Coordenador(a) de Produto": on
  // Brazilian ladders the first leadership level, above the senior analyst or specialist and below
  // the gerente, so a lead (band 4), not the English coordinator (band 1). Spanish "Coordinador(a) de
  // Producto" has the same place on Latin American ladders.
  ['lider lideres coordenador coordenadora coordinador coordinadora coordinadores coordinadoras', 'leader', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 4, fam: Fam.PM }],
  // French "principale(s)", "principaux": the feminine and plural of "principal" after a head, which
  // French (and Canada's official translations) use for senior ("directrice principale", "analyste
  // principale"); English has no such forms. The masculine is read so after a head (word-order.ts).
  ['principale principales principaux', 'senior', { k: K.SENIORITY | K.PAIR }],
  ['dueno duena propietario propietaria proprietaire dono dona proprietario proprietar proprietara wlasciciel wlascicielka', 'owner', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  ['analista analyste analist analityk analityczka analistas analystes analisti', 'analyst', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  // "new" between the head and the product word ("gerente de nuevos productos", "desarrollo de novos
  // produtos"): English makes it noise ("New Product Development Manager"); here it must not stop the
  // head from finding its product word.
  ['nuevo nuevos nueva nuevas novo novos nova novas nuovo nuovi nuova nuove nouveau nouveaux nouvelle nouvelles', 'the', { k: K.SKIP }],
  // "Gerente de línea de producto(s)", "gerente de linha de produtos": the product line manager; the
  // line goes with the product word, as English puts it (word-order.ts).
  ['linea lineas linha linhas', 'line', { k: K.MIDDLE }],
  // The other words English puts between a product and its head ("gerente de innovación de producto",
  // "gestor de portfólio de produtos", "responsable croissance produit").
  ['innovacion inovacao innovazione', 'innovation', { k: K.MIDDLE }],
  ['portafolio portafolios portafoglio', 'portfolio', { k: K.MIDDLE }],
  ['crecimiento crescimento croissance crescita', 'growth', { k: K.MIDDLE | K.PM_CUE, spec: 'growth' }],
  // Data, between a head and its product word ("Analista de Dados de Produto", "analyste de données
  // produit"): a product data analyst, as the English "Product Data Analyst" reads.
  ['dados datos donnees', 'data', { k: K.MIDDLE | K.PM_CUE | K.PO_CUE, spec: 'data' }],
  ['eigenaar eigentumer eigentuemer', 'owner', { k: K.ROLE | K.PERSON, band: 2 }],

  // Managers, heads and executives.
  ['managerin managerinnen', 'manager', { k: K.ROLE | K.PERSON, band: 2 }],
  // "Ltr.": the abbreviation of German occupation lists and org charts ("Ltr. Produktmanagement").
  ['leiter leiterin leitung ltr', 'head', { k: K.ROLE | K.PERSON | K.EXEC, band: 7 }],
  ['bereichsleiter bereichsleiterin abteilungsleiter abteilungsleiterin', 'head', { k: K.ROLE | K.PERSON | K.EXEC, band: 7 }],
  ['teamleiter teamleiterin teamlead teamleader teamleider teamleidster teamleder teamledare chapterlead chapterleader', 'lead', { k: K.ROLE | K.PERSON | K.SENIORITY, band: 4 }],
  ['gruppenleiter gruppenleiterin', 'lead', { k: K.ROLE | K.PERSON | K.SENIORITY, band: 5 }],
  ['directeurs directores diretores direttori', 'director', { k: K.ROLE | K.PERSON | K.EXEC, band: 6 }],
  ['vicepresidenta vizeprasident vizepraesident vicepresident vicepresidentin', 'vp', { k: K.ROLE | K.PERSON | K.EXEC, band: 8 }],
  // German "stellvertretende(r)", abbreviated "stv." or "stellv.": the deputy of the head after it.
  ['adjoint adjointe adjunto adjunta stv stellv stellvertretender stellvertretende stellvertreter stellvertreterin', 'deputy', { k: K.SENIORITY }],
  ['confirme confirmee starszy starsza', 'senior', { k: K.SENIORITY }],
  // The adjective after a Romance head ("chef de produit technique"), and the German one.
  ['technique techniques technisch technische technischer', 'technical', { k: K.PO_CUE, spec: 'technical' }],
  ['dyrektor dyrektorka', 'director', { k: K.ROLE | K.PERSON | K.EXEC, band: 6 }],
  ['specjalista specjalistka', 'specialist', { k: K.ROLE | K.PERSON | K.FOREIGN_PRE, band: 1, adj: 'support' }],
  // The staff officer of German, Dutch and Nordic occupation lists, written before the discipline it
  // works in ("Referentin Produktmanagement", "medewerker productbeheer", "medarbetare
  // produktledning"): a rank like a specialist (band 1) rather than another job, so that a word
  // after the discipline is its area ("Referent Produktmarketing Versicherungen").
  ['referent referentin mitarbeiter mitarbeiterin medewerker medewerkster medarbetare medarbejder medarbeider', 'specialist', { k: K.ROLE | K.PERSON | K.SENIORITY, band: 1 }],
  // Czech and Slovak "vedoucí" (head of), and the inflected disciplines of Slavic titles.
  ['vedouci veduci', 'head', { k: K.ROLE | K.PERSON | K.EXEC, band: 7 }],
  ['managementu', 'management', AS.management],
  // Polish "zarządzanie" (management) in its cases: "specjalista ds. zarządzania produktem",
  // "praktyki w zarządzaniu produktem".
  ['zarzadzanie zarzadzania zarzadzaniu zarzadzaniem', 'management', AS.management],
  ['marketingu', 'marketing', AS.marketing],
  ['mlodszy mlodsza', 'junior', { k: K.SENIORITY, band: 1 }],
  ['analystin', 'analyst', { k: K.ROLE | K.PERSON, band: 2 }],
  ['berater beraterin consultor consultora consulente', 'consultant', { k: K.ROLE | K.PERSON, band: 2 }],
  // German "Konstrukteur" and French "projeteur" are design engineers, whatever they design.
  ['ingenieur ingenieurin ingeniero ingeniera engenheiro ingegnere konstrukteur konstrukteurin projeteur projeteuse', 'engineer', { k: K.ROLE | K.NONPROD, adj: 'engineering' }],
  ['entwickler entwicklerin desarrollador', 'developer', { k: K.ROLE | K.PERSON, band: 2, adj: 'engineering' }],
  ['entwicklung desarrollo developpement desenvolvimento sviluppo ontwikkeling', 'development', { k: K.DISC, fam: 1 }],
  // Engineering disciplines: product development beside them is engineering ("Produktentwicklung (Maschinenbau)").
  ['maschinenbau konstruktion ingenieurwesen elektrotechnik mechatronik ingenierie ingenieria engenharia ingegneria werktuigbouwkunde', 'engineering', { k: K.NONPROD | K.FUNCTION, adj: 'engineering' }],
  ['gestao gestion gestione', 'management', { k: K.DISC, fam: 1 }],
  // Romanian "operațiuni" (folded): Romania's COR writes the bank's operations and product manager
  // with both objects after the head ("manager de operațiuni/produs"), two jobs sharing it.
  ['operaciones operacoes operazioni operatiuni', 'operations', { k: K.DISC, fam: 2 }],

  // Interns and juniors. The Romance ones may head a product word written after them
  // ("estagiária de produto", "stagiaire produit"): a product intern.
  ['praktikant praktikantin praktikanten praktikum studium werkstudent werkstudentin alternance stagiair praktikantti harjoittelija praktik praktikplats praktikplads', 'intern', { k: K.ROLE | K.PERSON | K.SENIORITY, band: 0 }],
  // The apprenticeships of German-speaking countries ("Ausbildung Produktmanagement", Swiss
  // "Lehrstelle" and "Lehre", "Lehrling", "Azubi"): an apprentice, band 0 like the English one.
  ['ausbildung lehrstelle lehre lehrling lehrtochter azubi', 'intern', { k: K.ROLE | K.PERSON | K.SENIORITY, band: 0 }],
  // A student writing a thesis at the company ("Masterarbeit Produktmanagement", "afstudeerder
  // productmarketing"): an internship in all but name.
  // The English "thesis" of the same postings ("Thesis: Produktmanagement", "Thesis - Product Analytics"),
  // and the trainee programmes of Dutch, German and Nordic graduate boards written as one word ("Traineeprogramma").
  ['abschlussarbeit masterarbeit bachelorarbeit afstudeerder afstudeerstage afstudeeropdracht examensarbete thesis masterthesis bachelorthesis traineeprogramma traineeprogramm traineeprogram traineeprogramme', 'intern', { k: K.ROLE | K.PERSON | K.SENIORITY, band: 0 }],
  // Polish heads come first too ("praktykant ds. produktu", "stażysta w dziale produktu").
  ['praktykant praktykantka stazysta stazystka staz praktyki praktyka', 'intern', { k: K.ROLE | K.PERSON | K.SENIORITY | K.FOREIGN_PRE, band: 0 }],
  // "W dziale produktu", "en el departamento de producto": the department a job is in; the product word names it.
  ['dziale dzial dzialu departamento dipartimento abteilung', 'the', { k: K.SKIP }],
  [
    'stagiaire stagiaires alternant alternante apprenti apprentie apprentis aprendiz aprendiza apprendista becario becaria becarios pasante pasantia practicante practica practicas estagio estagiario estagiaria stagista tirocinio tirocinante stagiar stagiara stagiari',
    'intern',
    { k: K.ROLE | K.PERSON | K.SENIORITY | K.FOREIGN_PRE, band: 0 },
  ],
  // "Stage" is an internship in French and Italian, but a theatre's or a company's stage in
  // English ("Stage Manager", "Early-Stage"): it stays a plain word and stream.ts reads it as an
  // internship only where it stands apart beside a title.
  ['stage', 'stage', {}],
  ['junior', 'junior', { k: K.SENIORITY, band: 1 }],

  // Look-alikes.
  ['produktion produktions production produccion producao produzione productie produkcji produkcja proizvodnja proizvodnje proizvodni proizvodna vyroba vyroby vyrobni', 'production', AS.production],
  ['produktionsleiter produktionsleiterin', 'production', { k: K.ROLE | K.NONPROD, adj: 'production' }],
  // The plural too: "Directrice de projets Produits numériques" directs projects.
  ['projekt projet proyecto projeto progetto projektu projektow projekta projekat projektovy projektova projets proyectos projetos progetti projekte projekten projecten', 'project', AS.project],
  ['projektmanager projektmanagerin projectmanager projektleiter projektleiterin projectleider projectleidster projektledare projektleder', 'project-manager', { k: K.ROLE, adj: 'project-management' }],
  // Romanian "vânzări" (folded): COR writes sales before the product word with a slash or as the
  // object of the head ("manager vânzări produse"), a sales job.
  ['vertrieb ventas vendas vendite verkoop vanzari vanzare', 'sales', AS.sales],

  // Trades and professions of national occupation lists, as the English agent nouns: another job,
  // so a product word after them is their department ("Buchhalter Produktentwicklung",
  // "Comptable – Développement produit", "Elektriker Produktmanagement").
  [
    'buchhalter buchhalterin comptable contable contabile boekhouder contador contadora ksiegowy ksiegowa bokforare bogholder regnskapsforer kirjanpitaja schweisser schweisserin soudeur soudeuse soldador soldadora saldatore lasser spawacz svetsare mechaniker mechanikerin mecanicien mecanicienne mecanico meccanico monteur monteurin mechanik mekaniker elektriker elektrikerin electricien electricienne electricista elettricista elektricien elektryk elektroniker elektronikerin zeichner zeichnerin dessinateur dessinatrice delineante disegnatore tekenaar kreslarz laborant laborantin techniker technikerin technicien technicienne',
    'tradesperson',
    { k: K.ROLE, adj: 'other' },
  ],

  // Food, cosmetics and chemistry in other languages: goods, so product development beside them is
  // food science or formulation ("Produktentwicklung Lebensmittel"), as "food" is in English.
  [
    'lebensmittel nahrungsmittel alimenticios alimenticias makanan pangan potraviny potravin potravinarstvi potravinarstvo prehrambeni prehrambenih prehrambena prehrambene zivil zivila levensmiddelen voedingsmiddelen alimentaire alimentaires alimentos alimenti alimentari zywnosci zywnosc spozywcze spozywczych spozywczy livsmedel naeringsmidler fodevarer elintarvike elintarvikkeet kosmetik kosmetika cosmetique cosmetiques cosmeticos cosmetici kosmetyki',
    'material',
    { k: K.MATERIAL },
  ],

  // A product area in other languages ("PM Zahlungen", "Chef de produit Paiements"): a word of the
  // title, not an unknown job noun after the shorthand.
  ['zahlungen zahlungsverkehr paiement paiements pagos pagamentos pagamenti betalingen betalningar betalinger platnosci', 'payments', { spec: 'payments' }],

  // Linking words.
  // Polish "ds." (do spraw, "for matters of"): "kierownik ds. produktu" is the manager of the product.
  // Written out ("kierownik do spraw produktu"), as Poland's KZiS names its occupations, "spraw" follows
  // the "do" read here already, and is a linking word with it.
  ['de del des du da do di della dello delle dei degli van von der het voor fur pour para pelo pela pelos pelas ds spraw', 'of', { k: K.CONNECT }],
  ['la le el los las il lo les die das dem den', 'the', { k: K.SKIP }],
  ['und et y e en ou oder o', 'and', { k: K.COORD }],
  ['im em', 'in', {}],
  // The employer described after the job, as Latin American boards write it ("Vendedor/a para empresa
  // líder en productos de limpieza", "Head de Ventas para importante empresa de productos químicos"):
  // after a job, "empresa" opens the employer's name, as English "at" does, so its products are no
  // product phrase of the job's. Before any job ("Empresa de seguros busca …") it is an ordinary word.
  ['empresa empresas companhia compania', 'at', { k: K.AT }],

  // Latvian, Lithuanian, Slovenian, Serbian in Latin letters, Slovak and Turkish (Estonian
  // compounds such as "tootejuht" are split with COMPOUND_PARTS). Latvian, Lithuanian and Turkish
  // put the product word first ("produkta vadītājs", "produkto vadovas", "ürün müdürü");
  // Slovenian, Serbian and Slovak put the head first in the genitive ("lastnik produkta",
  // "vlasnik proizvoda", "vlastník produktu"), which FOREIGN_PRE and FOREIGN turn around.
  ['produkta produkts produkto produktas proizvodom urun urunu izdelek izdelka izdelku izdelkom', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['produktov produktiem produktams proizvodi urunler urunleri urunlerin izdelki izdelkov izdelkih', 'products', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['produktovi produktnih produktovych', 'products', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE, x: X.ADJ }],
  // Heads: Slovenian "vodja", Latvian "vadītājs/-a", Lithuanian "vadovas/-ė" and "vadybininkas/-ė",
  // Turkish "müdür(ü)", "yönetici(si)", "sorumlu(su)" (the one responsible), Estonian "juht".
  ['vodja menedzeris menedzere menedzera manazeri menadzeri vaditajs vaditaja vadovas vadove vadybininkas vadybininke mudur muduru yonetici yoneticisi sorumlu sorumlusu juht', 'manager', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  ['vlasnik vlasnica lastnik lastnica vlastnik vlastnicka ipasnieks ipasniece savininkas savininke sahibi sahip omanik', 'owner', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  ['analiticar analiticarka analitik analytik analyticka analitikis analitikas analisti', 'analyst', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  ['specialistas spetsialist uzman uzmani strokovnjak', 'specialist', { k: K.ROLE | K.PERSON | K.FOREIGN_PRE, band: 1, adj: 'support' }],
  ['pripravnik pripravnica stazista stazistka praktikants praktikante praktikantas stajyer stajyeri', 'intern', { k: K.ROLE | K.PERSON | K.SENIORITY | K.FOREIGN_PRE, band: 0 }],
  ['rukovodilac rukovoditeljka', 'head', { k: K.ROLE | K.PERSON | K.EXEC, band: 7 }],
  ['direktorius direktore direktors direktoru direktorka direktorica riaditel riaditelka reditel reditelka', 'director', { k: K.ROLE | K.PERSON | K.EXEC, band: 6 }],
  ['visi visja visji starsi starsia vecakais vecaka vyresnysis vyresnioji vanem kidemli', 'senior', { k: K.SENIORITY }],
  ['mladi mladja mladji mlajsi mlajsa mladsi mladsia jaunakais jaunaka jaunesnysis jaunesnioji noorem', 'junior', { k: K.SENIORITY, band: 1 }],
  ['upravljanje upravljanja upravljanju vodenje vodenja menadzment menadzmenta manazment manazmentu vadyba vadybos vadiba vadibas yonetimi yonetim juhtimine juhtimise', 'management', AS.management],
  // Slovenian "trženje" (marketing): "vodja trženja izdelkov", the product marketing manager.
  ['marketinga rinkodaros rinkodara pazarlama pazarlamasi turundus turunduse trzenje trzenja trzenju', 'marketing', AS.marketing],
  // German, French and Dutch "Analyse" ("Produktanalyse", "analyse produit"): the analysis of a product, its analytics.
  ['analitika analitike analitiku analytika analytiky analyse', 'analytics', { k: K.DISC, fam: Fam.AN, spec: 'analytics' }],
  ['projekto projektai projekti projektov projektni projektna proje projesi', 'project', AS.project],
  ['razosanas razosana gamybos gamyba uretim uretimi tootmine tootmise', 'production', AS.production],
  ['dizajner dizajnerka dizainers dizaineris disainer tasarimci tasarimcisi oblikovalec', 'designer', AS.designer],
  ['dizajn dizains dizainas disain tasarim tasarimi', 'design', { k: K.NONPROD | K.FUNCTION, adj: 'product-design' }],
  // A technologist (Czech, Slovak, Polish, Russian "технолог") develops a process or a recipe, not a product.
  ['technolog technologa technolozka technologicka', 'technician', { k: K.NONPROD | K.ROLE, adj: 'production' }],
  ['inzenyr inzenyrka inzenjer inzenir inzinier inzenieris inzinierius insener muhendis muhendisi inginer', 'engineer', { k: K.ROLE | K.NONPROD, adj: 'engineering' }],
  ['prodaja prodaje prodaju pardosana pardosanas pardavimu pardavimai muugi satis satisi predaj predaja', 'sales', AS.sales],
  // Functions a head runs for a product ("Ürün Kalite Müdürü", "vodja kakovosti izdelkov").
  ['calidad qualite qualita qualidade kwaliteit qualitat jakosci jakosc laatu kvalitet kvaliteta kvalitete kakovost kakovosti kokybe kokybes kvalita kvality kalite kalitesi', 'quality', { k: K.NONPROD | K.FUNCTION, adj: 'other' }],
  ['soporte suporte supporto podrska podrske podpora podpory destek destegi', 'support', { k: K.NONPROD | K.FUNCTION, adj: 'support' }],
  ['producent', 'producer', { k: K.ROLE | K.NONPROD, adj: 'production' }],
  // Development: Slovenian and Serbian "razvoj", Turkish "geliştirme".
  // Development, for the product development manager of ESCO and the national lists: Czech and
  // Slovak "vývoj", Polish "rozwój", Romanian "dezvoltare", Lithuanian "kūrimas", Latvian "izstrāde".
  ['razvoj razvoja razvoju gelistirme gelistirmesi vyvoj vyvoje vyvoja vyvoji rozwoj rozwoju rozwojem dezvoltare dezvoltarea dezvoltarii kurimo kurimas izstrades izstrade', 'development', AS.development],
  ['produse produselor', 'products', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  // Hungarian "vezető" (leader): "termékfejlesztési vezető", "vezető termékmenedzser".
  ['vezeto', 'lead', { k: K.ROLE | K.PERSON | K.SENIORITY, band: 4, fam: Fam.PM }],
  // Turkish "yardımcı(sı)": the assistant of the head before it ("Ürün Müdür Yardımcısı").
  ['yardimci yardimcisi', 'assistant', { k: K.ROLE | K.PERSON | K.SENIORITY | K.SERVED, band: 1 }],
  ['gida', 'material', { k: K.MATERIAL }],
  // Indonesian and Malay put the head first ("Manajer Produk", "Pemilik Produk", "Kepala Produk").
  ['produk', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['manajer pengurus', 'manager', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  ['pemilik', 'owner', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  // Malay "penganalisis" (MASCO's analyst), Indonesian "analis".
  ['analis penganalisis', 'analyst', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  ['spesialis', 'specialist', { k: K.ROLE | K.PERSON | K.FOREIGN_PRE, band: 1, adj: 'support' }],
  ['magang pemagang', 'intern', { k: K.ROLE | K.PERSON | K.SENIORITY | K.FOREIGN_PRE, band: 0 }],
  ['kepala', 'head', { k: K.ROLE | K.PERSON | K.EXEC, band: 7 }],
  // Malay and Indonesian "ketua" (head, chief: "Ketua Produk"); "ketua pasukan" and "ketua tim" (the
  // team's leader) are one word, as Vietnamese syllables are (stream.ts): a lead, as "trưởng nhóm".
  ['ketua', 'head', { k: K.ROLE | K.PERSON | K.EXEC, band: 7, x: X.SYLLABLE }],
  ['ketua_pasukan ketua_tim', 'leader', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 4, fam: Fam.PM }],
  ['direktur pengarah', 'director', { k: K.ROLE | K.PERSON | K.EXEC, band: 6 }],
  // Malay "pembangunan" is the development Indonesian calls "pengembangan" ("Pengurus Pembangunan Produk").
  ['pengembangan pembangunan', 'development', AS.development],
  // "Eksekutif Produk": the executive grade of Malaysian and Indonesian firms, before the product word
  // (grades.ts reads "product executive"; PAIR, as English "executive" has, so that pairs.ts runs it).
  ['eksekutif', 'executive', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON | K.SENIORITY | K.PAIR, band: 2, adj: 'sales' }],
  ['pemasaran', 'marketing', AS.marketing],
  ['manajemen pengurusan', 'management', AS.management],
  ['proyek projek', 'project', AS.project],
  ['produksi', 'production', AS.production],
  ['desainer pereka', 'designer', AS.designer],
  ['insinyur jurutera', 'engineer', { k: K.ROLE | K.NONPROD, adj: 'engineering' }],
  ['penjualan jualan', 'sales', AS.sales],
  // Irish and Maltese, two more of ESCO's languages, put the head first ("bainisteoir táirge",
  // "maniġer tal-prodott"); the Maltese article is joined to its noun at the hyphen (stream.ts),
  // so "tal-prodott" is one word here.
  ['tairge talprodott prodott', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['tairgi talprodotti prodotti', 'products', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['bainisteoir maniger', 'manager', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  ['uineir', 'owner', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  // Maltese "sid" (owner: "Sid tal-Prodott"), also an English name and abbreviation: a head only
  // before a product word, as Catalan "cap" is, never a job alone.
  ['sid', 'owner', { k: K.FOREIGN_PRE }],
  // Ranks written after the title ("Bainisteoir Táirge Sinsearach", "Maniġer tal-Prodott Anzjan")
  // and the Irish intern ("Intéirneach").
  ['sinsearach anzjan', 'senior', { k: K.SENIORITY }],
  ['soisearach', 'junior', { k: K.SENIORITY, band: 1 }],
  ['interneach', 'intern', { k: K.ROLE | K.PERSON | K.SENIORITY | K.FOREIGN_PRE, band: 0 }],
  ['tionscadail tionscadal talprogett progett', 'project', AS.project],
  ['tairgeachta talproduzzjoni produzzjoni', 'production', AS.production],
  // Azerbaijani and Uzbek put the product word first and the head last, as Turkish does ("məhsul
  // meneceri", "mahsulot menejeri"; the schwa folds to e, chars.ts), with the rank before them
  // ("baş", "katta") and the possessive ending on the head ("-i", "-si": "mahsulot egasi").
  ['mehsul mahsulot', 'product', { k: K.ANCHOR | K.PM_CUE }],
  ['menecer meneceri menejer menejeri boshqaruvchi boshqaruvchisi', 'manager', { k: K.ROLE | K.PERSON, band: 2 }],
  ['egasi', 'owner', { k: K.ROLE | K.PERSON, band: 2, fam: Fam.PO }],
  ['analitiki tahlilchi tahlilchisi', 'analyst', { k: K.ROLE | K.PERSON, band: 2, fam: Fam.AN }],
  ['tecrubeci tecrubecisi stajyor stajyori amaliyotchi', 'intern', { k: K.ROLE | K.PERSON | K.SENIORITY, band: 0 }],
  // "Baş" (chief) before a manager is the senior grade of Azerbaijani lists, as Uzbek "bosh" is;
  // Uzbek "katta" (senior); "kiçik", "kichik" (junior).
  ['bas bosh katta', 'senior', { k: K.SENIORITY }],
  ['kicik kichik', 'junior', { k: K.SENIORITY, band: 1 }],
  ['direktori', 'director', { k: K.ROLE | K.PERSON | K.EXEC, band: 6 }],
  ['layihe loyiha', 'project', AS.project],
  ['istehsal', 'production', AS.production],
  ['sotuv sotuvlar', 'sales', AS.sales],
  // Hungarian: the intern ("gyakornok"), and management written as a word ("termékmenedzsment").
  ['gyakornok', 'intern', { k: K.ROLE | K.PERSON | K.SENIORITY, band: 0 }],
  ['menedzsment', 'management', AS.management],
  // Afrikaans: an internship ("internskap"); its compounds are split with COMPOUND_PARTS.
  ['internskap', 'intern', { k: K.ROLE | K.PERSON | K.SENIORITY, band: 0 }],
  // Turkish "grup" (group): "Ürün Grup Müdürü" is a group product manager.
  ['grup', 'group', { k: K.SENIORITY, band: 5 }],
  ['za', 'of', { k: K.CONNECT }],

  // Catalan and Galician put the head first, as Spanish does ("cap de producte", "gerent de
  // producte", "xefe de produto", "xerente de produto"); "cap" (head) and "xefe" read as "chef".
  ['producte', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['productes', 'products', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['gerent gerents xerente xerentes', 'manager', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  // "Cap" is an English word too ("Cap Table"): a head only before a product word, never a job alone.
  ['cap', 'cap', { k: K.FOREIGN_PRE }],
  ['xefe xefa xefes', 'chef', { k: K.FOREIGN_PRE | K.ROLE, adj: 'other' }],
  ['propietari propietaris', 'owner', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  ['becari becaria becaris practiques bolseiro bolseira', 'intern', { k: K.ROLE | K.PERSON | K.SENIORITY | K.FOREIGN_PRE, band: 0 }],
  ['xunior', 'junior', { k: K.SENIORITY, band: 1 }],
  ['marqueting', 'marketing', AS.marketing],
  ['desenvolupament', 'development', AS.development],
  ['gestio xestion', 'management', AS.management],
  ['projecte projectes proxecto proxectos', 'project', AS.project],
  ['produccio producion', 'production', AS.production],
  ['dissenyador dissenyadora desenador desenadora', 'designer', AS.designer],
  ['vendes', 'sales', AS.sales],
  // Basque puts the product word first, as English does ("produktu-kudeatzailea", "produktuaren
  // jabea"); "produktu" is already the Slavic genitive above.
  ['produktuaren produktuko', 'product', { k: K.ANCHOR | K.PM_CUE }],
  ['produktuen', 'products', { k: K.ANCHOR | K.PM_CUE }],
  ['kudeatzaile kudeatzailea arduradun arduraduna', 'manager', { k: K.ROLE | K.PERSON, band: 2 }],
  ['jabe jabea', 'owner', { k: K.ROLE | K.PERSON, band: 2 }],
  ['zuzendari zuzendaria', 'director', { k: K.ROLE | K.PERSON | K.EXEC, band: 6 }],
  ['proiektu proiektuaren proiektuko', 'project', AS.project],
  ['ekoizpen ekoizpena ekoizpeneko', 'production', AS.production],
  ['diseinatzaile diseinatzailea', 'designer', AS.designer],
  ['salmenta salmentak', 'sales', AS.sales],
  // Albanian puts the head first and the product word after it ("menaxher produkti", "pronar produkti").
  ['produkti produktit', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['produktet produkteve', 'products', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['menaxher menaxhere menaxheri menaxherja', 'manager', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  ['pronar pronare pronari', 'owner', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  ['drejtor drejtore drejtori', 'director', { k: K.ROLE | K.PERSON | K.EXEC, band: 6 }],
  ['menaxhim menaxhimi menaxhimit', 'management', AS.management],
  ['larte', 'senior', { k: K.SENIORITY }],
  ['prodhim prodhimi prodhimit', 'production', AS.production],
  ['shitje shitjes shitjeve', 'sales', AS.sales],
  // Filipino ("Tagapamahala ng Produkto", "May-ari ng Produkto", joined at its hyphen) and Swahili
  // ("Meneja wa Bidhaa", "Mmiliki wa Bidhaa") put the head first, linked by "ng" and "wa".
  ['produkto bidhaa', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['tagapamahala meneja', 'manager', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  ['mayari mmiliki', 'owner', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  ['mchambuzi', 'analyst', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  ['mkurugenzi', 'director', { k: K.ROLE | K.PERSON | K.EXEC, band: 6 }],
  ['mwandamizi', 'senior', { k: K.SENIORITY }],
  ['masoko', 'marketing', AS.marketing],
  ['proyekto mradi miradi', 'project', AS.project],
  ['produksyon uzalishaji', 'production', AS.production],
  ['benta mauzo', 'sales', AS.sales],
  ['ng wa', 'of', { k: K.CONNECT }],
  // Malay "kanan" (senior) after the title: "Pengurus Produk Kanan".
  ['kanan', 'senior', { k: K.SENIORITY }],
  // Vietnamese writes a word as syllables apart ("sản phẩm", "quản lý"): the first syllable is
  // marked X.SYLLABLE and the pair (written here with "_") is one word (stream.ts). Accents the
  // Latin tables fold are folded ("lý" is "ly"), the others kept ("phẩm"). The head comes first:
  // "quản lý sản phẩm" is a product manager.
  ['sản quản trưởng giam thực phan dự thiết kinh tiếp chủ chủ_sở chuyen cấp', 'syllable', { x: X.SYLLABLE }],
  ['sản_phẩm', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['quản_ly', 'manager', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  ['chủ_sở_hữu', 'owner', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  ['phan_tich', 'analyst', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 2 }],
  // "Trưởng nhóm" (team lead) leads a product team; "trưởng phòng" heads a department.
  ['trưởng_nhom', 'leader', { k: K.FOREIGN_PRE | K.ROLE | K.PERSON, band: 4, fam: Fam.PM }],
  ['trưởng_phong', 'head', { k: K.ROLE | K.PERSON | K.EXEC, band: 7 }],
  ['giam_dốc', 'director', { k: K.ROLE | K.PERSON | K.EXEC, band: 6 }],
  // "Thực tập sinh" (intern) has three syllables: "thực tập" (an internship) is read with "sinh".
  ['thực_tập', 'intern', { k: K.ROLE | K.PERSON | K.SENIORITY | K.FOREIGN_PRE, band: 0, x: X.SYLLABLE }],
  ['thực_tập_sinh', 'intern', { k: K.ROLE | K.PERSON | K.SENIORITY | K.FOREIGN_PRE, band: 0 }],
  // "Chuyên viên" (officer, specialist) is the generic grade word of Vietnamese boards.
  ['chuyen_vien', 'the', { k: K.SKIP }],
  ['cấp_cao', 'senior', { k: K.SENIORITY }],
  ['tiếp_thị', 'marketing', AS.marketing],
  ['dự_an', 'project', AS.project],
  ['sản_xuất', 'production', AS.production],
  ['thiết_kế', 'design', { k: K.NONPROD | K.FUNCTION, adj: 'product-design' }],
  ['kinh_doanh', 'sales', AS.sales],
  ['thực_phẩm', 'material', { k: K.MATERIAL }],

  // Gender tags ("(m/w/d)", "(h/f)", "(all genders)"): noise inside brackets.
  ['m f d h x gn divers diverse all genders gender mwd mfd wmd fmd hf fh', 'gender', { k: K.GENDER }],
  // How the holder is engaged, as "contract", "freelance" or "part-time" in English: self-employed,
  // fixed-term, part-time and cover contracts of German, Dutch, French, Spanish, Portuguese, Polish
  // and Nordic postings ("PM autónomo", "PO (ZZP)", "PM Teilzeit", "PM Elternzeitvertretung").
  [
    'freelancer freiberuflich freiberufler teilzeit vollzeit befristet unbefristet elternzeitvertretung mutterschutzvertretung karenzvertretung zzp zzper deeltijd halftijds cdd cdi autonomo autonoma pj clt interino interina vikar vikariat sijaisuus zastepstwo',
    'noise',
    { k: K.NOISE },
  ],
];

/**
 * German and Dutch compounds that end in an internship word name an internship in that area
 * ("Vertriebspraktikum", "Marketingpraktikant"): read as the internship word.
 */
export const INTERN_ENDINGS: readonly string[] = ['praktikantin', 'praktikant', 'praktikum', 'werkstudentin', 'werkstudent'];

/** "Becario/a", "Jefe/a", "Produktmanager/-in", "Praktykant/ka", "менаџер/ка", "vlasnik/ca", Hebrew "מנהל/ת": gender endings written after a slash, not a second word. */
export const GENDER_ENDINGS: ReadonlySet<string> = new Set(['a', 'o', 'e', 'in', 'innen', 'ra', 'ka', 'ca', 'ка', 'ца', 'ת', 'ה', 'ית']);
