import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfWith } from '../../src/modules/archive/test-files';
import { checkA11y, launchBrowser } from '../support/browser';
import { horizontalOverflow, visit, widestElements } from '../support/pages';
import { runNodeScript } from '../support/process';
import { startServer, type RunningServer } from '../support/server';

// The archive's public pages (search, a cooperation's archive, a document, its file, the feed and the
// sitemap) in nb, nn and en, wide and narrow, with axe; then the secretariat's archive tab without
// JavaScript: a refused upload, a real PDF uploaded as internal, made public, found, and withdrawn.

const EMAIL = 'arkiv.e2e@samrad.invalid';
const PASSWORD = 'arkivet er åpent 2018';

let server: RunningServer;
let browser: Browser;
let seedPaperId: number;
let files: string;

const json = async (path: string) => (await fetch(server.url + path)).json() as Promise<any>;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  files = mkdtempSync(join(tmpdir(), 'samrad-archive-e2e-'));
  // Vestregionen is the demo's first cooperation: id 1.
  const created = await runNodeScript(
    'src/cli/index.ts',
    ['user', 'create', '--email', EMAIL, '--name', 'Sekretariatet (test)', '--role', 'secretariat', '--cooperation', '1', '--password-stdin'],
    { env: { DATA_DIR: server.dataDir, DATABASE_URL: server.databaseUrl }, input: `${PASSWORD}\n`, timeoutMs: 60_000 },
  );
  if (created.code !== 0) throw new Error(`samrad user create failed:\n${created.stderr}\n${created.stdout}`);
  const hits = await json('/api/v1/search?q=%22felles+saksgrunnlag%22&cooperation=vestregionen&type=source');
  seedPaperId = Number(String(hits.data[0].id).split('/').pop());
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (files) rmSync(files, { recursive: true, force: true });
});

// One address per page type; the search page is shown with results and the year refused (400).
const PAGES = () => [
  { name: 'search with results', path: '/sok?q=samarbeid&cooperation=vestregionen' },
  { name: 'search with a bad year', path: '/sok?q=framtid&year=18', status: 400 },
  { name: 'archive with a search', path: '/vestregionen/arkiv?q=framtid&year=2017' },
  { name: 'document', path: `/dokumenter/${seedPaperId}` },
];
const LOCALES = [
  { locale: 'nb', prefix: '' },
  { locale: 'nn', prefix: '/nn' },
  { locale: 'en', prefix: '/en' },
] as const;

for (const width of [1280, 320]) {
  describe(`public archive pages at ${width} px`, () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width, height: 900 } });
      page = await context.newPage();
      page.setDefaultTimeout(10_000);
    });
    afterAll(() => context?.close());

    for (const { locale, prefix } of LOCALES) {
      it(`are accessible and reflow (${locale})`, async () => {
        for (const { name, path, status } of PAGES()) {
          const url = prefix + path;
          await visit(page, server.url + url, status ?? 200);
          expect(await page.getAttribute('html', 'lang'), url).toBe(locale);
          expect(await page.locator('h1').count(), `${name}: one h1`).toBe(1);
          expect((await page.title()).length, `${name}: a title`).toBeGreaterThan(5);
          expect(await page.locator('meta[name="description"]').count(), `${name}: a description`).toBe(1);
          if (width === 320) {
            const overflow = await horizontalOverflow(page);
            expect(overflow, `${url} scrolls sideways at 320 px: ${(await widestElements(page, 320)).join(', ')}`).toBeLessThanOrEqual(1);
          }
          await checkA11y(page, { label: `${url} at ${width} px` });
        }
      });
    }
  });
}

