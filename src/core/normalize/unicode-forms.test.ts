import { describe, expect, it } from 'vitest';
import { asUtf8Again, Reread, rereadOf, rereadText, windows1252Text } from './unicode-forms.js';

/** Text as a system that read its UTF-8 bytes as Windows-1252 saves it. */
const mojibake = (s: string) => windows1252Text(Buffer.from(s, 'utf8'));

describe('asUtf8Again', () => {
  it('undoes mojibake in the languages and symbols titles hold', () => {
    for (const title of ['Gerente de Produção Sênior', 'Produktmanagerin – München', 'Menedżer ds. rozwoju', 'Менеджер по закупкам', 'Ürün Yöneticisi', 'Chef·fe de projet 🚀', 'Director™ “Growth”']) {
      expect(mojibake(title)).not.toBe(title);
      expect(asUtf8Again(mojibake(title))).toBe(title);
    }
  });

  it('keeps text that is not mojibake', () => {
    for (const title of ['São Paulo – Gerente', 'Señor Analista', 'Größe', 'Kierownik ds. sprzedaży']) expect(asUtf8Again(title)).toBeNull();
    expect(asUtf8Again('Chef de produit (H/F)')).toBe('Chef de produit (H/F)');
  });
});

describe('rereadOf', () => {
  it('asks for a second reading only for the pairs mojibake makes, decomposed accents and styled letters', () => {
    expect(rereadOf('Ã'.charCodeAt(0), '§'.charCodeAt(0))).toBe(Reread.MOJIBAKE);
    expect(rereadOf('â'.charCodeAt(0), '€'.charCodeAt(0))).toBe(Reread.MOJIBAKE);
    expect(rereadOf('é'.charCodeAt(0), 'r'.charCodeAt(0))).toBe(0);
    expect(rereadOf('ñ'.charCodeAt(0), 'o'.charCodeAt(0))).toBe(0);
    expect(rereadOf(0x0301, 0x20)).toBe(Reread.COMPOSE);
    expect(rereadOf('ʳ'.charCodeAt(0), 0x20)).toBe(Reread.PLAIN);
  });

  it('gives the plain form of styled and decomposed text', () => {
    expect(rereadText('𝐒𝐞𝐧𝐢𝐨𝐫 𝐏𝐌', Reread.PLAIN)).toBe('Senior PM');
    expect(rereadText('Ⓟⓡⓞⓓⓤⓒⓣ', Reread.PLAIN)).toBe('Product');
    expect(rereadText('Produc\u0327a\u0303o', Reread.COMPOSE)).toBe('Produção');
    expect(rereadText(mojibake('Produção'), Reread.MOJIBAKE)).toBe('Produção');
  });
});
