import { describe, expect, it } from 'vitest';
import { framework, reading } from '../../../test/normalize-framework.js';
import { createNormalizer } from './index.js';
import { CJK } from './languages-cjk.js';
import { createTokens, tokenize } from './tokenize.js';

const norm = createNormalizer(framework());
const read = (title: string): string => reading(norm(title));

// Invented titles in the style of Chinese, Taiwanese, Japanese and Korean job boards: titles
// written without spaces (read as compounds), with ranks and areas before the product word,
// full-width brackets and the katakana middle dot.
describe('titles in Chinese, Japanese and Korean', () => {
  it.each([
    ['产品经理（支付）', 'product-management 2 ic'],
    ['资深产品经理 - 电商', 'product-management 3 ic'],
    ['初级产品经理', 'product-management 1 ic'],
    ['AI产品经理（大模型方向）', 'product-management 2 ic'],
    ['B端产品经理', 'product-management 2 ic'],
    ['产品经理/产品负责人', 'product-management 2 ic'],
    ['产品分析师（游戏）', 'product-analytics 2 ic'],
    ['产品营销经理', 'product-marketing 2 ic'],
    ['產品總監', 'product-management 6 management'],
    ['首席產品官', 'product-management 10 management'],
    ['產品經理實習生', 'product-management 0 ic'],
    ['产品实习生', 'product-management 0 ic'],
    ['シニアプロダクトマネージャー（決済）', 'product-management 3 ic'],
    ['プロダクトマネジャー', 'product-management 2 ic'],
    ['プロダクト・マネージャー', 'product-management 2 ic'],
    ['プロダクトオーナー【医療系SaaS】', 'product-owner 2 ic'],
    ['プロダクトアナリスト', 'product-analytics 2 ic'],
    ['プロダクトマーケティングマネージャー（PMM）', 'product-marketing 2 ic'],
    ['ジュニアプロダクトマネージャー', 'product-management 1 ic'],
    ['リードプロダクトマネージャー', 'product-management 4 -'],
    ['プロダクトマネージャー インターン', 'product-management 0 ic'],
    ['시니어 프로덕트 매니저 (핀테크)', 'product-management 3 ic'],
    ['프로덕트 오너', 'product-owner 2 ic'],
    ['주니어 프로덕트 애널리스트', 'product-analytics 1 ic'],
    ['프로덕트 마케팅 매니저', 'product-marketing 2 ic'],
    ['제품 매니저', 'product-management 2 ic'],
    ['프로덕트매니저 인턴', 'product-management 0 ic'],
    ['프로덕트 마케터', 'product-marketing 2 ic'],
    ['テクニカルプロダクトマネージャー（SaaS）', 'product-management 2 ic'],
    ['プロダクトマネージャー【新卒】', 'product-management 1 ic'],
    ['产品经理（应届生）', 'product-management 1 ic'],
    ['产品经理助理', 'product-management 1 ic'],
    ['신입 프로덕트 매니저', 'product-management 1 ic'],
    // An abbreviation followed by its expansion in another script reads as the expansion.
    ['PM（プロダクトマネージャー）', 'product-management 2 ic'],
    ['PM（产品经理）- 支付', 'product-management 2 ic'],
    ['TPM（テクニカルプロダクトマネージャー）', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([
    ['项目经理（建筑）'],
    ['專案經理'],
    ['生产经理'],
    ['产品设计师'],
    ['产品工程师'],
    ['游戏制作人'],
    ['食品产品经理'],
    ['销售经理'],
    ['产品销售经理'],
    ['プロジェクトマネージャー（建設）'],
    ['プロダクトデザイナー'],
    ['生産管理スタッフ'],
    ['プロダクトエンジニア'],
    ['プロデューサー（ゲーム）'],
    ['프로젝트 매니저'],
    ['생산 관리자'],
    ['프로덕트 디자이너'],
    ['제품 디자이너'],
    ['项目产品经理'],
    ['PM（プロジェクトマネージャー）'],
    ['PM（项目经理）'],
  ])('%s is not a product role', (title) => expect(norm(title).family).toBeNull());

  it('writes every word as the tokenizer folds it', () => {
    for (const [surfaces] of [...CJK]) {
      for (const surface of surfaces.split(' ')) {
        const t = tokenize(surface, createTokens());
        expect(t.text.slice(0, t.n)).toEqual([surface]);
      }
    }
  });
});

// Ninth general round: the internship and intake words of Chinese, Japanese and Korean campus
// boards, invented titles. A compound of hiring talk and a rank without a product word is read
// as its parts; hiring talk that is not a rank never makes a title a product role.
describe('campus and internship words of Chinese, Japanese and Korean boards', () => {
  it.each([
    ['暑期实习生 - 数据产品经理', 'product-management 0 ic'],
    ['日常实习 - 产品分析师', 'product-analytics 0 ic'],
    ['长期实习生｜产品经理（教育方向）', 'product-management 0 ic'],
    ['校园招聘 - 产品营销经理', 'product-marketing 1 ic'],
    ['新鮮人 產品經理（新竹）', 'product-management 1 ic'],
    ['管培生 - 产品经理', 'product-management 0 ic'],
    ['長期インターン - プロダクトオーナー', 'product-owner 0 ic'],
    ['サマーインターン プロダクトマネージャー（決済）', 'product-management 0 ic'],
    ['新卒採用 プロダクトマネージャー職', 'product-management 1 ic'],
    ['신입 공채 프로덕트 오너', 'product-owner 1 ic'],
    ['Стажёр продакт-менеджера в финтех', 'product-management 0 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['暑期实习生 - 项目经理'], ['长期インターン - 生産管理'], ['新卒採用 営業職'], ['신입 공채 프로젝트 매니저'], ['暑期实习生'], ['新卒採用']])(
    '%s is not a product role',
    (title) => expect(norm(title).family).toBeNull(),
  );
});

// The cohort's year written onto a word of these scripts ("2028届", "28卒") is read past.
describe('a cohort year written onto a campus word', () => {
  it.each([
    ['2029届校园招聘 - 产品分析师', 'product-analytics 1 ic'],
    ['2028届应届生 产品经理（上海）', 'product-management 1 ic'],
    ['2029届暑期实习生 - 产品经理', 'product-management 0 ic'],
    ['2028 Product Manager', 'product-management 2 ic'],
  ])('%s', (title, want) => expect(read(title)).toBe(want));

  it.each([['2028届应届生 - 项目经理'], ['2029届校园招聘 - 销售经理'], ['2028届应届生']])('%s is not a product role', (title) =>
    expect(norm(title).family).toBeNull(),
  );
});

// Invented titles in the style of a Chinese job board's categories: the industry or area before
// the product word is a qualifier; goods and other jobs before it still leave the title unread.
describe('an industry or area before the Chinese product word', () => {
  it.each([
    ['证券产品经理', 'product-management 2 ic'],
    ['资深广告产品经理', 'product-management 3 ic'],
    ['物流产品总监', 'product-management 6 management'],
    ['社区产品经理（北京）', 'product-management 2 ic'],
    ['企業產品經理', 'product-management 2 ic'],
    ['高级搜索产品分析师', 'product-analytics 3 ic'],
    ['食品产品经理', 'none'],
    ['保险项目经理', 'none'],
    ['汽车生产经理', 'none'],
    ['游戏制作人', 'none'],
  ])('%s → %s', (title, expected) => {
    expect(read(title)).toBe(expected);
  });
});

// Invented titles in the style of Japanese tech companies' career pages (docs/normalizer-rounds.md,
// "Fifteenth general round"): the service or area before "の" (of), katakana ranks, "責任者",
// product operations, "PdM" beside a product area or before its expansion in brackets.
describe('Japanese postings: "の", katakana ranks, product operations and PdM', () => {
  it.each([
    ['ポイントサービスのプロダクトマネージャー', 'product-management 2 ic'],
    ['予約管理SaaSのシニアプロダクトマネージャー（大阪）', 'product-management 3 ic'],
    ['社内向けツールのプロダクトオーナー', 'product-owner 2 ic'],
    ['食品のプロダクトマネージャー', 'none'],
    ['生産のプロダクトマネージャー', 'none'],
    ['物流倉庫のプロジェクトマネージャー', 'none'],
    ['アソシエイトプロダクトマネージャー【人材領域】', 'product-management 1 ic'],
    ['プロダクトオーナー（アソシエイト）', 'product-owner 1 ic'],
    ['プリンシパルプロダクトマネージャー（決済）', 'product-management 5 ic'],
    ['アシスタントプロダクトマネージャー', 'product-management 1 ic'],
    ['プロダクト責任者', 'product-management 7 management'],
    ['品質保証責任者', 'none'],
    ['プロダクトオペレーションズマネージャー（カスタマー領域）', 'product-operations 2 ic'],
    ['プロダクトオペレーション担当マネージャー', 'product-operations 2 ic'],
    ['PdM（プロダクトマネージャー）／旅行予約', 'product-management 2 ic'],
    ['PdM (Product Manager), 経費精算', 'product-management 2 ic'],
    ['グロースPdM（マッチングアプリ）', 'product-management 2 ic'],
    ['データPdM', 'product-management 2 ic'],
    ['PdM（未経験可）', 'none'],
    ['経営企画室（PdM）', 'none'],
    ['PdM (Predictive Maintenance) Technician', 'none'],
    ['プロダクトリードエンジニア（フロントエンド）', 'none'],
  ])('%s → %s', (title, expected) => {
    expect(read(title)).toBe(expected);
  });
});
