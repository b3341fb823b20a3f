import { startServer, launchBrowser, rosterCsv, axeViolations, ensureWebBuilt } from './harness.js';
const out = process.argv[2] ?? '/tmp/w16/before';
import { mkdirSync } from 'node:fs';
mkdirSync(out, { recursive: true });
ensureWebBuilt();
const server = await startServer();
const b = await launchBrowser();
try {
  for (const w of [1280, 390]) {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: w, height: 900 });
    const shot = async (name: string) => {
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const h = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.screenshot({ path: `${out}/${name}-${w}.png`, fullPage: true });
      const v = await axeViolations(page);
      console.log(name, w, 'height', h, 'axe', v.map((x) => x.id + ':' + x.impact + ' ' + x.nodes.slice(0,2).join(' ')).join(' | '));
    };
    const go = async (p: string, name: string) => { await page.goto(server.url + p); await shot(name); };
    await go('/', 'home');
    await go('/ladders', 'ladder');
    await go('/ladders/product-owner', 'ladder-po');
    await go('/roles/senior-product-manager', 'role');
    await go('/compare?a=senior-product-manager&b=group-product-manager', 'compare');
    await go('/paths?from=associate-product-manager&to=director-of-product', 'paths');
    await go('/normalize?title=Sr.%20PM%2C%20Growth', 'normalize');
    await go('/assess?role=senior-product-manager&person=Ada', 'assess');
    await go('/org/design', 'design');
    try { await page.getByRole('button', { name: 'Propose a structure' }).click(); await page.getByRole('heading', { name: 'Proposed structure' }).waitFor(); await shot('design-result'); await page.locator('.orgchart').screenshot({ path: `${out}/design-chart-${w}.png` }); } catch (e) { console.log('design fail', String(e).slice(0,200)); }
    await go('/nowhere', 'notfound');
    await go('/sign-in', 'signin');
    await page.getByLabel('Workspace token').fill(server.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForTimeout(500);
    await go('/org', 'org-empty');
    try {
      await page.getByLabel('Roster file (CSV or JSON)').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(rosterCsv(60)) });
      await page.getByRole('button', { name: 'Upload roster.csv' }).click();
      await page.getByText(/people imported/).waitFor();
      await shot('org'); await page.locator('.orgchart').screenshot({ path: `${out}/org-chart-${w}.png` });
    } catch (e) { console.log('org fail', String(e).slice(0,200)); }
    await page.close();
  }
} finally { await b.close(); await server.close(); }
