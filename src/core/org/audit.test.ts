import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import type { Framework } from '../framework/schema.js';
import { auditJson, auditRoster, parseRoster, type AuditResult, type FindingCode, type NormalizedTitle, type NormalizeFn, type OrgConfigInput } from './index.js';

let fw: Framework;

beforeAll(() => {
  fw = loadBuiltinFramework();
});

const HEADER = ['id', 'name', 'title', 'manager_id', 'product_line', 'salary', 'currency', 'location', 'dotted_line'];
type Row = [id: string, name: string, title: string, manager: string, line?: string, salary?: string, currency?: string, location?: string, dotted?: string];

/**
 * A small company (150 people) with a clean product organisation: head of product, three group PMs
 * with three PMs each on three product lines, and a product operations manager.
 */
const CLEAN: Row[] = [
  ['ceo', 'Cleo Executive', 'Chief Executive Officer', ''],
  ['head', 'Hana Head', 'Head of Product', 'ceo'],
  ['gpm1', 'Gus One', 'Group Product Manager', 'head', 'Payments'],
  ['pm1', 'Pia One', 'Product Manager', 'gpm1', 'Payments', '70000', 'EUR', 'Berlin, Germany'],
  ['pm2', 'Pat Two', 'Product Manager', 'gpm1', 'Payments'],
  ['spm1', 'Sol One', 'Senior Product Manager', 'gpm1', 'Payments'],
  ['gpm2', 'Gia Two', 'Group Product Manager', 'head', 'Lending'],
  ['pm3', 'Pei Three', 'Product Manager', 'gpm2', 'Lending'],
  ['pm4', 'Pol Four', 'Product Manager', 'gpm2', 'Lending'],
  ['spm2', 'Sam Two', 'Senior Product Manager', 'gpm2', 'Lending'],
  ['gpm3', 'Gil Three', 'Group Product Manager', 'head', 'Cards'],
  ['pm5', 'Pax Five', 'Product Manager', 'gpm3', 'Cards'],
  ['pm6', 'Pum Six', 'Product Manager', 'gpm3', 'Cards'],
  ['pm7', 'Pip Seven', 'Product Manager', 'gpm3', 'Cards'],
  ['ops1', 'Oda Ops', 'Product Operations Manager', 'head'],
];

function csv(rows: Row[]): string {
  const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [HEADER.join(','), ...rows.map((r) => HEADER.map((_, i) => cell(r[i] ?? '')).join(','))].join('\n');
}

function audit(rows: Row[], options: { config?: OrgConfigInput; companySize?: number } = {}): AuditResult {
  return auditRoster(parseRoster(csv(rows), { file: 'roster.csv' }), { framework: fw, companySize: options.companySize ?? 150, config: options.config });
}

/** The clean roster with some rows replaced (same id), removed (null) or added. */
function edit(changes: Record<string, Partial<Row> | null>, extra: Row[] = []): Row[] {
  const out: Row[] = [];
  for (const r of CLEAN) {
    const c = changes[r[0]];
    if (c === null) continue;
    out.push(c ? (Array.from({ length: Math.max(r.length, c.length) }, (_, i) => (c[i] !== undefined ? c[i] : r[i])) as Row) : r);
  }
  return [...out, ...extra];
}

const codes = (r: AuditResult) => r.findings.map((f) => f.code);
const find = (r: AuditResult, code: FindingCode) => r.findings.filter((f) => f.code === code);

