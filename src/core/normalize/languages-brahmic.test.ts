import { describe, expect, it } from 'vitest';
import { framework, reading } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';
import { INDIC, THAI } from './languages-brahmic.js';
import { createTokens, tokenize } from './tokenize.js';

const norm = createNormalizer(framework());
const read = (title: string): string => reading(norm(title));

// Invented titles in the style of Indian and Bangladeshi job boards and lists: the product word
// first, in the language's own words or the English loans.
describe('titles in Hindi and Bengali', () => {
  it.each([
    ['उत्पाद प्रबंधक (बीमा)', 'product-management 2 ic'],
    ['वरिष्ठ उत्पाद प्रबन्धक - भुगतान', 'product-management 3 ic'],
    ['सीनियर प्रोडक्ट मैनेजर', 'product-management 3 ic'],
    ['जूनियर प्रोडक्ट मैनेजर, बेंगलुरु', 'product-management 1 ic'],
    ['उत्पाद विश्लेषक', 'product-analytics 2 ic'],
    ['उत्पाद निदेशक', 'product-management 6 management'],
    ['প্রোডাক্ট ম্যানেজার (ফিনটেক)', 'product-management 2 ic'],
    ['জুনিয়র পণ্য ব্যবস্থাপক', 'product-management 1 ic'],
    ['পণ্য বিপণন ব্যবস্থাপক', 'product-marketing 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['उत्पादन प्रबंधक - संयंत्र'], ['प्रोजेक्ट मैनेजर (आईटी)'], ['परियोजना प्रबन्धक'], ['প্রকল্প ব্যবস্থাপক'], ['উৎপাদন ব্যবস্থাপক (কারখানা)']])(
    '%s is not a product role',
    (title) => expect(norm(title).family).toBeNull(),
  );

  it('reads a letter with its nukta as one character or two, and with or without a zero-width joiner, alike', () => {
    // "ड़" written as one code point and as "ड" + nukta; "য়" likewise.
    expect(tokenize('\u095c\u0940', createTokens()).text[0]).toBe(tokenize('\u0921\u093c\u0940', createTokens()).text[0]);
    expect(read('জুনি\u09dfর পণ্য ব্যবস্থাপক')).toBe(read('জুনি\u09af\u09bcর পণ্য ব্যবস্থাপক'));
    expect(read('प्रोडक्ट\u200d मैनेजर')).toBe('product-management 2 ic');
  });
});

// Invented titles in the style of Thai job boards: the head first and no spaces, or the loans.
describe('titles in Thai', () => {
  it.each([
    ['ผู้จัดการผลิตภัณฑ์ (ประกันภัย)', 'product-management 2 ic'],
    ['ผู้จัดการ ผลิตภัณฑ์ อาวุโส', 'product-management 3 ic'],
    ['ซีเนียร์ โปรดักต์ แมเนเจอร์', 'product-management 3 ic'],
    ['โปรดักท์ เมเนเจอร์ - กรุงเทพฯ', 'product-management 2 ic'],
    ['เจ้าของผลิตภัณฑ์ (ดิจิทัล)', 'product-owner 2 ic'],
    ['ผู้จัดการการตลาดผลิตภัณฑ์', 'product-marketing 2 ic'],
    ['ฝึกงานผู้จัดการผลิตภัณฑ์', 'product-management 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['ผู้จัดการโครงการไอที'], ['ผู้จัดการฝ่ายผลิต'], ['นักออกแบบผลิตภัณฑ์'], ['ผู้จัดการฝ่ายขาย'], ['ผู้จัดการโครงการผลิตภัณฑ์']])('%s is not a product role', (title) =>
    expect(norm(title).family).toBeNull(),
  );

  it('reads a title written with or without spaces alike', () => {
    expect(read('ผู้จัดการผลิตภัณฑ์อาวุโส')).toBe(read('ผู้จัดการ ผลิตภัณฑ์ อาวุโส'));
  });
});

// Invented titles in the style of the boards of South India, Gujarat, Punjab, Maharashtra, Nepal
// and Sri Lanka: the English loans, head last.
describe('loans in Tamil, Telugu, Kannada, Gujarati, Punjabi, Marathi, Nepali and Sinhala', () => {
  it.each([
    ['சீனியர் ப்ராடக்ட் மேனேஜர் - சென்னை', 'product-management 3 ic'],
    ['ஜூனியர் ப்ராடக்ட் மேனேஜர் (காப்பீடு)', 'product-management 1 ic'],
    ['ప్రొడక్ట్ మేనేజర్ (హైదరాబాద్)', 'product-management 2 ic'],
    ['సీనియర్ ప్రోడక్ట్ మేనేజర్', 'product-management 3 ic'],
    ['ಸೀನಿಯರ್ ಪ್ರಾಡಕ್ಟ್ ಮ್ಯಾನೇಜರ್ - ಬೆಂಗಳೂರು', 'product-management 3 ic'],
    ['ಉತ್ಪನ್ನ ಮಾರ್ಕೆಟಿಂಗ್ ಮ್ಯಾನೇಜರ್', 'product-marketing 2 ic'],
    ['પ્રોડક્ટ માર્કેટિંગ મેનેજર', 'product-marketing 2 ic'],
    ['ਸੀਨੀਅਰ ਪ੍ਰੋਡਕਟ ਮੈਨੇਜਰ - ਮੋਹਾਲੀ', 'product-management 3 ic'],
    ['प्रॉडक्ट मॅनेजर (पुणे)', 'product-management 2 ic'],
    ['सिनियर प्रोडक्ट म्यानेजर', 'product-management 3 ic'],
    ['සීනියර් ප්‍රොඩක්ට් මැනේජර්', 'product-management 3 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['திட்ட மேலாளர்'], ['ప్రాజెక్ట్ మేనేజర్'], ['ಉತ್ಪಾದನಾ ಮ್ಯಾನೇಜರ್'], ['ಯೋಜನಾ ನಿರ್ವಾಹಕ'], ['ઉત્પાદન મેનેજર'], ['ਪ੍ਰੋਜੈਕਟ ਮੈਨੇਜਰ'], ['ප්‍රොජෙක්ට් මැනේජර්'], ['ව්‍යාපෘති කළමනාකරු']])(
    '%s is not a product role',
    (title) => expect(norm(title).family).toBeNull(),
  );
});

// Invented titles in the style of Cambodian and Lao boards: the head first and no spaces, as in Thai.
describe('titles in Khmer and Lao', () => {
  it.each([
    ['អ្នកគ្រប់គ្រងផលិតផលជាន់ខ្ពស់', 'product-management 3 ic'],
    ['អ្នកគ្រប់គ្រង ផលិតផល (ធនាគារ)', 'product-management 2 ic'],
    ['ម្ចាស់ផលិតផល', 'product-owner 2 ic'],
    ['អ្នកវិភាគផលិតផល', 'product-analytics 2 ic'],
    ['អ្នកហាត់ការផលិតផល', 'product-management 0 ic'],
    ['ຜູ້ຈັດການຜະລິດຕະພັນອາວຸໂສ', 'product-management 3 ic'],
    ['ເຈົ້າຂອງຜະລິດຕະພັນ', 'product-owner 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['អ្នកគ្រប់គ្រងផលិតកម្ម'], ['អ្នកគ្រប់គ្រងគម្រោង'], ['ຜູ້ຈັດການການຜະລິດ'], ['ຜູ້ຈັດການໂຄງການ'], ['ຜູ້ຈັດການຝ່າຍຂາຍ']])('%s is not a product role', (title) =>
    expect(norm(title).family).toBeNull(),
  );
});

it('writes every Hindi, Bengali and Thai word as the tokenizer folds it', () => {
  for (const [surfaces] of [...INDIC, ...THAI]) {
    for (const surface of surfaces.split(' ')) {
      const t = tokenize(surface, createTokens());
      expect(t.text.slice(0, t.n)).toEqual([surface]);
    }
  }
});
