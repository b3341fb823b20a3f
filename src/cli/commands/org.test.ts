import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ladder } from '../../../test/cli.js';
import { tempDir } from '../../../test/temp.js';

let dir: string;
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

const ROSTER = `Employee ID,Full Name,Job Title,Reports To,Product Line,Salary,Currency,Location
ceo,Cleo Exec,CEO,,,,,
head,Hana Head,Head of Product,ceo,,,,
gpm1,Gus One,Group Product Manager,head,Payments,,,
pm1,Pia One,Product Manager,gpm1,Payments,30000,EUR,"Berlin, Germany"
pm2,Pat Two,Product Manager,gpm1,Payments,,,
pm3,Pei Three,Sr. Product Manager,gpm1,Payments,,,
apm,Abe,Associate Product Manager,head,Cards,,,
lost,Lou Lost,Product Manager,ghost,Cards,,,
broken,row
`;

beforeAll(() => {
  dir = tempDir('org');
});

describe('ladder org audit', () => {
  it('prints a summary, and exits 3 when the roster has errors (as linters do)', () => {
    const r = ladder(['org', 'audit', file('team.csv', ROSTER), '--company-size', '120']);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/Org audit of .*team\.csv: 8 people, 0 open roles, 1 row rejected/);
    expect(r.stdout).toMatch(/error\s+missing-manager\s+Lou Lost/);
    expect(r.stdout).toMatch(/info\s+pay-off-published-figure/);
    expect(r.stdout).toContain('line 10: has 2 fields where the header has 8');
  });

  it('gives the JSON report: summary, metrics, findings and rejected rows', () => {
    const r = ladder(['org', 'audit', file('team.csv', ROSTER), '--json', '--company-size', '120', '--fail-on', 'never']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['summary', 'metrics', 'findings', 'rejectedRows', 'contextReadings']);
    expect(j.summary).toMatchObject({ people: 8, rejectedRows: 1, companySizeBucket: 'small', ok: false });
    for (const f of j.findings) expect(Object.keys(f).sort()).toEqual(['code', 'message', 'people', 'severity']);
    expect(j.findings.map((f: { code: string }) => f.code)).toEqual(expect.arrayContaining(['missing-manager', 'pay-off-published-figure', 'span-too-narrow']));
    expect(j.rejectedRows).toEqual([{ line: 10, reason: 'has 2 fields where the header has 8', raw: 'broken,row' }]);
    expect(j.metrics.byFamily).toMatchObject({ 'product-management': 7, other: 1 });
  });

  it('writes Markdown and a self-contained HTML report, atomically', () => {
    const html = join(dir, 'report.html');
    const md = join(dir, 'report.md');
    const r = ladder(['org', 'audit', file('team.csv', ROSTER), '--md', '--out', md, '--html', html, '--fail-on', 'never']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('wrote');
    expect(readFileSync(md, 'utf8')).toContain('| Severity | Code | People | Finding |');
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<svg');
    expect(page).not.toMatch(/<script|(src|href)=["']?https?:/i);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('reads JSON rosters and standard input', () => {
    const json = JSON.stringify({ people: [{ id: 'a', name: 'A', title: 'Head of Product', manager: null }, { id: 'b', name: 'B', title: 'Product Manager', manager: 'a' }] }, null, 2);
    const r = ladder(['org', 'audit', file('team.json', json), '--json']);
    expect(JSON.parse(r.stdout).summary.people).toBe(2);
    const s = ladder(['org', 'audit', '-', '--format', 'json', '--json'], { input: json });
    expect(JSON.parse(s.stdout).summary).toMatchObject({ people: 2, file: 'stdin' });
  });

  it('--fail-on picks the severity that fails the run: error (default), warning or never', () => {
    // A product manager over a senior one: a level inversion, a warning and nothing worse.
    const warningsOnly = 'id,name,title,manager_id\nceo,Cleo Exec,CEO,\nhead,Hana Head,Head of Product,ceo\npm1,Pia One,Product Manager,head\nspm,Sam Senior,Senior Product Manager,pm1\npm2,Pat Two,Product Manager,head\n';
    const onlyWarnings = ladder(['org', 'audit', file('small.csv', warningsOnly), '--json', '--company-size', '120']);
    const severities = JSON.parse(onlyWarnings.stdout).findings.map((f: { severity: string }) => f.severity);
    expect(severities).not.toContain('error');
    expect(severities).toContain('warning');
    expect(onlyWarnings.code).toBe(0);
    expect(ladder(['org', 'audit', file('small.csv', warningsOnly), '--company-size', '120', '--fail-on', 'warning']).code).toBe(3);
    expect(ladder(['org', 'audit', file('team.csv', ROSTER), '--fail-on', 'never']).code).toBe(0);
    expect(ladder(['org', 'audit', file('team.csv', ROSTER), '--fail-on', 'warning']).code).toBe(3);
    expect(ladder(['org', 'audit', file('team.csv', ROSTER), '--fail-on', 'sometimes']).code).toBe(1);
  });

  it('refuses a roster with only a header row (exit 1)', () => {
    const r = ladder(['org', 'audit', file('header.csv', 'id,name,title,manager_id\n')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('has a header row but no people');
  });

  it('reads \\r\\n, \\n and a lone \\r as line ends', () => {
    const r = ladder(['org', 'audit', file('mixed.csv', 'id,name,title,manager_id\r\nh,Hana,Head of Product,\np,Pia,Product Manager,h\rq,Quin,Product Manager,h\r\n'), '--json']);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ people: 3, rejectedRows: 0 });
  });

  it('takes --map for columns it cannot guess', () => {
    const text = 'Ref,Who,What,Boss\n1,Ada,Head of Product,\n2,Bo,Product Manager,1\n';
    const missing = ladder(['org', 'audit', file('odd.csv', text)]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no column for id, name, title');
    expect(missing.stderr).toContain('Columns found: "Ref", "Who", "What", "Boss"');
    const r = ladder(['org', 'audit', file('odd.csv', text), '--map', 'id=Ref,name=Who', '--map', 'title=What,manager_id=Boss', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.people).toBe(2);
  });

  it('takes the pay tolerance from --pay-tolerance, as a fraction or a percentage', () => {
    const codes = (args: string[]) => JSON.parse(ladder(['org', 'audit', file('team.csv', ROSTER), '--json', ...args]).stdout).findings.map((f: { code: string }) => f.code);
    // €30,000 against "from €57,000": outside with the default 20%, inside with 50%.
    expect(codes([])).toContain('pay-off-published-figure');
    expect(codes(['--pay-tolerance', '50%'])).not.toContain('pay-off-published-figure');
    expect(codes(['--pay-tolerance', '0.5'])).not.toContain('pay-off-published-figure');
    const bad = ladder(['org', 'audit', file('team.csv', ROSTER), '--pay-tolerance', 'lots']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--pay-tolerance must be a fraction from 0 to 1');
  });

  it('applies a config file and reports a bad one with its line', () => {
    const ok = ladder(['org', 'audit', file('team.csv', ROSTER), '--json', '--config', file('org.yaml', 'severity:\n  missing-manager: "off"\n  pay-off-published-figure: "off"\n')]);
    const codes = JSON.parse(ok.stdout).findings.map((f: { code: string }) => f.code);
    expect(codes).not.toContain('missing-manager');
    expect(codes).not.toContain('pay-off-published-figure');
    const bad = ladder(['org', 'audit', file('team.csv', ROSTER), '--config', file('bad.yaml', 'span:\n  max: lots\n')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.yaml:3|bad\.yaml:2/);
    expect(bad.stderr).toContain('span.max');
  });

  it('exits 1 with a clear message for a missing file, a damaged XLSX file or a bad option', () => {
    expect(ladder(['org', 'audit', join(dir, 'nope.csv')])).toMatchObject({ code: 1, stderr: expect.stringContaining('no such file') });
    const x = ladder(['org', 'audit', file('people.xlsx', 'PK\u0003\u0004')]);
    expect(x.code).toBe(1);
    expect(x.stderr).toContain('cannot be read as a spreadsheet');
    const j = ladder(['org', 'audit', join(dir, 'nope.csv'), '--json']);
    expect(JSON.parse(j.stderr).error.code).toBe('file-not-readable');
    expect(ladder(['org', 'audit', file('team.csv', ROSTER), '--company-size', 'big']).code).toBe(1);
  });
});

describe('ladder org design', () => {
  it('explains the recommendation with sources', () => {
    const r = ladder(['org', 'design', '--pms', '12', '--product-lines', '3', '--company-size', '400']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('VP of Product');
    expect(r.stdout).toContain('Why:');
    // Reasons cite sources by number, listed by title or a decision's reason; no raw ids.
    expect(r.stdout).toMatch(/\[\d+(, \d+)*\]/);
    expect(r.stdout).toContain('## Sources');
    expect(r.stdout).toContain('McKinsey & Company');
    expect(r.stdout).not.toMatch(/seed:\d|decision:[a-z]|ref:[a-z]/);
  });

  it('writes a CSV roster that the audit passes without errors or warnings', () => {
    const csv = ladder(['org', 'design', '--pms', '25', '--product-lines', '4', '--company-size', '3000', '--agile', '--csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toBe('id,name,title,manager_id,department,product_line');
    const audit = ladder(['org', 'audit', '-', '--json', '--company-size', '3000'], { input: csv.stdout });
    const j = JSON.parse(audit.stdout);
    expect(j.findings.filter((f: { severity: string }) => f.severity !== 'info')).toEqual([]);
    expect(j.summary.people).toBe(csv.stdout.trim().split('\n').length - 1);
  });

  it('gives JSON and Markdown, and rejects impossible parameters', () => {
    const j = JSON.parse(ladder(['org', 'design', '--pms', '40', '--company-size', '10000', '--json']).stdout);
    // Five teams of eight: one VP leads their group PMs; a CPO only when directors outgrow one VP.
    expect(j.leadership).toMatchObject({ top: 'vp-of-product', groupPms: 5, directors: 0 });
    expect(j.roster[0]).toEqual({ id: 'ceo', name: 'CEO', title: 'Chief Executive Officer', manager_id: null, department: 'Executive', product_line: null });
    expect(ladder(['org', 'design', '--pms', '5', '--md']).stdout).toContain('# Product organisation design');
    const bad = ladder(['org', 'design', '--pms', '3', '--product-lines', '9']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('each product line needs at least one product manager');
    expect(ladder(['org', 'design']).code).toBe(1);
  });
});

describe('ladder org diff', () => {
  it('lists moves, promotions and findings fixed', () => {
    const after = ROSTER.replace('pm2,Pat Two,Product Manager,gpm1', 'pm2,Pat Two,Senior Product Manager,gpm1').replace('apm,Abe,Associate Product Manager,head', 'apm,Abe,Associate Product Manager,pm1').replace('lost,Lou Lost,Product Manager,ghost,Cards,,,\n', '');
    const r = ladder(['org', 'diff', file('before.csv', ROSTER), file('after.csv', after), '--json', '--company-size', '120']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.promotions).toEqual([expect.objectContaining({ id: 'pm2', fromBand: 2, toBand: 3 })]);
    expect(d.moves).toEqual([expect.objectContaining({ id: 'apm', from: 'head', to: 'pm1' })]);
    expect(d.removed.map((p: { id: string }) => p.id)).toEqual(['lost']);
    expect(d.findings.fixed.map((f: { code: string }) => f.code)).toContain('missing-manager');
    const text = ladder(['org', 'diff', join(dir, 'before.csv'), join(dir, 'after.csv')]);
    expect(text.stdout).toContain('Promotions (1):');
    expect(ladder(['org', 'diff', join(dir, 'before.csv'), join(dir, 'after.csv'), '--md']).stdout).toContain('## Promotions (1)');
  });
});

describe('ladder org', () => {
  it('lists its subcommands', () => {
    const r = ladder(['org', '--help']);
    expect(r.code).toBe(0);
    for (const c of ['audit', 'design', 'diff']) expect(r.stdout).toContain(c);
    expect(existsSync(dir)).toBe(true);
  });
});
