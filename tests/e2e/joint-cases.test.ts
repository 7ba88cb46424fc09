import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jointCaseJobHandlers } from '../../src/modules/joint-cases';
import { openDatabase } from '../../src/platform/db/database';
import { runDueJobs } from '../../src/platform/jobs';
import { createMailer } from '../../src/platform/mail';
import { checkA11y, launchBrowser } from '../support/browser';
import { openPage } from '../support/browser-page';
import { checkPageAt } from '../support/page-checks';
import { horizontalOverflow, visit } from '../support/pages';
import { runNodeScript } from '../support/process';
import { startServer, type RunningServer } from '../support/server';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { createUserWithCli, signIn } from '../support/users';

// Joint cases end to end, in Chromium with axe (WCAG 2.1 A + AA) at 1280 and 320 px: the public list
// and matrix of the demo's Sak 03/2018; a secretariat refers a new KHS case to the members; the
// reminder job mails the Asker clerk's office over a real SMTP server on loopback; its link opens the
// recording form, which records with JavaScript off; the resolution shows in the workspace matrix
// and, once published, on the public page. A clerk for Asker gets 404 on Bærum's form. KHS's members
// carry their 2020 numbers in the demo: Asker 3025, Bærum 3024.

const PASSWORD = 'Felles saksgrunnlag 2018 for alle';
const SECRETARIAT = { email: 'fellessak.sek@samrad.invalid', name: 'Fellessak E2E', role: 'secretariat', password: PASSWORD };
const CLERK = { email: 'asker.clerk@samrad.invalid', password: PASSWORD };
const ASKER_OFFICE = 'postmottak.asker@samrad.invalid';
const KHS = 'kommunehelsesamarbeidet';
const WORK = `/arbeidsflate/samarbeid/${KHS}`;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const nbDay = (iso: string) => iso.split('-').reverse().join('.');
// Far enough ahead that the server's own job loop leaves the reminder alone: the test runs it itself.
const deadline = isoDay(new Date(Date.now() + 60 * 86_400_000));

let smtp: TestSmtp;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let demoId = 0;
let jointCaseId = 0;
let linkUrl = '';

beforeAll(async () => {
  smtp = await startTestSmtp();
  [server, browser] = await Promise.all([startServer({ env: { SMTP_URL: smtp.url } }), launchBrowser()]);
  const clerk = runNodeScript(
    'src/cli/index.ts',
    ['user', 'create', '--email', CLERK.email, '--name', 'Saksbehandler Asker', '--role', 'municipal_clerk', '--municipality', '3025', '--password-stdin'],
    { env: { DATA_DIR: server.dataDir, DATABASE_URL: server.databaseUrl }, input: `${PASSWORD}\n`, timeoutMs: 60_000 },
  );
  const [made] = await Promise.all([clerk, createUserWithCli(server, SECRETARIAT)]);
  expect(made.code, made.stderr).toBe(0);
  ({ context, page } = await openPage(browser));
  const list = (await (await fetch(`${server.url}/api/v1/joint-cases?cooperation=vestregionen`)).json()) as { data: Array<{ id: string }> };
  demoId = Number(list.data[0]!.id.split('/').pop());
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
  await smtp?.stop();
});

async function submit(form: ReturnType<Page['locator']>, on: Page = page) {
  const [response] = await Promise.all([on.waitForNavigation(), form.locator('button[type="submit"]').last().click()]);
  return response?.status() ?? 0;
}

