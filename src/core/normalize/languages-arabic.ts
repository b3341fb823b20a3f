import { AS, HEAD_FIRST } from './foreign-words.js';
import { K } from './words.js';
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
export const ARABIC: readonly LexRow[] = [
  ['منتج المنتج للمنتج', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['منتجات المنتجات للمنتجات', 'products', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  // "مدير" is the manager (and the director of a department); "مسؤول" the one responsible.
  ['مدير مديرة مسؤول مسؤولة', 'manager', { k: HEAD_FIRST, band: 2 }],
  ['مالك مالكة', 'owner', { k: HEAD_FIRST, band: 2 }],
  ['محلل محللة', 'analyst', { k: HEAD_FIRST, band: 2 }],
  ['اخصائي اخصائية', 'specialist', { k: HEAD_FIRST, band: 1, adj: 'support' }],
  ['متدرب متدربة', 'intern', { k: HEAD_FIRST | K.SENIORITY, band: 0 }],
  ['رئيس رئيسة', 'head', { k: K.ROLE | K.PERSON | K.EXEC, band: 7 }],
  // "أول" (first) and "أقدم" (most senior) after the head, "كبير" (senior) before it.
  ['اول اقدم كبير', 'senior', AS.senior],
  ['مبتدئ', 'junior', AS.junior],
  ['تسويق التسويق', 'marketing', AS.marketing],
  ['ادارة الادارة', 'management', AS.management],
  ['تطوير', 'development', AS.development],
  ['مشروع المشروع مشاريع المشاريع', 'project', AS.project],
  ['برنامج البرنامج برامج', 'program', { k: K.FUNCTION, adj: 'program-management' }],
  ['انتاج الانتاج', 'production', AS.production],
  ['مصمم مصممة', 'designer', AS.designer],
  ['مهندس مهندسة', 'engineer', { k: K.ROLE | K.NONPROD, adj: 'engineering' }],
  ['مبيعات المبيعات', 'sales', AS.sales],
  ['جودة الجودة', 'quality', { k: K.NONPROD | K.FUNCTION, adj: 'other' }],
  ['دعم الدعم', 'support', { k: K.NONPROD | K.FUNCTION, adj: 'support' }],
  ['مشتريات المشتريات', 'procurement', { k: K.FUNCTION | K.CPO_CONFLICT | K.ROLE, adj: 'other' }],
  // Food ("المنتجات الغذائية"): goods, so the products beside it are goods.
  ['الغذائية غذائية الغذاء غذاء', 'material', AS.material],
  // "رئيس قسم المنتجات": the section a job heads is skipped, as Polish "w dziale" is.
  ['قسم', 'the', { k: K.SKIP }],

  // Persian: "محصول" (product), "مالک" (owner, the Arabic word), "تحلیل‌گر" (analyst), "کارآموز"
  // (intern), "ارشد" (senior, after the title), "مدیریت" (management).
  ['محصول', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['محصولات', 'products', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['تحليلگر', 'analyst', { k: HEAD_FIRST, band: 2 }],
  ['كاراموز', 'intern', { k: HEAD_FIRST | K.SENIORITY, band: 0 }],
  ['ارشد', 'senior', AS.senior],
  ['جونيور', 'junior', AS.junior],
  ['مديريت', 'management', AS.management],
  ['بازاريابي', 'marketing', AS.marketing],
  ['توسعه', 'development', AS.development],
  ['پروژه', 'project', AS.project],
  ['توليد', 'production', AS.production],
  ['طراح', 'designer', AS.designer],
  ['فروش', 'sales', AS.sales],
  // Urdu loans, head last: product, manager, owner, ranks, intern; project and production; and
  // the Persian loans of Iranian boards ("پروداکت منیجر").
  ['پروڈكٹ پروداكت', 'product', AS.product],
  ['مينيجر مينجر منيجر', 'manager', AS.manager],
  ['اونر', 'owner', AS.owner],
  ['سينئر سينيئر', 'senior', AS.senior],
  ['جونيئر', 'junior', AS.junior],
  ['انٹرن', 'intern', AS.intern],
  ['پروجيكٹ', 'project', AS.project],
  ['پروڈكشن', 'production', AS.production],
];
