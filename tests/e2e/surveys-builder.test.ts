import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser } from '../support/browser';
import { horizontalOverflow, visit, widestElements } from '../support/pages';
import { startServer, type RunningServer } from '../support/server';
import { createUserWithCli, signIn } from '../support/users';

// The question builder, as a secretary uses it with JavaScript switched off (every step is a form
// post and a redirect): make a survey, add a section with a single choice, a scale and a matrix that
// is asked only after one answer to the first, see a refused key named in the error summary, move a
// question, remove one, and find the questions in the respondent's form. axe at 1280 and 320 px.

const EMAIL = 'sekretariat.bygger@samrad.invalid';
const PASSWORD = 'Spørsmålsbyggeren 2017';
const LIST = '/arbeidsflate/samarbeid/vestregionen/undersokelser';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** The same secretary in a browser with JavaScript off; axe needs JavaScript, so it runs in `page`. */
let noScript: BrowserContext;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  await createUserWithCli(server, { email: EMAIL, name: 'Sekretariatet (byggertest)', role: 'secretariat', password: PASSWORD });
  [context, noScript] = await Promise.all([
    browser.newContext({ viewport: { width: 1280, height: 900 } }),
    browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false }),
  ]);
});

afterAll(async () => {
  await context?.close();
  await noScript?.close();
  await browser?.close();
  await server?.stop();
});

/** Clicks a submit button and waits for the page it leads to; returns that page's status. */
async function submit(button: ReturnType<Page['locator']>): Promise<number> {
  const [response] = await Promise.all([page.waitForNavigation(), button.click()]);
  return response?.status() ?? 0;
}

const questionOrder = () => page.locator('main li[id^="question-"]').evaluateAll((items) => items.map((li) => (li as { id: string }).id.replace('question-', '')));
/** A question's button (its accessible name also says which question). */
const action = (key: string, label: string) => page.locator(`#question-${key} button`, { hasText: label });
const saved = () => page.locator('main [role="status"]').first().innerText();

/** From the builder: choose the kind in a section's (or the new section's) chooser and go to its form. */
async function chooseKind(chooser: string, kind: string) {
  await page.locator(`#${chooser}`).selectOption(kind);
  expect(await submit(page.locator(`form:has(#${chooser}) button[type="submit"]`))).toBe(200);
}

