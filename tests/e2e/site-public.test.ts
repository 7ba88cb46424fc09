import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { openPage } from '../support/browser-page';
import { checkPageAt } from '../support/page-checks';
import { visit } from '../support/pages';
import { startServer, type RunningServer } from '../support/server';

// Every public page type of a cooperation's own site — a page with its sub-menu, a sub-page, the news
// list, a news item, the process page with the original and the revised plan, and the accessibility
// statement — in bokmål, nynorsk and English, at 1280 and 320 px, checked by axe (WCAG 2.1 A + AA).
// Then the progress plan's date form without JavaScript. One server and one browser for the file.

const PAGES = [
  { name: 'site page with sub-menu', path: '/vestregionen/om-vestregionen' },
  { name: 'sub-page', path: '/vestregionen/om-vestregionen/felles-tiltak' },
  { name: 'the seed-2 page with its process', path: '/vestregionen/vestregionens-framtid' },
  { name: 'news list', path: '/vestregionen/nyheter' },
  { name: 'news item', path: '/vestregionen/nyheter/vestregionen-avvikles' },
  { name: 'process page, original beside revised plan', path: '/vestregionen/prosesser/vestregionens-framtid?dato=2018-04-10' },
  { name: 'accessibility statement', path: '/tilgjengelighetserklaering' },
];
const LOCALES = [
  { locale: 'nb', prefix: '' },
  { locale: 'nn', prefix: '/nn' },
  { locale: 'en', prefix: '/en' },
] as const;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

for (const width of [1280, 320] as const) {
  describe(`at ${width} px`, () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      ({ context, page } = await openPage(browser, { width }));
    });
    afterAll(() => context?.close());

    for (const { locale, prefix } of LOCALES) {
      it(`every site page type in ${locale}`, async () => {
        for (const { name, path } of PAGES) {
          await checkPageAt(page, server.url, prefix + path, { width, lang: locale });
          expect(await page.locator('head meta[name="description"]').count(), `${name}: a description`).toBe(1);
        }
      });
    }
  });
}

describe('what the pages say', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('the site menu has the page and its sub-pages, marked current', async () => {
    await visit(page, `${server.url}/vestregionen/om-vestregionen/innsatsomrader`);
    const nav = page.locator('nav.main-nav');
    expect(await nav.locator('a[href="/vestregionen/vestregionens-framtid"]').count()).toBe(1);
    expect(await nav.locator('a[href="/vestregionen/om-vestregionen/felles-tiltak"]').count()).toBe(1);
    expect(await nav.locator('a[aria-current="page"]').getAttribute('href')).toBe('/vestregionen/om-vestregionen/innsatsomrader');
    expect(await page.locator('main').innerText()).toContain('Illustrasjon');
  });

  it('the English page is marked as a translation; the nynorsk one shows bokmål, said so', async () => {
    await visit(page, `${server.url}/en/vestregionen/vestregionens-framtid`);
    expect(await page.locator('main').innerText()).toContain('Translation, not the original.');
    await visit(page, `${server.url}/nn/vestregionen/vestregionens-framtid`);
    expect(await page.locator('main h1 [lang="nb"]').innerText()).toBe('Vestregionens framtid');
    expect(await page.locator('main').innerText()).toContain('Teksten finst berre på bokmål');
  });
});

describe('without JavaScript', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await openPage(browser, { javaScriptEnabled: false }));
  });
  afterAll(() => context?.close());

  it('the date form shows the plan as it stood that day: before the revision, then during the councils’ treatment', async () => {
    await visit(page, `${server.url}/vestregionen/vestregionens-framtid`);
    expect(await page.locator('main').innerText()).toContain('Revidert plan (Sak 03/2018)');
    const form = page.locator('main form:has(input[name="dato"])');

    await form.locator('input[name="dato"]').fill('2018-03-01');
    await Promise.all([page.waitForURL(/dato=2018-03-01/), form.locator('[type="submit"]').click()]);
    const before = await page.locator('main').innerText();
    expect(before).not.toContain('Revidert plan (Sak 03/2018)');
    const nextRow = page.locator('main table tbody tr', { hasText: 'Neste' });
    expect(await nextRow.count()).toBe(1);
    expect(await nextRow.innerText()).toContain('15.03.2018');

    await page.locator('main form input[name="dato"]').fill('2018-04-10');
    await Promise.all([page.waitForURL(/dato=2018-04-10/), page.locator('main form:has(input[name="dato"]) [type="submit"]').click()]);
    const revised = page.locator('main section', { has: page.locator('h3', { hasText: 'Revidert plan (Sak 03/2018)' }) });
    expect(await revised.locator('tbody tr', { hasText: 'Poltisk behandling i kommunene' }).innerText()).toContain('Neste');
    expect(await page.locator('main').innerText()).toContain('Opprinnelig plan');
  });

  it('the plan downloads as iCalendar', async () => {
    const response = await page.request.get(`${server.url}/vestregionen/prosesser/vestregionens-framtid/plan.ics`);
    expect(response.headers()['content-type']).toContain('text/calendar');
    expect(await response.text()).toContain('SUMMARY:Poltisk behandling i kommunene');
  });
});
