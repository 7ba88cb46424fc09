import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser } from '../support/browser';
import { openPage } from '../support/browser-page';
import { checkPageAt } from '../support/page-checks';
import { visit } from '../support/pages';
import { startServer, type RunningServer } from '../support/server';
import { createUserWithCli, signIn } from '../support/users';

// The services pages in Chromium with axe (WCAG 2.1 A + AA), at 1280 and 320 px, in bokmål and
// another language: the public portfolio and service pages, and the workspace pages of a signed-in
// administrator. Then, without JavaScript: the date form and a workspace form post and redirect.

const EMAIL = 'services.e2e@samrad.invalid';
const PASSWORD = 'Kunst Rett Vest 2019 i Bærum';

// Each page type in bokmål and one other language (axe runs are what this file spends its time on).
const PUBLIC = [
  '/vestregionen/tjenester?dato=2018-06-14',
  '/en/vestregionen/tjenester?dato=2018-02-30',
  '/vestregionen/tjenester/kunst-rett-vest?dato=2018-06-14',
  '/nn/vestregionen/tjenester/kommunehelsesamarbeidet?dato=2020-01-01',
];
const WORKSPACE = [
  '/arbeidsflate/samarbeid/vestregionen/tjenester',
  '/en/arbeidsflate/samarbeid/kommunehelsesamarbeidet/tjenester?endring=2024-01-01',
  '/arbeidsflate/samarbeid/vestregionen/tjenester/kunst-rett-vest',
  '/nn/arbeidsflate/samarbeid/vestregionen/tjenester/kommunehelsesamarbeidet',
];

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  await createUserWithCli(server, { email: EMAIL, name: 'Tjenester E2E', role: 'administrator', password: PASSWORD });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function checkPage(page: Page, path: string, width: number) {
  const lang = path.startsWith('/en/') ? 'en' : path.startsWith('/nn/') ? 'nn' : 'nb';
  await checkPageAt(page, server.url, path, { width, lang, status: path.includes('2018-02-30') ? 400 : 200 });
}

describe('the services pages', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await openPage(browser));
  });
  afterAll(() => context?.close());

  for (const width of [1280, 320]) {
    it(`public pages are accessible and reflow (${width} px)`, async () => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of PUBLIC) await checkPage(page, path, width);
    });
  }

  it('the portfolio shows the services of 14 June 2018 and the KHS members after the 2020 merger', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await visit(page, `${server.url}/vestregionen/tjenester?dato=2018-06-14`);
    const main = await page.locator('main').innerText();
    for (const name of ['Kommunehelsesamarbeidet', 'Kunst Rett Vest', 'Ungdomssymfonikerne', 'KomUt', 'BPA']) expect(main).toContain(name);
    await visit(page, `${server.url}/vestregionen/tjenester/kommunehelsesamarbeidet?dato=2020-01-01`);
    expect(await page.locator('#participants tbody tr').count()).toBe(21);
    expect(await page.locator('main').innerText()).toContain('Illustrasjon – ikke offisielle tall');
  });

  for (const width of [1280, 320]) {
    it(`workspace pages are accessible and reflow (${width} px)`, async () => {
      if (width === 1280) await signIn(page, server, { email: EMAIL, password: PASSWORD });
      await page.setViewportSize({ width, height: 900 });
      for (const path of WORKSPACE) await checkPage(page, path, width);
    });
  }

  it('a refused decision shows the error summary, and the page stays accessible', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await visit(page, `${server.url}/arbeidsflate/samarbeid/vestregionen/tjenester/ungdomssymfonikerne`);
    const form = page.locator('main form:has(select[name="kind"])').first();
    await form.locator('select[name="kind"]').selectOption('end');
    await form.locator('input[name="effective_on"]').fill('30.06.2019x');
    await form.locator('[type="submit"]').first().click();
    await page.waitForLoadState('load');
    expect(await page.locator('main [role="alert"]').first().isVisible()).toBe(true);
    await checkA11y(page, { label: 'the decision form with an error' });
    const again = page.locator('main form:has(select[name="kind"])').first();
    await again.locator('input[name="effective_on"]').fill('30.06.2019');
    await again.locator('[type="submit"]').first().click();
    await page.waitForLoadState('load');
    expect(await page.locator('main [role="status"]').first().innerText()).toMatch(/registrert/);
  });
});

describe('without JavaScript', () => {
  it('the date form of the portfolio works', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await visit(page, `${server.url}/vestregionen/tjenester`);
      await page.locator('main input[name="dato"]').fill('2018-06-14');
      await page.locator('main form.date-form [type="submit"]').click();
      await page.waitForLoadState('load');
      expect(new URL(page.url()).search).toBe('?dato=2018-06-14');
      expect(await page.locator('main').innerText()).toContain('14.06.2018');
    } finally {
      await context.close();
    }
  });
});
