import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser } from '../support/browser';
import { horizontalOverflow, visit } from '../support/pages';
import { runNodeScript } from '../support/process';
import { startServer, type RunningServer } from '../support/server';

// An editor of Vestregionen (a role made with the CLI) writes a page through the workspace — with
// Markdown full of script — previews, saves, publishes and restores it; the public page raises no
// dialog and holds no script. The editing pages are checked by axe at 1280 and 320 px.

declare const window: any;

const EMAIL = 'redaktor.e2e@samrad.invalid';
const PASSWORD = 'riktig hest batteri stift 2018';
const SITE = '/arbeidsflate/samarbeid/vestregionen/nettsted';

const XSS = [
  '## Farlig tekst',
  '<script>window.__xss = 1; alert(1)</script>',
  '<img src=x onerror="window.__xss = 2; alert(2)">',
  '[klikk](javascript:alert(3))',
  '<iframe src="javascript:alert(4)"></iframe>',
  '<p style="color:red" onmouseover="alert(5)">stil</p>',
  '<svg onload="alert(6)"></svg>',
  'Trygg tekst til slutt.',
].join('\n\n');

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  // Vestregionen is the demo's first cooperation (id 1): an editor of it, and of nothing else.
  const created = await runNodeScript('src/cli/index.ts', ['user', 'create', '--email', EMAIL, '--name', 'Redaktør E2E', '--role', 'editor', '--cooperation', '1', '--password-stdin'], {
    env: { DATA_DIR: server.dataDir, DATABASE_URL: server.databaseUrl },
    input: `${PASSWORD}\n`,
    timeoutMs: 60_000,
  });
  if (created.code !== 0) throw new Error(`samrad user create failed (exit ${created.code}):\n${created.stderr}\n${created.stdout}`);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await visit(page, `${server.url}/logg-inn`);
  const form = page.locator('main form:has(input[type="password"])');
  await form.locator('input[name="email"]').fill(EMAIL);
  await form.locator('input[type="password"]').fill(PASSWORD);
  await form.locator('[type="submit"]').click();
  await page.waitForLoadState('load');
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

async function submit(locator: ReturnType<Page['locator']>) {
  await Promise.all([page.waitForEvent('load'), locator.click()]);
}

