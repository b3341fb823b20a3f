import { Fam, K } from './words.js';
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
const HEAD = K.FOREIGN_PRE | K.ROLE | K.PERSON;

export const HEBREW: readonly LexRow[] = [
  ['מוצר המוצר למוצר', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['מוצרים המוצרים', 'products', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['פרודקט', 'product', { k: K.ANCHOR | K.PM_CUE }],
  ['מנהל מנהלת', 'manager', { k: HEAD, band: 2 }],
  ['מנגר', 'manager', { k: K.ROLE | K.PERSON, band: 2 }],
  ['אונר', 'owner', { k: K.ROLE | K.PERSON, band: 2, fam: Fam.PO }],
  ['אנליסט אנליסטית', 'analyst', { k: HEAD, band: 2 }],
  ['מתמחה', 'intern', { k: HEAD | K.SENIORITY, band: 0 }],
  // "סמנכ"ל" (deputy director general): the vice president of Israeli companies.
  ['סמנכל', 'vp', { k: K.ROLE | K.PERSON | K.EXEC, band: 8 }],
  ['ראש', 'head', { k: K.ROLE | K.PERSON | K.EXEC, band: 7 }],
  ['בכיר בכירה', 'senior', { k: K.SENIORITY }],
  ['גוניור', 'junior', { k: K.SENIORITY, band: 1 }],
  ['שיווק', 'marketing', { k: K.DISC | K.FUNCTION, fam: Fam.PMM, adj: 'marketing' }],
  ['ניהול', 'management', { k: K.DISC, fam: Fam.PM }],
  ['פיתוח', 'development', { k: K.DISC, fam: Fam.PM }],
  // "ראש מחלקת מוצר": the department a job heads is skipped, as in Arabic.
  ['מחלקת מחלקה', 'the', { k: K.SKIP }],
  ['פרויקט פרויקטים', 'project', { k: K.FUNCTION, adj: 'project-management' }],
  ['ייצור הייצור', 'production', { k: K.FUNCTION | K.NONPROD, adj: 'production' }],
  ['מעצב מעצבת', 'designer', { k: K.NONPROD | K.ROLE, adj: 'product-design' }],
  ['מכירות', 'sales', { k: K.FUNCTION | K.ROLE, adj: 'sales' }],
  ['מזון', 'material', { k: K.MATERIAL }],
];

export const ARMENIAN: readonly LexRow[] = [
  // "Ապրանք" (goods, product) in the genitive, and the loan "պրոդուկտ".
  ['ապրանքի ապրանք ապրանքների պրոդուկտ պրոդուկտի', 'product', { k: K.ANCHOR | K.PM_CUE }],
  ['մենեջեր մենեջերի', 'manager', { k: K.ROLE | K.PERSON, band: 2 }],
  ['սեփականատեր', 'owner', { k: K.ROLE | K.PERSON, band: 2, fam: Fam.PO }],
  ['վերլուծաբան', 'analyst', { k: K.ROLE | K.PERSON, band: 2, fam: Fam.AN }],
  ['տնօրեն', 'director', { k: K.ROLE | K.PERSON | K.EXEC, band: 6, fam: Fam.PM }],
  ['պրակտիկանտ', 'intern', { k: K.ROLE | K.PERSON | K.SENIORITY, band: 0 }],
  ['ավագ', 'senior', { k: K.SENIORITY }],
  ['կրտսեր', 'junior', { k: K.SENIORITY, band: 1 }],
  ['մարքեթինգի մարքեթինգ', 'marketing', { k: K.DISC | K.FUNCTION, fam: Fam.PMM, adj: 'marketing' }],
  ['նախագծի նախագիծ նախագծերի', 'project', { k: K.FUNCTION, adj: 'project-management' }],
  ['արտադրության արտադրություն', 'production', { k: K.FUNCTION | K.NONPROD, adj: 'production' }],
  ['դիզայներ', 'designer', { k: K.NONPROD | K.ROLE, adj: 'product-design' }],
  ['վաճառքի վաճառք', 'sales', { k: K.FUNCTION | K.ROLE, adj: 'sales' }],
];

export const GEORGIAN: readonly LexRow[] = [
  ['პროდუქტის პროდუქტი პროდუქტ პროდუქტების', 'product', { k: K.ANCHOR | K.PM_CUE }],
  ['მენეჯერი მენეჯერ', 'manager', { k: K.ROLE | K.PERSON, band: 2 }],
  ['მფლობელი', 'owner', { k: K.ROLE | K.PERSON, band: 2, fam: Fam.PO }],
  ['ანალიტიკოსი', 'analyst', { k: K.ROLE | K.PERSON, band: 2, fam: Fam.AN }],
  ['დირექტორი', 'director', { k: K.ROLE | K.PERSON | K.EXEC, band: 6, fam: Fam.PM }],
  ['სტაჟიორი', 'intern', { k: K.ROLE | K.PERSON | K.SENIORITY, band: 0 }],
  ['უფროსი', 'senior', { k: K.SENIORITY }],
  ['უმცროსი', 'junior', { k: K.SENIORITY, band: 1 }],
  ['მარკეტინგის', 'marketing', { k: K.DISC | K.FUNCTION, fam: Fam.PMM, adj: 'marketing' }],
  ['პროექტის პროექტი პროექტების', 'project', { k: K.FUNCTION, adj: 'project-management' }],
  ['წარმოების', 'production', { k: K.FUNCTION | K.NONPROD, adj: 'production' }],
  ['დიზაინერი', 'designer', { k: K.NONPROD | K.ROLE, adj: 'product-design' }],
  ['გაყიდვების', 'sales', { k: K.FUNCTION | K.ROLE, adj: 'sales' }],
];
