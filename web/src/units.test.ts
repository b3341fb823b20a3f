import { describe, expect, it } from 'vitest';
import { csvField, guessDelimiter, parseCsv, toCsv } from './csv.js';
import { layoutRoutes, wrap } from './graph.js';
import { groupRoutes } from './routes.js';
import { orgReportHtml } from './standalone.js';
import { sourceShortName } from './components/Sources.js';
import { rangeText } from './components/PayChart.js';
import { carryOf } from './views/Compare.js';
import { decidingWords, explanationLines, explanationReasons, highlight } from './highlight.js';
import { ancestors, buildForest, defaultExpanded, expandAll, inView, layoutForest, NODE_H, NODE_W, searchPeople, type OrgPerson } from './orgtree.js';

describe('csv', () => {
  it('parses quotes, doubled quotes, newlines in quotes, CRLF and a BOM', () => {
    const text = '\ufeffid,title\r\n1,"Senior PM, Payments"\r\n2,"She said ""hi"""\n3,"two\nlines"\n';
    expect(parseCsv(text)).toEqual([
      ['id', 'title'],
      ['1', 'Senior PM, Payments'],
      ['2', 'She said "hi"'],
      ['3', 'two\nlines'],
    ]);
  });
  it('guesses semicolons and tabs', () => {
    expect(guessDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(guessDelimiter('a\tb\n1\t2')).toBe('\t');
    expect(parseCsv('a;b\n1;2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
  it('writes fields so they read back, and defuses formulas', () => {
    const rows = [['x, y', 'say "no"', 'plain', 3]];
    const out = toCsv(['a', 'b', 'c', 'd'], rows);
    expect(parseCsv(out)).toEqual([
      ['a', 'b', 'c', 'd'],
      ['x, y', 'say "no"', 'plain', '3'],
    ]);
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(-5)).toBe('-5');
  });
});

describe('deciding words', () => {
  it('finds quoted words in a text explanation and word lists in objects', () => {
    expect(decidingWords('"Senior" sets band 3; "PM" means product manager')).toEqual(['Senior', 'PM']);
    expect(decidingWords({ decidingWords: ['Sr.', 'Technical'], text: 'because "PM"' })).toEqual(['Sr.', 'Technical', 'PM']);
    expect(decidingWords([{ word: 'Head of', effect: 'band 6-8' }])).toEqual(['Head of']);
    expect(decidingWords(undefined)).toEqual([]);
  });
  it('highlights whole words only, case-insensitively, merging overlaps', () => {
    const segs = highlight('Senior PM, Payments', ['pm', 'senior']);
    expect(segs).toEqual([
      { text: 'Senior PM', mark: true },
      { text: ', Payments', mark: false },
    ]);
    expect(highlight('Senior Technical PM', ['senior', 'pm']).filter((s) => s.mark).map((s) => s.text)).toEqual(['Senior', 'PM']);
    // "pm" inside "Payments" is not a word of its own.
    expect(highlight('Payments', ['pm']).every((s) => !s.mark)).toBe(true);
    expect(highlight('Head of Product', ['head of', 'of product']).filter((s) => s.mark).map((s) => s.text)).toEqual(['Head of Product']);
  });
  it("reads the normalizer's structured explanation", () => {
    const explanation = {
      family: { words: ['head', 'of', 'product'], rule: 'product under an executive word' },
      level: { words: ['head'], rule: 'head of is band 7' },
      track: { words: [], rule: 'heads a team' },
      text: 'product-management (…)',
    };
    expect(explanationReasons(explanation).map((r) => [r.aspect, r.words.length])).toEqual([
      ['family', 3],
      ['level', 1],
      ['track', 0],
    ]);
    expect(decidingWords(explanation)).toEqual(['head', 'of', 'product']);
    expect(highlight('Head of Product, EMEA', decidingWords(explanation)).filter((s) => s.mark).map((s) => s.text)).toEqual(['Head of Product']);
  });
  it('reads explanation text from common shapes', () => {
    expect(explanationLines('x')).toEqual(['x']);
    expect(explanationLines({ summary: 'a', steps: ['b', { text: 'c' }] })).toEqual(['a', 'b', 'c']);
  });
});

describe('path graph layout', () => {
  it('layers by longest distance so every step points down', () => {
    const g = layoutRoutes('a', [
      { steps: [{ from: 'a', to: 'b', kind: 'promotion' }, { from: 'b', to: 'd', kind: 'promotion' }] },
      { steps: [{ from: 'a', to: 'c', kind: 'lateral' }, { from: 'c', to: 'b', kind: 'lateral' }, { from: 'b', to: 'd', kind: 'promotion' }] },
    ]);
    const layer = Object.fromEntries(g.nodes.map((n) => [n.id, n.layer]));
    for (const e of g.edges) expect(layer[e.to]!).toBeGreaterThan(layer[e.from]!);
    expect(layer).toEqual({ a: 0, c: 1, b: 2, d: 3 });
    expect(g.edges.find((e) => e.from === 'b')!.routes).toEqual([0, 1]);
  });
  it('survives a cycle', () => {
    const g = layoutRoutes('a', [{ steps: [{ from: 'a', to: 'b', kind: 'x' }, { from: 'b', to: 'a', kind: 'x' }] }]);
    expect(g.nodes).toHaveLength(2);
  });
  it('wraps titles at spaces', () => {
    expect(wrap('Senior Director of Product Management', 16)).toEqual(['Senior Director', 'of Product', 'Management']);
  });
});

function roster(n: number, fanout: number): OrgPerson[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    title: i === 0 ? 'CPO' : 'Product Manager',
    managerId: i === 0 ? null : `p${Math.floor((i - 1) / fanout)}`,
  }));
}

describe('org chart model', () => {
  it('builds a forest, breaking cycles and keeping people with a missing manager', () => {
    const f = buildForest([
      { id: 'a', name: 'A', title: '', managerId: null },
      { id: 'b', name: 'B', title: '', managerId: 'a' },
      { id: 'c', name: 'C', title: '', managerId: 'd' },
      { id: 'd', name: 'D', title: '', managerId: 'c' },
      { id: 'e', name: 'E', title: '', managerId: 'nobody' },
      { id: 'f', name: 'F', title: '', managerId: 'f' },
    ]);
    const roots = f.roots.map((r) => f.people[r]!.id);
    expect(roots).toEqual(expect.arrayContaining(['a', 'e', 'f']));
    expect(roots.filter((r) => r === 'c' || r === 'd')).toHaveLength(1);
    expect(roots).toHaveLength(4);
    expect(f.below[f.index.get('a')!]).toBe(1);
    expect(ancestors(f, f.index.get('b')!)).toEqual([f.index.get('a')]);
  });
  it('shows only the top levels by default and lays out without overlaps', () => {
    const f = buildForest(roster(5000, 8));
    const l = layoutForest(f, defaultExpanded(f));
    expect(l.visible).toHaveLength(1 + 8);
    const all = layoutForest(f, expandAll(f));
    expect(all.visible).toHaveLength(5000);
    const boxes = all.visible.map((i) => [all.x[i]!, all.y[i]!] as const);
    const seen = new Set(boxes.map(([x, y]) => `${x},${y}`));
    expect(seen.size).toBe(5000);
    // No two boxes overlap: check neighbours on the same row.
    const rows = new Map<number, number[]>();
    for (const [x, y] of boxes) rows.set(y, [...(rows.get(y) ?? []), x]);
    for (const xs of rows.values()) {
      xs.sort((a, b) => a - b);
      for (let k = 1; k < xs.length; k++) expect(xs[k]! - xs[k - 1]!).toBeGreaterThanOrEqual(NODE_W);
    }
  });
  it('culls to the viewport', () => {
    const f = buildForest(roster(5000, 8));
    const all = layoutForest(f, expandAll(f));
    const shown = inView(all, { left: 0, top: 0, width: 1200, height: 800 });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(200);
    for (const i of shown) expect(all.y[i]!).toBeLessThan(800 + 200 + NODE_H);
  });
  it('lays out a 100,000-deep chain without overflowing the stack', () => {
    const chain = Array.from({ length: 100_000 }, (_, i) => ({ id: `c${i}`, name: `C${i}`, title: '', managerId: i ? `c${i - 1}` : null }));
    const f = buildForest(chain);
    const l = layoutForest(f, expandAll(f));
    expect(l.visible).toHaveLength(100_000);
  });
  it('searches names, titles and ids', () => {
    const f = buildForest(roster(50, 5));
    expect(searchPeople(f, 'person 4').map((i) => f.people[i]!.id)[0]).toBe('p4');
    expect(searchPeople(f, 'cpo').map((i) => f.people[i]!.id)).toEqual(['p0']);
  });
});

describe('career routes grouped', () => {
  const step = (from: string, to: string, kind: string, fromBand: number, toBand: number) => ({ from, to, kind, fromBand, toBand });
  it('shows once the routes that take the same steps in another order or through equal roles', () => {
    const routes = [
      { steps: [step('spm', 'lead', 'promotion', 3, 4), step('lead', 'gpm', 'track-switch', 4, 5), step('gpm', 'dir', 'promotion', 5, 6)] },
      { steps: [step('spm', 'gpm', 'track-switch', 3, 5), step('gpm', 'dir', 'promotion', 5, 6)] },
      { steps: [step('spm', 'staff', 'promotion', 3, 4), step('staff', 'gpm', 'track-switch', 4, 5), step('gpm', 'dir', 'promotion', 5, 6)] },
      // The switch to management one step later: the same steps in another order.
      { steps: [step('spm', 'staff', 'promotion', 3, 4), step('staff', 'principal', 'promotion', 4, 5), step('principal', 'dir', 'track-switch', 5, 6)] },
    ];
    const groups = groupRoutes(routes);
    expect(groups.map((g) => g.index)).toEqual([0, 1]);
    expect(groups[0]!.variants).toEqual([2, 3]);
    // What the variants pass through instead, step by step; the goal is never an alternative.
    expect(groups[0]!.alternatives).toEqual([['staff'], ['principal'], []]);
    expect(groups[1]!.variants).toEqual([]);
  });

  it('keeps apart routes whose steps climb differently or end elsewhere', () => {
    const a = { steps: [step('x', 'y', 'promotion', 2, 3), step('y', 'z', 'promotion', 3, 4)] };
    const b = { steps: [step('x', 'w', 'promotion', 2, 4), step('w', 'z', 'lateral', 4, 4)] };
    const c = { steps: [step('x', 'y', 'promotion', 2, 3), step('y', 'q', 'promotion', 3, 4)] };
    expect(groupRoutes([a, b, c]).map((g) => g.index)).toEqual([0, 1, 2]);
  });
});

describe('standalone report', () => {
  it('writes the org audit as one HTML file: no scripts, nothing fetched, names escaped', () => {
    const audit = {
      summary: { people: 3 },
      metrics: {},
      findings: [
        { code: 'missing-manager', severity: 'error', people: ['x1'], message: 'Reports to "nobody"' },
        { code: 'span-too-wide', severity: 'warning', people: ['p1'], message: 'Too many reports' },
      ],
    };
    const html = orgReportHtml(audit, new Map([['x1', { name: 'Olive <O> Orphan' }]]), 'roster.csv', new Date('2026-01-02T00:00:00Z'));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('Olive &lt;O&gt; Orphan');
    expect(html).toContain('Reports to &quot;nobody&quot;');
    expect(html).toContain('<h2 class="error">Errors (1)</h2>');
    expect(html).toContain('2026-01-02');
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
  });
});

describe('source badges', () => {
  it('name a source briefly, by kind, without ids or file names', () => {
    expect(sourceShortName('seed:002')).toBe('Article 3');
    expect(sourceShortName('decision:senior-pm-scope')).toBe('Editorial');
    expect(sourceShortName('ref:mckinsey-spans-2017')).toBe('Mckinsey 2017');
    expect(sourceShortName('seed:002', { ref: 'seed:002', kind: 'seed', label: 'A title', shortName: 'Acme 2024', supports: [] })).toBe('Acme 2024');
  });
});

describe('pay range text', () => {
  it("uses the API's wording when it gives one", () => {
    const r = { region: 'US', currency: 'USD', period: 'year', min: 100_000, max: 150_000, source: [] } as unknown as Parameters<typeof rangeText>[0];
    expect(rangeText(r)).toMatch(/100K.*150K/);
    expect(rangeText({ ...r, text: 'USD 100–150k a year' } as typeof r)).toBe('USD 100–150k a year');
  });
});

describe('compare: what the higher role no longer lists', () => {
  const scope = (a: [number, string, boolean], b: [number, string, boolean]) =>
    ({ scope: { band: { a: a[0], b: b[0] }, track: { a: a[1], b: b[1] }, managesPeople: { a: a[2], b: b[2] } } }) as unknown as Parameters<typeof carryOf>[0];
  it('moves from doing to leading when the higher role leads people and the lower does not', () => {
    expect(carryOf(scope([3, 'ic', false], [5, 'management', true]), true)).toEqual({ lower: 'a', text: expect.stringMatching(/^Moves from doing this to leading/) });
    expect(carryOf(scope([5, 'management', true], [3, 'ic', false]), true)?.lower).toBe('b');
  });
  it('is taken as given for a higher individual contributor, and for skills', () => {
    expect(carryOf(scope([3, 'ic', false], [4, 'ic', false]), true)?.text).toMatch(/Taken as given/);
    expect(carryOf(scope([3, 'ic', false], [5, 'management', true]), false)?.text).toMatch(/Taken as given/);
  });
  it('marks nothing between roles of the same band', () => {
    expect(carryOf(scope([3, 'ic', false], [3, 'management', true]), true)).toBeNull();
  });
});