describe('search results', () => {
  it('mark the words found, and the search form works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await visit(page, `${server.url}/sok`);
      await page.fill('#q', '"felles saksgrunnlag"');
      await page.selectOption('#cooperation', 'vestregionen');
      await page.locator('main form[role="search"] [type="submit"]').click();
      await page.waitForLoadState('load');
      expect(new URL(page.url()).searchParams.get('q')).toBe('"felles saksgrunnlag"');
      // Other modules' documents (the generated case paper) may quote the same text: each hit marks the phrase.
      const hits = page.locator('main .hit-list > li');
      expect(await hits.count()).toBeGreaterThanOrEqual(1);
      for (const marks of await hits.evaluateAll((items) => items.map((li: any) => Array.from(li.querySelectorAll('mark')).map((m: any) => m.textContent)))) {
        expect(marks).toContain('felles saksgrunnlag');
      }
      await page.locator(`main .hit-list a[href="/dokumenter/${seedPaperId}"]`).click();
      await page.waitForLoadState('load');
      expect(await page.locator('h1').innerText()).toBe('Sak 03/2018 Vestregionens fremtid – skisse til fremtidig samarbeid');
      expect(await page.locator('main').innerText()).toContain('Det utarbeides et felles saksgrunnlag');
    } finally {
      await context.close();
    }
  });
});

async function signedIn(javaScriptEnabled: boolean): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await visit(page, `${server.url}/logg-inn`);
  await page.locator('main input[type="email"], main input[name="email"]').first().fill(EMAIL);
  await page.locator('main input[type="password"]').first().fill(PASSWORD);
  await page.locator('main form:has(input[type="password"]) [type="submit"]').first().click();
  await page.waitForLoadState('load');
  return { context, page };
}

const tab = () => `${server.url}/arbeidsflate/samarbeid/vestregionen/arkiv`;

describe('the secretariat’s archive tab', () => {
  it('is accessible at 1280 and 320 px, in nb and en, and after a refused upload', async () => {
    const { context, page } = await signedIn(true);
    try {
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 900 });
        for (const prefix of ['', '/en']) {
          await visit(page, tab().replace(server.url, server.url + prefix));
          expect(await page.locator('h1').count()).toBe(1);
          expect(await horizontalOverflow(page), `scrolls sideways at ${width} px: ${(await widestElements(page, width)).join(', ')}`).toBeLessThanOrEqual(1);
          await checkA11y(page, { label: `the archive tab ${prefix} at ${width} px` });
        }
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      await visit(page, tab());
      await page.locator('main form[enctype="multipart/form-data"] [type="submit"]').click();
      await page.waitForLoadState('load');
      expect(await page.locator('#file-error').innerText()).toMatch(/choose a file/);
      await checkA11y(page, { label: 'the archive tab with a refused upload' });
    } finally {
      await context.close();
    }
  });
});

