import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/api.js';
import { diffRoles } from '../core/career/diff.js';
import { diffText } from '../core/career/render-text.js';
import { nextSteps } from '../core/career/next.js';
import { nextStepsText } from '../core/career/render-text.js';
import { compareRoles } from '../core/framework/compare.js';
import { comparisonMarkdown, frameworkMarkdown, numberCitations, roleMarkdown } from '../core/framework/render-markdown.js';
import type { Framework } from '../core/framework/schema.js';
import { publicSources, roleView } from '../core/framework/view.js';
import { loadBuiltinFramework } from '../store/framework-files.js';

/**
 * What users read carries no maintainers' notes: no seed file names, no "seed 003", no evaluation
 * files, no remarks about how a sentence was pieced together. Checked over every role of the
 * built-in framework in each form a user gets it: the CLI page (the same text as the Markdown
 * export), the Markdown export, the API's role view, and comparisons and diffs with pay.
 */
const INTERNAL = [
  /\d{3}_[0-9a-f]{16}\.txt/, // a seed's file name
  /\bseeds? ?0\d\d\b/i, // "seed 003", "seed003"
  /\bthe seeds?\b/i,
  /LABELS\.md/,
  /\.tsv\b/,
  /\bgarbled\b/i,
  /\bscraped?\b/i,
  /junior PM passage/i,
  /\bsits in\b.*\bpassage\b/i,
];
function expectClean(what: string, text: string): void {
  for (const re of INTERNAL) expect(text.match(re)?.[0], `${what} contains ${re}`).toBeUndefined();
}

let fw: Framework;
let t: TestApp;
beforeAll(async () => {
  fw = loadBuiltinFramework();
  t = await createTestApp({ framework: fw });
});
afterAll(() => t.close());

describe('what users read', () => {
  it('every role page (CLI text and Markdown) names sources by title and publisher, decisions by their reason', () => {
    for (const role of fw.roles) {
      const page = roleMarkdown(roleView(fw, role));
      expectClean(role.id, page);
      expect(page, role.id).toMatch(/## Sources\n1\. /);
    }
    expectClean('export', frameworkMarkdown(fw));
    for (const s of publicSources(fw)) expectClean(s.ref, s.label);
  });

  it('the API role view says the same, for every role', async () => {
    for (const role of fw.roles) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/roles/${role.id}` });
      expect(res.statusCode, role.id).toBe(200);
      const body = res.json();
      // Source ids ("seed:001") are keys into body.sources; only the words around them are checked.
      expectClean(role.id, JSON.stringify(body).replace(/"(seed|decision):[0-9a-z-]+"/g, '""'));
      for (const s of body.sources) expect(s.label, `${role.id} ${s.ref}`).not.toMatch(/^(seed|decision):/);
      for (const p of body.pay) expect(p.text, role.id).toMatch(/ a (year|month)|an hour/);
    }
  });

  it('next steps for every role, as the CLI prints them, cite sources by number and name them', () => {
    for (const role of fw.roles) {
      const text = numberCitations(nextStepsText(nextSteps(fw, role.id)), fw);
      expectClean(role.id, text);
      expect(text, role.id).not.toMatch(/\[(seed|decision):/);
    }
    expect(numberCitations('- A fact. [seed:002, decision:senior-pm-scope]\n- Another. [seed:002]\n', fw)).toMatch(
      /^- A fact\. \[1, 2\]\n- Another\. \[1\]\n\n## Sources\n\n1\. “A Guide to Product Management Titles”, .*\n2\. Product Ladder editorial decision: .*\.\n$/,
    );
    expect(numberCitations('No citations here.\n', fw)).toBe('No citations here.\n');
  });

  it('comparisons and diffs with pay', () => {
    const paid = fw.roles.filter((r) => r.pay.length);
    for (const a of paid)
      for (const b of paid) {
        if (a === b) continue;
        expectClean(`${a.id} vs ${b.id}`, comparisonMarkdown(compareRoles(fw, a.id, b.id)));
        const d = diffRoles(fw, a.id, b.id);
        expectClean(`${a.id} → ${b.id}`, numberCitations(diffText(d), fw));
        // No percentage between two figures that cannot be compared.
        for (const p of d.pay) if (p.a.concat(p.b).some((f) => f.kind === 'from' || f.kind === 'up-to')) expect(p.change).toBeNull();
      }
  });
});
