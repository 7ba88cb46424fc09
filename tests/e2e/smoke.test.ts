import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser } from '../support/browser';
import { visit } from '../support/pages';
import { startServer, type RunningServer } from '../support/server';

// A few pages on the engine DATABASE_URL selects (scripts/test-all.sh runs this file once more with
// the server on PostgreSQL): the demo loads, the pages that read the most data render, axe is content.
// The server runs from the bundle `npm start` runs (dist/main.mjs), so the production build is tested too.
const engine = process.env.DATABASE_URL ? 'postgres' : 'sqlite';

describe(`smoke test, server on ${engine}`, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer({ database: engine, built: true }), launchBrowser()]);
    // axe needs a page from a context of our own (not browser.newPage()).
    page = await (await browser.newContext()).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('answers /healthz with its engine', async () => {
    const health = await fetch(`${server.url}/healthz`).then((r) => r.json());
    expect(health).toEqual({ status: 'ok', database: engine });
  });

  for (const path of ['/', '/vestregionen', '/vestregionen/medlemmer?at=2018-06-01', '/vestregionen/organer/styringsgruppen', '/en/kommuner/0219']) {
    it(`shows ${path}`, async () => {
      await visit(page, server.url + path);
      expect(await page.locator('h1').count()).toBe(1);
      await checkA11y(page);
    });
  }

  it('lists the members of Vestregionen on 1 June 2018', async () => {
    await visit(page, `${server.url}/vestregionen/medlemmer?at=2018-06-01`);
    const rows = page.locator('main table tbody tr');
    // 15 municipalities and 2 county authorities (DOMAIN.md).
    expect(await rows.count()).toBe(17);
    expect(await page.locator('main table').first().innerText()).toContain('Bærum');
  });
});