describe('a clean roster', () => {
  it('gives no findings at all', () => {
    const r = audit(CLEAN);
    expect(r.findings).toEqual([]);
    expect(r.summary).toMatchObject({ people: 15, openRoles: 0, rejectedRows: 0, ok: true, companySizeBucket: 'small', findings: { error: 0, warning: 0, info: 0 } });
  });

  it('measures headcount, spans, layers and tracks', () => {
    const m = audit(CLEAN).metrics;
    expect(m.headcount).toEqual({ people: 15, openRoles: 0, total: 15 });
    expect(m.byFamily).toEqual({ 'product-management': 13, 'product-operations': 1, other: 1 });
    expect(m.byBand).toMatchObject({ '2': 8, '3': 2, '5': 3, '7': 1, unknown: 1 });
    expect(m.layers).toEqual({ max: 4, distribution: { '1': 1, '2': 1, '3': 4, '4': 9 }, unreachable: 0 });
    expect(m.managers).toBe(5);
    expect(m.ics).toBe(10);
    expect(m.spans).toMatchObject({ min: 1, max: 4, median: 3, distribution: { '1': 1, '3': 3, '4': 1 } });
    expect(m.productLines).toBe(3);
    expect(m.productManagers).toEqual({ total: 13, ics: 9, managers: 4 });
    expect(m.pay).toEqual({ checked: 1, outside: 0, notChecked: 0 });
  });

  it('gives the JSON report the documented shape', () => {
    const j = auditJson(audit(CLEAN));
    expect(Object.keys(j)).toEqual(['summary', 'metrics', 'findings', 'rejectedRows', 'contextReadings']);
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
  });
});

