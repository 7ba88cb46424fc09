import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { checkA11y } from './browser';
import { horizontalOverflow, visit, widestElements } from './pages';

/**
 * What every page gets checked for, at the width the page is set to: it answers `status`, declares
 * the reader's language, has one h1, reflows at 320 px without sideways scrolling (WCAG 1.4.10) and
 * passes axe (WCAG 2.1 A + AA). `path` (with any language prefix) names the page in the messages.
 */
export async function checkPageAt(page: Page, baseUrl: string, path: string, expected: { width: number; lang: string; status?: number }): Promise<void> {
  await visit(page, baseUrl + path, expected.status ?? 200);
  expect(await page.getAttribute('html', 'lang'), `the language of ${path}`).toBe(expected.lang);
  expect(await page.locator('h1').count(), `one h1 on ${path}`).toBe(1);
  if (expected.width === 320) {
    const overflow = await horizontalOverflow(page);
    expect(overflow, `${path} scrolls sideways at 320 px; sticking out: ${(await widestElements(page, 320)).join(', ')}`).toBeLessThanOrEqual(1);
  }
  await checkA11y(page, { label: `${path} at ${expected.width} px` });
}
