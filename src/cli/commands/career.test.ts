import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ladder } from '../../../test/cli.js';
import { tempDir } from '../../../test/temp.js';

const tmp = () => tempDir('career');

describe('ladder next', () => {
  it('prints the promotion, the track switch, lateral moves and time in role', () => {
    const r = ladder(['next', 'Product Analyst']);
    expect(r.code).toBe(0);
    for (const h of ['# Next steps from Product Analyst', '## Promotion', 'Senior Product Analyst', '## Switching between the IC and management tracks', '## Lateral moves to other families', 'Product Manager', 'Usual time in this role']) {
      expect(r.stdout).toContain(h);
    }
  });

  it('gives JSON', () => {
    const n = JSON.parse(ladder(['next', 'senior-product-manager', '--json']).stdout);
    expect(n.role).toMatchObject({ id: 'senior-product-manager', band: 3, track: 'ic' });
    expect(n.promotions.map((m: { to: { id: string } }) => m.to.id)).toEqual(expect.arrayContaining(['lead-product-manager', 'staff-product-manager']));
    // No switch from here: a senior PM reaches group PM from the lead or staff rung, one promotion up.
    expect(n.trackSwitches.here).toEqual([]);
    expect(n.trackSwitches.ahead.flatMap((a: { switches: { to: { id: string } }[] }) => a.switches.map((m) => m.to.id))).toContain('group-product-manager');
    for (const k of ['typicalTenure', 'levelUp', 'laterals', 'stepsDown', 'contrasts', 'top']) expect(n).toHaveProperty(k);
    const gpm = JSON.parse(ladder(['next', 'group-product-manager', '--json']).stdout);
    expect(gpm.stepsDown.map((m: { kind: string; to: { id: string } }) => [m.kind, m.to.id])).toContainEqual(['step-down', 'lead-product-manager']);
  });

  it('reads a misspelt or decorated title with the normalizer and says so', () => {
    const r = ladder(['next', 'Senior Produkt Manager, Payments']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/read "Senior Produkt Manager, Payments" as Senior Product Manager \(senior-product-manager/);
    expect(r.stdout).toContain('# Next steps from Senior Product Manager');
  });

  it('exits 1 with suggestions for a title that is no role', () => {
    const r = ladder(['next', 'Chief Gardener']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No role matches "Chief Gardener"/);
    expect(JSON.parse(ladder(['next', 'nobody at all', '--json']).stderr).error.code).toBe('role-not-found');
  });
});

describe('ladder path', () => {
  it('ranks the routes from Product Analyst to VP of Product, each step with its kind and criteria', () => {
    const r = ladder(['path', 'Product Analyst', 'VP of Product']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Routes from Product Analyst to VP of Product');
    expect(r.stdout).toMatch(/## Route 1: \d+ steps/);
    expect(r.stdout).toMatch(/1\. Product Analyst → \*\*Product Manager\*\* · lateral · band 2 → 2/);
  });

  it('gives the documented JSON shape', () => {
    const p = JSON.parse(ladder(['path', 'apm', 'Principal Product Manager', '--json', '--max-routes', '2']).stdout);
    expect(p).toMatchObject({ from: 'associate-product-manager', to: 'principal-product-manager' });
    expect(p.routes.length).toBeGreaterThan(0);
    expect(p.routes.length).toBeLessThanOrEqual(2);
    for (const route of p.routes) {
      for (const s of route.steps) {
        expect(Object.keys(s)).toEqual(expect.arrayContaining(['from', 'to', 'kind', 'criteria']));
        expect(s.criteria.length).toBeGreaterThan(0);
      }
    }
  });

  it('crosses families: Product Owner to Director of Product Operations', () => {
    const p = JSON.parse(ladder(['path', 'Product Owner', 'Director of Product Operations', '--json']).stdout);
    expect(p.routes[0].steps.map((s: { kind: string }) => s.kind)).toContain('lateral');
    expect(p.routes[0].steps.at(-1).to).toBe('director-of-product-operations');
  });

  it('says why when there is no route, and still exits 0', () => {
    const r = ladder(['path', 'VP of Product', 'Product Manager']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No route\.\n\nWhy: The target is below the start/);
    const p = JSON.parse(ladder(['path', 'vp-of-product', 'product-manager', '--json']).stdout);
    expect(p).toMatchObject({ routes: [], reasonCode: 'target-below' });
    expect(p.reason).toMatch(/below/);
  });

  it('rejects a bad limit with exit 1', () => {
    expect(ladder(['path', 'apm', 'cpo', '--max-steps', 'many']).code).toBe(1);
    expect(ladder(['path', 'apm', 'cpo', '--max-steps', '99']).stderr).toMatch(/maxSteps must be a whole number from 1 to 20/);
  });
});

describe('ladder diff', () => {
  it('shows what changes, in a clear order', () => {
    const r = ladder(['diff', 'Product Manager', 'Group Product Manager']);
    expect(r.code).toBe(0);
    const order = ['# Product Manager → Group Product Manager', 'What changes:', 'Track switch: individual contributor → management.', '## Scope', '## Responsibilities', '## Skills', '## Reporting', '## Pay', '## How to get there'].map((h) => r.stdout.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('gives JSON with scope, matched facts, reporting and pay', () => {
    const d = JSON.parse(ladder(['diff', 'senior-product-manager', 'group-product-manager', '--json']).stdout);
    expect(d.scope.band).toMatchObject({ a: 3, b: 5, delta: 2 });
    expect(d.scope.track.changed).toBe(true);
    for (const k of ['kept', 'added', 'dropped']) expect(d.responsibilities).toHaveProperty(k);
    expect(d.skills.kept.length).toBeGreaterThan(0);
    for (const k of ['reportsTo', 'pay', 'howToGetThere', 'headline']) expect(d).toHaveProperty(k);
  });
});

const answers = (extra = '') => `# Ada's self-assessment
person: Ada Lovelace
role: product-owner
date: 2025-01-15
answers:
  backlog-ownership: 3
  customer-voice: 2
  agile-delivery: [agile-delivery.2.1, agile-delivery.2.2, agile-delivery.3.1]
  product-alignment: 2
  stakeholder-communication: 2
  coaching-coordination: 1
${extra}`;

describe('ladder assess', () => {
  it('assesses from an answers file, keeps the assessment, and shows progress the second time', () => {
    const dir = tmp();
    const store = join(dir, 'store.json');
    writeFileSync(join(dir, 'a.yaml'), answers());
    const first = ladder(['assess', '--answers', 'a.yaml', '--store', store], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('# Self-assessment: Ada Lovelace');
    expect(first.stdout).toContain('**Band 2 (Mid-level)**: Product Owner');
    expect(first.stdout).toMatch(/## Readiness for Senior Product Owner\n\n\*\*\d+%\*\*/);
    expect(first.stdout).toContain('## Gaps and how to close them');
    expect(first.stderr).toMatch(/saved the assessment to .*store\.json \(1 for Ada Lovelace/);
    expect(JSON.parse(readFileSync(store, 'utf8')).assessments).toHaveLength(1);

    writeFileSync(join(dir, 'b.json'), JSON.stringify({ person: 'Ada Lovelace', role: 'product-owner', date: '2025-07-01', answers: { 'backlog-ownership': 3, 'customer-voice': 3, 'agile-delivery': 3, 'product-alignment': 3, 'stakeholder-communication': 2, 'coaching-coordination': 2 } }));
    const second = ladder(['assess', '--answers', 'b.json'], { cwd: dir, env: { LADDER_ASSESSMENTS: store } });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('## Progress of Ada Lovelace over 2 assessments');
    expect(second.stdout).toMatch(/\| Representing users \| 2 \| 3 \| \+1 \| \+1 \|/);

    const history = ladder(['assess', '--history', '--person', 'ada lovelace', '--store', store, '--json'], { cwd: dir });
    expect(history.code).toBe(0);
    const p = JSON.parse(history.stdout);
    expect(p.entries.map((e: { date: string }) => e.date)).toEqual(['2025-01-15', '2025-07-01']);
  });

  it('writes self-contained HTML or JSON to a file, and --no-save keeps nothing', () => {
    const dir = tmp();
    const store = join(dir, 'store.json');
    writeFileSync(join(dir, 'a.yaml'), answers());
    const html = ladder(['assess', '--answers', 'a.yaml', '--format', 'html', '--out', 'r.html', '--store', store, '--no-save'], { cwd: dir });
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toBe('');
    const page = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).not.toMatch(/<script|src=|href=/i);
    expect(existsSync(store)).toBe(false);
    const json = JSON.parse(ladder(['assess', '--answers', 'a.yaml', '--json', '--no-save'], { cwd: dir, env: { LADDER_ASSESSMENTS: store } }).stdout);
    expect(json).toMatchObject({ person: 'Ada Lovelace', family: 'product-owner', supported: { band: 2 }, next: { role: { id: 'senior-product-owner' } } });
  });

  it('points at the file, line and field of a bad answer, with exit 1', () => {
    const dir = tmp();
    const text = answers().replace('customer-voice: 2', 'customer-voice: 7').replace('product-alignment: 2', 'product-alignment: two');
    writeFileSync(join(dir, 'bad.yaml'), text);
    const r = ladder(['assess', '--answers', 'bad.yaml', '--no-save'], { cwd: dir, env: { LADDER_ASSESSMENTS: join(dir, 'none.json') } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml is not a valid answers file/);
    expect(r.stderr).toContain(`bad.yaml:${text.split('\n').findIndex((l) => l.includes('two')) + 1}`);
    writeFileSync(join(dir, 'bad2.yaml'), answers().replace('customer-voice: 2', 'customer-voice: 7'));
    const r2 = ladder(['assess', '--answers', 'bad2.yaml', '--no-save'], { cwd: dir, env: { LADDER_ASSESSMENTS: join(dir, 'none.json') } });
    expect(r2.code).toBe(1);
    expect(r2.stderr).toMatch(/bad2\.yaml:7:\d+ answers\.customer-voice: band 7 is not a level of "customer-voice"/);
  });

  it('needs answers when standard input is not a terminal', () => {
    const r = ladder(['assess', '--family', 'product-owner', '--no-save']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No answers: run "ladder assess" on a terminal/);
  });

  it('asks the questions with numbered choices and re-asks on a bad choice', () => {
    const dir = tmp();
    const store = join(dir, 's.json');
    // name, role, then per competency: a level and a note; "9" and "x" are rejected and asked again.
    const input = ['Grace', 'product owner', '9', 'x', '2', 'ran refinement', '3', '', '2', '', '2', '', '1', '', '0', ''].join('\n') + '\n';
    const r = ladder(['assess', '--interactive', '--family', 'product-owner', '--store', store], { cwd: dir, input });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('[1/6] Backlog ownership and prioritisation');
    expect(r.stderr).toMatch(/ 0\) None of these yet/);
    expect(r.stderr.match(/Type a number from 0 to 4\./g)).toHaveLength(2);
    expect(r.stdout).toContain('# Self-assessment: Grace');
    const saved = JSON.parse(readFileSync(store, 'utf8')).assessments[0];
    expect(saved).toMatchObject({ person: 'Grace', role: 'product-owner', answers: { 'backlog-ownership': 2, 'customer-voice': 3, 'coaching-coordination': 'none' }, notes: { 'backlog-ownership': 'ran refinement' } });
  });

  it('stops without saving when the input ends early', () => {
    const dir = tmp();
    const r = ladder(['assess', '--interactive', '--role', 'product-owner', '--person', 'Grace', '--store', join(dir, 's.json')], { cwd: dir, input: '2\n\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing was saved/);
    expect(existsSync(join(dir, 's.json'))).toBe(false);
  });

  it('prints the matrix with behaviour ids, and a template that is a valid answers file', () => {
    const m = ladder(['assess', '--matrix', '--family', 'product-analytics']);
    expect(m.code).toBe(0);
    expect(m.stdout).toContain('`analysis-methods.2.1`');
    const dir = tmp();
    const t = ladder(['assess', '--template', '--role', 'Product Analyst', '--person', 'Lin', '--out', 't.yaml'], { cwd: dir });
    expect(t.code, t.stderr).toBe(0);
    const filled = readFileSync(join(dir, 't.yaml'), 'utf8').replace(/: none$/gm, ': 2');
    writeFileSync(join(dir, 't.yaml'), filled);
    const r = ladder(['assess', '--answers', 't.yaml', '--no-save', '--json'], { cwd: dir, env: { LADDER_ASSESSMENTS: join(dir, 'none.json') } });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ person: 'Lin', role: { id: 'product-analyst' }, supported: { band: 2 } });
  });

  it('says there is no history for someone never assessed', () => {
    const r = ladder(['assess', '--history', '--person', 'Nobody', '--store', join(tmp(), 'none.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No assessments of Nobody/);
  });
});
