import { describe, expect, it } from 'vitest';
import { createStream, buildStream } from './stream.js';
import { createTokens, tokenize } from './tokenize.js';
import { vocabulary } from './vocabulary.js';

/** The English words of a title's stream, in the order the rules read them. */
const order = (title: string): string[] => {
  const s = buildStream(tokenize(title, createTokens(), vocabulary().table), vocabulary(), createStream());
  return s.word.slice(0, s.n).map((w) => w.w);
};

describe('head-first titles in English order', () => {
  it('moves the head after the product word, over linking words and a discipline', () => {
    expect(order('Менеджер по продукту')).toEqual(['product', 'manager']);
    expect(order('Υπεύθυνη Μάρκετινγκ Προϊόντων')).toEqual(['products', 'marketing', 'manager']);
    expect(order('مدير تسويق المنتجات')).toEqual(['products', 'marketing', 'manager']);
    expect(order('Lastnik produkta')).toEqual(['product', 'owner']);
  });

  it('keeps the product object of two joined by a slash after the head, as English shares the head', () => {
    expect(order('manager de operațiuni/produse')).toEqual(['products', 'manager']);
    expect(order('Responsable marketing/produit')).toEqual(['product', 'manager']);
    expect(order('Responsable marketing produit')).toEqual(['product', 'marketing', 'manager']);
  });

  it('takes the discipline after a product adjective as the head’s object', () => {
    expect(order('Стажант продуктов маркетинг')).toEqual(['products', 'marketing', 'intern']);
    expect(order('Менеджер по продуктовому маркетингу')).toEqual(['product', 'marketing', 'manager']);
  });

  it('keeps a function between the head and the product with the head', () => {
    expect(order('Gerente de proyecto de desarrollo de productos')).toEqual(['products', 'development', 'project', 'manager']);
    expect(order('Менеджер по качеству продукта')).toEqual(['product', 'quality', 'manager']);
  });

  it('puts goods named after the product word before it', () => {
    expect(order('Gerente de productos alimenticios')).toEqual(['material', 'products', 'manager']);
    expect(order('Менеджер по продуктам питания')).toEqual(['material', 'products', 'manager']);
  });

  it('reads a product adjective before a shop as food', () => {
    expect(order('Директор продуктового магазина')).toEqual(['director', 'material', 'store']);
  });
});

describe('an English "Lead" before a product word of another language', () => {
  // French, German, Spanish and Portuguese teams write the English rank before their own word.
  it.each([
    ['Lead Produit', ['product', 'lead']],
    ['Lead Produkt - Suche', ['product', 'lead', '']],
    ['Lead de Producto', ['product', 'lead']],
    ['Lead Produto Sênior', ['product', 'lead', 'senior']],
  ])('%s reads as %j', (title, words) => expect(order(title)).toEqual(words));

  it('leaves a lead before a product job alone', () => expect(order('Lead Produkt Owner')).toEqual(['lead', 'product', 'owner']));
});

/** The folded words of a title's stream, in the order the rules read them. */
const texts = (title: string): string[] => {
  const s = buildStream(tokenize(title, createTokens(), vocabulary().table), vocabulary(), createStream());
  return s.text.slice(0, s.n);
};

describe('a team in brackets between "product" and its head', () => {
  it.each([
    ['Product (Platform) Manager', ['product', 'manager', 'platform']],
    ['Senior Product (Claims Intake) Owner – Zurich', ['senior', 'product', 'owner', 'claims', 'intake', 'zurich']],
    ['Produkt (Zahlungen) Manager', ['produkt', 'manager', 'zahlungen']],
    ['Product (Self-Serve) Lead, Payments', ['product', 'lead', 'selfserve', 'payments']],
  ])('%s: the bracket goes after the head', (title, words) => expect(texts(title)).toEqual(words));

  it.each([
    // A discipline or a job in the bracket, or no job after it: nothing moves.
    ['Product (Marketing Ops) Manager', ['product', 'marketing', 'ops', 'manager']],
    ['Product (Data) Analytics', ['product', 'data', 'analytics']],
    ['Product (Remote)', ['product', 'remote']],
  ])('%s stays as written', (title, words) => expect(texts(title)).toEqual(words));
});