describe('the secretariat’s archive tab, without JavaScript', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await signedIn(false));
  });
  afterAll(() => context?.close());

  it('refuses a file that is not a PDF or DOCX, naming the field, with the other fields kept', async () => {
    const fake = join(files, 'notat.pdf');
    writeFileSync(fake, 'this is plain text pretending to be a PDF');
    await visit(page, tab());
    await page.setInputFiles('#file', fake);
    await page.fill('#title', 'Falskt vedlegg');
    await page.fill('#document_date', '15.03.2018');
    await page.locator('main form[enctype="multipart/form-data"] [type="submit"]').click();
    await page.waitForLoadState('load');
    expect(await page.locator('.ds-error-summary').innerText()).toMatch(/Fil: must be a PDF or a Word document/);
    expect(await page.locator('#file-error').innerText()).toMatch(/must be a PDF or a Word document/);
    expect(await page.inputValue('#title')).toBe('Falskt vedlegg');
  });

  it('uploads a real PDF as internal, makes it public, and withdraws it; the public sees it only while public', async () => {
    const pdf = join(files, 'høringssvar.pdf');
    writeFileSync(pdf, await pdfWith(['Høringssvar om ungdomssymfonikerne', 'Øvre Eiker støtter videreføringen av Ungdomssymfonikerne.']));
    await visit(page, tab());
    await page.setInputFiles('#file', pdf);
    await page.fill('#title', 'Høringssvar fra Øvre Eiker (testdokument)');
    await page.fill('#document_date', '2018-05-20');
    await page.uncheck('#is_public');
    await page.fill('#exempt_basis', 'offl. § 14');
    await page.locator('main form[enctype="multipart/form-data"] [type="submit"]').click();
    await page.waitForLoadState('load');
    expect(await page.locator('main [role="status"]').first().innerText()).toContain('Dokumentet er lastet opp.');
    const card = page.locator('main li.ds-card', { hasText: 'Høringssvar fra Øvre Eiker (testdokument)' });
    expect(await card.innerText()).toContain('Unntatt offentlighet (offl. § 14)');
    const href = (await card.locator('h3 a').getAttribute('href'))!;
    const id = Number(href.split('/').pop());

    // Internal: the secretariat reads the file, the public gets 404 everywhere and finds nothing.
    const mine = await page.request.get(`${server.url}/dokumenter/${id}/fil`);
    expect(mine.status()).toBe(200);
    expect(mine.headers()['content-type']).toBe('application/pdf');
    expect(mine.headers()['content-disposition']).toContain("filename*=UTF-8''h%C3%B8ringssvar.pdf");
    expect((await fetch(`${server.url}/dokumenter/${id}/fil`)).status).toBe(404);
    expect((await fetch(`${server.url}/dokumenter/${id}`)).status).toBe(404);
    expect((await json('/api/v1/search?q=ungdomssymfonikerne')).data.map((d: any) => d.name)).not.toContain('Høringssvar fra Øvre Eiker (testdokument)');
    expect(await (await fetch(`${server.url}/sitemap.xml`)).text()).not.toContain(`/dokumenter/${id}<`);

    // Public: the text taken out of the PDF is searchable, in the feed and the sitemap.
    await card.locator('input[name="is_public"]').check();
    await card.locator('input[name="exempt_basis"]').fill('');
    await card.locator('button', { hasText: 'Lagre tilgang' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('main [role="status"]').first().innerText()).toContain('Tilgangen er endret.');
    const found = await json('/api/v1/search?q=ungdomssymfonikerne+%22%C3%98vre+Eiker%22');
    expect(found.data.map((d: any) => d.name)).toEqual(['Høringssvar fra Øvre Eiker (testdokument)']);
    expect((await fetch(`${server.url}/dokumenter/${id}/fil`)).status).toBe(200);
    expect(await (await fetch(`${server.url}/sitemap.xml`)).text()).toContain(`<loc>${server.url}/dokumenter/${id}</loc>`);
    const feed = await (await fetch(`${server.url}/vestregionen/arkiv/nye.atom`)).text();
    expect(feed).toContain('<title>Høringssvar fra Øvre Eiker (testdokument)</title>');
    expect(feed).toContain(`<link rel="alternate" type="text/html" href="${server.url}/dokumenter/${id}"/>`);

    await visit(page, tab());
    await page.locator('main li.ds-card', { hasText: 'Høringssvar fra Øvre Eiker (testdokument)' }).locator('button', { hasText: 'Trekk tilbake' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('main [role="status"]').first().innerText()).toContain('Dokumentet er trukket tilbake.');
    expect((await json('/api/v1/search?q=ungdomssymfonikerne+%22%C3%98vre+Eiker%22')).data).toEqual([]);
    expect((await fetch(`${server.url}/dokumenter/${id}`)).status).toBe(404);
  });
});

describe('the sitemap', () => {
  it('lists every cooperation’s fixed pages and the public documents with absolute addresses', async () => {
    const xml = await (await fetch(`${server.url}/sitemap.xml`)).text();
    for (const path of ['/vestregionen', '/vestregionen/medlemmer', '/vestregionen/organer', '/vestregionen/moter', '/vestregionen/tjenester', '/vestregionen/nyheter', '/vestregionen/undersokelser', '/vestregionen/arkiv', `/dokumenter/${seedPaperId}`]) {
      expect(xml).toContain(`<loc>${server.url}${path}</loc>`);
    }
  });
});
