import { describe, expect, it } from 'vitest';
import { Sep } from './chars.js';
import { createTokens, tokenize } from './tokenize.js';

const words = (s: string) => {
  const t = tokenize(s, createTokens());
  return t.text.slice(0, t.n);
};

describe('tokenize', () => {
  it('folds case and accents and splits on separators', () => {
    expect(words('Sr. Gérente  de PRODUCTO, Pagos')).toEqual(['sr', 'gerente', 'de', 'producto', 'pagos']);
    expect(words('Straße Œuvre')).toEqual(['strasse', 'oeuvre']);
  });

  it('reads a title written decomposed as its composed form', () => {
    const nfd = (s: string) => s.normalize('NFD');
    // An accent apart from its letter neither splits the word nor is kept.
    expect(words(nfd('Responsable Qualité Produção'))).toEqual(['responsable', 'qualite', 'producao']);
    // Letters other scripts keep with their marks read as typed composed.
    for (const title of ['Главный инженер-технолог', 'Trưởng phòng kinh doanh', '제품 기획 담당자', 'プロダクトデザイナー', 'Υπεύθυνος Προϊόντων']) {
      expect(words(nfd(title))).toEqual(words(title));
    }
    // A combining accent with no composed letter to join is dropped inside its word.
    expect(words('Ma\u0304nager')).toEqual(['manager']);
  });

  it('reads styled letters and mojibake as the plain text they stand for', () => {
    expect(words('𝐒𝐞𝐧𝐢𝐨𝐫 𝐏𝐫𝐨𝐝𝐮𝐜𝐭 𝐎𝐰𝐧𝐞𝐫')).toEqual(['senior', 'product', 'owner']);
    expect(words('𝘚𝘵𝘢𝘧𝘧 𝘌𝘯𝘨𝘪𝘯𝘦𝘦𝘳 · Ⓠⓐ')).toEqual(['staff', 'engineer', 'qa']);
    expect(words('Coordenador de ProduÃ§Ã£o â€“ SÃ£o Paulo')).toEqual(['coordenador', 'de', 'producao', 'sao', 'paulo']);
    expect(words('MenedÅ¼er produktu')).toEqual(['menedzer', 'produktu']);
  });

  it('keeps a word whole across a soft hyphen, a non-breaking hyphen and a lost letter', () => {
    expect(words('Pro\u00adduct Mana\u00adger')).toEqual(['product', 'manager']);
    expect(tokenize('Co\u2011op Student', createTokens()).sep[1]).toBe(Sep.HYPHEN);
    expect(words('Gesch\ufffdftsf\ufffdhrer')).toEqual(['geschftsfhrer']);
  });

  it('joins dotted letters and short words around a tight ampersand', () => {
    expect(words('V.P. of R&D, P&C lines')).toEqual(['vp', 'of', 'r&d', 'p&c', 'lines']);
    expect(words('Strategy & Operations')).toEqual(['strategy', 'operations']);
  });

  it('reads the arrows and chevrons of a breadcrumb as a segment boundary', () => {
    const t = tokenize('PM >> Ledger › Senior » EU → 2', createTokens());
    expect(Array.from(t.sep.slice(1, t.n))).toEqual([Sep.DASH, Sep.DASH, Sep.DASH, Sep.DASH]);
  });

  it('keeps the feminine ending of French inclusive writing with its word', () => {
    expect(words('Chef·fe de produit')).toEqual(['chef', 'de', 'produit']);
    expect(words('Chargé·e·s de clientèle')).toEqual(['charge', 'de', 'clientele']);
    expect(words('Conseiller·ère en assurance')).toEqual(['conseiller', 'en', 'assurance']);
    expect(words('Directeur.rice des ventes')).toEqual(['directeur', 'des', 'ventes']);
    // A period between letters is an abbreviation's unless a long ending follows it.
    expect(words('M.A. Economics')).toEqual(['ma', 'economics']);
    expect(words('Analyst n.e.c.')).toEqual(['analyst', 'nec']);
    // A middle dot between two words still separates them.
    expect(words('Produit·Marketing')).toEqual(['produit', 'marketing']);
  });

  it('keeps apostrophes inside words and drops emoji', () => {
    expect(words("Workers' Comp 🚀 Women's Health")).toEqual(['workers', 'comp', 'womens', 'health']);
  });

  it('records the separator before each word', () => {
    const t = tokenize('Product Manager, Ads - Remote (US) | Co-op', createTokens());
    const seps = Array.from(t.sep.slice(0, t.n));
    expect(seps).toEqual([Sep.NONE, Sep.SPACE, Sep.COMMA, Sep.DASH, Sep.OPEN, Sep.CLOSE > Sep.PIPE ? Sep.CLOSE : Sep.PIPE, Sep.HYPHEN]);
    expect(Array.from(t.depth.slice(0, t.n))).toEqual([0, 0, 0, 0, 1, 0, 0]);
  });

  it('reads HTML character references for separators as the characters they stand for', () => {
    const same = (escaped: string, plain: string) => {
      const a = tokenize(escaped, createTokens());
      const b = tokenize(plain, createTokens());
      expect(a.text.slice(0, a.n)).toEqual(b.text.slice(0, b.n));
      expect(Array.from(a.sep.slice(0, a.n))).toEqual(Array.from(b.sep.slice(0, b.n)));
    };
    same('Director of Product &amp; Research', 'Director of Product & Research');
    same('R&amp;D Lead', 'R&D Lead');
    same('Produktmanager&nbsp;(m/w/d)', 'Produktmanager (m/w/d)');
    same('Brand Manager &#8211; Snacks', 'Brand Manager – Snacks');
    same('Analyst&#x2F;Owner, Billing', 'Analyst/Owner, Billing');
    same('Owner &#124; Payroll', 'Owner | Payroll');
    // A reference to a letter, or an unclosed one, is left as written.
    expect(words('Caf&eacute; Lead')).toEqual(['caf', 'eacute', 'lead']);
    expect(words('Sales &amp Support')).toEqual(['sales', 'amp', 'support']);
  });

  it('keeps a word written with a letter of Latin Extended-B whole, in lower case', () => {
    expect(words('TRƯỞNG PHÒNG Kinh doanh')).toEqual(['trưởng', 'phong', 'kinh', 'doanh']);
    expect(words('Ơn-Ưu')).toEqual(['ơn', 'ưu']);
  });

  it('bounds the work on huge input', () => {
    const t = tokenize('word '.repeat(100_000), createTokens());
    expect(t.n).toBeLessThanOrEqual(64);
  });
});

describe('tokenize: other scripts', () => {
  it('folds Greek to lower case without accents, final sigma as sigma', () => {
    expect(words('ΥΠΕΎΘΥΝΟΣ ΠΡΟΪΌΝΤΟΣ')).toEqual(words('Υπεύθυνος Προϊόντος'));
    expect(words('Αναλυτής')).toEqual(['αναλυτησ']);
  });

  it('reads Cyrillic ё as е, and Romanian ș, ț with a comma below as with a cedilla', () => {
    expect(words('СТАЖЁР Стажер')).toEqual(['стажер', 'стажер']);
    expect(words('Inginer producție, Specialiști')).toEqual(words('Inginer producţie, Specialişti'));
  });

  it('splits at CJK punctuation and the katakana middle dot, and reads full-width forms as ASCII', () => {
    const t = tokenize('【急募】ＰＭ／プロダクト・マネージャー（インターン）', createTokens());
    expect(t.text.slice(0, t.n)).toEqual(['急募', 'pm', 'プロダクト', 'マネージャー', 'インターン']);
    expect(Array.from(t.sep.slice(0, t.n))).toEqual([Sep.NONE, Sep.CLOSE, Sep.SLASH, Sep.SPACE, Sep.OPEN]);
  });
});
