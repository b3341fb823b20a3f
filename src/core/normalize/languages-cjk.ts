import { AS } from './foreign-words.js';
import { Fam, K } from './words.js';
import type { LexRow } from './lexicon.js';

/**
 * Product roles and their look-alikes in Chinese (simplified and traditional), Japanese and
 * Korean. These languages put the head last, as English does ("产品经理" is product manager,
 * "プロダクトマネージャー", "프로덕트 매니저"), so no word order is changed; but Chinese and Japanese
 * write a title without spaces, and Korean often does. Such a title is one word to the tokenizer
 * and is split into these parts by the compound splitter that reads German compounds
 * (vocabulary.ts): a run of parts from a product word on, after an optional rank or area
 * ("高级产品经理", "シニアプロダクトマネージャー"). A word is written as the tokenizer folds it:
 * full-width Latin letters are ASCII already; kana and hanzi are kept as they are.
 * docs/normalizer-rounds.md ("More scripts and languages") says where the words come from.
 */
export const CJK: readonly LexRow[] = [
  // "产品" and "產品" (Chinese), "製品" and the loan "プロダクト" (Japanese), "제품" and "프로덕트" (Korean).
  ['产品 產品 製品 プロダクト 프로덕트 제품', 'product', AS.product],
  ['经理 經理 マネージャー マネジャー マネージャ 매니저 관리자', 'manager', { k: K.ROLE | K.PERSON, band: 2, fam: Fam.PM }],
  ['オーナー 오너', 'owner', AS.owner],
  ['分析师 分析師 アナリスト 애널리스트 분석가', 'analyst', AS.analyst],
  // "产品市场经理" (product market manager) is how Chinese boards name the product marketing manager.
  ['市场 市場 营销 營銷 行销 行銷 マーケティング 마케팅', 'marketing', AS.marketing],
  ['管理 マネジメント 관리', 'management', AS.management],
  // "プロダクトオペレーションマネージャー": product operations, as "Product Operations Manager".
  ['オペレーション オペレーションズ', 'operations', { k: K.DISC, fam: Fam.OPS }],
  ['マーケター 마케터', 'marketer', { k: K.ROLE | K.PERSON, band: 2, fam: Fam.PMM }],
  ['高级 高級 资深 資深 シニア 시니어', 'senior', AS.senior],
  ['初级 初級 ジュニア 주니어', 'junior', AS.junior],
  // Japanese boards write the English ranks in katakana, glued before the role or in brackets after
  // it ("アソシエイトプロダクトマネージャー", "プロダクトオーナー（アソシエイト）"): associate, principal.
  ['アソシエイト', 'associate', { k: K.SENIORITY, band: 1 }],
  ['プリンシパル', 'principal', { k: K.SENIORITY, band: 5 }],
  ['リード 리드', 'lead', { k: K.ROLE | K.PERSON | K.SENIORITY, band: 4, fam: Fam.PM }],
  // "部長" (the head of a department) and "본부장" (the head of a division).
  // "責任者" (the one responsible, as Japanese postings name the head of a function: "プロダクト責任者").
  ['部長 본부장 責任者', 'head', { k: K.ROLE | K.PERSON | K.EXEC, band: 7, fam: Fam.PM }],
  ['总监 總監 ディレクター 이사', 'director', AS.director],
  ['副总裁 副總裁 부사장', 'vp', { k: K.ROLE | K.PERSON | K.EXEC, band: 8 }],
  // "首席产品官": chief product officer.
  ['首席', 'chief', { k: K.EXEC | K.SENIORITY, band: 10 }],
  ['官', 'officer', { k: K.ROLE | K.PERSON, band: 2 }],
  // "管培生", "管理培训生": the management trainee of Chinese campus hiring, a trainee.
  ['实习生 實習生 实习 實習 インターン 인턴 管培生 管理培训生 管理培訓生', 'intern', AS.intern],
  ['专员 專員 スペシャリスト 스페셜리스트', 'specialist', { k: K.ROLE | K.PERSON, band: 1, adj: 'support' }],
  // "产品经理助理": the assistant of a product manager, as "Product Manager Assistant" is.
  ['助理 アシスタント', 'assistant', { k: K.ROLE | K.PERSON | K.SENIORITY | K.SERVED, band: 1 }],
  // New graduates: "新卒" (Japanese), "应届生" and "校招" (Chinese campus hiring), "신입" (Korean).
  // "校园招聘" is "校招" written out; "新鮮人" is Taiwan's fresh graduate.
  ['新卒 应届生 應屆生 校招 校园招聘 校園招聘 新鮮人 신입', 'graduate', { k: K.SENIORITY, band: 1 }],
  // Hiring talk of these boards, noise as "Summer", "hiring" or "position" are: the season or length
  // of an internship ("暑期", "日常", "长期", "サマー"), the cohort ("2028届", "28卒"), hiring ("採用",
  // "招聘", Korean "공채", open recruitment), the post or track ("岗", "職", "総合職", the Japanese
  // generalist track) and a candidate ("候補"). A compound made only of such words and ranks
  // ("暑期实习生", "長期インターン", "新卒採用") is read by scriptCompound.
  ['暑期 日常 长期 長期 短期 サマー 届 屆 卒 採用 招聘 공채 岗 崗 職 职 総合職 候補', 'noise', { k: K.NOISE }],
  // "担当" (in charge of) between the area and the head: "プロダクトオペレーションズ担当マネージャー".
  ['担当', 'noise', { k: K.NOISE }],
  // Product areas written before the product word ("数据产品经理", "B端产品经理", "技术产品经理").
  ['数据 數據 データ 데이터', 'data', { k: K.PM_CUE | K.PO_CUE, spec: 'data' }],
  ['b端', 'b2b', { k: K.PM_CUE, spec: 'b2b' }],
  ['c端', 'b2c', { k: K.PM_CUE, spec: 'consumer' }],
  ['移动 移動 モバイル 모바일', 'mobile', { k: K.PM_CUE, spec: 'mobile' }],
  ['平台 プラットフォーム 플랫폼', 'platform', { k: K.PM_CUE | K.PO_CUE | K.MIDDLE, spec: 'platform' }],
  ['增长 增長 グロース 그로스', 'growth', { k: K.MIDDLE | K.PM_CUE, spec: 'growth' }],
  ['技术 技術 テクニカル 테크니컬', 'technical', { k: K.PO_CUE, spec: 'technical' }],
  ['支付 決済 결제', 'payments', { spec: 'payments' }],
  ['电商 電商', 'ecommerce', { spec: 'ecommerce' }],
  // The industry or area a Chinese board names before the product word, as English boards do
  // ("保险产品经理", insurance product manager; "游戏产品总监", games product director; "策略产品经理",
  // strategy product manager): a qualifier, which never changes the family. A Chinese job board's
  // categories hold dozens of such entries (docs/normalizer-rounds.md, "Eleventh general round").
  // Goods ("食品") and other jobs ("项目", "生产") stay out, so their compounds stay unread.
  ['保险 保險 金融 银行 銀行 证券 證券 基金 游戏 遊戲 汽车 汽車 教育 医疗 醫療 医药 醫藥 健康 旅游 旅遊 商业 商業 策略 用户 用戶 内容 內容 社交 社区 社區 互联网 互聯網 搜索 广告 廣告 安全 企业 企業 政务 政務 物流 零售 出行 智能', 'area', {}],
  ['硬件 硬體', 'hardware', { spec: 'hardware' }],
  ['软件 軟件 軟體', 'software', { k: K.PO_CUE }],
  ['数字 數位 デジタル 디지털', 'digital', { k: K.PO_CUE }],
  // Food ("食品"): goods, so a product word after it is goods too.
  ['食品', 'material', AS.material],

  // Look-alikes: project ("项目经理", "專案經理", "プロジェクトマネージャー"), programme, production,
  // design, engineering, sales, producers.
  ['项目 項目 专案 專案 プロジェクト 프로젝트', 'project', AS.project],
  ['项目集 プログラム 프로그램', 'program', { k: K.FUNCTION, adj: 'program-management' }],
  ['生产 生產 生産 생산', 'production', AS.production],
  ['设计师 設計師 デザイナー 디자이너', 'designer', AS.designer],
  ['设计 設計 デザイン 디자인', 'design', { k: K.NONPROD | K.FUNCTION, adj: 'product-design' }],
  ['工程师 工程師 エンジニア 엔지니어', 'engineer', { k: K.ROLE | K.NONPROD, adj: 'engineering' }],
  ['销售 銷售 営業 영업', 'sales', AS.sales],
  ['制作人 製作人 プロデューサー 프로듀서', 'producer', { k: K.ROLE | K.NONPROD, adj: 'production' }],
];

/**
 * The product words a compound of these scripts is read from, and the transliterated Russian
 * and Ukrainian "продакт" ("продакт-менеджер", joined at its hyphen by stream.ts).
 */
export const SCRIPT_PRODUCT: readonly string[] = ['产品', '產品', '製品', 'プロダクト', '프로덕트', '제품', 'продакт'];

/** The parts such a compound is split into: every word above, and the heads joined to "продакт". */
export const SCRIPT_PARTS: readonly (readonly [string, string])[] = [
  ...CJK.flatMap(([surfaces, canonical]) => surfaces.split(' ').map((s) => [s, canonical] as const)),
  ['продакт', 'product'],
  ['менеджерка', 'manager'],
  ['менеджмент', 'management'],
  ['менеджера', 'manager'],
  ['менеджер', 'manager'],
  ['оунер', 'owner'],
  ['аналитик', 'analyst'],
  ['аналітик', 'analyst'],
  ['маркетолог', 'marketer'],
  ['дизайнер', 'designer'],
  ['директор', 'director'],
  ['лид', 'lead'],
  ['лід', 'lead'],
];
