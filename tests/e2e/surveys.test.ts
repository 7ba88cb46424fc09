import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/platform/db/database';
import { seedSurveyFixture } from '../../src/web/public/surveys/survey-fixture.test-support';
import { checkA11y, launchBrowser } from '../support/browser';
import { horizontalOverflow, visit, widestElements } from '../support/pages';
import { runNodeScript } from '../support/process';
import { startServer, type RunningServer } from '../support/server';

// Surveys in a real browser against the real server: a respondent answers by keyboard alone through
// a personal link (every question kind, a conditional question, save and come back, send, receipt,
// second visit), and every survey page passes axe at 1280 and 320 px in bokmål and English. The
// fixture (seedSurveyFixture) has a municipality × role cell of 2 whose numbers must never appear.

declare const document: any;

const EMAIL = 'sekretariat.e2e@samrad.invalid';
const PASSWORD = 'Spørreundersøkelse oktober 2017';

let server: RunningServer;
let browser: Browser;
let fixture: { surveyId: number; slug: string; token: string };

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  // The fixture goes in through the module's commands, on the server's own database (WAL lets two in).
  const database = await openDatabase({ dataDir: server.dataDir, databaseUrl: server.databaseUrl });
  try {
    fixture = await seedSurveyFixture(database.db);
  } finally {
    await database.close();
  }
  const created = await runNodeScript(
    'src/cli/index.ts',
    ['user', 'create', '--email', EMAIL, '--name', 'Sekretariatet (test)', '--role', 'administrator', '--password-stdin'],
    { env: { DATA_DIR: server.dataDir, DATABASE_URL: server.databaseUrl }, input: `${PASSWORD}\n`, timeoutMs: 60_000 },
  );
  if (created.code !== 0) throw new Error(`samrad user create failed:\n${created.stderr}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(width = 1280): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { context, page };
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusedText = (page: Page) => page.evaluate(() => (document.activeElement?.textContent ?? '').trim());

/** Presses Tab until `match` says the focused element is the one wanted (no mouse, no focus()). */
async function tabTo(page: Page, match: (id: string, text: string) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    if (match(await focusedId(page), await focusedText(page))) return;
  }
  throw new Error(`Tab never reached ${what}`);
}
const tabToId = (page: Page, id: string) => tabTo(page, (focused) => focused === id, `#${id}`);
const tabToButton = (page: Page, label: string) => tabTo(page, (_, text) => text === label, `the button "${label}"`);

async function pressAndLoad(page: Page, key: string) {
  await Promise.all([page.waitForEvent('load'), page.keyboard.press(key)]);
}

describe('a respondent, by keyboard alone', () => {
  it('answers through the personal link, saves, comes back, sends, and cannot answer twice', async () => {
    const { context, page } = await newPage();
    try {
      const link = `${server.url}/svar/${fixture.token}`;
      await visit(page, link);
      expect(await page.locator('h1').innerText()).toBe('Testundersøkelse om samarbeidet');
      await checkA11y(page, { label: 'the personal form, step 1' });

      // Step 1: "Noe" first (the arrow key moves and chooses within the radio group), rating 4, two areas.
      await tabToId(page, 'q-kjennskap-godt');
      await page.keyboard.press('ArrowDown');
      expect(await page.isChecked('#q-kjennskap-noe')).toBe(true);
      await tabToId(page, 'q-nytte-1');
      await page.keyboard.press('Space');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      expect(await page.isChecked('#q-nytte-4')).toBe(true);
      await tabToId(page, 'q-omrader-helse');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      expect(await page.isChecked('#q-omrader-kultur')).toBe(true);
      await tabToButton(page, 'Neste');
      await pressAndLoad(page, 'Enter');

      // Step 2 without "Godt": the conditional question is not asked.
      expect(await page.locator('main').innerText()).toContain('Del 2 av 3');
      expect(await page.locator('#q-hva_godt').count()).toBe(0);
      await tabToButton(page, 'Forrige');
      await pressAndLoad(page, 'Enter');
      expect(await page.isChecked('#q-kjennskap-noe'), 'the draft kept the answer').toBe(true);
      await tabToId(page, 'q-kjennskap-noe');
      await page.keyboard.press('ArrowUp');
      expect(await page.isChecked('#q-kjennskap-godt')).toBe(true);
      await tabToButton(page, 'Neste');
      await pressAndLoad(page, 'Enter');

      // Step 2 with "Godt": the conditional question appears; matrix rows by arrow keys; a number.
      await tabToId(page, 'q-hva_godt');
      await page.keyboard.type('Helse og kultur');
      await tabToId(page, 'q-matrise-helse-lav');
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await tabToId(page, 'q-matrise-kultur-lav');
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await tabToId(page, 'q-moter');
      await page.keyboard.type('7');
      await tabToButton(page, 'Lagre og fortsett senere');
      await pressAndLoad(page, 'Enter');
      expect(await page.locator('main [role="status"]').innerText()).toContain('Svarene dine er lagret');
    } finally {
      await context.close();
    }

    // Later, in a new browser session: the answers are there; go on and send.
    const { context: later, page: back } = await newPage();
    try {
      const page = back;
      await visit(page, `${server.url}/svar/${fixture.token}?steg=2`);
      expect(await page.inputValue('#q-hva_godt')).toBe('Helse og kultur');
      expect(await page.isChecked('#q-matrise-helse-hoy')).toBe(true);
      expect(await page.isChecked('#q-matrise-kultur-middels')).toBe(true);
      expect(await page.inputValue('#q-moter')).toBe('7');
      await tabToButton(page, 'Neste');
      await pressAndLoad(page, 'Enter');
      await tabToId(page, 'q-kommentar');
      await page.keyboard.type('Sendt med tastaturet');
      await tabToButton(page, 'Send svaret');
      await pressAndLoad(page, 'Enter');
      expect(new URL(page.url()).pathname).toBe(`/svar/${fixture.token}/kvittering`);
      expect(await page.locator('h1').innerText()).toBe('Takk for svaret');
      await checkA11y(page, { label: 'the receipt' });

      await visit(page, `${server.url}/svar/${fixture.token}`);
      expect(await page.locator('h1').innerText()).toBe('Du har allerede svart');
      expect(await page.locator('main form').count()).toBe(0);
    } finally {
      await later.close();
    }
  });
});

describe('the survey pages', () => {
  const form = () => `/${fixture.slug}/undersokelser/${fixture.surveyId}/svar`;
  const results = () => `/${fixture.slug}/undersokelser/${fixture.surveyId}/resultater?by=municipality`;
  const pages = () => [`/${fixture.slug}/undersokelser`, `/${fixture.slug}/undersokelser/${fixture.surveyId}`, form(), results()];
  // Each page is loaded once per language and checked at 1280 px, then narrowed to 320 px (it reflows
  // without a reload). axe runs on every page in one width per language, and on the form and the
  // results in both: axe is the slow part, and the CI budget is one minute a file.
  for (const prefix of ['', '/en']) {
    it(`pass axe at 1280 and 320 px and reflow (${prefix || 'nb'})`, async () => {
      const { context, page } = await newPage(1280);
      try {
        for (const path of pages()) {
          const both = path === form() || path === results();
          await visit(page, `${server.url}${prefix}${path}`);
          expect(await page.locator('h1').count(), path).toBe(1);
          if (prefix === '' || both) await checkA11y(page, { label: `${prefix}${path} at 1280 px` });
          await page.setViewportSize({ width: 320, height: 900 });
          const overflow = await horizontalOverflow(page);
          expect(overflow, `${path} scrolls sideways: ${(await widestElements(page, 320)).join(', ')}`).toBeLessThanOrEqual(1);
          if (prefix === '/en' || both) await checkA11y(page, { label: `${prefix}${path} at 320 px` });
          await page.setViewportSize({ width: 1280, height: 900 });
        }
      } finally {
        await context.close();
      }
    });
  }

  it('never shows the numbers of the small group: Hole is hidden, with at least one other group, in every table', async () => {
    const { context, page } = await newPage();
    try {
      await visit(page, `${server.url}/${fixture.slug}/undersokelser/${fixture.surveyId}/resultater?by=municipality`);
      const tables = page.locator('main table', { has: page.locator('th', { hasText: /^Hole$/ }) });
      expect(await tables.count()).toBeGreaterThan(5);
      for (const table of await tables.all()) {
        const hole = table.locator('tr', { has: page.locator('th', { hasText: /^Hole$/ }) });
        expect(await hole.innerText()).toContain('Skjult (under 5 svar)');
        // Complementary suppression: another group is hidden too, so subtraction finds no single group.
        expect(await table.locator('td', { hasText: 'Skjult (under 5 svar)' }).count()).toBeGreaterThanOrEqual(2);
      }
      expect(await page.locator('main svg[role="img"]').count()).toBeGreaterThan(5);
      expect(await page.locator('main').innerText()).toContain('Slik vernes små grupper');
    } finally {
      await context.close();
    }
  });
});

describe('the secretariat', () => {
  it('reaches every workspace page of the survey, accessible at 1280 and 320 px', async () => {
    const { context, page } = await newPage();
    try {
      await visit(page, `${server.url}/logg-inn`);
      const form = page.locator('main form:has(input[type="password"])').first();
      await form.locator('input[name="email"]').fill(EMAIL);
      await form.locator('input[type="password"]').fill(PASSWORD);
      await Promise.all([page.waitForEvent('load'), form.locator('[type="submit"]').first().press('Enter')]);
      const base = `/arbeidsflate/samarbeid/${fixture.slug}/undersokelser`;
      const paths = [base, `${base}/${fixture.surveyId}`, `${base}/${fixture.surveyId}/sporsmal`, `${base}/${fixture.surveyId}/mottakere`, `${base}/${fixture.surveyId}/resultater?by=role`];
      for (const path of paths) {
        await visit(page, `${server.url}${path}`);
        await checkA11y(page, { label: `${path} at 1280 px` });
        await page.setViewportSize({ width: 320, height: 900 });
        expect(await horizontalOverflow(page), `${path} at 320 px: ${(await widestElements(page, 320)).join(', ')}`).toBeLessThanOrEqual(1);
        if (path.includes('/resultater') || path.endsWith('/sporsmal')) await checkA11y(page, { label: `${path} at 320 px` });
        await page.setViewportSize({ width: 1280, height: 900 });
      }
      const invitations = await page.goto(`${server.url}${base}/${fixture.surveyId}/mottakere`);
      expect(invitations?.status()).toBe(200);
      expect(await page.locator('#invitations').innerText()).toContain('Ordfører i Asker (test)');
    } finally {
      await context.close();
    }
  });
});