describe('planted findings are found', () => {
  const cases: [string, FindingCode, 'error' | 'warning' | 'info', () => AuditResult, string[]][] = [
    ['a duplicate id', 'duplicate-id', 'error', () => audit(edit({}, [['pm1', 'Other Pia', 'Product Manager', 'gpm2', 'Lending']])), ['pm1']],
    ['a manager not in the roster', 'missing-manager', 'error', () => audit(edit({ pm1: [, , , 'ghost'] })), ['pm1']],
    ['a self-manager', 'self-manager', 'error', () => audit(edit({ pm1: [, , , 'pm1'] })), ['pm1']],
    ['a reporting cycle', 'cycle', 'error', () => audit(edit({ gpm1: [, , , 'pm1'] })), ['gpm1', 'pm1']],
    ['two tops', 'multiple-roots', 'warning', () => audit(edit({ gpm3: [, , , ''] })), ['ceo', 'gpm3']],
    ['an unrecognised title', 'unrecognized-title', 'warning', () => audit(edit({ pm7: [, , 'Chief Vibes Officer'] })), ['pm7']],
    ['a report above their manager', 'level-inversion', 'warning', () => audit(edit({ gpm1: [, , 'Group Product Manager'], pm1: [, , 'VP of Product'] })), ['pm1', 'gpm1']],
    ['a report at their manager\'s band', 'level-inversion', 'info', () => audit(edit({ pm1: [, , 'Principal Product Manager'] })), ['pm1', 'gpm1']],
    ['a wide span', 'span-too-wide', 'warning', () => audit(CLEAN.concat(Array.from({ length: 8 }, (_, i): Row => [`x${i}`, `Xen ${i}`, 'Product Manager', 'gpm1', 'Payments']))), ['gpm1']],
    ['a narrow span', 'span-too-narrow', 'info', () => audit(edit({ pm7: [, , , 'gpm2'] })), ['gpm3']],
    ['too many layers', 'too-many-layers', 'warning', () => audit(CLEAN, { config: { layers: { max: 3 } } }), ['pm1', 'pm2', 'spm1', 'pm3', 'pm4', 'spm2', 'pm5', 'pm6', 'pm7']],
    ['a VP with nobody below', 'title-inflation', 'warning', () => audit(edit({}, [['vp', 'Vic Nobody', 'VP of Product', 'head']])), ['vp']],
    ['a director of operations with nobody below', 'title-inflation', 'warning', () => audit(edit({}, [['dir', 'Dee Nobody', 'Director of Product Operations', 'head']])), ['dir']],
    ['a PM reporting to a product ops manager', 'reporting-line', 'warning', () => audit(edit({ pm7: [, , , 'ops1'] })), ['pm7', 'ops1']],
    ['many PMs and no product operations', 'missing-product-ops', 'warning', () => audit(edit({ ops1: null })), []],
    ['too many PMs per product ops person', 'ratio', 'info', () => audit(CLEAN, { config: { ratios: { pmsPerProductOps: { max: 5 } } } }), []],
    ['too many PMs per manager', 'ratio', 'info', () => audit(CLEAN, { config: { ratios: { pmsPerManager: { max: 2 } } } }), []],
    ['pay far below a published figure', 'pay-off-published-figure', 'info', () => audit(edit({ pm1: [, , , , , '30000', 'EUR', 'Madrid'] })), ['pm1']],
    ['a salary that is not a number', 'bad-value', 'warning', () => audit(edit({ pm1: [, , , , , 'lots'] })), ['pm1']],
    ['a dotted line to nobody', 'missing-dotted-manager', 'info', () => audit(edit({ pm1: [, , , , , , , , 'ghost'] })), ['pm1']],
  ];
  it.each(cases)('%s → %s', (_label, code, severity, run, people) => {
    const r = run();
    const hits = find(r, code);
    expect(hits.length, JSON.stringify(r.findings, null, 1)).toBeGreaterThan(0);
    expect(hits.some((f) => f.severity === severity)).toBe(true);
    if (people.length) expect(hits.some((f) => people.every((p) => f.people.includes(p)) && f.people.length === people.length)).toBe(true);
    expect(hits[0]!.message.length).toBeGreaterThan(20);
  });

  it('finds an APM reporting to the CPO in a large company, with the expected managers and the source', () => {
    const rows: Row[] = [
      ['ceo', 'Cleo', 'CEO', ''],
      ['cpo', 'Cora', 'Chief Product Officer', 'ceo'],
      ['apm', 'Abe', 'Associate Product Manager', 'cpo'],
    ];
    const r = audit(rows, { companySize: 5000 });
    const f = find(r, 'reporting-line');
    expect(f).toHaveLength(1);
    expect(f[0]!.people).toEqual(['apm', 'cpo']);
    expect(f[0]!.message).toMatch(/expects an Associate Product Manager to report to a Product Manager or Senior Product Manager in a large company \[seed:\d{3}/);
  });

  it('accepts the skip-level manager (an APM under a group PM) unless told not to', () => {
    const rows: Row[] = [
      ['ceo', 'Cleo', 'CEO', ''],
      ['cpo', 'Cora', 'Chief Product Officer', 'ceo'],
      ['vp', 'Vic', 'VP of Product', 'cpo'],
      ['dir', 'Dee', 'Director of Product', 'vp'],
      ['gpm', 'Gus', 'Group Product Manager', 'dir'],
      ['apm', 'Abe', 'Associate Product Manager', 'gpm'],
    ];
    expect(find(audit(rows, { companySize: 5000 }), 'reporting-line')).toEqual([]);
    const strict = audit(rows, { companySize: 5000, config: { reportingLine: { skipLevel: false } } });
    expect(find(strict, 'reporting-line').map((f) => f.people)).toEqual([['apm', 'gpm']]);
  });

  it('reads reporting lines by company size: a director reports to the CEO in a small company, not in a large one', () => {
    const rows: Row[] = [
      ['ceo', 'Cleo', 'CEO', ''],
      ['dir', 'Dee', 'Director of Product', 'ceo'],
      ['gpm', 'Gus', 'Group Product Manager', 'dir'],
    ];
    expect(find(audit(rows, { companySize: 100 }), 'reporting-line')).toEqual([]);
    // Without skip-level lines: a large company's VP may answer to the CEO, so the director one step below may too.
    expect(find(audit(rows, { companySize: 10_000, config: { reportingLine: { skipLevel: false } } }), 'reporting-line').map((f) => f.people)).toEqual([['dir', 'ceo']]);
  });

  it('reports pay above an "up to" figure as information, naming the figure, with a configurable tolerance', () => {
    const rows = edit({ head: [, , , , , '250000', 'USD', 'San Francisco'] });
    expect(find(audit(rows), 'pay-outside-band')).toEqual([]);
    const f = find(audit(rows), 'pay-off-published-figure');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.message).toContain('above the published figure for Head of Product: up to $180,000 a year, United States, undated, 2020 or earlier');
    expect(f[0]!.message).toContain('±20%');
    // Within a wider tolerance it passes.
    expect(find(audit(rows, { config: { pay: { tolerance: 0.5 } } }), 'pay-off-published-figure')).toEqual([]);
  });

  it('does not check pay without a currency, unless a default currency is configured', () => {
    const rows = edit({ pm1: [, , , , , '30000', '', ''] });
    expect(find(audit(rows), 'pay-off-published-figure')).toEqual([]);
    expect(audit(rows).metrics.pay.notChecked).toBe(1);
    expect(find(audit(rows, { config: { pay: { defaultCurrency: 'EUR' } } }), 'pay-off-published-figure')).toHaveLength(1);
  });

  it('says nothing about one missing manager twice, and cuts cycles out of the layers', () => {
    const r = audit(edit({ gpm1: [, , , 'pm1'] }));
    expect(codes(r).filter((c) => c === 'cycle')).toHaveLength(1);
    expect(r.metrics.layers.unreachable).toBe(4);
    expect(find(r, 'cycle')[0]!.message).toMatch(/reporting cycle: .* → .* → /);
  });

  it('does not call a director of product without reports an inflated title, because the framework says the role may be held so', () => {
    const rows = edit({}, [['dir', 'Dee Soloist', 'Director of Product', 'head']]);
    expect(fw.roles.find((r) => r.id === 'director-of-product')!.mayHaveNoReports).toBeDefined();
    expect(find(audit(rows), 'title-inflation')).toEqual([]);
    // Where a framework does not say so, the same person is flagged.
    const strict: Framework = { ...fw, roles: fw.roles.map((r) => (r.id === 'director-of-product' ? { ...r, mayHaveNoReports: undefined } : r)) };
    const r = auditRoster(parseRoster(csv(rows), { file: 'roster.csv' }), { framework: strict, companySize: 150 });
    expect(find(r, 'title-inflation').flatMap((f) => f.people)).toEqual(['dir']);
  });

  it('counts open positions as open roles, not people, and not as title inflation', () => {
    const r = audit(edit({}, [['open-1', 'TBH', 'Director of Product', 'head'], ['open-2', 'Open position', 'Product Manager', 'open-1']]));
    expect(r.metrics.headcount).toMatchObject({ people: 15, openRoles: 2 });
    expect(find(r, 'title-inflation')).toEqual([]);
    expect(r.metrics.openRoles.byFamily).toEqual({ 'product-management': 2 });
  });

  it('resolves managers given by e-mail or by name', () => {
    const text = 'id,name,title,manager,email\n1,Cleo,CEO,,cleo@x.io\n2,Hana,Head of Product,cleo@x.io,hana@x.io\n3,Pia,Product Manager,Hana,pia@x.io\n';
    const r = auditRoster(parseRoster(text), { framework: fw, companySize: 100 });
    expect(find(r, 'missing-manager')).toEqual([]);
    expect(r.metrics.layers.max).toBe(3);
  });
});

