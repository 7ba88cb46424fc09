import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser } from '../support/browser';
import { openPage } from '../support/browser-page';
import { horizontalOverflow, visit } from '../support/pages';
import { startServer, type RunningServer } from '../support/server';
import { createUserWithCli, signIn } from '../support/users';

// An administrator made with the CLI on the same data signs in through the form, reaches the
// workspace and the audit log, and signs out; a wrong password gets a message, not a way in.

const EMAIL = 'admin.e2e@samrad.invalid';
const NAME = 'E2E Administrator';
const PASSWORD = 'correct horse battery staple 2018';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  await createUserWithCli(server, { email: EMAIL, name: NAME, role: 'administrator', password: PASSWORD });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('signing in', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await openPage(browser));
  });
  afterAll(() => context?.close());

  it('leads an administrator to the workspace', async () => {
    await signIn(page, server, { email: EMAIL, password: PASSWORD });
    expect(new URL(page.url()).pathname).toBe('/arbeidsflate');
    await expect.poll(() => page.locator('header').innerText()).toContain(NAME);
    expect(await page.locator('h1').count()).toBe(1);
    await checkA11y(page, { label: 'the workspace' });
  });

  it('shows the audit log with entries, among them the account the CLI made', async () => {
    await visit(page, `${server.url}/arbeidsflate/revisjonslogg`);
    const rows = page.locator('main table tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    // The CLI is the actor; the new account's address is in the entry's change (inside a closed <details>).
    const table = page.locator('main table').first();
    expect(await table.innerText()).toMatch(/\bcli\b/);
    expect(await table.textContent()).toContain(EMAIL);
    await checkA11y(page, { label: 'the audit log' });
  });

  const WORKSPACE_PAGES = [
    '/arbeidsflate/samarbeid',
    '/arbeidsflate/samarbeid/vestregionen',
    '/arbeidsflate/samarbeid/vestregionen/medlemmer',
    '/arbeidsflate/samarbeid/vestregionen/organer',
    '/arbeidsflate/samarbeid/vestregionen/organer/styringsgruppen',
    '/arbeidsflate/brukere',
  ];
  for (const prefix of ['', '/en']) {
    for (const width of [1280, 320]) {
      it(`has accessible workspace pages (${prefix || 'nb'}, ${width} px), which reflow`, async () => {
        await page.setViewportSize({ width, height: 900 });
        for (const path of WORKSPACE_PAGES) {
          await visit(page, `${server.url}${prefix}${path}`);
          expect(await page.locator('h1').count(), path).toBe(1);
          expect(await horizontalOverflow(page), `${path} scrolls sideways`).toBeLessThanOrEqual(1);
          await checkA11y(page, { label: `${prefix}${path} at ${width} px` });
        }
        await page.setViewportSize({ width: 1280, height: 900 });
      });
    }
  }

  it('adds a membership through the form, and a bad date is refused at the field', async () => {
    await visit(page, `${server.url}/arbeidsflate/samarbeid/kommunehelsesamarbeidet/medlemmer`);
    const form = page.locator('main form:has(input[name="member_code"])').first();
    await form.locator('input[name="member_code"]').fill('3201');
    await form.locator('input[name="start_on"]').fill('2024-02-30');
    await form.locator('[type="submit"]').first().click();
    await page.waitForLoadState('load');
    expect(await page.locator('main [role="alert"]').first().isVisible(), 'an error summary').toBe(true);
    await checkA11y(page, { label: 'the membership form with an error' });

    const again = page.locator('main form:has(input[name="member_code"])').first();
    await again.locator('input[name="start_on"]').fill('2024-01-01');
    await again.locator('[type="submit"]').first().click();
    await page.waitForLoadState('load');
    expect(await page.locator('main table').first().innerText()).toContain('3201');
  });

  it('signs out', async () => {
    const signOut = page.locator('header form[action$="/logg-ut"] [type="submit"]');
    expect(await signOut.count(), 'a sign-out button in the header').toBeGreaterThan(0);
    await signOut.first().click();
    await page.waitForLoadState('load');
    expect(await page.locator('header').innerText()).not.toContain(NAME);
    // The workspace is closed again: it sends the reader to sign in (or refuses).
    const response = await page.goto(`${server.url}/arbeidsflate`);
    const closed = new URL(page.url()).pathname.endsWith('/logg-inn') || [401, 403, 404].includes(response?.status() ?? 0);
    expect(closed, `after sign-out /arbeidsflate answered ${response?.status()} at ${page.url()}`).toBe(true);
  });
});

describe('a wrong password', () => {
  it('is refused with a message, and the page stays accessible', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await signIn(page, server, { email: EMAIL, password: 'not the password' });
      expect(new URL(page.url()).pathname).toBe('/logg-inn');
      const message = page.locator('main [role="alert"], main .ds-alert, main .ds-validation-message, main .ds-error-summary').first();
      expect(await message.isVisible(), 'an error message is shown').toBe(true);
      expect((await message.innerText()).trim().length).toBeGreaterThan(0);
      expect(await page.locator('header').innerText()).not.toContain(NAME);
      await checkA11y(page, { label: 'the sign-in page after a wrong password' });
    } finally {
      await context.close();
    }
  });
});
