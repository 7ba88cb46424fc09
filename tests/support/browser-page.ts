import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * A fresh browser context (its own cookies, so one signed-in test cannot leak into another) with
 * one page, `width` × 900 px, giving up on an action after 10 s rather than at the test's timeout.
 */
export async function openPage(browser: Browser, options: { width?: number; javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    ...(options.javaScriptEnabled === false ? { javaScriptEnabled: false } : {}),
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { context, page };
}
