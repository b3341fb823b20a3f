import { AS, HEAD_FIRST } from './foreign-words.js';
import { Fam, K } from './words.js';
import type { LexRow } from './lexicon.js';

/**
 * Product roles and their look-alikes in Hindi and Bengali (the national occupation lists and
 * job boards of India and Bangladesh), in the English loans of the other Indian scripts and of
 * Sinhala, and in Thai, Khmer and Lao. Words are written as the tokenizer folds them
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
export const INDIC: readonly LexRow[] = [
  // Hindi "उत्पाद" and the loan "प्रोडक्ट"; Bengali "পণ্য" and the loan "প্রোডাক্ট".
  ['उत्पाद प्रोडक्ट प्रॉडक्ट পণ্য প্রোডাক্ট প্রডাক্ট', 'product', AS.product],
  ['प्रबंधक प्रबन्धक मैनेजर ব্যবস্থাপক ম্যানেজার', 'manager', AS.manager],
  ['ओनर मालिक ওনার মালিক', 'owner', AS.owner],
  ['विश्लेषक एनालिस्ट বিশ্লেষক অ্যানালিস্ট', 'analyst', AS.analyst],
  ['निदेशक डायरेक्टर পরিচালক ডিরেক্টর', 'director', AS.director],
  // "प्रमुख" (head, chief): "उत्पाद प्रमुख" is the head of product.
  ['प्रमुख প্রধান', 'head', { k: K.ROLE | K.PERSON | K.EXEC, band: 7, fam: Fam.PM }],
  ['इंटर्न प्रशिक्षु ইন্টার্ন শিক্ষানবিশ', 'intern', AS.intern],
  ['वरिष्ठ सीनियर सिनियर সিনিযর জ্যেষ্ঠ', 'senior', AS.senior],
  ['कनिष्ठ जूनियर জুনিযর কনিষ্ঠ', 'junior', AS.junior],
  ['विपणन मार्केटिंग বিপণন মার্কেটিং', 'marketing', AS.marketing],
  ['प्रबंधन प्रबन्धन ব্যবস্থাপনা', 'management', AS.management],
  ['विकास উন্নযন', 'development', AS.development],
  // Look-alikes: project ("परियोजना", "প্রকল্প" and the loans), production ("उत्पादन", which
  // starts with the product word's letters but is another word), design, sales.
  ['परियोजना प्रोजेक्ट প্রকল্প প্রজেক্ট', 'project', AS.project],
  ['उत्पादन प्रोडक्शन উৎপাদন প্রোডাকশন', 'production', AS.production],
  ['डिजाइनर ডিজাইনার', 'designer', AS.designer],
  ['बिक्री সেলস বিক্রয', 'sales', AS.sales],
  ['खाद्य খাদ্য', 'material', AS.material],

  // The English loans of the boards of South India, Gujarat, Punjab, Maharashtra, Nepal and Sri
  // Lanka, head last as in English: Tamil "ப்ராடக்ட் மேனேஜர்", Telugu "ప్రొడక్ట్ మేనేజర్", Kannada
  // "ಪ್ರಾಡಕ್ಟ್ ಮ್ಯಾನೇಜರ್", Gujarati "પ્રોડક્ટ મેનેજર", Punjabi "ਪ੍ਰੋਡਕਟ ਮੈਨੇਜਰ", Marathi "मॅनेजर",
  // Nepali "म्यानेजर", Sinhala "ප්‍රොඩක්ට් මැනේජර්" (its joiner dropped, chars.ts); and Kannada's
  // own "ಉತ್ಪನ್ನ ನಿರ್ವಾಹಕ" (product manager). Telugu "ఉత్పత్తి", Gujarati "ઉત્પાદન" and Sinhala
  // "නිෂ්පාදන" name production as often as a product: not read as the product word.
  ['ப்ராடக்ட் ப்ரொடக்ட் ప్రొడక్ట్ ప్రోడక్ట్ ప్రాడక్ట్ ಪ್ರಾಡಕ್ಟ್ ಪ್ರೊಡಕ್ಟ್ ಉತ್ಪನ್ನ પ્રોડક્ટ પ્રોડકટ ਪ੍ਰੋਡਕਟ ਪ੍ਰਾਡਕਟ प्रडक्ट ප්රොඩක්ට් ප්රඩක්ට්', 'product', AS.product],
  ['மேனேஜர் மேலாளர் మేనేజర్ ಮ್ಯಾನೇಜರ್ ನಿರ್ವಾಹಕ ನಿರ್ವಾಹಕರು મેનેજર ਮੈਨੇਜਰ मॅनेजर म्यानेजर මැනේජර් කළමනාකරු', 'manager', AS.manager],
  ['ஓனர் ఓనర్ ಓನರ್ ઓનર ਓਨਰ', 'owner', AS.owner],
  ['அனலிஸ்ட் అనలిస్ట్ ಅನಾಲಿಸ್ಟ್ એનાલિસ્ટ', 'analyst', AS.analyst],
  ['சீனியர் సీనియర్ ಸೀನಿಯರ್ સિનિયર સીનિયર ਸੀਨੀਅਰ සීනියර්', 'senior', AS.senior],
  ['ஜூனியர் జూనియర్ ಜೂನಿಯರ್ જુનિયર ਜੂਨੀਅਰ', 'junior', AS.junior],
  ['இன்டர்ன் ఇంటర్న్ ಇಂಟರ್ನ್ ઇન્ટર્ન ਇੰਟਰਨ', 'intern', AS.intern],
  ['மார்க்கெட்டிங் మార్కెటింగ్ ಮಾರ್ಕೆಟಿಂಗ್ માર્કેટિંગ ਮਾਰਕੀਟਿੰਗ', 'marketing', AS.marketing],
  ['ப்ராஜெக்ட் திட்ட ప్రాజెక్ట్ ಪ್ರಾಜೆಕ್ಟ್ ಯೋಜನಾ પ્રોજેક્ટ ਪ੍ਰੋਜੈਕਟ ව්යාපෘති ප්රොජෙක්ට්', 'project', AS.project],
  ['ಉತ್ಪಾದನಾ ಉತ್ಪಾದನೆ ઉત્પાદન', 'production', AS.production],
];

export const THAI: readonly LexRow[] = [
  ['ผลิตภัณฑ์', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  // The loan, written with either final consonant: head last, as in English.
  ['โปรดักต์ โปรดักท์ โปรดักส์', 'product', AS.product],
  ['ผู้จัดการ', 'manager', { k: HEAD_FIRST, band: 2 }],
  ['แมเนเจอร์ เมเนเจอร์ แมนเนเจอร์', 'manager', AS.manager],
  ['เจ้าของ', 'owner', { k: HEAD_FIRST, band: 2 }],
  ['นักวิเคราะห์', 'analyst', { k: HEAD_FIRST, band: 2 }],
  ['นักศึกษาฝึกงาน ฝึกงาน เด็กฝึกงาน อินเทิร์น', 'intern', { k: HEAD_FIRST | K.SENIORITY, band: 0 }],
  ['ผู้อำนวยการ', 'director', AS.director],
  ['หัวหน้า', 'head', { k: K.ROLE | K.PERSON | K.EXEC, band: 7 }],
  // "อาวุโส" (senior) after the title, the loans before it.
  ['อาวุโส ซีเนียร์', 'senior', AS.senior],
  ['จูเนียร์', 'junior', AS.junior],
  ['การตลาด', 'marketing', AS.marketing],
  ['การพัฒนา พัฒนา', 'development', AS.development],
  // "ฝ่าย", "แผนก": the department a job is in, skipped as Polish "w dziale" is.
  ['ฝ่าย แผนก', 'the', { k: K.SKIP }],
  ['โครงการ โปรเจกต์ โปรเจค', 'project', AS.project],
  // "ผลิต" (to produce): "ฝ่ายผลิต" is the production department; "ผลิตภัณฑ์" is split before it.
  ['ผลิต การผลิต', 'production', AS.production],
  ['นักออกแบบ', 'designer', AS.designer],
  ['ขาย ฝ่ายขาย', 'sales', AS.sales],
  ['อาหาร', 'material', AS.material],

  // Khmer and Lao put the head first and write a title without spaces, as Thai does: Khmer
  // "អ្នកគ្រប់គ្រងផលិតផល" and Lao "ຜູ້ຈັດການຜະລິດຕະພັນ" (manager of product). Production
  // ("ផលិតកម្ម", "ການຜະລິດ") shares the product word's first syllables but is another word.
  ['ផលិតផល ຜະລິດຕະພັນ', 'product', { k: K.ANCHOR | K.FOREIGN | K.PM_CUE }],
  ['អ្នកគ្រប់គ្រង ຜູ້ຈັດການ', 'manager', { k: HEAD_FIRST, band: 2 }],
  ['ម្ចាស់ ເຈົ້າຂອງ', 'owner', { k: HEAD_FIRST, band: 2 }],
  ['អ្នកវិភាគ ນັກວິເຄາະ', 'analyst', { k: HEAD_FIRST, band: 2 }],
  ['អ្នកហាត់ការ កម្មសិក្សាការី ນັກສຶກສາຝຶກງານ ຝຶກງານ', 'intern', { k: HEAD_FIRST | K.SENIORITY, band: 0 }],
  ['ជាន់ខ្ពស់ ອາວຸໂສ', 'senior', AS.senior],
  ['ទីផ្សារ ການຕະຫຼາດ ການຕະຫລາດ', 'marketing', AS.marketing],
  ['គម្រោង ໂຄງການ', 'project', AS.project],
  ['ផលិតកម្ម ການຜະລິດ ຜະລິດ', 'production', AS.production],
  ['លក់ ຂາຍ', 'sales', AS.sales],
];

/** The product words a Thai, Khmer or Lao compound is read from. */
export const THAI_PRODUCT: readonly string[] = ['ผลิตภัณฑ์', 'โปรดักต์', 'โปรดักท์', 'โปรดักส์', 'ផលិតផល', 'ຜະລິດຕະພັນ'];

/** The parts a Thai compound is split into: every Thai word above. */
export const THAI_PARTS: readonly string[] = THAI.flatMap(([surfaces]) => surfaces.split(' '));
