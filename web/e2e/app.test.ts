/**
 * The web app in a real headless Chromium against the real server: every view clicked through as a
 * user would, axe-core in each (no serious or critical violations), phone width, keyboard, and
 * screenshots in test-artifacts/screenshots/. One browser and one server for the file.
 *
 * Without Chromium the suite is skipped and says why; with LADDER_REQUIRE_BROWSER=1 it fails instead.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { rosterWorkbookBuffer } from '../../test/roster-workbook.js';
import { browserCheck, ensureWebBuilt, launchBrowser, REQUIRE_BROWSER, rosterCsv, screenshot, seriousViolations, startServer, type Server } from './harness.js';

const check = browserCheck();
const skip = !check.ok && !REQUIRE_BROWSER;
const title = check.ok ? 'web app in Chromium' : `web app in Chromium — ${skip ? 'SKIPPED' : 'FAILED (LADDER_REQUIRE_BROWSER=1)'}: ${check.reason}`;
if (skip) console.warn(`[web e2e] skipped: ${check.ok ? '' : check.reason}. Set LADDER_REQUIRE_BROWSER=1 to make this a failure.`);

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.skipIf(skip)(title, () => {
  let server: Server;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  /** Requests that left the server's origin: the app must work offline. */
  const external: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!check.ok) throw new Error(`LADDER_REQUIRE_BROWSER=1 but ${check.reason}`);
    ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, width = 1280): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: width < 600 ? 812 : 900 });
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(server.url) && !/^(data|blob):/.test(u)) external.push(u);
    });
    page.on('pageerror', (e) => pageErrors.push(`${path}: ${e.message}`));
    await page.goto(server.url + path);
    return page;
  }

  const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

  async function accessible(page: Page, what: string): Promise<void> {
    const v = await seriousViolations(page);
    expect(v, `${what}: serious or critical axe violations\n${JSON.stringify(v, null, 2)}`).toEqual([]);
  }

  async function signIn(page: Page): Promise<void> {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Workspace token').fill(server.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('main').getByText(`Signed in to ${server.workspace}`).waitFor();
  }

  it('ladder: draws a family as a ladder, tracks side by side, and a rung opens the role', async () => {
    const page = await open('/ladders');
    await h1(page, 'Product Management ladder');
    const table = page.getByRole('table');
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Band', 'Individual contributor', 'Management']);
    // Bands are rows: each has its band and both tracks, so the tracks line up.
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(6);
    expect(await rows.first().locator('td').count()).toBe(2);
    const bands = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-band'))));
    expect(bands).toEqual([...bands].sort((a, b) => b - a));
    await screenshot(page, 'ladder');
    await accessible(page, 'ladder');

    await page.getByRole('navigation', { name: 'Role families' }).getByRole('link', { name: 'Product Owner' }).click();
    await h1(page, 'Product Owner ladder');
    expect(page.url()).toBe(`${server.url}/ladders/product-owner`);
    await page.goBack();
    await h1(page, 'Product Management ladder');

    await page.getByRole('link', { name: 'Senior Product Manager', exact: true }).click();
    await h1(page, 'Senior Product Manager');
    expect(page.url()).toBe(`${server.url}/roles/senior-product-manager`);
    // After a client-side navigation the new heading has focus, for screen readers.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.close();
  });

  it('role: summary, responsibilities, skills, levelling up, reporting with conditions, pay chart, names, codes, sources; compare with…', async () => {
    const page = await open('/roles/lead-product-manager');
    await h1(page, 'Lead Product Manager');
    for (const h of ['Responsibilities', 'Skills', 'Levelling up', 'Reporting', 'Pay by region', 'Other names', 'Occupation codes', 'Sources']) {
      await page.getByRole('heading', { level: 2, name: h }).waitFor();
    }
    expect(await page.locator('#h-resp + ul li').count()).toBeGreaterThan(0);
    expect(await page.locator('.reporting').first().getByRole('link').count()).toBeGreaterThan(0);
    expect(await page.locator('.reporting').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/in (most companies|a (small|mid-sized|large) company)/)]));
    expect(await page.locator('figure.pay-chart svg rect').count()).toBeGreaterThan(0);
    // The server's words for each figure, and sources by title, never by file or id.
    expect(await page.locator('.pay-notes').first().textContent()).toContain('from $107,000 a year, United States, undated, 2020 or earlier');
    expect(await page.locator('.sources li').count()).toBeGreaterThan(0);
    // Sources read as names and titles: no seed file names, no raw references.
    const text = (await page.getByRole('main').textContent()) ?? '';
    expect(text).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt|seed:\d|decision:[a-z]/);
    // A source badge shows the source on hover or tap.
    const badge = page.locator('#h-resp + ul button.ref').first();
    await badge.click();
    expect(await badge.getAttribute('aria-expanded')).toBe('true');
    await page.locator('#h-resp + ul .ref-wrap.open [role=tooltip]').getByText(/Supports this responsibility/).waitFor();
    await screenshot(page, 'role');
    await accessible(page, 'role');

    await page.getByLabel('Compare with…').selectOption('group-product-manager');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.waitForURL(/\/compare\?a=lead-product-manager&b=group-product-manager$/);
    await h1(page, 'Compare roles');
    await page.close();
  });

  it('role: a specialty says what changes in the work and skills; a role that may have no reports says so', async () => {
    const page = await open('/roles/technical-product-manager');
    await h1(page, 'Technical Product Manager');
    const specialty = page.locator('section.specialty');
    await specialty.getByRole('heading', { level: 2, name: 'Technical product management' }).waitFor();
    for (const h of ['What changes in the work', 'What changes in the skills', 'Typical experience']) await specialty.getByRole('heading', { level: 3, name: h }).waitFor();
    expect(await specialty.locator('ul.facts li').count()).toBeGreaterThan(1);
    expect(await specialty.textContent()).toContain('No published source we use gives typical years of experience');
    await accessible(page, 'role with a specialty');
    await page.close();

    const director = await open('/roles/director-of-product');
    await h1(director, 'Director of Product');
    expect(await director.locator('p.no-reports').textContent()).toMatch(/^May have no direct reports: some companies give the director title to a senior individual contributor\./);
    expect(await director.locator('section.specialty').count()).toBe(0);
    await director.close();
  });

  it('compare: two roles side by side with the differences marked, and swap', async () => {
    const page = await open('/compare');
    await h1(page, 'Compare roles');
    await page.getByLabel('Role A', { exact: true }).selectOption('senior-product-manager');
    await page.getByLabel('Role B', { exact: true }).selectOption('group-product-manager');
    await page.waitForURL(/a=senior-product-manager&b=group-product-manager/);
    const headline = page.getByRole('list', { name: 'Headline changes from A to B' });
    await headline.waitFor();
    expect(await headline.textContent()).toMatch(/Track switch/);
    await page.getByRole('table', { name: /Senior Product Manager and Group Product Manager side by side/ }).waitFor();
    expect(await page.locator('.sbs-row.only-a').count()).toBeGreaterThan(0);
    // What the group PM no longer does is not a loss: it moves from doing to leading.
    expect(await page.locator('.sbs-row.carried').count()).toBeGreaterThan(0);
    expect(await page.locator('.sbs-row.carried').first().textContent()).toMatch(/Moves from doing this to leading/);
    expect(await page.locator('.sbs-row.only-b').count()).toBeGreaterThan(0);
    expect(await page.locator('.sbs-row.changed').count()).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'How to get from A to B', exact: true }).waitFor();
    await screenshot(page, 'compare');
    await accessible(page, 'compare');

    await page.getByRole('button', { name: 'Swap role A and role B' }).click();
    await page.waitForURL(/a=group-product-manager&b=senior-product-manager/);
    await page.getByRole('list', { name: 'Headline changes from A to B' }).getByText(/Down 2 bands/).waitFor();

    // Two open-ended "from" figures: no percentage, and the reason instead.
    await page.goto(`${server.url}/compare?a=product-owner&b=lead-product-manager`);
    const pay = page.locator('section[aria-labelledby="h-pay-cmp"] table');
    await pay.waitFor();
    const text = (await pay.textContent()) ?? '';
    expect(text).toContain('from $99,000 a year, United States, undated, 2020 or earlier');
    expect(text).toContain('Not compared');
    expect(text).not.toMatch(/[+-]\d+%/);
    await page.close();
  });

  it('career paths: titles normalized as you type, routes drawn as a graph, criteria on each step', async () => {
    const page = await open('/paths');
    await h1(page, 'Career paths');
    await page.getByLabel('From').fill('APM');
    await page.locator('.resolve-status').first().getByText('Associate Product Manager').waitFor();
    await page.getByLabel('To').fill('Director of Product');
    await page.waitForURL(/from=associate-product-manager&to=director-of-product/);
    const graph = page.locator('svg[aria-label^="Career path graph"]');
    await graph.waitFor();
    expect(await graph.locator('a.node').count()).toBeGreaterThanOrEqual(3);
    expect(await graph.locator('path.edge').count()).toBeGreaterThanOrEqual(2);
    const first = page.locator('details.route').first();
    await first.locator('summary').getByText(/^Route 1/).waitFor();
    expect(await first.getAttribute('open')).not.toBeNull();
    expect(await first.locator('.steps > li').first().locator('ul.facts li').count()).toBeGreaterThan(0);
    // Routes that take the same steps in another order are shown once: no two cards list the same roles.
    const lines = await page.locator('details.route .route-line').allTextContents();
    expect(new Set(lines).size).toBe(lines.length);
    const show = page.getByRole('button', { name: 'Show on graph' }).first();
    await show.click();
    expect(await page.getByRole('button', { name: 'Showing on graph' }).getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'paths');
    await accessible(page, 'paths');

    await graph.getByRole('link', { name: 'Senior Product Manager' }).click();
    await h1(page, 'Senior Product Manager');
    await page.close();
  });

  it('career paths: a product title reads as it does everywhere else, and a miss offers the closest roles', async () => {
    const page = await open('/paths');
    await h1(page, 'Career paths');
    await page.getByLabel('From').fill('Sr. Product Manager, Payments');
    await page.waitForURL(/from=senior-product-manager/);
    await page.getByLabel('To').fill('Senior Product Wizard');
    const miss = page.locator('.resolve-status').nth(1);
    await miss.getByText('No role matches "Senior Product Wizard". Closest: Senior Product Owner, Senior Product Manager, Senior Director of Product.').waitFor();
    expect(await miss.textContent()).not.toContain('ladder');
    await page.getByRole('button', { name: 'Senior Director of Product' }).click();
    await page.waitForURL(/from=senior-product-manager&to=senior-director-of-product/);
    await page.locator('details.route summary').first().getByText(/^Route 1/).waitFor();
    await page.close();
  });

  it('title normalizer: one title with its deciding words, a pasted list as a table and a CSV download, a large file as a job with progress', async () => {
    const page = await open('/normalize');
    await h1(page, 'Title normalizer');
    await page.getByLabel('Job title').fill('Head of Product, EMEA');
    const result = page.getByTestId('normalize-result');
    await result.getByRole('link', { name: 'Head of Product', exact: true }).waitFor();
    expect(await result.textContent()).toMatch(/Band\s*7/);
    // The words that decided it are highlighted in the title, and the reasons listed.
    expect(await result.locator('.highlighted-title mark').allTextContents()).toEqual(['Head of Product']);
    expect(await result.getByRole('table').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(page.url()).toMatch(/\?title=Head\+of\+Product%2C\+EMEA$/);
    await screenshot(page, 'normalize-one');

    await page.getByLabel('Titles, one per line').fill('Senior Product Manager\nProduct Owner\nProject Manager');
    await page.getByRole('button', { name: 'Normalize', exact: true }).click();
    const table = page.getByRole('region', { name: 'Normalized titles' }).getByRole('table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(3);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').trim().split(/\r?\n/);
    expect(csv[0]).toBe('title,family,roleId,canonicalTitle,level,track,confidence,adjacent');
    expect(csv).toHaveLength(4);
    expect(csv[1]).toMatch(/^Senior Product Manager,product-management,senior-product-manager,/);
    // On screen the columns are for people: no ids, role titles as links.
    expect(await table.locator('thead th').allTextContents()).toEqual(['Title as given', 'Family', 'Role', 'Band', 'Track', 'Confidence', 'Look-alike family']);
    expect(await table.locator('tbody tr').first().locator('td').allTextContents()).toEqual(['Senior Product Manager', 'Product management', 'Senior Product Manager', '3', 'Individual contributor', expect.stringMatching(/^\d+%$/), '']);
    await accessible(page, 'normalize');

    // A file over the threshold goes to a server job; a progress bar shows while it runs.
    const rows = ['id,job title', ...Array.from({ length: 2500 }, (_, i) => `${i},${['Senior PM', 'Product Owner', 'Head of Product', 'Project Manager'][i % 4]}`)];
    await page.getByLabel('Upload a CSV').check();
    await page.getByLabel('CSV file').setInputFiles({ name: 'titles.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) });
    await page.getByLabel('Column with the titles').selectOption('job title');
    await page.evaluate(() => {
      const w = window as unknown as { sawProgress: boolean };
      w.sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('progress')) w.sawProgress = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    await page.getByRole('button', { name: 'Normalize', exact: true }).click();
    await page.getByText('2,500 titles normalized').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);
    const header = await page.getByRole('region', { name: 'Normalized titles' }).locator('thead th').allTextContents();
    expect(header).toEqual(expect.arrayContaining(['job title', 'Role', 'Band']));
    expect(header).not.toContain('normalized_role_id');
    await screenshot(page, 'normalize-job');
    await page.close();
  });

  it('self-assessment: questionnaire from the competency matrix, radar chart, readiness and gaps, saved with history', async () => {
    const page = await open('/');
    await signIn(page);
    await page.goto(`${server.url}/assess?role=senior-product-manager&person=Ada%20Lovelace`);
    await h1(page, 'Self-assessment');
    // Afresh: no draft in this browser, and the first question (the address says which one).
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${server.url}/assess?role=senior-product-manager&person=Ada%20Lovelace`);
    // One competency at a time, with progress; the questions are the core's, in `ladder assess` order.
    const { questions } = (await (await fetch(`${server.url}/api/v1/competencies/product-management/questions?role=senior-product-manager`)).json()) as { questions: { competency: string }[] };
    const n = questions.length;
    expect(n).toBeGreaterThanOrEqual(5);
    const fieldset = page.locator('fieldset.competency');
    await fieldset.waitFor();
    expect(await fieldset.count()).toBe(1);
    // No option is tagged with the person's role or the next one: that would steer the answers.
    expect(await fieldset.textContent()).not.toMatch(/your role|next role/i);
    // Two thirds of the competencies at band 4, the rest at band 2.
    const band = (i: number) => (i < Math.ceil((n * 2) / 3) ? 4 : 2);
    for (let i = 0; i < n; i++) {
      await page.getByText(`Competency ${i + 1} of ${n}`, { exact: false }).waitFor();
      expect(await fieldset.getAttribute('data-competency')).toBe(questions[i]!.competency);
      await fieldset.locator(`input[type=radio][value="${band(i)}"]`).check();
      // The question shown is in the address.
      await page.waitForURL(new RegExp(`[?&]step=${i + 1}(&|$)`));
      if (i === 1) {
        // The draft survives a reload: the answers so far and the question reached.
        await page.reload();
        await page.getByText(`Competency 2 of ${n}`, { exact: false }).waitFor();
        expect(await fieldset.locator(`input[type=radio][value="${band(1)}"]`).isChecked()).toBe(true);
        // The browser's Back goes to the previous question, Forward comes back, answers kept.
        await page.goBack();
        await page.getByText(`Competency 1 of ${n}`, { exact: false }).waitFor();
        expect(await fieldset.locator(`input[type=radio][value="${band(0)}"]`).isChecked()).toBe(true);
        await page.goForward();
        await page.getByText(`Competency 2 of ${n}`, { exact: false }).waitFor();
        // A link to a question opens that question.
        await page.goto(`${server.url}/assess?role=senior-product-manager&person=Ada%20Lovelace&step=2`);
        await page.getByText(`Competency 2 of ${n}`, { exact: false }).waitFor();
      }
      if (i < n - 1) await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    await page.getByText(`${n} of ${n} competencies answered`, { exact: false }).waitFor();
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.getByRole('heading', { name: 'Your results', exact: true }).waitFor();
    const radar = page.getByRole('img', { name: /^Radar chart/ });
    expect(await radar.locator('polygon').count()).toBeGreaterThanOrEqual(3);

    // What the core makes of the same answers (the API runs assess(), as `ladder assess` does).
    const answers = Object.fromEntries(questions.map((q, i) => [q.competency, band(i)]));
    const res = await fetch(`${server.url}/api/v1/assess`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ person: 'Ada Lovelace', role: 'senior-product-manager', answers }) });
    expect(res.status).toBe(200);
    const expected = (await res.json()) as { supported: { band: number; bandName: string }; next: { role: { title: string }; readiness: { share: number } } };
    // Two thirds reach band 4, so that is the level: not the lowest answer, which the browser's own scoring used to report.
    expect(expected.supported.band).toBeGreaterThan(Math.min(...Object.values(answers)));
    const ready = `${Math.round(expected.next.readiness.share * 100)}%`;
    expect(await page.locator('.supported').textContent()).toBe(`Your answers support band ${expected.supported.band} · ${expected.supported.bandName}.`);
    expect(await page.locator('.big-number').textContent()).toBe(`${ready} ready`);
    expect(await page.locator('.readiness').getByRole('link', { name: expected.next.role.title }).count()).toBe(1);
    expect(await page.locator('.gaps > li').count()).toBeGreaterThan(0);
    // The result downloads as one self-contained HTML file, the radar chart inside.
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download', exact: true }).click()]);
    const html = readFileSync((await file.path())!, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Self-assessment: Ada Lovelace, Senior Product Manager');
    expect(html).toMatch(/<svg[^>]*>[\s\S]*<polygon/);
    expect(html).not.toMatch(/<script|<link |<button|<form/);
    await page.getByRole('button', { name: 'Save to workspace' }).click();
    await page.getByText('Saved to the workspace for Ada Lovelace.', { exact: true }).waitFor();
    const history = page.getByRole('heading', { name: 'History for Ada Lovelace', exact: true }).locator('..');
    await history.locator('tbody tr').first().waitFor();
    expect(await history.locator('tbody tr').count()).toBe(1);
    // The workspace evaluated the saved answers the same way.
    expect(await history.locator('tbody tr td').allTextContents()).toEqual([expect.any(String), 'Senior Product Manager', String(expected.supported.band), expected.next.role.title, ready]);
    await screenshot(page, 'assess');
    await accessible(page, 'self-assessment');
    await page.close();
  });

  it('org: upload a roster, filter findings by severity and code, org chart with search, collapse and export', async () => {
    const page = await open('/');
    await signIn(page);
    await page.goto(`${server.url}/org`);
    await h1(page, 'Org');
    await page.getByLabel('Roster file (CSV, JSON or XLSX)').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(rosterCsv(60)) });
    await page.getByRole('button', { name: 'Upload roster.csv' }).click();
    await page.getByText(/people imported/).waitFor();
    await page.waitForURL(/\/org\?roster=/);
    await page.getByRole('heading', { name: 'Audit', exact: true }).waitFor();
    // Everyone under the chief product officer is read as in a product organisation, and the report says so.
    await page.getByText(/^Titles read in a product context: \d+ people$/).waitFor();
    const findings = page.locator('ul.findings > li.finding');
    await findings.first().waitFor();
    const all = await findings.count();
    expect(all).toBeGreaterThan(0);

    // Filter by code: only that code is listed.
    const codeSelect = page.getByLabel('Code');
    const codes = (await codeSelect.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).filter(Boolean);
    expect(codes).toEqual(expect.arrayContaining(['missing-manager']));
    await codeSelect.selectOption('missing-manager');
    expect(await findings.locator('code').allTextContents()).toEqual(Array((await findings.count())).fill('missing-manager'));
    // The filter is in the address: the filtered report can be shared.
    await page.waitForURL(/[?&]code=missing-manager/);
    await codeSelect.selectOption('');
    // Filter by severity: unticking every severity empties the list.
    for (const s of ['error', 'warning', 'info']) await page.getByRole('checkbox', { name: new RegExp(`^${s}`) }).uncheck();
    expect(await findings.count()).toBe(0);
    for (const s of ['error', 'warning', 'info']) await page.getByRole('checkbox', { name: new RegExp(`^${s}`) }).check();
    expect(await findings.count()).toBe(Math.min(all, 50));

    // The chart: the top and its reports are shown; a search reveals and selects a person.
    const nodes = page.locator('.org-node');
    await nodes.first().waitFor();
    expect(await page.locator('.org-node .org-name').allTextContents()).toEqual(expect.arrayContaining(['Ada Chief']));
    await page.getByLabel('Find a person').fill('Orphan');
    await page.getByRole('list', { name: 'People found' }).getByRole('button', { name: /Orphan Olive/ }).click();
    const olive = page.getByRole('list', { name: 'People' }).getByRole('button', { name: /^Orphan Olive/ });
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith('Orphan Olive'));
    expect(await olive.getAttribute('aria-pressed')).toBe('true');
    await page.locator('.person-panel').getByText('missing-manager').waitFor();
    // Findings are marked on the nodes.
    expect(await page.locator('.org-node.has-error, .org-node.has-warning').count()).toBeGreaterThan(0);

    const toggle = page.getByRole('button', { name: /direct reports of Ada Chief$/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const before = await nodes.count();
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await nodes.count()).toBeLessThan(before);
    await page.getByRole('button', { name: 'Expand all' }).click();
    await screenshot(page, 'org');
    await accessible(page, 'org');
    const zoomLevel = async () => Number((await page.locator('.zoom-level').textContent())!.replace('%', ''));
    const opened = await zoomLevel();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    expect(await zoomLevel()).toBeLessThan(opened);
    await page.getByRole('button', { name: 'Fit' }).click();
    expect(await zoomLevel()).toBeLessThanOrEqual(opened);

    // The roster is listed by its file's name, not an upload time.
    expect(await page.getByRole('heading', { name: 'Rosters', exact: true }).locator('..').getByRole('link').first().textContent()).toBe('roster.csv');
    const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdown' }).click()]);
    expect(readFileSync((await report.path())!, 'utf8')).toMatch(/^# Org audit/);
    const [htmlReport] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report' }).click()]);
    const html = readFileSync((await htmlReport.path())!, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Orphan Olive');
    expect(html).not.toMatch(/<script|<link /);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Findings CSV' }).click()]);
    expect(readFileSync((await csv.path())!, 'utf8')).toMatch(/^severity,code,message,people,names/);
    await page.close();
  });

  it('org: an XLSX export uploads, and its pay bands and the trend over snapshots are drawn', async () => {
    const page = await open('/');
    await signIn(page);
    await page.goto(`${server.url}/org`);
    for (const [name, date, people] of [['june.xlsx', '2026-06-30', 300], ['december.xlsx', '2026-12-31', 330]] as const) {
      await page.getByLabel('Roster file (CSV, JSON or XLSX)').setInputFiles({ name, mimeType: XLSX_MIME, buffer: await rosterWorkbookBuffer(people, { date }) });
      await page.getByRole('button', { name: `Upload ${name}` }).click();
      await page.getByText(`${people} people imported`).waitFor({ timeout: 60_000 });
    }
    await page.getByRole('heading', { name: 'Pay bands', exact: true }).waitFor();
    await page.getByRole('img', { name: 'Pay by band, USD a year' }).waitFor();
    await page.getByLabel('Group by').selectOption('band,location');
    await page.getByRole('img', { name: 'Pay by band and location, GBP a year' }).waitFor();
    await page.getByRole('heading', { name: 'Company levels', exact: true }).waitFor();
    expect(await page.getByRole('row', { name: /^L5 \d+ 3 \(individual contributor\)/ }).count()).toBe(1);
    await page.getByRole('heading', { name: 'Over time', exact: true }).waitFor();
    await page.getByRole('img', { name: 'People by family over time' }).waitFor();
    expect(await page.getByRole('row', { name: /2026-12-31 330/ }).count()).toBe(1);
    await screenshot(page, 'org-pay-trend');
    await accessible(page, 'org pay and trend');
    await page.close();
  });

  it('normalizer: the titles of an XLSX workbook are normalized on the server and come back as CSV', async () => {
    const page = await open('/normalize');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Titles');
    for (const r of [['Team', 'Title'], ['Payments', 'Senior Product Manager'], ['Growth', 'Head of Product'], ['Ops', 'Product Operations Manager']]) ws.addRow(r);
    await page.getByLabel('Excel workbook (.xlsx)').setInputFiles({ name: 'titles.xlsx', mimeType: XLSX_MIME, buffer: Buffer.from(await wb.xlsx.writeBuffer()) });
    await page.getByRole('button', { name: 'Normalize the workbook' }).click();
    await page.getByText('3 titles normalized.').waitFor({ timeout: 60_000 });
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(readFileSync((await csv.path())!, 'utf8')).toContain('Payments,Senior Product Manager,senior-product-manager');
    await accessible(page, 'normalizer with a workbook');
    await page.close();
  });

  it('org chart stays responsive at 5,000 people: collapsed by default, only visible nodes drawn', async () => {
    const page = await open('/');
    await signIn(page);
    await page.goto(`${server.url}/org`);
    await page.getByLabel('Roster file (CSV, JSON or XLSX)').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(rosterCsv(5000)) });
    await page.getByRole('button', { name: 'Upload big.csv' }).click();
    await page.getByText(/5,003 people imported/).waitFor({ timeout: 60_000 });
    await page.locator('.org-node').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('.org-node').count()).toBeLessThan(100);

    const t0 = Date.now();
    await page.getByRole('button', { name: 'Expand all' }).click();
    await page.locator('.org-stats').getByText(/5,003 shown/).waitFor();
    const expandMs = Date.now() - t0;
    expect(expandMs).toBeLessThan(3000);
    const drawn = await page.locator('.org-node').count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(400);

    // Scrolling far away still draws only what is in view, and promptly.
    const t1 = Date.now();
    await page.locator('.org-viewport').evaluate((el) => el.scrollTo(el.scrollWidth / 2, el.scrollHeight / 2));
    await page.waitForFunction(() => document.querySelectorAll('.org-node').length > 0);
    expect(Date.now() - t1).toBeLessThan(1000);
    expect(await page.locator('.org-node').count()).toBeLessThan(400);

    await page.getByLabel('Find a person').fill('Person 4999');
    await page.getByLabel('Find a person').press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith('Person 4999'));
    await screenshot(page, 'org-5000');
    await page.close();
  });

  it('org design: the form proposes a structure with reporting lines, roles, a chart and the reasons', async () => {
    const page = await open('/org/design');
    await h1(page, 'Org design');
    // The form starts from the CLI's defaults: not agile, stage from the company size.
    expect(await page.getByLabel('Teams work in Scrum or another agile method').isChecked()).toBe(false);
    expect(await page.getByLabel('Stage').inputValue()).toBe('');
    await page.getByLabel('Product managers (individual contributors)').fill('20');
    await page.getByLabel('Product lines').fill('4');
    await page.getByLabel('Stage').selectOption('growth');
    await page.getByRole('button', { name: 'Propose a structure' }).click();
    await page.getByRole('heading', { name: 'Proposed structure', exact: true }).waitFor();
    expect(await page.locator('.design-tree li').count()).toBeGreaterThan(2);
    expect(await page.locator('table.data tbody tr').count()).toBeGreaterThan(2);
    expect(await page.locator('.org-node').count()).toBeGreaterThan(1);
    expect(await page.locator('.reasons li').count()).toBeGreaterThan(0);
    const [roster] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Roster CSV' }).click()]);
    expect(readFileSync((await roster.path())!, 'utf8')).toMatch(/^id,name,title,manager_id\r?\n/);
    await screenshot(page, 'design');
    await accessible(page, 'org design');
    await page.close();
  });

  it('works at phone width (375 px) without sideways scrolling', async () => {
    const views: [string, string, RegExp][] = [
      ['ladder', '/ladders', /ladder$/],
      ['role', '/roles/senior-product-manager', /Senior Product Manager/],
      ['compare', '/compare?a=senior-product-manager&b=group-product-manager', /Compare roles/],
      ['paths', '/paths?from=associate-product-manager&to=director-of-product', /Career paths/],
      ['normalize', '/normalize?title=Head%20of%20Product', /Title normalizer/],
      ['design', '/org/design', /Org design/],
      ['assess', '/assess?role=senior-product-manager&person=Ada', /Self-assessment/],
    ];
    const page = await open('/', 375);
    for (const [name, path, heading] of views) {
      await page.goto(server.url + path);
      await h1(page, heading);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
      await screenshot(page, `${name}-375`);
      await accessible(page, `${name} at 375 px`);
    }
    await page.close();
  });

  it('on a phone the main menu folds behind a button, opens on demand and folds again after a choice', async () => {
    const page = await open('/ladders', 375);
    await h1(page, /ladder$/);
    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    // Folded, the header takes less height than the seven links did.
    expect((await page.locator('header.top').boundingBox())!.height).toBeLessThan(140);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await nav.getByRole('link', { name: 'Career paths' }).click();
    await h1(page, /Career paths/);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    await accessible(page, 'folded menu at 375 px');
    await page.close();
    // On a wide screen there is no button: the links are always there.
    const wide = await open('/ladders');
    await h1(wide, /ladder$/);
    expect(await wide.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect(await wide.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Career paths' }).isVisible()).toBe(true);
    await wide.close();
  });

  it('keyboard: skip link, then a rung reached with Tab opens with Enter', async () => {
    const page = await open('/ladders');
    await h1(page, 'Product Management ladder');
    await page.bringToFront();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press('Tab');
      found = (await page.evaluate(() => document.activeElement?.textContent)) === 'Product Manager';
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await h1(page, 'Product Manager');
    await page.close();
  });

  it('loads nothing from other origins and throws no page errors', () => {
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
