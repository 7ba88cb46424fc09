import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser } from '../support/browser';
import { openPage } from '../support/browser-page';
import { horizontalOverflow, visit, widestElements } from '../support/pages';
import { startServer, type RunningServer } from '../support/server';
import { createUserWithCli, signIn } from '../support/users';

// A secretariat user (the role unscoped, as the API names cooperations by address and the CLI takes
// an id), made with the CLI as an operator would, plans a meeting of
// Styringsgruppen, adds cases, sends the summons, records the resolution and approves the minutes;
// then the public reads the meeting and the case. axe runs on every page the journey passes.

const EMAIL = 'sekretariat.e2e@samrad.invalid';
const NAME = 'E2E Sekretariat';
const PASSWORD = 'correct horse battery staple 2018';
const PLAN = '/arbeidsflate/samarbeid/vestregionen/moter';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let meetingPath = '';
let casePath = '';

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  await createUserWithCli(server, { email: EMAIL, name: NAME, role: 'secretariat', password: PASSWORD });
  ({ context, page } = await openPage(browser));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

/** Submits a form and waits for the answer; fails on a server error. */
async function submit(form: ReturnType<Page['locator']>, button?: string) {
  const target = button ? form.getByRole('button', { name: button }) : form.locator('[type="submit"]').first();
  const [response] = await Promise.all([page.waitForNavigation(), target.click()]);
  expect(response?.status() ?? 0, `the post answered ${response?.status()}`).toBeLessThan(500);
}

const saved = () => page.locator('main [role="status"]').first().innerText();
const formWith = (heading: string) => page.locator(`main section:has(h2:text-is("${heading}")) form`).first();

