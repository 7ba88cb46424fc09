import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { openPage } from '../support/browser-page';
import { checkPageAt } from '../support/page-checks';
import { visit } from '../support/pages';
import { startServer, type RunningServer } from '../support/server';

// These callbacks run in the browser; the project compiles without the DOM library, so name what they use.
declare const document: any;
declare function getComputedStyle(element: unknown): { fontSize: string };

// Every public page type, in bokmål and English, wide and narrow, checked by axe (WCAG 2.1 A + AA),
// for reflow at 320 px, and for the language it declares. Then what must work without JavaScript,
// and the keyboard's first steps. One server and one browser for the whole file.

const PAGES: Array<{ name: string; path: string; status?: number }> = [
  { name: 'home', path: '/' },
  { name: 'cooperation home', path: '/vestregionen' },
  { name: 'members on a date', path: '/vestregionen/medlemmer?at=2018-06-01' },
  { name: 'bodies', path: '/vestregionen/organer' },
  { name: 'a body', path: '/vestregionen/organer/styringsgruppen' },
  { name: 'a municipality', path: '/kommuner/0219' },
  { name: 'accessibility statement', path: '/tilgjengelighetserklaering' },
  { name: 'sign-in page', path: '/logg-inn' },
  { name: 'page not found', path: '/kommuner/9998', status: 404 },
];
const LOCALES = [
  { locale: 'nb', prefix: '' },
  { locale: 'en', prefix: '/en' },
] as const;
const WIDTHS = [1280, 320] as const;

const inLocale = (prefix: string, path: string) => (prefix && path === '/' ? prefix : prefix + path);

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

for (const width of WIDTHS) {
  describe(`at ${width} px`, () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      ({ context, page } = await openPage(browser, { width }));
    });
    afterAll(() => context?.close());

    for (const { locale, prefix } of LOCALES) {
      for (const { name, path, status } of PAGES) {
        const url = inLocale(prefix, path);
        it(`${name} (${url}, ${locale})`, async () => {
          await checkPageAt(page, server.url, url, { width, lang: locale, status });
        });
      }
    }
  });
}

describe('without JavaScript', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await openPage(browser, { javaScriptEnabled: false }));
  });
  afterAll(() => context?.close());

  it('the date form on the members page shows the members on another date', async () => {
    await visit(page, `${server.url}/vestregionen/medlemmer?at=2018-06-01`);
    const caption = page.locator('main table caption').first();
    await expect.poll(() => caption.innerText()).toContain('01.06.2018');
    const before = await page.locator('main table').first().innerText();

    await page.locator('main form input[name="at"]').fill('2017-03-15');
    await Promise.all([page.waitForURL(/at=2017-03-15/), page.locator('main form [type="submit"]').first().click()]);

    expect(await page.locator('main form input[name="at"]').inputValue()).toBe('2017-03-15');
    expect(await caption.innerText()).toContain('15.03.2017');
    expect(await page.locator('main table').first().innerText()).not.toBe(before);
  });

  it('the text size control changes the size, and the size stays on the next page', async () => {
    await visit(page, `${server.url}/vestregionen`);
    const fontSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await fontSize();
    const sizeLinks = page.locator('a[href^="/tekststorrelse"]');
    expect(await sizeLinks.count()).toBeGreaterThanOrEqual(2);

    await Promise.all([page.waitForURL(`${server.url}/vestregionen`), sizeLinks.last().click()]);
    const larger = await fontSize();
    expect(larger).toBeGreaterThan(normal);

    await visit(page, `${server.url}/vestregionen/organer`);
    expect(await fontSize()).toBe(larger);

    // Back to normal, for the tests after this one.
    const normalLink = page.locator('a[href^="/tekststorrelse?storrelse=normal"]').first();
    await Promise.all([page.waitForURL(`${server.url}/vestregionen/organer`), normalLink.click()]);
    expect(await fontSize()).toBe(normal);
  });

  it('the language switch moves to the same page in English and back', async () => {
    await visit(page, `${server.url}/vestregionen/organer`);
    await Promise.all([page.waitForURL(`${server.url}/en/vestregionen/organer`), page.locator('a[hreflang="en"]').first().click()]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await Promise.all([page.waitForURL(`${server.url}/vestregionen/organer`), page.locator('a[hreflang="nb"]').first().click()]);
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
  });
});

describe('with the keyboard', () => {
  it('the first Tab reaches the skip link, and Enter on it moves on to the main content', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await visit(page, `${server.url}/vestregionen`);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const el = document.activeElement;
        return { tag: el?.tagName.toLowerCase(), href: el?.getAttribute('href'), text: el?.textContent?.trim() };
      });
      expect(first.tag).toBe('a');
      expect(first.href).toBe('#main');
      expect(await page.locator('a[href="#main"]').first().isVisible(), 'the skip link shows when it has focus').toBe(true);

      await page.keyboard.press('Enter');
      // Focus lands on <main> itself (tabindex="-1"), so the next Tab starts inside it.
      expect(await page.evaluate(() => document.activeElement?.id), 'focus after the skip link').toBe('main');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main'))), 'the next Tab stays in <main>').toBe(true);
      expect(new URL(page.url()).hash).toBe('#main');
    } finally {
      await context.close();
    }
  });
});
