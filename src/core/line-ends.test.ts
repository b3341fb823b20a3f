import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineEndUnifier, unifyLineEnds } from './line-ends.js';

describe('line ends', () => {
  it('reads \\r\\n, \\n and a lone \\r as line ends', () => {
    expect(unifyLineEnds('a\r\nb\nc\rd\r\r\ne')).toBe('a\nb\nc\nd\n\ne');
  });
  it('gives the same text however the input is cut into pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ',', '"', '\r', '\n', '\r\n')), fc.array(fc.nat(), { maxLength: 5 }), (parts, cuts) => {
        const text = parts.join('');
        const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((x, y) => x - y);
        const u = new LineEndUnifier();
        let out = '';
        let from = 0;
        for (const c of [...at, text.length]) {
          out += u.push(text.slice(from, c));
          from = c;
        }
        out += u.end();
        return out === unifyLineEnds(text);
      }),
    );
  });
});
