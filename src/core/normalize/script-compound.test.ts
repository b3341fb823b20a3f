import { describe, expect, it } from 'vitest';
import { vocabulary } from './vocabulary.js';

const parts = (word: string): string[] | null => vocabulary().resolve(word).expand?.map((w) => w.w) ?? null;

describe('compounds of scripts written without spaces', () => {
  it('reads the parts from the product word on, after ranks and product areas', () => {
    expect(parts('高级产品经理')).toEqual(['senior', 'product', 'manager']);
    expect(parts('プロダクトマーケティングマネージャー')).toEqual(['product', 'marketing', 'manager']);
    expect(parts('시니어프로덕트매니저')).toEqual(['senior', 'product', 'manager']);
    expect(parts('ai产品经理')).toEqual(['ai', 'product', 'manager']);
    expect(parts('高级数据产品经理')).toEqual(['senior', 'data', 'product', 'manager']);
    expect(parts('продактменеджер')).toEqual(['product', 'manager']);
  });

  it('reads a known Latin word written onto the end as a word of its own', () => {
    expect(parts('产品vp')).toEqual(['product', 'vp']);
    expect(parts('产品lead')).toEqual(['product', 'lead']);
    expect(parts('项目vp')).toBeNull();
  });

  it('leaves a compound unread when another job or goods stand before the product word', () => {
    expect(parts('项目产品经理')).toBeNull();
    expect(parts('食品产品经理')).toBeNull();
    expect(parts('生产经理')).toBeNull();
    expect(parts('プロジェクトマネージャー')).toBeNull();
    expect(vocabulary().resolve('生产经理').w).toBe('');
  });

  it('reads a head-first Thai compound from its heads to the product word, with their own flags for the word order', () => {
    expect(parts('ผู้จัดการผลิตภัณฑ์อาวุโส')).toEqual(['manager', 'product', 'senior']);
    expect(parts('ฝึกงานผู้จัดการผลิตภัณฑ์')).toEqual(['intern', 'manager', 'product']);
    // Another job before the product word leaves it unread, as in Chinese.
    expect(parts('ผู้จัดการโครงการผลิตภัณฑ์')).toBeNull();
    expect(parts('นักออกแบบผลิตภัณฑ์')).toBeNull();
  });
});
