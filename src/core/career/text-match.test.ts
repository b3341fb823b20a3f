import { describe, expect, it } from 'vitest';
import { contentWords, matchFacts, similarity, stem, wordWeights } from './text-match.js';

const f = (text: string) => ({ text, source: ['seed:000'] });

describe('matching facts by meaning', () => {
  it('folds word forms and British spellings', () => {
    expect(stem('prioritise')).toBe(stem('prioritize'));
    expect(stem('roadmaps')).toBe(stem('roadmap'));
    expect(stem('planning')).toBe(stem('plans'));
    expect(stem('managers')).toBe(stem('management'));
    expect([...contentWords('The Product Roadmap!')]).toEqual(['roadmap']);
  });

  it('keeps words that stemming would confuse apart', () => {
    expect(contentWords('marketing').has('market')).toBe(false);
  });

  it('scores the same words 1 and unrelated sentences 0', () => {
    expect(similarity('Owns the roadmap', 'owning roadmaps')).toBe(1);
    expect(similarity('Owns the roadmap', 'Hires engineers')).toBe(0);
  });

  it('pairs reworded facts and leaves the rest as added or dropped', () => {
    const a = [f('Owns the product strategy and roadmap'), f('Mentors junior product managers'), f('Writes specifications')];
    const b = [f('Coaches and guides product managers'), f('Sets the strategy and the roadmaps of several products'), f('Manages a budget')];
    const m = matchFacts(a, b);
    expect(m.kept.map((k) => [k.a.text, k.b.text])).toEqual([
      ['Owns the product strategy and roadmap', 'Sets the strategy and the roadmaps of several products'],
      ['Mentors junior product managers', 'Coaches and guides product managers'],
    ]);
    expect(m.added.map((x) => x.text)).toEqual(['Manages a budget']);
    expect(m.dropped.map((x) => x.text)).toEqual(['Writes specifications']);
  });

  it('needs more than one shared word', () => {
    expect(matchFacts([f('Sales enablement')], [f('Influencing sales leaders')]).kept).toEqual([]);
  });

  it('weights rare words above common ones', () => {
    const w = wordWeights(['manages the team', 'manages the budget', 'manages people', 'owns the roadmap']);
    expect(w('roadmap')).toBeGreaterThan(w(stem('manages')));
  });
});
