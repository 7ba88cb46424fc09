import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser } from '../support/browser';
import { openPage } from '../support/browser-page';
import { horizontalOverflow, visit, widestElements } from '../support/pages';
import { startServer, type RunningServer } from '../support/server';
import { createUserWithCli, signIn } from '../support/users';

// The public meetings pages over the demo (Vestregionen 2017–2018) in Chromium: the list, the month
// calendar, Styringsgruppen's meeting of 15.3.2018 and Sak 03/2018, each with axe at 1280 and 320 px
// in nb and another language; then a form posted with JavaScript switched off.

const EMAIL = 'utenjs.e2e@samrad.invalid';
const PASSWORD = 'correct horse battery staple 2018';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  await createUserWithCli(server, { email: EMAIL, name: 'Uten JavaScript', role: 'secretariat', password: PASSWORD });
  ({ context, page } = await openPage(browser));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

/** The address of the first link in main whose text matches. */
async function linkTo(text: RegExp | string): Promise<string> {
  const href = await page.locator('main a', { hasText: text }).first().getAttribute('href');
  if (!href) throw new Error(`No link "${text}" on ${page.url()}`);
  return href;
}

describe('the public meetings pages', () => {
  let meeting = '';
  let sak = '';

  it('finds Styringsgruppen’s meeting of 15.03.2018 and Sak 03/2018 through the pages', async () => {
    await visit(page, `${server.url}/vestregionen/moter?organ=styringsgruppen&ar=2018`);
    meeting = await linkTo('15.03.2018');
    await visit(page, `${server.url}${meeting}`);
    sak = await linkTo('Vestregionens fremtid – skisse til fremtidig samarbeid');
    expect(meeting).toMatch(/^\/vestregionen\/moter\/\d+$/);
    expect(sak).toMatch(/^\/vestregionen\/saker\/\d+$/);
  });

  // Each page type in nb at 1280 px and in English at 320 px (axe is the slow part: one run per page),
  // and in nb at 320 px for reflow.
  for (const [prefix, width, axe] of [['', 1280, true], ['/en', 320, true], ['', 320, false]] as const) {
    it(`${axe ? 'are accessible and reflow' : 'reflow'} (${prefix || 'nb'}, ${width} px)`, async () => {
      await page.setViewportSize({ width, height: 900 });
      const paths = ['/vestregionen/moter', meeting, sak, ...(prefix === '' && width === 1280 ? ['/vestregionen/moter?visning=kalender&ar=2018'] : [])];
      for (const path of paths) {
        await visit(page, `${server.url}${prefix}${path}`);
        expect(await page.locator('h1').count(), path).toBe(1);
        expect(await horizontalOverflow(page), `${prefix}${path} at ${width} px: ${(await widestElements(page, width)).join(', ')}`).toBeLessThanOrEqual(1);
        if (axe) await checkA11y(page, { label: `${prefix}${path} at ${width} px` });
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    });
  }

  it('shows Sak 03/2018 with its header, proposal and the nine points as one list', async () => {
    await visit(page, `${server.url}${sak}`);
    expect(await page.locator('h1').innerText()).toBe('Sak 03/2018 Vestregionens fremtid – skisse til fremtidig samarbeid');
    expect(await page.locator('#case-path').innerText()).toContain('15.03.2018');
    // In the background (the resolution of Styringsgruppen, further down, repeats them).
    const points = page.locator('main ol:has(li:text-is("Vestregionen som § 27-samarbeid opphører fra 1.1.2019."))').first().locator('> li');
    expect(await points.count()).toBe(9);
    expect(await page.locator('main').innerText()).toContain('Det utarbeides et felles saksgrunnlag');
  });

  it('offers the calendars, which answer text/calendar', async () => {
    await visit(page, `${server.url}/vestregionen/moter`);
    for (const href of [await linkTo('Møtene i Styringsgruppen'), await linkTo('Alle offentlige møter')]) {
      const res = await fetch(`${server.url}${href}`);
      expect(res.headers.get('content-type'), href).toContain('text/calendar');
      expect(await res.text()).toContain('BEGIN:VEVENT');
    }
  });
});

describe('without JavaScript', () => {
  it('a secretariat user creates a case with the form and is redirected with the message', async () => {
    const noJs = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    try {
      const p = await noJs.newPage();
      p.setDefaultTimeout(10_000);
      await signIn(p, server, { email: EMAIL, password: PASSWORD }, '/arbeidsflate/samarbeid/vestregionen/moter/saker');
      expect(new URL(p.url()).pathname).toBe('/arbeidsflate/samarbeid/vestregionen/moter/saker');
      // axe needs JavaScript: check the same page, signed in with the same cookies, in a context that runs it.
      const withJs = await browser.newContext({ viewport: { width: 320, height: 900 }, storageState: await noJs.storageState() });
      try {
        const check = await withJs.newPage();
        await visit(check, p.url());
        expect(await horizontalOverflow(check), 'the cases page at 320 px').toBeLessThanOrEqual(1);
        await checkA11y(check, { label: 'the cases page at 320 px' });
      } finally {
        await withJs.close();
      }
      const form = p.locator('main section:has(h2:text-is("Ny sak")) form');
      await form.getByLabel('Tittel').fill('Sak skrevet uten JavaScript');
      await form.locator('[type="submit"]').click();
      await p.waitForLoadState('load');
      expect(new URL(p.url()).pathname).toMatch(/\/moter\/saker\/\d+$/);
      expect(await p.locator('main [role="status"]').innerText()).toBe('Saken er opprettet.');
      expect(await p.locator('h1').innerText()).toBe('Sak skrevet uten JavaScript');
    } finally {
      await noJs.close();
    }
  });
});