describe('audit rules, with a fake normalizer', () => {
  const fake = (table: Record<string, Partial<NormalizedTitle>>): NormalizeFn => {
    return (title) => ({ family: null, roleId: null, canonicalTitle: null, level: null, track: null, confidence: 0, ...(table[title] ?? {}) });
  };
  const run = (text: string, n: NormalizeFn, config?: OrgConfigInput) => auditRoster(parseRoster(text), { framework: fw, normalize: n, config });
  const text = 'id,name,title,manager_id\n1,A,Boss,\n2,B,Maybe PM,1\n3,C,Engineer,1\n';
  const n = fake({
    Boss: { family: 'product-management', roleId: 'head-of-product', level: 7, track: 'management', confidence: 0.95 },
    'Maybe PM': { family: 'product-management', roleId: 'product-manager', level: 2, track: 'ic', confidence: 0.3 },
    Engineer: { adjacent: 'engineering', confidence: 0.9 },
  });

  it('treats low-confidence titles as unrecognised, and names the look-alike family', () => {
    const r = run(text, n);
    const f = find(r, 'unrecognized-title');
    expect(f.map((x) => x.people)).toEqual([['2'], ['3']]);
    expect(f[0]!.message).toMatch(/low confidence \(0\.30\)/);
    expect(f[1]!.message).toMatch(/looks like an engineering role/);
    expect(run(text, n, { titles: { minConfidence: 0.2 } }).findings.filter((x) => x.code === 'unrecognized-title')).toHaveLength(1);
  });

  it('reports non-product titles as info when allowed, and memoises the normalizer per title', () => {
    let calls = 0;
    const counting: NormalizeFn = (t, c) => (calls++, n(t, c));
    const many = `id,name,title,manager_id\n1,A,Boss,\n${Array.from({ length: 500 }, (_, i) => `${i + 2},P${i},Engineer,1`).join('\n')}`;
    const r = run(many, counting, { titles: { allowNonProduct: true }, span: { max: 1000 } });
    // Once per title and context: the engineers are under a product leader, so their title is
    // read in the product context, and in the general one to say whether the context changed it.
    expect(calls).toBe(3);
    const f = find(r, 'unrecognized-title');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('info');
    expect(f[0]!.people).toHaveLength(500);
  });

  it('lets the config change a severity or turn a rule off', () => {
    const r = run(text, n, { severity: { 'unrecognized-title': 'error', 'span-too-narrow': 'off' } });
    expect(find(r, 'unrecognized-title').every((f) => f.severity === 'error')).toBe(true);
    expect(find(r, 'span-too-narrow')).toEqual([]);
    expect(r.summary.ok).toBe(false);
  });

  it('uses the normalizer\'s level when the title has no framework role', () => {
    const m = fake({ Boss: { family: 'product-management', level: 6, track: 'management', confidence: 0.9 }, Sub: { family: 'product-management', level: 7, track: 'management', confidence: 0.9 } });
    const r = run('id,name,title,manager_id\n1,A,Boss,\n2,B,Sub,1\n', m);
    expect(find(r, 'level-inversion').map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('auditRoster on any roster', () => {
  it('never throws, and every finding names people of the roster', async () => {
    const fc = (await import('fast-check')).default;
    const titles = ['CEO', 'Head of Product', 'VP Product', 'Sr. PM', 'Product Manager', 'APM', 'Chief Vibes Officer', 'Product Ops Manager', '', 'Director of Product Operations'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ manager: fc.oneof(fc.constant(''), fc.nat(40).map(String), fc.constant('ghost')), title: fc.constantFrom(...titles), salary: fc.oneof(fc.constant(''), fc.nat(400_000).map(String), fc.constant('abc')) }), { minLength: 1, maxLength: 40 }),
        fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 100_000 })),
        (rows, companySize) => {
          const text = ['id,name,title,manager_id,salary,currency', ...rows.map((r, i) => `${i % 37},P${i},${r.title},${r.manager},${r.salary},USD`)].join('\n');
          const roster = parseRoster(text);
          const r = auditRoster(roster, { framework: fw, companySize });
          const ids = new Set(roster.people.map((p) => p.id));
          for (const f of r.findings) for (const id of f.people) expect(ids.has(id) || f.code === 'duplicate-id').toBe(true);
          expect(r.metrics.headcount.total).toBe(roster.people.length);
          expect(r.people).toHaveLength(roster.people.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('rosters rebuilt from stored JSON', () => {
  it('copes with people whose optional fields are missing rather than null', () => {
    const people = [
      { id: 'a', name: 'A', title: 'Head of Product', line: 2 },
      { id: 'b', name: 'B', title: 'Product Manager', managerId: 'a', line: 3 },
    ] as unknown as import('./types.js').Person[];
    const roster = { file: 'stored', format: 'json', people, rejectedRows: [], duplicates: [], valueIssues: [], columns: [], unusedColumns: [] } as import('./types.js').Roster;
    const r = auditRoster(roster, { framework: fw });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.metrics.layers.max).toBe(2);
  });
});
