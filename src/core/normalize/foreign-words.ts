import { Fam, K, type WordSpec } from './words.js';

/**
 * What a word of another language means, written once for the word tables of other scripts
 * (languages-*.ts) rather than again in every language's table: the flags of the English word it
 * translates. These are for words read in English order (the product word first, the head
 * last: "продуктовый менеджер", "प्रोडक्ट मैनेजर"). A head written before its product word
 * ("מנהל מוצר", "ผู้จัดการผลิตภัณฑ์") takes HEAD_FIRST instead, which word-order.ts moves.
 */
export const AS = {
  product: { k: K.ANCHOR | K.PM_CUE },
  manager: { k: K.ROLE | K.PERSON, band: 2 },
  owner: { k: K.ROLE | K.PERSON, band: 2, fam: Fam.PO },
  analyst: { k: K.ROLE | K.PERSON, band: 2, fam: Fam.AN },
  director: { k: K.ROLE | K.PERSON | K.EXEC, band: 6, fam: Fam.PM },
  intern: { k: K.ROLE | K.PERSON | K.SENIORITY, band: 0 },
  senior: { k: K.SENIORITY },
  junior: { k: K.SENIORITY, band: 1 },
  marketing: { k: K.DISC | K.FUNCTION, fam: Fam.PMM, adj: 'marketing' },
  management: { k: K.DISC, fam: Fam.PM },
  development: { k: K.DISC, fam: Fam.PM },
  project: { k: K.FUNCTION, adj: 'project-management' },
  production: { k: K.FUNCTION | K.NONPROD, adj: 'production' },
  designer: { k: K.NONPROD | K.ROLE, adj: 'product-design' },
  sales: { k: K.FUNCTION | K.ROLE, adj: 'sales' },
  material: { k: K.MATERIAL },
} as const satisfies Record<string, WordSpec>;

/** The kinds of a head written before its product word, as Romance, Slavic, Arabic, Hebrew and Thai titles do. */
export const HEAD_FIRST = K.FOREIGN_PRE | K.ROLE | K.PERSON;
