import { serve, type ServerType } from '@hono/node-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser } from '../support/browser';
import { horizontalOverflow, visit } from '../support/pages';
import { freePort } from '../support/process';
import { createTestApp, type TestApp } from '../support/test-app';

// The 500 page cannot be reached on a healthy server, so this test serves the real application with
// one extra route that fails the way a bug would, and checks that page like every other page type.

const BROKEN = '/__e2e/feil/ukjent/500';

let t: TestApp;
let server: ServerType;
let url: string;
let browser: Browser;

beforeAll(async () => {
  t = await createTestApp();
  for (const prefix of ['', '/en']) {
    t.app.get(`${prefix}${BROKEN}`, () => {
      throw new Error('a deliberate fault, with <details> that must never reach the page');
    });
  }
  const port = await freePort();
  server = serve({ fetch: t.app.fetch, port, hostname: '127.0.0.1' });
  url = `http://127.0.0.1:${port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  await t?.close();
});

describe('the 500 page', () => {
  for (const prefix of ['', '/en']) {
    for (const width of [1280, 320]) {
      it(`says something went wrong without details (${prefix || 'nb'}, ${width} px), accessibly`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        try {
          const page = await context.newPage();
          await visit(page, `${url}${prefix}${BROKEN}`, 500);
          expect(await page.locator('html').getAttribute('lang')).toBe(prefix ? 'en' : 'nb');
          expect(await page.locator('h1').count()).toBe(1);
          const text = await page.locator('body').innerText();
          expect(text).not.toContain('deliberate fault');
          expect(text).not.toMatch(/\n\s+at /);
          expect(await horizontalOverflow(page)).toBeLessThanOrEqual(1);
          await checkA11y(page, { label: `the 500 page ${prefix || 'nb'} at ${width} px` });
        } finally {
          await context.close();
        }
      });
    }
  }
});
