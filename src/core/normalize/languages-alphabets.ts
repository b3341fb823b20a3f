import { AS, HEAD_FIRST } from './foreign-words.js';
import { K } from './words.js';
import type { LexRow } from './lexicon.js';

/**
 * Product roles and their look-alikes in Hebrew, Armenian and Georgian. Words are written as the
 * tokenizer folds them (chars.ts): Hebrew without vowel points, its geresh and gershayim (or the
 * apostrophe and double quote typed for them) dropped ("ג'וניור" is "גוניור", "סמנכ"ל" is
 * "סמנכל"); Armenian and Georgian in lower case. docs/normalizer-rounds.md ("Third scripts round") says
 * where the words come from.
 *
 * Hebrew puts the head first ("מנהל מוצר", manager of product; a rank after it, "מנהל מוצר
 * בכיר"): its product word is FOREIGN and its heads FOREIGN_PRE, as in Arabic; the loans of Israeli
 * boards ("פרודקט מנג'ר") put the head last. Armenian and Georgian put the product word first in
 * the genitive ("ապրանքի մենեջեր", "პროდუქტის მენეჯერი"), as English does.
 */
export const HEBREW: readonly LexRow[] = [
  ['מוצר המוצר למוצר', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['מוצרים המוצרים', 'products', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['פרודקט', 'product', AS.product],
  ['מנהל מנהלת', 'manager', { k: HEAD_FIRST, band: 2 }],
  ['מנגר', 'manager', AS.manager],
  ['אונר', 'owner', AS.owner],
  ['אנליסט אנליסטית', 'analyst', { k: HEAD_FIRST, band: 2 }],
  ['מתמחה', 'intern', { k: HEAD_FIRST | K.SENIORITY, band: 0 }],
  // "סמנכ"ל" (deputy director general): the vice president of Israeli companies.
  ['סמנכל', 'vp', { k: K.ROLE | K.PERSON | K.EXEC, band: 8 }],
  ['ראש', 'head', { k: K.ROLE | K.PERSON | K.EXEC, band: 7 }],
  ['בכיר בכירה', 'senior', AS.senior],
  ['גוניור', 'junior', AS.junior],
  ['שיווק', 'marketing', AS.marketing],
  ['ניהול', 'management', AS.management],
  ['פיתוח', 'development', AS.development],
  // "ראש מחלקת מוצר": the department a job heads is skipped, as in Arabic.
  ['מחלקת מחלקה', 'the', { k: K.SKIP }],
  ['פרויקט פרויקטים', 'project', AS.project],
  ['ייצור הייצור', 'production', AS.production],
  ['מעצב מעצבת', 'designer', AS.designer],
  ['מכירות', 'sales', AS.sales],
  ['מזון', 'material', AS.material],
];

export const ARMENIAN: readonly LexRow[] = [
  // "Ապրանք" (goods, product) in the genitive, and the loan "պրոդուկտ".
  // "Արտադրանք" (output, product) too: the product manager of the Armenian translation of the list
  // in Python Faker; production is "արտադրություն", below.
  ['ապրանքի ապրանք ապրանքների պրոդուկտ պրոդուկտի արտադրանքի արտադրանք', 'product', AS.product],
  ['մենեջեր մենեջերի', 'manager', AS.manager],
  ['սեփականատեր', 'owner', AS.owner],
  ['վերլուծաբան', 'analyst', AS.analyst],
  ['տնօրեն', 'director', AS.director],
  ['պրակտիկանտ', 'intern', AS.intern],
  ['ավագ', 'senior', AS.senior],
  ['կրտսեր', 'junior', AS.junior],
  ['մարքեթինգի մարքեթինգ', 'marketing', AS.marketing],
  ['նախագծի նախագիծ նախագծերի', 'project', AS.project],
  ['արտադրության արտադրություն', 'production', AS.production],
  ['դիզայներ', 'designer', AS.designer],
  ['վաճառքի վաճառք', 'sales', AS.sales],
];

export const GEORGIAN: readonly LexRow[] = [
  ['პროდუქტის პროდუქტი პროდუქტ პროდუქტების', 'product', AS.product],
  ['მენეჯერი მენეჯერ', 'manager', AS.manager],
  ['მფლობელი', 'owner', AS.owner],
  ['ანალიტიკოსი', 'analyst', AS.analyst],
  ['დირექტორი', 'director', AS.director],
  ['სტაჟიორი', 'intern', AS.intern],
  ['უფროსი', 'senior', AS.senior],
  ['უმცროსი', 'junior', AS.junior],
  ['მარკეტინგის', 'marketing', AS.marketing],
  ['პროექტის პროექტი პროექტების', 'project', AS.project],
  ['წარმოების', 'production', AS.production],
  ['დიზაინერი', 'designer', AS.designer],
  ['გაყიდვების', 'sales', AS.sales],
];