describe('the secretariat’s meeting journey', () => {
  it('plans a meeting of Styringsgruppen', async () => {
    await signIn(page, server, { email: EMAIL, password: PASSWORD });
    await visit(page, `${server.url}${PLAN}`);
    expect(await page.locator('h1').innerText()).toBe('Møter og saker i Vestregionen');
    expect(await page.locator('main nav a[aria-current="page"]').innerText()).toBe('Møter og saker');
    await checkA11y(page, { label: 'the meeting plan' });

    const form = formWith('Nytt møte');
    await form.getByLabel('Organ').selectOption({ label: 'Styringsgruppen' });
    await form.getByLabel('Dato').fill('2031-03-13');
    await form.getByLabel('Klokkeslett (start)').fill('10:00');
    await form.getByLabel('Klokkeslett (slutt)').fill('12:00');
    await form.getByLabel('Sted').fill('Bærum rådhus');
    await submit(form);
    meetingPath = new URL(page.url()).pathname;
    expect(meetingPath).toMatch(/^\/arbeidsflate\/samarbeid\/vestregionen\/moter\/\d+$/);
    expect(await saved()).toBe('Møtet er opprettet.');
    expect(await page.locator('main dl').first().innerText()).toContain('13.03.2031 kl. 10:00–12:00');
  });

  it('adds two new cases, reorders them, and refuses a case without a title at the field', async () => {
    const form = () => formWith('Ny sak til dette møtet');
    await submit(form());
    expect(await page.locator('main .ds-error-summary').innerText()).toContain('Tittel');
    expect(await form().getByLabel('Tittel').getAttribute('aria-invalid')).toBe('true');
    await checkA11y(page, { label: 'the new-case form refused' });

    await form().getByLabel('Tittel').fill('Budsjett for felles tiltak 2032');
    await form().getByLabel('Forslag til vedtak').fill('Styringsgruppen vedtar budsjettet.\n\n1. Kunst Rett Vest videreføres.\n2. Ungdomssymfonikerne videreføres.');
    await submit(form());
    expect(await saved()).toBe('Sakslisten er endret.');
    await form().getByLabel('Tittel').fill('Orientering om KHS');
    await submit(form());
    const rows = () => page.locator('#agenda tbody tr');
    expect(await rows().count()).toBe(2);
    expect(await rows().nth(1).innerText()).toContain('Orientering om KHS');
    await submit(rows().nth(1).locator('form'), 'Flytt opp');
    expect(await rows().nth(0).innerText()).toContain('Orientering om KHS');
    expect(await rows().nth(0).innerText()).toMatch(/\d\d\/2031/);
    await checkA11y(page, { label: 'a meeting with an agenda' });
  });

  it('sends the summons and marks the meeting held', async () => {
    await submit(page.locator('main form[action$="/innkalling"]'));
    expect(await saved()).toBe('Innkallingen er publisert.');
    expect(await page.locator('main dl').first().innerText()).toContain('Innkalt');
    await submit(page.locator('main form[action$="/gjennomfort"]'));
    expect(await saved()).toBe('Møtet er merket som gjennomført.');
  });

  it('records the resolution with votes, after a refusal that names the field', async () => {
    const budget = () => page.locator('main form:has(h3:has-text("Budsjett for felles tiltak 2032"))');
    await budget().getByLabel('Resultat').selectOption('adopted_with_changes');
    await submit(budget());
    expect(await page.locator('main .ds-error-summary').innerText()).toContain('Vedtak');
    await checkA11y(page, { label: 'a treatment refused' });

    await budget().getByLabel('Resultat').selectOption('adopted_with_changes');
    await budget().getByLabel('Vedtak', { exact: true }).fill('Styringsgruppen vedtar budsjettet med den endring at Kunst Rett Vest får 10 000 kroner mer.');
    await budget().getByLabel('For', { exact: true }).fill('15');
    await budget().getByLabel('Mot', { exact: true }).fill('2');
    await budget().getByLabel('Blanke', { exact: true }).fill('0');
    await submit(budget());
    expect(await saved()).toBe('Behandlingen er lagret.');
    casePath = (await page.locator('#agenda a:has-text("Budsjett for felles tiltak 2032")').getAttribute('href'))!;
    await checkA11y(page, { label: 'a held meeting with treatments' });
  });

  it('drafts and approves the minutes; then the meeting is locked and says by whom', async () => {
    const minutes = formWith('Protokoll');
    await minutes.getByLabel('Til stede', { exact: true }).fill('Ordfører i Asker\nOrdfører i Bærum');
    await submit(minutes);
    expect(await saved()).toBe('Utkastet til protokoll er lagret.');
    await submit(page.locator('main form[action$="/godkjenn"]'));
    expect(await saved()).toBe('Protokollen er godkjent og låst.');
    const lock = await page.locator('main .ds-alert[data-color="info"]').first().innerText();
    expect(lock).toMatch(new RegExp(`Protokollen ble godkjent \\d\\d\\.\\d\\d\\.\\d{4} av ${NAME}\\.`));
    expect(await page.locator('main form[action$="/behandling"]').count(), 'no treatment forms after approval').toBe(0);
    await checkA11y(page, { label: 'a locked meeting' });
  });

  it('uploads a PDF attachment on the case, and refuses a text file naming the field', async () => {
    await visit(page, `${server.url}${casePath}`);
    await checkA11y(page, { label: 'the case editor' });
    const upload = page.locator('main form[enctype="multipart/form-data"]');
    await upload.getByLabel('Fil', { exact: true }).setInputFiles({ name: 'notat.txt', mimeType: 'application/pdf', buffer: Buffer.from('bare tekst') });
    await submit(upload);
    expect(await page.locator('main .ds-error-summary').innerText()).toMatch(/Fil: .*PDF/);
    await checkA11y(page, { label: 'an upload refused' });
    await upload.getByLabel('Fil', { exact: true }).setInputFiles({ name: 'budsjett.pdf', mimeType: 'application/pdf', buffer: MINIMAL_PDF });
    await upload.getByLabel('Tittel på vedlegget').fill('Budsjettforslag');
    await submit(upload);
    expect(await saved()).toBe('Vedlegget er lastet opp.');
    expect(await page.locator('main').innerText()).toContain('Budsjettforslag');
  });
});

describe('the public reads the result', () => {
  let reader: BrowserContext;
  let view: Page;
  beforeAll(async () => {
    ({ context: reader, page: view } = await openPage(browser));
  });
  afterAll(() => reader?.close());

  it('shows the approved meeting and the case with its resolution and attachment, at 320 px', async () => {
    const id = meetingPath.split('/').pop();
    const caseId = casePath.split('/').pop();
    await view.setViewportSize({ width: 320, height: 900 });
    for (const [path, texts] of [
      [`/vestregionen/moter/${id}`, ['Protokollen ble godkjent', 'Vedtatt med endringer', '01/2031', '02/2031']],
      [`/vestregionen/saker/${caseId}`, ['Kunst Rett Vest får 10 000 kroner mer', '15 for, 2 mot, 0 blanke', 'Budsjettforslag', 'Kunst Rett Vest videreføres.']],
    ] as const) {
      await visit(view, `${server.url}${path}`);
      const main = await view.locator('main').innerText();
      for (const text of texts) expect(main, path).toContain(text);
      expect(await horizontalOverflow(view), `${path} at 320 px: ${(await widestElements(view, 320)).join(', ')}`).toBeLessThanOrEqual(1);
      await checkA11y(view, { label: `${path} at 320 px` });
    }
  });
});

/** The smallest PDF that a reader opens: one empty page. */
const MINIMAL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
