import { Sep, isBoundary } from './chars.js';
import { M, copy, set, type Stream } from './stream.js';
import { K, X, type Word } from './words.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Head-first word order. Romance titles put the head before the product word ("gerente de
 * producto", "chef de produit", "responsable marketing produit"), and so do Slavic, Greek,
 * Arabic, Irish and Indonesian ones ("менеджер по продукту", "υπεύθυνος προϊόντος", "مدير
 * المنتج"); rewrite them into English order ("product manager", "product marketing manager") so
 * one set of rules reads them all. Called by buildStream (stream.ts) when a title has a FOREIGN word.
 */
export function foreignOrder(s: Stream, vocab: Vocabulary): void {
  for (let i = 1; i < s.n; i++) {
    const w = s.word[i]!;
    if ((w.k & K.FOREIGN) === 0 || (w.k & K.ANCHOR) === 0) continue;
    // A product adjective before a shop or market ("менеджер продуктового магазина") means food:
    // a grocery, not a product.
    if ((w.x & X.ADJ) !== 0 && i + 1 < s.n && !isBoundary(s.sep[i + 1]!) && s.word[i + 1]!.w === 'store') {
      set(s, i, vocab.canonical('material'), s.text[i]!, s.sep[i]!, s.depth[i]!);
      continue;
    }
    // Walk left over linking words and up to one discipline to a head.
    let j = i - 1;
    let disc = -1;
    let head = -1;
    let rank = -1;
    /** A function between the head and the product ("gerente de proyecto de desarrollo de productos"). */
    let func = -1;
    let linked = false;
    while (j >= 0 && !isBoundary(s.sep[j + 1]!)) {
      const k = s.word[j]!.k;
      // Linking words, noise, and "in" ("Estágio em produto": an internship in product).
      // Spanish "en" and Polish "w" are "in" too ("becario en el departamento de producto",
      // "praktykant w dziale produktu"); written "w/" it is the English "with".
      if ((k & (K.CONNECT | K.SKIP)) !== 0 || (s.mark[j]! & M.NOISE) !== 0 || s.word[j]!.w === 'in' || s.text[j] === 'en' || (s.text[j] === 'w' && s.sep[j + 1] !== Sep.SLASH)) {
        if ((k & K.CONNECT) !== 0) linked = true;
        j--;
        continue;
      }
      // Another object joined to the product word by a slash ("manager de operațiuni/produs",
      // "gerente de operaciones/producto"): two jobs sharing the head, as the English "Operations/Product
      // Manager" is read; the product one is kept and the other dropped with its slash. (A sales
      // word there still makes the title a sales job: fixtures.test.ts leaves that row.)
      if (j === i - 1 && s.sep[i] === Sep.SLASH && (k & (K.DISC | K.FUNCTION | K.NONPROD)) !== 0 && (k & K.ROLE) === 0) {
        j--;
        continue;
      }
      // A word between a product and its head in English goes there too ("gerente de línea de producto").
      if (disc === -1 && head === -1 && (k & (K.DISC | K.MIDDLE)) !== 0) {
        disc = j;
        j--;
        continue;
      }
      // A function the head runs for the product ("مدير مشروع تطوير المنتجات", "kierownik projektu
      // rozwoju produktów", "менеджер по качеству продукта"): it belongs to the head, which then
      // reads as that function's manager after the product words ("product development project
      // manager"), as English puts it.
      if (func === -1 && head === -1 && rank === -1 && (k & (K.FUNCTION | K.NONPROD)) !== 0 && (k & K.DISC) === 0) {
        func = j;
        j--;
        continue;
      }
      // A seniority between the head and its object ("Gerente Sênior de Produto", "Responsabile
      // Senior di Prodotto"): it ranks the title, and goes before it.
      if (rank === -1 && linked && (k & K.SENIORITY) !== 0 && (k & K.ROLE) === 0 && s.word[j]!.r !== 0) {
        rank = j;
        j--;
        continue;
      }
      // "Gestionnaire principal de produits", "analyste principal de produits": "principal" written
      // after a French head is that language's "senior" (Canada's official translations render
      // senior analyst, senior director this way), not the English principal rank.
      if (rank === -1 && linked && s.word[j]!.w === 'principal' && j > 0 && !isBoundary(s.sep[j]!) && (s.word[j - 1]!.k & K.FOREIGN_PRE) !== 0) {
        set(s, j, vocab.canonical('senior'), s.text[j]!, s.sep[j]!, s.depth[j]!);
        rank = j;
        j--;
        continue;
      }
      // An English "manager" or "owner" heads a product word of another language too, linked to it
      // or opening the title ("Manager de produit", "Manager produit senior"); not "Sales Manager Produkt".
      // So does a "Lead" when no job follows the product word ("Lead Produit", "Lead Produkt - Suche").
      const w = s.word[j]!.w;
      const english = w === 'manager' || w === 'owner' || (w === 'lead' && (i + 1 >= s.n || isBoundary(s.sep[i + 1]!) || (s.word[i + 1]!.k & (K.ROLE | K.DISC)) === 0));
      if ((k & K.FOREIGN_PRE) !== 0 || (english && (linked || j === 0))) head = j;
      break;
    }
    if (head === -1) func = -1;
    if (head === -1 && disc === -1) continue;
    // Goods named after the product word, as these languages name them ("gerente de productos
    // alimenticios", "менеджер по продуктам питания"): they go before it, where English puts them
    // ("food products manager") and its rules read them.
    const goods = i + 1 < s.n && !isBoundary(s.sep[i + 1]!) && (s.word[i + 1]!.k & K.MATERIAL) !== 0 ? i + 1 : -1;
    // A product word between a head and its discipline with no linking word ("стажант продуктов
    // маркетинг", "stážista produktový manažment"), or a product adjective after one ("менеджер
    // по продуктовому маркетингу"): the discipline is the head's object.
    const after = goods === -1 && disc === -1 && head !== -1 && (!linked || (s.word[i]!.x & X.ADJ) !== 0) && i + 1 < s.n && !isBoundary(s.sep[i + 1]!) && (s.word[i + 1]!.k & K.DISC) !== 0;
    if (after) disc = i + 1;
    const start = head !== -1 ? head : disc;
    // New order: [rank] [goods] product [discipline] [function] [head], replacing start..i.
    const product = s.word[i]!;
    const productText = s.text[i]!;
    const discWord = disc !== -1 ? s.word[disc]! : null;
    const discText = disc !== -1 ? s.text[disc]! : '';
    const headWord = head !== -1 ? headOf(s.word[head]!, vocab) : null;
    const headText = head !== -1 ? s.text[head]! : '';
    const rankWord = head !== -1 && rank !== -1 ? s.word[rank]! : null;
    const rankText = rankWord ? s.text[rank]! : '';
    const sep0 = s.sep[start]!;
    const depth = s.depth[i]!;
    const goodsWord = goods !== -1 ? s.word[goods]! : null;
    const goodsText = goods !== -1 ? s.text[goods]! : '';
    const funcWord = func !== -1 ? s.word[func]! : null;
    const funcText = func !== -1 ? s.text[func]! : '';
    const removed = i - start + 1 + (goodsWord || after ? 1 : 0);
    const added = 1 + (discWord ? 1 : 0) + (headWord ? 1 : 0) + (rankWord ? 1 : 0) + (goodsWord ? 1 : 0) + (funcWord ? 1 : 0);
    // Shift the tail.
    const last = goodsWord || after ? i + 1 : i;
    const tail = s.n - (last + 1);
    const shift = added - removed;
    if (shift < 0) {
      for (let k = 0; k < tail; k++) copy(s, last + 1 + k + shift, last + 1 + k);
    }
    let at = start;
    if (rankWord) set(s, at++, rankWord, rankText, sep0, depth);
    if (goodsWord) set(s, at++, goodsWord, goodsText, rankWord ? Sep.SPACE : sep0, depth);
    set(s, at++, product, productText, rankWord || goodsWord ? Sep.SPACE : sep0, depth);
    if (discWord) set(s, at++, discWord, discText, Sep.SPACE, depth);
    if (funcWord) set(s, at++, funcWord, funcText, Sep.SPACE, depth);
    if (headWord) set(s, at++, headWord, headText, Sep.SPACE, depth);
    s.n += shift;
    i = at - 1;
  }
}

/**
 * A Romance head word as the English head ("chef" in "chef de produit" is a manager, "líder" a
 * leader); a technician stays one ("técnica en desarrollo de productos de panadería").
 */
function headOf(w: Word, vocab: Vocabulary): Word {
  if (w.w === 'leader' || w.w === 'lead' || w.w === 'owner' || w.w === 'analyst' || w.w === 'manager' || w.w === 'intern' || w.w === 'specialist' || w.w === 'executive' || w.w === 'technician') return vocab.canonical(w.w);
  return vocab.canonical('manager');
}

/** Words that make a bracket after "product" more than the name of a team. */
const NOT_TEAM = K.ROLE | K.ANCHOR | K.PROD | K.ABBR | K.DISC | K.TIME | K.EXEC;

/**
 * A team named in brackets inside the title, between "product" and its head, as team pages and
 * org charts write it ("Product (Platform) Manager", "Senior Product (Data) Owner"): the bracket
 * goes after the head ("Product Manager (Platform)"), where every other rule looks for a team.
 * Only a bracket of one to three words that name no job, discipline or product word moves.
 */
export function innerBracket(s: Stream, cap: number): void {
  for (let i = 0; i + 2 < s.n; i++) {
    if (s.word[i]!.w !== 'product' || s.sep[i + 1] !== Sep.OPEN) continue;
    const d = s.depth[i]!;
    let j = i + 1;
    while (j < s.n && s.depth[j]! > d && (s.word[j]!.k & NOT_TEAM) === 0) j++;
    const b = j - i - 1;
    if (b > 3 || j >= s.n || s.depth[j] !== d || s.sep[j] !== Sep.CLOSE || (s.word[j]!.k & K.ROLE) === 0 || s.n >= cap) continue;
    let e = j + 1;
    while (e < s.n && !isBoundary(s.sep[e]!)) e++;
    // Rotate the bracket's words past the head and the rest of its segment, keeping their order.
    for (let t = 0; t < b; t++) {
      copy(s, s.n, i + 1);
      for (let x = i + 1; x < e - 1; x++) copy(s, x, x + 1);
      copy(s, e - 1, s.n);
    }
    s.sep[i + 1] = Sep.SPACE;
    i = e - 1;
  }
}
