import type { Page, Response } from 'playwright-core';

// These callbacks run in the browser; the project compiles without the DOM library, so name what they use.
declare const document: any;

/**
 * Loads `url` and fails unless the answer has `status`. Also fails when the browser reports that the
 * Content Security Policy blocked something (an inline style or script slipped into a page).
 */
export async function visit(page: Page, url: string, status = 200): Promise<Response> {
  const blocked: string[] = [];
  const listener = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) blocked.push(message.text());
  };
  page.on('console', listener);
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response) throw new Error(`No response for ${url}`);
    if (response.status() !== status) {
      const body = (await page.locator('body').innerText().catch(() => '')).slice(0, 800);
      throw new Error(`${url} answered ${response.status()}, expected ${status}.\n--- page text ---\n${body}`);
    }
    if (blocked.length > 0) throw new Error(`The CSP blocked something on ${url}:\n${blocked.join('\n')}`);
    return response;
  } finally {
    page.off('console', listener);
  }
}

/** How far the page reaches beyond the viewport, sideways (0 when it reflows). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The elements that stick out to the right of the viewport, to say what to fix. */
export function widestElements(page: Page, width: number): Promise<string[]> {
  return page.evaluate((limit) => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *') as ArrayLike<any>)) {
      const rect = el.getBoundingClientRect();
      if (rect.right > limit + 1 && rect.width > 0) {
        const id = el.id ? `#${el.id}` : '';
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        out.push(`${el.tagName.toLowerCase()}${id}${cls} (right edge ${Math.round(rect.right)} px)`);
      }
      if (out.length >= 8) break;
    }
    return out;
  }, width);
}
