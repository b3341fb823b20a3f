import { Fam, K } from './words.js';
import type { LexRow } from './lexicon.js';

/**
 * Product roles and their look-alikes in Arabic (one of ESCO's languages, and the job boards of
 * the Gulf and North Africa). Words are written folded (chars.ts): the alef with hamza or madda
 * as a bare alef ("إدارة" is "ادارة"), alef maqsura as ya. Arabic puts the head first and the
 * product in the genitive, with or without the article ("مدير المنتج", "مدير منتجات"): the heads
 * are FOREIGN_PRE and the product words FOREIGN, so stream.ts puts them into English order, and a
 * rank after the title ("مدير منتج أول") is a rank after it as in "Product Manager Senior".
 * docs/normalizer-rounds.md ("More scripts and languages") says where the words come from.
 *
 * Persian is written in the same script and, folded (chars.ts: Persian ی and ک as Arabic ي and
 * ك, the zero-width non-joiner inside a word dropped), shares the Arabic heads ("مدیر محصول" is
 * "مدير محصول"); it puts the head first too. Urdu boards write the English loans, head last
 * ("پروڈکٹ مینیجر"), as Hindi ones do. docs/normalizer-rounds.md ("Third scripts round") names the sources.
 */
const HEAD = K.FOREIGN_PRE | K.ROLE | K.PERSON;

export const ARABIC: readonly LexRow[] = [
  ['منتج المنتج للمنتج', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['منتجات المنتجات للمنتجات', 'products', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  // "مدير" is the manager (and the director of a department); "مسؤول" the one responsible.
  ['مدير مديرة مسؤول مسؤولة', 'manager', { k: HEAD, band: 2 }],
  ['مالك مالكة', 'owner', { k: HEAD, band: 2 }],
  ['محلل محللة', 'analyst', { k: HEAD, band: 2 }],
  ['اخصائي اخصائية', 'specialist', { k: HEAD, band: 1, adj: 'support' }],
  ['متدرب متدربة', 'intern', { k: HEAD | K.SENIORITY, band: 0 }],
  ['رئيس رئيسة', 'head', { k: K.ROLE | K.PERSON | K.EXEC, band: 7 }],
  // "أول" (first) and "أقدم" (most senior) after the head, "كبير" (senior) before it.
  ['اول اقدم كبير', 'senior', { k: K.SENIORITY }],
  ['مبتدئ', 'junior', { k: K.SENIORITY, band: 1 }],
  ['تسويق التسويق', 'marketing', { k: K.DISC | K.FUNCTION, fam: Fam.PMM, adj: 'marketing' }],
  ['ادارة الادارة', 'management', { k: K.DISC, fam: Fam.PM }],
  ['تطوير', 'development', { k: K.DISC, fam: Fam.PM }],
  ['مشروع المشروع مشاريع المشاريع', 'project', { k: K.FUNCTION, adj: 'project-management' }],
  ['برنامج البرنامج برامج', 'program', { k: K.FUNCTION, adj: 'program-management' }],
  ['انتاج الانتاج', 'production', { k: K.FUNCTION | K.NONPROD, adj: 'production' }],
  ['مصمم مصممة', 'designer', { k: K.NONPROD | K.ROLE, adj: 'product-design' }],
  ['مهندس مهندسة', 'engineer', { k: K.ROLE | K.NONPROD, adj: 'engineering' }],
  ['مبيعات المبيعات', 'sales', { k: K.FUNCTION | K.ROLE, adj: 'sales' }],
  ['جودة الجودة', 'quality', { k: K.NONPROD | K.FUNCTION, adj: 'other' }],
  ['دعم الدعم', 'support', { k: K.NONPROD | K.FUNCTION, adj: 'support' }],
  ['مشتريات المشتريات', 'procurement', { k: K.FUNCTION | K.CPO_CONFLICT | K.ROLE, adj: 'other' }],
  // Food ("المنتجات الغذائية"): goods, so the products beside it are goods.
  ['الغذائية غذائية الغذاء غذاء', 'material', { k: K.MATERIAL }],
  // "رئيس قسم المنتجات": the section a job heads is skipped, as Polish "w dziale" is.
  ['قسم', 'the', { k: K.SKIP }],

  // Persian: "محصول" (product), "مالک" (owner, the Arabic word), "تحلیل‌گر" (analyst), "کارآموز"
  // (intern), "ارشد" (senior, after the title), "مدیریت" (management).
  ['محصول', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['محصولات', 'products', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['تحليلگر', 'analyst', { k: HEAD, band: 2 }],
  ['كاراموز', 'intern', { k: HEAD | K.SENIORITY, band: 0 }],
  ['ارشد', 'senior', { k: K.SENIORITY }],
  ['جونيور', 'junior', { k: K.SENIORITY, band: 1 }],
  ['مديريت', 'management', { k: K.DISC, fam: Fam.PM }],
  ['بازاريابي', 'marketing', { k: K.DISC | K.FUNCTION, fam: Fam.PMM, adj: 'marketing' }],
  ['توسعه', 'development', { k: K.DISC, fam: Fam.PM }],
  ['پروژه', 'project', { k: K.FUNCTION, adj: 'project-management' }],
  ['توليد', 'production', { k: K.FUNCTION | K.NONPROD, adj: 'production' }],
  ['طراح', 'designer', { k: K.NONPROD | K.ROLE, adj: 'product-design' }],
  ['فروش', 'sales', { k: K.FUNCTION | K.ROLE, adj: 'sales' }],
  // Urdu loans, head last: product, manager, owner, ranks, intern; project and production; and
  // the Persian loans of Iranian boards ("پروداکت منیجر").
  ['پروڈكٹ پروداكت', 'product', { k: K.ANCHOR | K.PM_CUE }],
  ['مينيجر مينجر منيجر', 'manager', { k: K.ROLE | K.PERSON, band: 2 }],
  ['اونر', 'owner', { k: K.ROLE | K.PERSON, band: 2, fam: Fam.PO }],
  ['سينئر سينيئر', 'senior', { k: K.SENIORITY }],
  ['جونيئر', 'junior', { k: K.SENIORITY, band: 1 }],
  ['انٹرن', 'intern', { k: K.ROLE | K.PERSON | K.SENIORITY, band: 0 }],
  ['پروجيكٹ', 'project', { k: K.FUNCTION, adj: 'project-management' }],
  ['پروڈكشن', 'production', { k: K.FUNCTION | K.NONPROD, adj: 'production' }],
];
