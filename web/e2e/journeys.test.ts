/**
 * The three journeys a new user takes, end to end in a real Chromium at desktop (1280 px) and
 * phone (390 px) width: a person finding their role and next step, a company auditing and designing
 * its product org, an analyst normalizing titles. Also: the header search, every view at both widths
 * with axe (no violations of any impact) and a screenshot kept in test-artifacts/screenshots/,
 * print styles, and the largest view's interaction times for a 2,000-person roster (printed).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserCheck, ensureWebBuilt, launchBrowser, REQUIRE_BROWSER, rosterCsv, screenshot, SCREENSHOTS, startServer, type Server } from './harness.js';

const check = browserCheck();
const skip = !check.ok && !REQUIRE_BROWSER;
const title = check.ok ? 'journeys in Chromium' : `journeys in Chromium — ${skip ? 'SKIPPED' : 'FAILED (LADDER_REQUIRE_BROWSER=1)'}: ${check.reason}`;
const WIDTHS = [1280, 390] as const;

describe.skipIf(skip)(title, () => {
  let server: Server;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  const pageErrors: string[] = [];
  const shots: string[] = [];

  beforeAll(async () => {
    if (!check.ok) throw new Error(`LADDER_REQUIRE_BROWSER=1 but ${check.reason}`);
    ensureWebBuilt();
    server = await startServer();
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (shots.length) console.log(`[web e2e] ${shots.length} screenshots in ${SCREENSHOTS}`);
  });

  async function open(path: string, width: number): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
    page.on('pageerror', (e) => pageErrors.push(`${path}: ${e.message}`));
    await page.goto(server.url + path);
    return page;
  }
  const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

  /** Axe finds nothing, of any impact; the view's screenshot is kept. */
  async function checkView(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    shots.push(await screenshot(page, name));
    const v = await axeViolations(page);
    expect(v, `${name}: axe violations\n${JSON.stringify(v, null, 2)}`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  }

  async function signIn(page: Page): Promise<void> {
    await page.getByLabel('Workspace token').fill(server.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  it('header search: "/" focuses it; other names and raw titles are suggested; arrows choose; Enter opens', async () => {
    const page = await open('/ladders', 1280);
    await h1(page, /ladder$/);
    const box = page.getByRole('combobox', { name: /Search the ladder/ });
    expect(await box.getAttribute('type')).toBe('search');
    await page.locator('body').press('/');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.type('Sr. PM');
    const list = page.getByRole('listbox', { name: 'Suggestions' });
    await list.getByRole('option').first().getByText('Senior Product Manager').waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    const first = list.getByRole('option').first();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    await page.keyboard.press('ArrowDown');
    expect(await first.getAttribute('aria-selected')).toBe('false');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await h1(page, 'Senior Product Manager');
    expect(page.url()).toBe(`${server.url}/roles/senior-product-manager`);

    // A raw title no name matches is read as a role; Enter opens the best match.
    await box.fill('Senior PM, Checkout Experience (Berlin)');
    await list.getByRole('option').first().getByText(/reads as this role/).waitFor();
    await box.press('Enter');
    await page.waitForURL(`${server.url}/roles/senior-product-manager`);

    // A family leads to its ladder.
    await box.fill('product owner');
    await list.getByRole('option', { name: /Product Owner ladder/ }).click();
    await h1(page, 'Product Owner ladder');
    await checkView(page, 'search-result-1280');

    // On a phone, with the suggestions open: still accessible, nothing off the side of the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await box.fill('sr pm growth');
    await list.getByRole('option').first().getByText('Senior Product Manager').waitFor();
    await checkView(page, 'search-open-390');
    await page.close();
  });

  for (const width of WIDTHS) {
    it(`a person at ${width} px: home, their title, their role, the next step, a self-assessment with its result`, async () => {
      const page = await open('/', width);
      await h1(page, /One map of product roles/);
      await checkView(page, `journey-person-${width}-1-home`);
      await page.getByLabel('Your job title').fill('Sr. PM, Payments');
      await page.getByRole('button', { name: 'Find my role' }).click();
      await h1(page, 'Senior Product Manager');
      await checkView(page, `journey-person-${width}-2-role`);

      await page.getByRole('link', { name: 'Plan your next step' }).click();
      await h1(page, 'Career paths');
      await page.locator('details.route').first().waitFor();
      expect(page.url()).toMatch(/\/paths\?from=senior-product-manager&to=/);
      await checkView(page, `journey-person-${width}-3-paths`);
      await page.goBack();
      await h1(page, 'Senior Product Manager');

      await page.getByRole('link', { name: 'Assess yourself against this role' }).click();
      await h1(page, 'Self-assessment');
      // Afresh: no draft in this browser, and the first question (the address says which one).
      await page.evaluate(() => localStorage.clear());
      await page.goto(page.url().replace(/&step=\d+/, ''));
      const fieldset = page.locator('fieldset.competency');
      await fieldset.waitFor();
      await checkView(page, `journey-person-${width}-4-assess`);
      for (;;) {
        await fieldset.locator('input[type=radio]').nth(1).check();
        const next = page.getByRole('button', { name: 'Next', exact: true });
        if (!(await next.isVisible())) break;
        await next.click();
      }
      await page.getByRole('button', { name: 'See my results' }).click();
      await page.getByRole('heading', { name: 'Your results', exact: true }).waitFor();
      await checkView(page, `journey-person-${width}-5-result`);

      // The result prints without the app around it.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('header.top').isVisible()).toBe(false);
      expect(await page.locator('fieldset.competency').isVisible()).toBe(false);
      expect(await page.getByRole('heading', { name: 'Your results', exact: true }).isVisible()).toBe(true);
      shots.push(await screenshot(page, `journey-person-${width}-6-print`));
      await page.emulateMedia({ media: 'screen' });
      await page.close();
    });

    it(`a company at ${width} px: home, audit a roster, filter and share, download the report, design an org`, async () => {
      const page = await open('/', width);
      await h1(page, /One map of product roles/);
      await page.getByRole('link', { name: 'Audit a roster' }).click();
      await h1(page, 'Org audit');
      if (await page.getByLabel('Workspace token').isVisible()) await signIn(page);
      await checkView(page, `journey-company-${width}-1-upload`);
      const name = `roster-${width}.csv`;
      await page.getByLabel('Roster file (CSV, JSON or XLSX)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(rosterCsv(60)) });
      await page.getByLabel('Effective date (optional)').fill('2026-11-30');
      await page.getByRole('button', { name: `Upload ${name}` }).click();
      await page.getByText(/people imported/).waitFor();
      await page.locator('.org-node').first().waitFor();
      // Listed by the file's name and the date it describes, not by when it was uploaded.
      await page.getByRole('heading', { name: 'Rosters', exact: true }).locator('..').getByRole('link', { name: `${name}, as of 2026-11-30` }).waitFor();
      await checkView(page, `journey-company-${width}-2-audit`);

      // The chart opens with people in view (at 390 px it used to be an empty box).
      const inView = await page.locator('.org-viewport').evaluate((vp) => {
        const r = vp.getBoundingClientRect();
        return [...vp.querySelectorAll('.org-node')].filter((n) => {
          const b = n.getBoundingClientRect();
          return b.right > r.left && b.left < r.right && b.bottom > r.top && b.top < r.bottom;
        }).length;
      });
      expect(inView).toBeGreaterThan(0);

      await page.getByRole('checkbox', { name: /^info/ }).uncheck();
      await page.waitForURL(/severity=error%2Cwarning|severity=error,warning/);
      const shared = page.url();
      // Opened elsewhere (a new tab signs in again: the token is kept per tab), the filter holds.
      const again = await open(shared.slice(server.url.length), width);
      await signIn(again);
      await again.getByRole('heading', { name: 'Audit', exact: true }).waitFor();
      expect(await again.getByRole('checkbox', { name: /^info/ }).isChecked()).toBe(false);
      await again.close();

      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report' }).click()]);
      expect(readFileSync((await file.path())!, 'utf8')).toMatch(/^<!doctype html>[\s\S]*Org audit[\s\S]*Orphan Olive/);
      // The report prints: findings, without the upload form, the chart or the filters.
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('heading', { name: 'Findings', exact: true }).isVisible()).toBe(true);
      expect(await page.locator('.org-viewport').isVisible()).toBe(false);
      expect(await page.getByLabel('Roster file (CSV, JSON or XLSX)').isVisible()).toBe(false);
      shots.push(await screenshot(page, `journey-company-${width}-print`));
      await page.emulateMedia({ media: 'screen' });

      // On a phone the main menu is folded behind its button.
      if (width < 600) await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Org design' }).click();
      await h1(page, 'Org design');
      await page.getByRole('button', { name: 'Propose a structure' }).click();
      await page.getByRole('heading', { name: 'Proposed structure', exact: true }).waitFor();
      await page.locator('.org-node').first().waitFor();
      const designInView = await page.locator('.org-viewport').evaluate((vp) => {
        const r = vp.getBoundingClientRect();
        return [...vp.querySelectorAll('.org-node')].filter((n) => {
          const b = n.getBoundingClientRect();
          return b.right > r.left && b.left < r.right && b.bottom > r.top && b.top < r.bottom;
        }).length;
      });
      expect(designInView).toBeGreaterThan(0);
      await checkView(page, `journey-company-${width}-3-design`);
      // The proposal's numbers are in the address: reopened, it proposes the same structure.
      expect(page.url()).toMatch(/\/org\/design\?pms=\d+/);
      const reopened = await open(page.url().slice(server.url.length), width);
      await reopened.getByRole('heading', { name: 'Proposed structure', exact: true }).waitFor();
      await reopened.close();
      await page.close();
    });

    it(`an analyst at ${width} px: home, paste titles, read the table, download the CSV`, async () => {
      const page = await open('/', width);
      await h1(page, /One map of product roles/);
      await page.getByRole('link', { name: 'Normalize titles' }).click();
      await h1(page, 'Title normalizer');
      await page.getByLabel('Titles, one per line').fill('Sr. PM, Growth\nProduktmanager (m/w/d)\nScrum Master');
      await page.getByRole('button', { name: 'Normalize', exact: true }).click();
      const table = page.getByRole('region', { name: 'Normalized titles' }).getByRole('table');
      await table.waitFor();
      const header = await table.locator('thead th').allTextContents();
      expect(header).toContain('Role');
      expect(header.join(' ')).not.toMatch(/roleId|canonicalTitle/);
      expect(await table.locator('tbody tr').first().getByRole('link', { name: 'Senior Product Manager' }).count()).toBe(1);
      await checkView(page, `journey-analyst-${width}-1-table`);
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
      expect(readFileSync((await file.path())!, 'utf8').split(/\r?\n/)).toHaveLength(5);
      await page.close();
    });
  }

  it('every view at 1280 and 390 px: no axe violations, no sideways scrolling, a screenshot each', async () => {
    const views: [string, string, string | RegExp][] = [
      ['home', '/', /One map of product roles/],
      ['ladder', '/ladders', 'Product Management ladder'],
      ['ladder-contrast', '/ladders/project-management', /ladder$/],
      ['role', '/roles/group-product-manager', 'Group Product Manager'],
      ['compare', '/compare?a=senior-product-manager&b=group-product-manager', 'Compare roles'],
      ['paths', '/paths?from=associate-product-manager&to=director-of-product', 'Career paths'],
      ['normalize', '/normalize?title=Head%20of%20Product%2C%20EMEA', 'Title normalizer'],
      ['assess', '/assess?role=product-manager', 'Self-assessment'],
      ['design', '/org/design', 'Org design'],
      ['org', '/org', 'Org audit'],
      ['sign-in', '/sign-in', /./],
      ['not-found', '/no/such/page', 'Page not found'],
    ];
    const heights: string[] = [];
    for (const width of WIDTHS) {
      const page = await open('/', width);
      for (const [name, path, heading] of views) {
        await page.goto(server.url + path);
        await h1(page, heading);
        await checkView(page, `view-${name}-${width}`);
        heights.push(`${name}@${width}: ${await page.evaluate(() => document.documentElement.scrollHeight)} px`);
      }
      // The not-found page leads back.
      await page.goto(`${server.url}/no/such/page`);
      await page.getByRole('link', { name: 'Back to the start' }).click();
      await h1(page, /One map of product roles/);
      await page.close();
    }
    // Role pages and comparisons print without the app around them and without their controls.
    const print = await open('/', 1280);
    await print.emulateMedia({ media: 'print' });
    for (const [name, path, heading] of [views[3]!, views[4]!]) {
      await print.goto(server.url + path);
      await h1(print, heading);
      await print.waitForLoadState('networkidle');
      expect(await print.locator('header.top').isVisible()).toBe(false);
      expect(await print.locator('main button:not(.ref):visible, main select:visible').count()).toBe(0);
      shots.push(await screenshot(print, `print-${name}`));
    }
    await print.close();
    console.log(`[web e2e] page heights: ${heights.join(', ')}`);
    // The career paths page at phone width stays short (it was 10,572 px tall).
    const paths = Number(heights.find((h) => h.startsWith('paths@390'))!.match(/(\d+) px/)![1]);
    expect(paths).toBeLessThan(4500);
  }, 300_000);

  it('the org view with a 2,000-person roster: interaction times (printed as figures)', async () => {
    const page = await open('/org', 1280);
    await h1(page, 'Org audit');
    if (await page.getByLabel('Workspace token').isVisible()) await signIn(page);
    await page.getByLabel('Roster file (CSV, JSON or XLSX)').setInputFiles({ name: 'people-2000.csv', mimeType: 'text/csv', buffer: Buffer.from(rosterCsv(2000)) });
    await page.getByRole('button', { name: 'Upload people-2000.csv' }).click();
    await page.getByText(/2,003 people imported/).waitFor({ timeout: 60_000 });
    await page.locator('.org-node').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');

    /** Time from a click (or change) to the frame after React has drawn it. */
    const timed = (selector: string, action: 'click' | 'uncheck' | 'check') =>
      page.evaluate(
        async ([sel, act]) => {
          const el = document.querySelector<HTMLInputElement>(sel!)!;
          const t0 = performance.now();
          if (act === 'click') el.click();
          else if (el.checked !== (act === 'check')) el.click();
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return performance.now() - t0;
        },
        [selector, action] as const,
      );
    const button = (text: string) => `button[data-e2e="${text}"]`;
    await page.evaluate(() => {
      for (const b of document.querySelectorAll('button')) if (b.textContent === 'Expand all' || b.textContent === 'Collapse') b.setAttribute('data-e2e', b.textContent);
      for (const c of document.querySelectorAll('.filters input[type=checkbox]')) if (c.closest('label')?.textContent?.includes('warning')) c.setAttribute('data-e2e', 'warning');
    });
    const figures: Record<string, number> = {};
    figures['expand all'] = await timed(button('Expand all'), 'click');
    await page.locator('.org-stats').getByText(/2,003 shown/).waitFor();
    figures['collapse'] = await timed(button('Collapse'), 'click');
    figures['filter: untick warnings'] = await timed('input[data-e2e="warning"]', 'uncheck');
    const warning = page.getByRole('checkbox', { name: /^warning/ });
    await warning.check();
    const t0 = Date.now();
    await page.getByLabel('Find a person').fill('Person 1999');
    await page.getByLabel('Find a person').press('Enter');
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith('Person 1999'));
    figures['find a person (typed, incl. Playwright round trips)'] = Date.now() - t0;
    console.log(`[web e2e] org view, 2,003 people, interaction (ms): ${Object.entries(figures).map(([k, v]) => `${k} ${v.toFixed(0)}`).join('; ')}`);
    for (const v of Object.values(figures)) expect(v).toBeGreaterThan(0);
    shots.push(await screenshot(page, 'org-2000'));
    await page.close();
  });

  it('throws no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
