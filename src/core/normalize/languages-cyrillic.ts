import { AS, HEAD_FIRST } from './foreign-words.js';
import { Fam, K, X } from './words.js';
import type { LexRow } from './lexicon.js';

/**
 * Product roles and their look-alikes in Russian, Ukrainian, Bulgarian and Serbian written in
 * Cyrillic, and in Greek. Surface forms are written folded, as the tokenizer hands them over
 * (chars.ts): lower case, Cyrillic "ё" as "е", Greek without accents and with final sigma as
 * "σ". docs/normalizer-rounds.md ("More scripts and languages") says where the words come from.
 *
 * These languages put the head before the product word in the genitive or after a preposition
 * ("менеджер по продукту", "менеджер продукту", "υπεύθυνος προϊόντος", "власник производа"), as
 * the Romance languages do: the heads are FOREIGN_PRE and the product words FOREIGN, so
 * stream.ts puts them into English order. The adjective forms ("продуктовый менеджер",
 * "продуктов мениджър") are already in that order. "Продакт-менеджер" and the other
 * transliterated compounds are split like German ones (languages-cjk.ts, SCRIPT_PARTS).
 */
export const CYRILLIC: readonly LexRow[] = [
  // The product word: nouns in their cases, the loan "продакт".
  ['продукт продукта продукту продуктом продукте продакт продуктът производ производа производу производом', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  // Its adjectives ("продуктовый менеджер", "продуктов мениджър"): a discipline after one is its
  // noun ("менеджер по продуктовому маркетингу").
  [
    'продуктовый продуктовая продуктовое продуктового продуктовой продуктовому продуктовым продуктовом продуктовий продуктова продуктове продуктової продуктовій продуктовим продуктово продуктовия продуктовият',
    'product',
    { k: K.ANCHOR | K.FOREIGN | K.PM_CUE, x: X.ADJ },
  ],
  ['продуктов продуктовые продуктовых продуктові продуктових продуктови', 'products', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE, x: X.ADJ }],
  ['продукты продуктам продуктами продуктах продуктів продукти продуктите производи производе производима', 'products', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],

  // Uzbek in Cyrillic puts the product word first, as in Latin letters ("маҳсулот менежери").
  ['маҳсулот', 'product', AS.product],

  // Heads, with their feminine forms, and the Uzbek "менежер(и)".
  ['менежер менежери менеджер менеджера менеджерка менеджерки мениджър мениджъра мениджъри менаџер менаџерка менаџера менаџери', 'manager', { k: HEAD_FIRST, band: 2 }],
  ['владелец владелица власник власниця власница собственик собственичка', 'owner', { k: HEAD_FIRST, band: 2 }],
  ['аналитик аналітик аналітикиня аналитичар аналитичарка анализатор', 'analyst', { k: HEAD_FIRST, band: 2 }],
  ['специалист специалистка спеціаліст спеціалістка стручњак', 'specialist', { k: HEAD_FIRST, band: 1, adj: 'support' }],
  ['стажер стажерка стажировка практикант практикантка стажист стажистка стажант стажантка приправник приправница стажиста', 'intern', { k: HEAD_FIRST | K.SENIORITY, band: 0 }],
  ['руководитель руководительница керівник керівниця ръководител ръководителка руководилац', 'head', { k: K.ROLE | K.PERSON | K.EXEC, band: 7 }],
  ['директор директора директорка директорът', 'director', AS.director],
  // "Вице-президент" is joined at its hyphen (stream.ts) and found here.
  ['вицепрезидент віцепрезидент вицепрезидентка', 'vp', { k: K.ROLE | K.PERSON | K.EXEC, band: 8 }],
  ['маркетолог маркетологиня', 'marketer', { k: K.ROLE | K.PERSON, band: 2, fam: Fam.PMM }],

  // Ranks.
  ['старший старшая старшего старша старши виши виша', 'senior', AS.senior],
  ['младший младшая младшего молодший молодша младши младша млађи млађа', 'junior', AS.junior],
  // "Ведущий" (leading) is the grade above senior in Russian and Ukrainian lists: a lead.
  ['ведущий ведущая ведущего провідний провідна водещ водеща', 'lead', { k: K.SENIORITY, band: 4 }],

  // Disciplines in their cases ("по управлению продуктом", "продуктового менеджменту").
  ['менеджмент менеджмента менеджменту менеджментом мениджмънт управление управления управлению управлением управління управлінню управлінням управљање управљања управљању', 'management', AS.management],
  ['маркетинг маркетинга маркетингу маркетингом маркетингът', 'marketing', AS.marketing],
  // "Менеджер по развитию продукта" (product development manager).
  ['развитие развития развитию развитием розвиток розвитку розвитком разработка разработки разработке разработку розроблення розробки розробка розробку', 'development', AS.development],
  ['аналитика аналитики аналитику аналитике аналитикой аналітика аналітики аналітику аналітиці', 'analytics', { k: K.DISC, fam: Fam.AN, spec: 'analytics' }],

  // Look-alikes.
  ['проект проекта проекту проектов проекты проектам проектами проєкт проєкту проєктів проєкти проєктами проекти проектите пројект пројекат пројекта пројеката пројектима', 'project', AS.project],
  ['программ программы программа программами програм програми програма програмите', 'program', { k: K.FUNCTION, adj: 'program-management' }],
  ['производство производства производству производством виробництво виробництва виробництву производња производње производњу', 'production', AS.production],
  ['дизайнер дизайнерка дизайнера дизајнер дизајнерка', 'designer', AS.designer],
  ['дизайн дизайна дизајн', 'design', { k: K.NONPROD | K.FUNCTION, adj: 'product-design' }],
  ['технолог технолога технологиня', 'technician', { k: K.NONPROD | K.ROLE, adj: 'production' }],
  ['разработчик разработчица розробник розробниця', 'developer', { k: K.ROLE | K.PERSON, band: 2, adj: 'engineering' }],
  ['инженер инженера інженер инжењер', 'engineer', { k: K.ROLE | K.NONPROD, adj: 'engineering' }],
  ['продаж продажам продажи продаже продажу продажби продаја продаје продају', 'sales', AS.sales],
  // Functions a head runs for a product ("менеджер по качеству продукта", "по закупкам
  // продуктов", "служба поддержки продукта"): the function is the job, the product its object.
  ['качество качества качеству качеством якість якості якістю качеството квалитет квалитета', 'quality', { k: K.NONPROD | K.FUNCTION, adj: 'other' }],
  ['поддержка поддержки поддержку підтримка підтримки підтримку поддръжка подршка подршке', 'support', { k: K.NONPROD | K.FUNCTION, adj: 'support' }],
  ['закупки закупкам закупок закупка закупівлі закупівель снабжение снабжения постачання набавка набавке', 'procurement', { k: K.FUNCTION | K.CPO_CONFLICT | K.ROLE, adj: 'other' }],
  ['обучение обучения обучению навчання навчанню обука обуке', 'training', { k: K.NONPROD, adj: 'other' }],
  ['логистика логистики логистике логістика логістики', 'supply', { k: K.NONPROD | K.FUNCTION, adj: 'other' }],
  ['безопасность безопасности безпека безпеки безопасност безбедност сертификация сертификации сертифікація сертифікації', 'compliance', { k: K.NONPROD | K.FUNCTION, adj: 'other' }],
  ['продюсер продюсерка продуцент', 'producer', { k: K.ROLE | K.NONPROD, adj: 'production' }],
  // Shops and markets: "продуктовый магазин" is a grocery shop, so the adjective before them names
  // food, not a product (stream.ts).
  [
    'магазин магазина магазину магазином магазине магазинов магазинах магазині магазинів супермаркет супермаркета супермаркету супермаркете гипермаркет гипермаркета рынок рынка рынке ринок ринку склад склада складу ларек ларька кіоск киоск ритейл ритейла ритейлу',
    'store',
    { k: K.NONPROD | K.RETAIL, adj: 'sales' },
  ],
  // "Продукты питания", "харчування": food, so products beside it are goods.
  ['питания харчування прехрамбених прехрамбени пищевых пищевой пищевые пищевого харчових харчові хранителни хранителните', 'material', AS.material],

  // Macedonian (head first, "менаџер за производ", "сопственик на производ"; the rest is Serbian's).
  ['постар постара', 'senior', AS.senior],
  ['помлад помлада', 'junior', AS.junior],
  ['сопственик сопственичка', 'owner', { k: HEAD_FIRST, band: 2 }],
  ['раководител раководителка', 'head', { k: K.ROLE | K.PERSON | K.EXEC, band: 7 }],
  ['продажба продажбата', 'sales', AS.sales],
  // Mongolian and Kazakh put the product word first, as English does ("бүтээгдэхүүний менежер",
  // "өнім менеджері"): product words without FOREIGN, heads without FOREIGN_PRE.
  ['бүтээгдэхүүний бүтээгдэхүүн өнім өнімнің өнімдер', 'product', AS.product],
  ['менежер менеджері', 'manager', AS.manager],
  ['эзэмшигч иесі', 'owner', AS.owner],
  ['шинжээч талдаушы', 'analyst', AS.analyst],
  ['захирал директоры', 'director', AS.director],
  ['дадлагажигч тағылымдамашы', 'intern', AS.intern],
  ['ахлах аға', 'senior', AS.senior],
  ['кіші', 'junior', AS.junior],
  ['маркетингийн', 'marketing', AS.marketing],
  ['төслийн төсөл жоба жобаның жобалар', 'project', AS.project],
  ['үйлдвэрлэлийн үйлдвэрлэл өндіріс өндірісі өндірістік', 'production', AS.production],
  ['борлуулалтын борлуулалт сату', 'sales', AS.sales],

  // Linking words: "по", "з", "за", "на" link a head to its object; "в", "у" are "in"; a
  // department ("отдела") is skipped, as Polish "w dziale" is.
  ['по з із за на', 'of', { k: K.CONNECT }],
  ['в у', 'in', {}],
  ['и і та', 'and', { k: K.COORD }],
  ['отдела отдел отделе отделом відділу відділ відділі одељења одељење', 'the', { k: K.SKIP }],
];