describe('an editor', () => {
  const editPaths: string[] = [];
  it('sees the site with its pages, news and processes', async () => {
    await visit(page, server.url + SITE);
    const main = await page.locator('main').innerText();
    expect(main).toContain('Vestregionens framtid');
    expect(main).toContain('Vestregionen som § 27-samarbeid opphører fra 1.1.2019');
    editPaths.push(SITE);
    for (const name of ['Om Vestregionen', 'Styringsgruppen behandler skisse til fremtidig samarbeid']) {
      editPaths.push(new URL((await page.locator('main a', { hasText: name }).first().getAttribute('href'))!, server.url).pathname);
    }
    editPaths.push(new URL((await page.locator('main section:has(#processes-heading) li a').first().getAttribute('href'))!, server.url).pathname);
    editPaths.push(`${editPaths[1]}/historikk`);
  });

  for (const width of [1280, 320]) {
    for (const prefix of ['', '/en']) {
      it(`has accessible editing pages that reflow (${prefix || 'nb'}, ${width} px)`, async () => {
        await page.setViewportSize({ width, height: 900 });
        for (const path of editPaths) {
          await visit(page, server.url + prefix + path);
          expect(await page.locator('h1').count(), path).toBe(1);
          expect(await horizontalOverflow(page), `${prefix}${path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(1);
          await checkA11y(page, { label: `${prefix}${path} at ${width} px` });
        }
        await page.setViewportSize({ width: 1280, height: 900 });
      });
    }
  }

  it('is refused a fixed path as the address, with the message at the field', async () => {
    await visit(page, `${server.url}${SITE}/sider/ny`);
    const form = page.locator('main form:has(input[name="slug"])');
    await form.locator('input[name="title.nb"]').fill('Møter');
    await form.locator('input[name="slug"]').fill('moter');
    await submit(form.locator('button[value="save"]'));
    expect(await page.locator('main [role="alert"]').innerText()).toContain('fixed page');
    expect(await page.locator('input[name="slug"]').getAttribute('aria-invalid')).toBe('true');
    await checkA11y(page, { label: 'the page form with an error' });
  });

  it('writes a page full of script: the preview and the published page run none of it', async () => {
    await visit(page, `${server.url}${SITE}/sider/ny`);
    const form = page.locator('main form:has(input[name="slug"])');
    await form.locator('input[name="title.nb"]').fill('Testside');
    await form.locator('input[name="slug"]').fill('testside');
    await form.locator('textarea[name="body.nb"]').fill(XSS);
    await submit(form.locator('button[value="preview"]'));
    expect(await page.locator('main').innerText()).toContain('Trygg tekst til slutt.');
    expect(await page.locator('main script, main iframe, main svg, main img').count()).toBe(0);
    await checkA11y(page, { label: 'the page form with a preview' });

    await submit(page.locator('main form:has(input[name="slug"]) button[value="save"]'));
    await submit(page.locator('main form:has(input[name="publish"]) button'));
    expect(await page.locator('main [role="status"]').innerText()).toContain('Publisert');

    await visit(page, `${server.url}/vestregionen/testside`);
    await page.locator('main p', { hasText: 'stil' }).hover();
    expect(await page.locator('main h2', { hasText: 'Farlig tekst' }).count()).toBe(1);
    expect(await page.locator('script').count(), 'no script element anywhere on the page').toBe(0);
    expect(await page.locator('main iframe, main svg, main img, main [style], main [onerror], main [onmouseover]').count()).toBe(0);
    expect(await page.locator('main a', { hasText: 'klikk' }).getAttribute('href')).toBeNull();
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('nav.main-nav a[href="/vestregionen/testside"]').count(), 'the new page is in the menu').toBe(1);
  });

  it('restores an earlier version from the history', async () => {
    await visit(page, server.url + SITE);
    await submit(page.locator('main a', { hasText: 'Testside' }));
    const editPath = new URL(page.url()).pathname;
    await page.locator('main textarea[name="body.nb"]').fill('Andre utgave.');
    await submit(page.locator('main form:has(input[name="slug"]) button[value="save"]'));
    await visit(page, `${server.url}/vestregionen/testside`);
    expect(await page.locator('main').innerText()).toContain('Andre utgave.');

    await visit(page, `${server.url}${editPath}/historikk`);
    expect(await page.locator('main table tbody tr').count()).toBe(2);
    await submit(page.locator('main table tbody tr').nth(1).locator('button'));
    expect(await page.locator('main table tbody tr').count()).toBe(3);
    await visit(page, `${server.url}/vestregionen/testside`);
    expect(await page.locator('main').innerText()).toContain('Trygg tekst til slutt.');
    expect(dialogs).toEqual([]);
  });

  it('revises a plan and adds a milestone, which the public page shows beside the earlier plans', async () => {
    await visit(page, server.url + SITE);
    await submit(page.locator('main section:has(#processes-heading) li a').first());
    const revise = page.locator('main form[action$="/revider"]');
    await revise.locator('input[name="label.nb"]').fill('Andre revisjon');
    await revise.locator('input[name="adopted_on"]').fill('31.5.2018');
    await submit(revise.locator('[type="submit"]'));
    expect(await page.locator('main [role="status"]').innerText()).toContain('ny versjon');
    const form = page.locator('main form[action$="/milepaeler"]').first();
    await form.locator('select[name="kind"]').selectOption('other');
    await form.locator('input[name="title.nb"]').fill('Oppsummering');
    await form.locator('input[name="starts_on"]').fill('20.6.2018');
    await submit(form.locator('[type="submit"]'));
    await visit(page, `${server.url}/vestregionen/prosesser/vestregionens-framtid?dato=2018-06-01`);
    const main = await page.locator('main').innerText();
    expect(main).toContain('Andre revisjon (gjeldende)');
    expect(main).toContain('Oppsummering');
    expect(main).toContain('Revidert plan (Sak 03/2018)');
    expect(main).toContain('Opprinnelig plan');
  });
});
