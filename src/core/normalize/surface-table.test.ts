import { describe, expect, it } from 'vitest';
import { buildSurfaceTable, findEntry, hash2String, hashString, remember } from './surface-table.js';
import { makeWord, type Word } from './words.js';

const find = (t: ReturnType<typeof buildSurfaceTable>, text: string): [string, Word] | undefined => {
  const e = findEntry(t, hashString(text), hash2String(text));
  if (e === -1) return undefined;
  return [t.entries[e * 4] as string, t.entries[e * 4 + 1] as Word];
};

describe('surface table', () => {
  const manager = makeWord('manager');
  const owner = makeWord('owner');

  it('finds the vocabulary and the words remembered since, and nothing else', () => {
    const t = buildSurfaceTable([['manager', manager], ['mgr', manager], ['owner', owner]], () => owner);
    expect(find(t, 'mgr')).toEqual(['mgr', manager]);
    expect(find(t, 'owner')?.[1]).toBe(owner);
    expect(find(t, 'steward')).toBeUndefined();
    remember(t, hashString('steward'), hash2String('steward'), 'steward', owner, 0);
    expect(find(t, 'steward')).toEqual(['steward', owner]);
  });

  it('grows as words are remembered, keeping every one findable', () => {
    const t = buildSurfaceTable([['manager', manager]], () => owner);
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`);
    for (const w of words) remember(t, hashString(w), hash2String(w), w, owner, 8);
    for (const w of words) expect(find(t, w)?.[0]).toBe(w);
    expect(find(t, 'manager')?.[1]).toBe(manager);
  });

  it('drops the memo when it is full but keeps the vocabulary', () => {
    const t = buildSurfaceTable([['manager', manager]], () => owner);
    const limit = t.limit - 1;
    for (let i = 0; i < limit; i++) remember(t, hashString(`w${i}`), hash2String(`w${i}`), `w${i}`, owner, 0);
    expect(find(t, `w${limit - 1}`)).toBeDefined();
    remember(t, hashString('late'), hash2String('late'), 'late', owner, 0);
    expect(find(t, 'w0')).toBeUndefined();
    expect(find(t, 'late')).toEqual(['late', owner]);
    expect(find(t, 'manager')).toEqual(['manager', manager]);
  });
});