describe('the question builder', () => {
  let builder = '';

  it('makes a survey and builds its questions with forms, without JavaScript', async () => {
    page = await noScript.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, server, { email: EMAIL, password: PASSWORD });
    await visit(page, `${server.url}${LIST}`);
    await page.locator('#title-nb').fill('Byggertest');
    await page.locator('#closes_on').fill('31.12.2099');
    expect(await submit(page.getByRole('button', { name: 'Lag utkast' }))).toBe(200);
    builder = new URL(page.url()).pathname;
    expect(builder).toMatch(/\/undersokelser\/\d+\/sporsmal$/);
    expect(await page.locator('h2#builder-heading').innerText()).toBe('Deler og spørsmål');
    expect(await page.locator('#json-heading').innerText()).toContain('JSON');

    // A new section with a single choice: the key is suggested from the text.
    await chooseKind('kind-new-section', 'single_choice');
    expect(await page.locator('h1').innerText()).toBe('Ny del med et spørsmål: ett valg');
    await page.locator('#title-nb').fill('Om samarbeidet');
    await page.locator('#title-en').fill('About the cooperation');
    await page.locator('#text-nb').fill('Hvor godt kjenner du samarbeidet?');
    await page.locator('#options-nb').fill('Godt\nNoe\nLite');
    await page.locator('#required').check();
    expect(await submit(page.getByRole('button', { name: 'Legg til spørsmålet' }))).toBe(200);
    expect(await saved()).toBe('Spørsmålene er lagret.');
    expect(await questionOrder()).toEqual(['kommentar', 'hvor_godt_kjenner_du']);

    // A rating scale in that section.
    await chooseKind('kind-om_samarbeidet', 'rating');
    await page.locator('#text-nb').fill('Hvor nyttig er samarbeidet?');
    await page.locator('#key').fill('nytte');
    await page.locator('#min_label-nb').fill('Ikke nyttig');
    await page.locator('#max_label-nb').fill('Svært nyttig');
    expect(await submit(page.getByRole('button', { name: 'Legg til spørsmålet' }))).toBe(200);

    // A matrix asked only after «Godt»; first with a key the format refuses, named in the summary.
    await chooseKind('kind-om_samarbeidet', 'matrix');
    await page.locator('#text-nb').fill('Vurder områdene');
    await page.locator('#key').fill('Områder!');
    await page.locator('#rows-nb').fill('Helse\nKultur');
    await page.locator('#columns-nb').fill('Lav\nMiddels\nHøy');
    await page.locator('#condition').selectOption('hvor_godt_kjenner_du=godt');
    expect(await submit(page.getByRole('button', { name: 'Legg til spørsmålet' }))).toBe(422);
    const summary = page.locator('.ds-error-summary');
    expect(await summary.locator('a[href="#key"]').innerText()).toContain('Nøkkel');
    expect(await page.locator('#key').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#rows-nb').inputValue()).toBe('Helse\nKultur');
    await page.locator('#key').fill('omrader');
    expect(await submit(page.getByRole('button', { name: 'Legg til spørsmålet' }))).toBe(200);
    expect(await questionOrder()).toEqual(['kommentar', 'hvor_godt_kjenner_du', 'nytte', 'omrader']);
    expect(await page.locator('#question-omrader').innerText()).toContain('Stilles bare hvis «Hvor godt kjenner du samarbeidet?» er besvart med «Godt»');
  });

  it('moves, refuses and removes questions, and passes axe at 1280 and 320 px', async () => {
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, server, { email: EMAIL, password: PASSWORD });
    await visit(page, `${server.url}${builder}`);
    await submit(action('omrader', 'Flytt opp'));
    expect(await questionOrder()).toEqual(['kommentar', 'hvor_godt_kjenner_du', 'omrader', 'nytte']);
    // The matrix depends on the first question, so that one cannot be removed.
    expect(await submit(action('hvor_godt_kjenner_du', 'Fjern'))).toBe(422);
    expect(await page.locator('.ds-error-summary').innerText()).toContain('omrader');
    // Removing the starter question removes its section too.
    expect(await submit(action('kommentar', 'Fjern'))).toBe(200);
    expect(await questionOrder()).toEqual(['hvor_godt_kjenner_du', 'omrader', 'nytte']);
    expect(await page.locator('main h3').first().innerText()).toBe('Del 1: Om samarbeidet');
    await checkA11y(page, { label: 'the builder at 1280 px' });
    await visit(page, `${server.url}${builder}/ny?del=om_samarbeidet&type=matrix`);
    await checkA11y(page, { label: 'the new question form' });
    expect(await submit(page.getByRole('button', { name: 'Legg til spørsmålet' }))).toBe(422);
    expect(await page.locator('.ds-error-summary a[href="#text-nb"]').count()).toBe(1);
    await checkA11y(page, { label: 'the refused question form' });
    await visit(page, `${server.url}${builder}`);

    // Rename the section through its own form.
    await submit(page.getByRole('link', { name: 'Endre delen Om samarbeidet' }));
    await page.locator('#title-nn').fill('Om samarbeidet (nynorsk)');
    expect(await submit(page.getByRole('button', { name: 'Lagre delen' }))).toBe(200);

    await page.setViewportSize({ width: 320, height: 800 });
    await visit(page, `${server.url}${builder}`);
    expect(await horizontalOverflow(page), (await widestElements(page, 320)).join('\n')).toBeLessThanOrEqual(0);
    await checkA11y(page, { label: 'the builder at 320 px' });
    await visit(page, `${server.url}${builder}/ny?del=om_samarbeidet&type=rating`);
    expect(await horizontalOverflow(page), (await widestElements(page, 320)).join('\n')).toBeLessThanOrEqual(0);
    await checkA11y(page, { label: 'the scale form at 320 px' });
    await visit(page, `${server.url}/en${builder}`);
    expect(await page.locator('h2#builder-heading').innerText()).toBe('Sections and questions');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await checkA11y(page, { label: 'the builder in English at 320 px' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows the questions in the respondent’s form once the survey is open', async () => {
    const overview = builder.replace(/\/sporsmal$/, '');
    await visit(page, `${server.url}${overview}`);
    expect(await submit(page.getByRole('button', { name: 'Åpne undersøkelsen' }))).toBe(200);
    const id = /\/(\d+)\/sporsmal$/.exec(builder)![1];
    await visit(page, `${server.url}/vestregionen/undersokelser/${id}/svar`);
    const main = await page.locator('main').innerText();
    expect(main).toContain('Hvor godt kjenner du samarbeidet?');
    expect(main).toContain('Hvor nyttig er samarbeidet?');
    expect(main).toContain('Svært nyttig');
  });
});
