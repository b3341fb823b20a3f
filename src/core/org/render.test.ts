import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinFramework } from '../../store/framework-files.js';
import type { Framework } from '../framework/schema.js';
import { auditHtml, auditMarkdown, auditRoster, auditText, parseRoster, renderOrgChart, rosterCsv } from './index.js';

let fw: Framework;
beforeAll(() => {
  fw = loadBuiltinFramework();
});

const ROSTER = `id,name,title,manager_id,dotted_line
ceo,Cleo,CEO,,
head,"<script>alert(1)</script>",Head of Product,ceo,
gpm,Gus & Co,Group Product Manager,head,
pm1,Pia,Product Manager,gpm,head
pm2,Pat,Product Manager,gpm,
ops,Oda,Product Operations Manager,head,
mkt,Mo,Product Marketing Manager,head,
odd,Zed,Chief Vibes Officer,nobody,
broken row
`;

const run = () => auditRoster(parseRoster(ROSTER, { file: 'team.csv' }), { framework: fw, companySize: 100 });

describe('auditHtml', () => {
  it('is self-contained: no scripts, no external assets, a content security policy', () => {
    const html = auditHtml(run());
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain("default-src 'none'");
  });

  it('escapes what the roster says', () => {
    const html = auditHtml(run());
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Gus &amp; Co');
  });

  it('draws an SVG org chart coloured by family with findings marked', () => {
    const html = auditHtml(run());
    expect(html).toContain('<svg');
    expect(html).toContain('fill="#dbeafe"'); // product management
    expect(html).toContain('fill="#dcfce7"'); // product operations
    expect(html).toContain('fill="#fce7f3"'); // product marketing
    expect(html).toMatch(/class="n sev-error" data-id="odd"/);
    expect(html).toContain('missing-manager');
    expect(html).toContain('class="dotted"');
    expect(html).toContain('Rejected rows (1)');
    expect(html).toContain('broken row');
  });

  it('folds a big organisation into "+N below" beyond the node limit', () => {
    const lines = ['id,name,title,manager_id', '0,Top,VP of Product,'];
    for (let i = 1; i < 3000; i++) lines.push(`${i},P${i},Product Manager,${Math.floor((i - 1) / 8)}`);
    const result = auditRoster(parseRoster(lines.join('\n')), { framework: fw });
    const chart = renderOrgChart(result, { maxNodes: 200 });
    expect(chart.total).toBe(3000);
    expect(chart.shown).toBeLessThanOrEqual(200);
    expect(chart.svg).toMatch(/\+\d+ below/);
    expect(auditHtml(result, { maxNodes: 200 })).toContain('Showing');
  });
});

describe('text and Markdown', () => {
  it('summarises for the terminal', () => {
    const text = auditText(run());
    expect(text).toContain('Org audit of team.csv: 8 people, 0 open roles, 1 row rejected');
    expect(text).toMatch(/error\s+missing-manager/);
    expect(text).toContain('line 10: has 1 field where the header has 5');
  });

  it('writes a Markdown report with findings, metrics and rejected rows', () => {
    const md = auditMarkdown(run());
    expect(md).toContain('# Org audit: team.csv');
    expect(md).toContain('| Severity | Code | People | Finding |');
    expect(md).toContain('### By family');
    expect(md).toContain('## Rejected rows');
  });
});

describe('rosterCsv', () => {
  it('round-trips through parseRoster', () => {
    const roster = parseRoster(ROSTER);
    const again = parseRoster(rosterCsv(roster.people));
    expect(again.people.map((p) => [p.id, p.name, p.title, p.managerId, p.dottedLineIds])).toEqual(roster.people.map((p) => [p.id, p.name, p.title, p.managerId, p.dottedLineIds]));
  });

  it('neutralises spreadsheet formulas', () => {
    const roster = parseRoster('id,name,title,manager_id\n1,=HYPERLINK("x"),PM,\n');
    expect(rosterCsv(roster.people)).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