/** Greek: the head comes first and the product word follows in the genitive ("υπεύθυνος προϊόντος"). */
export const GREEK: readonly LexRow[] = [
  ['προιον προιοντοσ', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['προιοντα προιοντων', 'products', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  // "Υπεύθυνος" (the one responsible for) is the manager of occupation lists and job boards.
  ['υπευθυνοσ υπευθυνη διαχειριστησ διαχειριστρια', 'manager', { k: HEAD_FIRST, band: 2 }],
  ['ιδιοκτητησ ιδιοκτητρια', 'owner', { k: HEAD_FIRST, band: 2 }],
  ['αναλυτησ αναλυτρια', 'analyst', { k: HEAD_FIRST, band: 2 }],
  ['ειδικοσ ειδικη', 'specialist', { k: HEAD_FIRST, band: 1, adj: 'support' }],
  ['ασκουμενοσ ασκουμενη', 'intern', { k: HEAD_FIRST | K.SENIORITY, band: 0 }],
  ['διευθυντησ διευθυντρια', 'director', AS.director],
  ['ανωτεροσ ανωτερη', 'senior', AS.senior],
  ['αναπτυξη αναπτυξησ', 'development', AS.development],
  ['μαρκετινγκ', 'marketing', AS.marketing],
  ['διαχειριση διαχειρισησ', 'management', AS.management],
  ['εργου εργο εργων', 'project', AS.project],
  ['παραγωγησ παραγωγη', 'production', AS.production],
  ['σχεδιαστησ σχεδιαστρια', 'designer', AS.designer],
  ['μηχανικοσ μηχανικη', 'engineer', { k: K.ROLE | K.NONPROD, adj: 'engineering' }],
  ['πωλησεων πωλησεισ', 'sales', AS.sales],
  ['τροφιμων τροφιμα', 'material', AS.material],
  ['ποιοτητα ποιοτητασ', 'quality', { k: K.NONPROD | K.FUNCTION, adj: 'other' }],
  ['υποστηριξη υποστηριξησ', 'support', { k: K.NONPROD | K.FUNCTION, adj: 'support' }],
  ['του τησ των', 'the', { k: K.SKIP }],
  ['και', 'and', { k: K.COORD }],
];
