import { describe, expect, it } from 'vitest';
import { framework, reading } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';
import { CYRILLIC, GREEK } from './languages-cyrillic.js';
import { createTokens, tokenize } from './tokenize.js';

const norm = createNormalizer(framework());
const read = (title: string): string => reading(norm(title));

// Invented titles in the style of Russian, Ukrainian, Bulgarian and Serbian job boards and
// occupation lists: the head before the product word (with or without "по", "з", "за"), the
// adjective forms, the loan "продакт-", feminine forms and the rank words of each language.
describe('titles in Cyrillic', () => {
  it.each([
    ['Менеджер по продукту (страхование)', 'product-management 2 ic'],
    ['Старший менеджер продукта, интернет-банк', 'product-management 3 ic'],
    ['Младший менеджер по продукту в команду логистики', 'product-management 1 ic'],
    ['Продакт-менеджер, медицинские сервисы', 'product-management 2 ic'],
    ['Продакт-оунер (ритейл)', 'product-owner 2 ic'],
    ['Владелица продукта «Кредиты»', 'product-owner 2 ic'],
    ['Ведущий аналитик продукта (телеком)', 'product-analytics 4 -'],
    ['Продуктовый маркетолог B2B', 'product-marketing 2 ic'],
    ['Директор по продуктам, страховая компания', 'product-management 6 management'],
    ['Вице-президент по продуктам', 'product-management 8 management'],
    ['Стажер в отдел продукта', 'product-management 0 ic'],
    ['Стажерка по управлению продуктом, агротех', 'product-management 0 ic'],
    ['Менеджерка з продукту (освіта)', 'product-management 2 ic'],
    ['Продуктова аналітикиня', 'product-analytics 2 ic'],
    ['Власник продукту, логістика', 'product-owner 2 ic'],
    ['Молодший продакт-менеджер', 'product-management 1 ic'],
    ['Провідний менеджер продукту', 'product-management 4 -'],
    ['Старши мениджър продукт, застраховане', 'product-management 3 ic'],
    ['Младши продуктов анализатор', 'product-analytics 1 ic'],
    ['Стажант продуктов маркетинг', 'product-marketing 0 ic'],
    ['Продуктови мениджъри (няколко позиции)', 'product-management 2 ic'],
    ['Власник/ца производа', 'product-owner 2 ic'],
    ['Продакт-менеджмент, стажер', 'product-management 0 ic'],
    ['Менеджер по продуктовому маркетингу (FMCG)', 'product-marketing 2 ic'],
    ['Менеджер по развитию продукта (телеком)', 'product-management 2 ic'],
    ['Менеджерка із розвитку продукту', 'product-management 2 ic'],
    ['PM (Менеджер продукта)', 'product-management 2 ic'],
    ['Менеджер по разработке продуктов (бытовая техника)', 'product-management 2 ic'],
    ['Менеджерка з розроблення продуктів', 'product-management 2 ic'],
    ['Διευθύντρια Ανάπτυξης Προϊόντων', 'product-management 6 management'],
    ['Менаџерка производа за осигурање', 'product-management 2 ic'],
    ['Млађи аналитичар производа', 'product-analytics 1 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['Менеджер проекта по внедрению CRM'],
    ['Руководитель проектов в строительстве'],
    ['Менеджер программы лояльности'],
    ['Менеджер по производству мебели'],
    ['Инженер по продукту'],
    ['Продуктовый дизайнер (UX/UI)'],
    ['Менеджер по продажам банковских продуктов'],
    ['Специалист по продуктам питания'],
    ['Менеджер по продуктам питания'],
    ['Менеджер продуктов питания'],
    ['Директор продуктового магазина'],
    ['Управляющий продуктовым супермаркетом'],
    ['Менаџер прехрамбених производа'],
    ['Менеджер по качеству продукта'],
    ['Инженер по разработке продуктов'],
    ['Разработчик продукта'],
    ['Технолог по разработке продуктов'],
    ['Менеджер по закупкам продуктов'],
    ['Руководитель службы поддержки продукта'],
    ['Менеджер по обучению продукту'],
    ['Менаџер квалитета производа'],
    ['Продюсер онлайн-курсов'],
    ['Продакт-дизайнер'],
    ['Керівник проєктів'],
    ['Менеджер з виробництва'],
    ['Мениджър продажби'],
    ['Менаџер пројекта у грађевинарству'],
  ])('%s is not a product role', (title) => expect(norm(title).family).toBeNull());

  it('writes every word as the tokenizer folds it', () => {
    for (const [surfaces] of [...CYRILLIC, ...GREEK]) {
      for (const surface of surfaces.split(' ')) {
        const t = tokenize(surface, createTokens());
        expect(t.text.slice(0, t.n)).toEqual([surface]);
      }
    }
  });
});

describe('titles in Greek', () => {
  it.each([
    ['Υπεύθυνη Προϊόντος Ασφαλίσεων', 'product-management 2 ic'],
    ['ΥΠΕΥΘΥΝΟΣ ΠΡΟΪΟΝΤΟΣ', 'product-management 2 ic'],
    ['Ανώτερη Αναλύτρια Προϊόντος', 'product-analytics 3 ic'],
    ['Ασκούμενος Υπεύθυνος Προϊόντος', 'product-management 0 ic'],
    ['Διευθυντής Μάρκετινγκ Προϊόντος', 'product-marketing 6 management'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['Υπεύθυνος Έργου Κατασκευών'],
    ['Υπεύθυνος Παραγωγής Τροφίμων'],
    ['Σχεδιαστής Προϊόντων'],
  ])('%s is not a product role', (title) => expect(norm(title).family).toBeNull());
});

// Invented titles in the style of North Macedonian, Mongolian and Kazakh boards.
describe('titles in Macedonian, Mongolian and Kazakh', () => {
  it.each([
    ['Менаџерка за производи (банкарство)', 'product-management 2 ic'],
    ['Помлад менаџер за производ', 'product-management 1 ic'],
    ['Сопственичка на производ', 'product-owner 2 ic'],
    ['Бүтээгдэхүүний менежер (банк)', 'product-management 2 ic'],
    ['Ахлах бүтээгдэхүүний менежер', 'product-management 3 ic'],
    ['Бүтээгдэхүүний шинжээч', 'product-analytics 2 ic'],
    ['Кіші өнім менеджері', 'product-management 1 ic'],
    ['Өнім талдаушы', 'product-analytics 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['Менаџер за продажба'], ['Төслийн менежер (барилга)'], ['Үйлдвэрлэлийн менежер'], ['Жоба менеджері'], ['Өндіріс менеджері']])('%s is not a product role', (title) =>
    expect(norm(title).family).toBeNull(),
  );
});