async function bothWidths(path: string, lang = 'nb', status = 200) {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await checkPageAt(page, server.url, path, { width, lang, status });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** axe and reflow on the page as it stands (a refused post cannot be loaded again): 1280, then 320 px. */
async function checkHere(label: string) {
  await checkA11y(page, { label: `${label} at 1280 px` });
  await page.setViewportSize({ width: 320, height: 900 });
  expect(await horizontalOverflow(page), `${label} scrolls sideways at 320 px`).toBeLessThanOrEqual(1);
  await checkA11y(page, { label: `${label} at 320 px` });
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('the public joint-case pages', () => {
  it('list, matrix and empty state are accessible and reflow, in bokmål, nynorsk and English', async () => {
    await bothWidths('/vestregionen/fellessaker');
    await bothWidths(`/nn/vestregionen/fellessaker/${demoId}`, 'nn');
    await visit(page, `${server.url}/en/${KHS}/fellessaker`);
    expect(await page.locator('main').innerText()).toContain('No joint cases have been published yet.');
    await visit(page, `${server.url}/vestregionen/fellessaker/999999`, 404);
  });

  it('the matrix is a real table with words and symbols, and the downloads answer', async () => {
    await visit(page, `${server.url}/vestregionen/fellessaker/${demoId}`);
    expect(await page.locator('#matrix caption').innerText()).toContain('Hva hver kommune har vedtatt');
    expect(await page.locator('#matrix tbody th[scope="row"]').count()).toBe(15);
    const matrix = await page.locator('#matrix').innerText();
    expect(matrix).toMatch(/✓\s*For/);
    expect(await page.locator('main').innerText()).toMatch(/Behandlet: \d+ av 15/);
    for (const [file, type] of [['matrise.csv', 'text/csv'], ['matrise.xlsx', 'spreadsheetml'], ['rapport.pdf', 'application/pdf']] as const) {
      const answer = await fetch(`${server.url}/vestregionen/fellessaker/${demoId}/${file}`);
      expect(answer.status, file).toBe(200);
      expect(answer.headers.get('content-type'), file).toContain(type);
      await answer.arrayBuffer();
    }
  });
});

describe('referral, reminder, recording and roll-up', () => {
  it('the secretariat opens a KHS case and refers it to the members; a missing deadline is refused at its field', async () => {
    await signIn(page, server, SECRETARIAT);
    await visit(page, `${server.url}${WORK}/moter/saker`);
    const form = page.locator('main form:has(textarea[name="proposal"])').first();
    await form.getByLabel('Tittel', { exact: true }).fill('Felles legevakt – avtale for 2027');
    await form.getByLabel('Forslag til vedtak').fill('Kommunestyret slutter seg til avtalen.\n\n1. Avtalen gjelder fra 1. januar 2027.\n2. Kostnadene fordeles etter folketall.');
    expect(await submit(form)).toBe(200);
    await page.getByRole('link', { name: 'Send til kommunene' }).click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(`${WORK}/fellessaker/ny`);
    const members = page.locator('main input[name="members"]');
    expect(await members.count()).toBeGreaterThan(20);
    expect(await page.locator('main input[name="members"]:not(:checked)').count()).toBe(0);

    const refer = page.locator('main form:has(input[name="deadline"])');
    await refer.getByLabel('Følgebrev til kommunene').fill('Behandles i kommunestyret før fristen.');
    expect(await submit(refer)).toBe(422);
    expect(await page.locator('main .ds-error-summary').innerText()).toContain('Frist for behandling');
    expect(await page.getByLabel('Følgebrev til kommunene').inputValue()).toBe('Behandles i kommunestyret før fristen.');
    await checkHere('the referral form, refused');

    await page.getByLabel('Frist for behandling').fill(nbDay(deadline));
    await page.getByLabel('Kommunene tar stilling til').selectOption('points');
    await page.getByLabel('E-post til Asker').fill(ASKER_OFFICE);
    expect(await submit(page.locator('main form:has(input[name="deadline"])'))).toBe(200);
    const path = new URL(page.url()).pathname;
    expect(path).toMatch(new RegExp(`^${WORK}/fellessaker/\\d+$`));
    jointCaseId = Number(path.split('/').pop());
    expect(await page.locator('main [role="status"]').first().innerText()).toContain('Saken er sendt til kommunene.');
    await bothWidths(path);
    await bothWidths(`${WORK}/fellessaker`);
    expect(await page.locator('#joint-cases').innerText()).toContain('Felles legevakt');
  });

  it('the reminder job mails the Asker office over SMTP, with a personal link', async () => {
    const { db, close } = await openDatabase({ dataDir: server.dataDir, databaseUrl: server.databaseUrl });
    try {
      const mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'Samråd <ikke-svar@samrad.invalid>' });
      const now = new Date(Date.parse(`${deadline}T12:00:00Z`) - 6 * 86_400_000);
      const report = await runDueJobs(db, { handlers: jointCaseJobHandlers({ mailer, baseUrl: server.url }), now });
      expect(report.done).toContain(`joint-case-reminder:${jointCaseId}:${isoDay(new Date(Date.parse(`${deadline}T12:00:00Z`) - 7 * 86_400_000))}`);
    } finally {
      await close();
    }
    const mail = smtp.messages.find((m) => m.to.includes(ASKER_OFFICE));
    expect(mail, 'a reminder to the Asker office').toBeDefined();
    // Undo quoted-printable soft breaks before looking for the link.
    const text = mail!.raw.toString('utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    linkUrl = new RegExp(`${server.url}/behandling/[A-Za-z0-9_-]{20,}`).exec(text)?.[0] ?? '';
    expect(linkUrl).not.toBe('');
  });

  it('the link opens the recording form, which records with JavaScript off and is then spent', async () => {
    await visit(page, linkUrl);
    expect(await page.locator('h1').innerText()).toContain('Asker');
    expect(await page.getByLabel('Vedtaket slik kommunen fattet det').inputValue()).toContain('1. Avtalen gjelder fra 1. januar 2027.');
    await bothWidths(new URL(linkUrl).pathname);

    const plain = await openPage(browser, { javaScriptEnabled: false });
    try {
      const p = plain.page;
      await visit(p, linkUrl);
      const form = () => p.locator('main form').first();
      await form().getByLabel('Status').selectOption('treated');
      await form().getByLabel('Utfall').selectOption('adopted_with_changes');
      const resolution = form().getByLabel('Vedtaket slik kommunen fattet det');
      await resolution.fill((await resolution.inputValue()).replace('etter folketall', 'likt mellom kommunene'));
      await form().getByLabel('Punkt 1', { exact: true }).selectOption('for');
      await form().getByLabel('Punkt 2', { exact: true }).selectOption('changed');
      expect(await submit(form(), p)).toBe(422);
      expect(await p.locator('main .ds-error-summary').innerText()).toContain('Møtedato');
      expect(await form().getByLabel('Vedtaket slik kommunen fattet det').inputValue()).toContain('likt mellom kommunene');

      await form().getByLabel('Organ som behandlet saken').selectOption('kommunestyre');
      await form().getByLabel('Møtedato').fill(nbDay(isoDay(new Date())));
      await form().getByLabel('Saksnummer i kommunen', { exact: true }).fill('45/26');
      await form().getByLabel('Lenke til kommunens offentlige møtebok').fill('https://www.asker.kommune.no/politikk/');
      await form().locator('input[type="file"]').setInputFiles({ name: 'motebokutskrift.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
      expect(await submit(form(), p)).toBe(200);
      expect(new URL(p.url()).pathname).toBe('/behandling/registrert');
      expect(await p.locator('main [role="status"]').innerText()).toContain('lenken er nå brukt');

      // Spent, and unknown: the same refusal, revealing nothing.
      await visit(p, linkUrl, 404);
      const spent = await p.locator('main').innerText();
      await visit(p, `${server.url}/behandling/${'x'.repeat(43)}`, 404);
      expect(await p.locator('main').innerText()).toBe(spent);
    } finally {
      await plain.context.close();
    }
    await visit(page, linkUrl, 404);
    await checkA11y(page, { label: 'the refusal of a spent link' });
    await visit(page, `${server.url}/behandling/registrert`);
    await checkHere('the receipt after recording');
  });

  it('the resolution shows in the workspace matrix with its history, and on the public page once published', async () => {
    const rollup = `${WORK}/fellessaker/${jointCaseId}`;
    await visit(page, `${server.url}${rollup}`);
    const row = page.locator('#matrix tbody tr:has(th:has-text("Asker"))');
    expect(await row.innerText()).toContain('Vedtatt med endringer');
    expect(await row.innerText()).toMatch(/≈\s*Endret/);
    expect(await page.locator('section[aria-labelledby="council-3025"] ins').first().innerText()).toContain('likt mellom kommunene');
    expect(await page.locator('section[aria-labelledby="council-3025"] del').first().innerText()).toContain('etter folketall');
    expect(await page.locator('#history').innerText()).toContain('Personlig lenke');
    expect(await page.locator('section[aria-labelledby="council-3025"] a:has-text("Møtebokutskrift")').count()).toBe(1);

    await visit(page, `${server.url}/${KHS}/fellessaker/${jointCaseId}`, 404);
    await visit(page, `${server.url}${rollup}`);
    expect(await submit(page.locator('main form:has(input[name="is_published"])'))).toBe(200);
    expect(await page.locator('main [role="status"]').first().innerText()).toContain('publisert');

    await visit(page, `${server.url}/${KHS}/fellessaker/${jointCaseId}`);
    await checkA11y(page, { label: 'the public page with a word diff' });
    expect(await page.locator('#matrix tbody tr:has(th:has-text("Asker"))').innerText()).toContain('Vedtatt med endringer');
    await visit(page, `${server.url}/${KHS}/fellessaker`);
    expect(await page.locator('#joint-cases').innerText()).toContain('Felles legevakt');
  });

  it('a clerk for Asker sees Asker’s list and form, and gets the same 404 on Bærum’s form as on none', async () => {
    const clerk = await openPage(browser);
    try {
      const p = clerk.page;
      await signIn(p, server, CLERK);
      for (const width of [1280, 320]) {
        await p.setViewportSize({ width, height: 900 });
        await checkPageAt(p, server.url, '/arbeidsflate/kommune', { width, lang: 'nb' });
        await checkPageAt(p, server.url, `/en/arbeidsflate/fellessaker/${jointCaseId}/kommuner/3025`, { width, lang: 'en' });
      }
      await p.setViewportSize({ width: 1280, height: 900 });
      await visit(p, `${server.url}/arbeidsflate/kommune`);
      expect(await p.locator('#clerk-tasks').innerText()).toContain('Felles legevakt');
      await visit(p, `${server.url}/arbeidsflate/fellessaker/${jointCaseId}/kommuner/3024`, 404);
      const refused = await p.locator('main').innerText();
      await visit(p, `${server.url}/arbeidsflate/fellessaker/999999/kommuner/3024`, 404);
      expect(await p.locator('main').innerText()).toBe(refused);
      expect(await horizontalOverflow(p)).toBeLessThanOrEqual(1);
    } finally {
      await clerk.context.close();
    }
  });
});

/** A one-page PDF small enough to write out: the archive checks the type by its bytes. */
function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 44 >>\nstream\nBT /F1 12 Tf 20 100 Td (Motebok Asker) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
