import { Fam, K } from './words.js';
import type { LexRow } from './lexicon.js';

/**
 * Product roles and their look-alikes in Hindi and Bengali (the national occupation lists and
 * job boards of India and Bangladesh) and in Thai. Words are written as the tokenizer folds them
 * (chars.ts): a letter with a nukta as the letter without it, zero-width joiners dropped.
 * docs/normalizer-rounds.md ("Third scripts round") says where the words come from.
 *
 * Hindi and Bengali put the head last, as English does, in their own words ("उत्पाद प्रबंधक",
 * "পণ্য ব্যবস্থাপক") and in the English loans their boards write ("प्रोडक्ट मैनेजर", "প্রোডাক্ট
 * ম্যানেজার"): no word order is changed. Thai puts its own head first ("ผู้จัดการผลิตภัณฑ์",
 * manager of product) and writes a title without spaces: the Thai product word is FOREIGN and
 * the heads FOREIGN_PRE, so stream.ts puts them into English order once the compound splitter
 * (script-compound.ts) has cut the title into these words; the Thai loans ("โปรดักต์
 * แมเนเจอร์") put the head last.
 */
const HEAD = K.FOREIGN_PRE | K.ROLE | K.PERSON;

export const INDIC: readonly LexRow[] = [
  // Hindi "उत्पाद" and the loan "प्रोडक्ट"; Bengali "পণ্য" and the loan "প্রোডাক্ট".
  ['उत्पाद प्रोडक्ट प्रॉडक्ट পণ্য প্রোডাক্ট প্রডাক্ট', 'product', { k: K.ANCHOR | K.PM_CUE }],
  ['प्रबंधक प्रबन्धक मैनेजर ব্যবস্থাপক ম্যানেজার', 'manager', { k: K.ROLE | K.PERSON, band: 2 }],
  ['ओनर मालिक ওনার মালিক', 'owner', { k: K.ROLE | K.PERSON, band: 2, fam: Fam.PO }],
  ['विश्लेषक एनालिस्ट বিশ্লেষক অ্যানালিস্ট', 'analyst', { k: K.ROLE | K.PERSON, band: 2, fam: Fam.AN }],
  ['निदेशक डायरेक्टर পরিচালক ডিরেক্টর', 'director', { k: K.ROLE | K.PERSON | K.EXEC, band: 6, fam: Fam.PM }],
  // "प्रमुख" (head, chief): "उत्पाद प्रमुख" is the head of product.
  ['प्रमुख প্রধান', 'head', { k: K.ROLE | K.PERSON | K.EXEC, band: 7, fam: Fam.PM }],
  ['इंटर्न प्रशिक्षु ইন্টার্ন শিক্ষানবিশ', 'intern', { k: K.ROLE | K.PERSON | K.SENIORITY, band: 0 }],
  ['वरिष्ठ सीनियर সিনিযর জ্যেষ্ঠ', 'senior', { k: K.SENIORITY }],
  ['कनिष्ठ जूनियर জুনিযর কনিষ্ঠ', 'junior', { k: K.SENIORITY, band: 1 }],
  ['विपणन मार्केटिंग বিপণন মার্কেটিং', 'marketing', { k: K.DISC | K.FUNCTION, fam: Fam.PMM, adj: 'marketing' }],
  ['प्रबंधन प्रबन्धन ব্যবস্থাপনা', 'management', { k: K.DISC, fam: Fam.PM }],
  ['विकास উন্নযন', 'development', { k: K.DISC, fam: Fam.PM }],
  // Look-alikes: project ("परियोजना", "প্রকল্প" and the loans), production ("उत्पादन", which
  // starts with the product word's letters but is another word), design, sales.
  ['परियोजना प्रोजेक्ट প্রকল্প প্রজেক্ট', 'project', { k: K.FUNCTION, adj: 'project-management' }],
  ['उत्पादन प्रोडक्शन উৎপাদন প্রোডাকশন', 'production', { k: K.FUNCTION | K.NONPROD, adj: 'production' }],
  ['डिजाइनर ডিজাইনার', 'designer', { k: K.NONPROD | K.ROLE, adj: 'product-design' }],
  ['बिक्री সেলস বিক্রয', 'sales', { k: K.FUNCTION | K.ROLE, adj: 'sales' }],
  ['खाद्य খাদ্য', 'material', { k: K.MATERIAL }],
];

export const THAI: readonly LexRow[] = [
  ['ผลิตภัณฑ์', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  // The loan, written with either final consonant: head last, as in English.
  ['โปรดักต์ โปรดักท์ โปรดักส์', 'product', { k: K.ANCHOR | K.PM_CUE }],
  ['ผู้จัดการ', 'manager', { k: HEAD, band: 2 }],
  ['แมเนเจอร์ เมเนเจอร์ แมนเนเจอร์', 'manager', { k: K.ROLE | K.PERSON, band: 2 }],
  ['เจ้าของ', 'owner', { k: HEAD, band: 2 }],
  ['นักวิเคราะห์', 'analyst', { k: HEAD, band: 2 }],
  ['นักศึกษาฝึกงาน ฝึกงาน เด็กฝึกงาน อินเทิร์น', 'intern', { k: HEAD | K.SENIORITY, band: 0 }],
  ['ผู้อำนวยการ', 'director', { k: K.ROLE | K.PERSON | K.EXEC, band: 6, fam: Fam.PM }],
  ['หัวหน้า', 'head', { k: K.ROLE | K.PERSON | K.EXEC, band: 7 }],
  // "อาวุโส" (senior) after the title, the loans before it.
  ['อาวุโส ซีเนียร์', 'senior', { k: K.SENIORITY }],
  ['จูเนียร์', 'junior', { k: K.SENIORITY, band: 1 }],
  ['การตลาด', 'marketing', { k: K.DISC | K.FUNCTION, fam: Fam.PMM, adj: 'marketing' }],
  ['การพัฒนา พัฒนา', 'development', { k: K.DISC, fam: Fam.PM }],
  // "ฝ่าย", "แผนก": the department a job is in, skipped as Polish "w dziale" is.
  ['ฝ่าย แผนก', 'the', { k: K.SKIP }],
  ['โครงการ โปรเจกต์ โปรเจค', 'project', { k: K.FUNCTION, adj: 'project-management' }],
  // "ผลิต" (to produce): "ฝ่ายผลิต" is the production department; "ผลิตภัณฑ์" is split before it.
  ['ผลิต การผลิต', 'production', { k: K.FUNCTION | K.NONPROD, adj: 'production' }],
  ['นักออกแบบ', 'designer', { k: K.NONPROD | K.ROLE, adj: 'product-design' }],
  ['ขาย ฝ่ายขาย', 'sales', { k: K.FUNCTION | K.ROLE, adj: 'sales' }],
  ['อาหาร', 'material', { k: K.MATERIAL }],
];

/** The product words a Thai compound is read from. */
export const THAI_PRODUCT: readonly string[] = ['ผลิตภัณฑ์', 'โปรดักต์', 'โปรดักท์', 'โปรดักส์'];

/** The parts a Thai compound is split into: every Thai word above. */
export const THAI_PARTS: readonly string[] = THAI.flatMap(([surfaces]) => surfaces.split(' '));
