import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t?.close());

const get = (path: string, headers: Record<string, string> = {}) => t.app.request(path, { headers });

/** The rows of the table with this id (its tbody only). */
function bodyRows(html: string, tableId: string): string[] {
  const table = html.slice(html.indexOf(`id="${tableId}"`));
  const tbody = table.slice(table.indexOf('<tbody>'), table.indexOf('</tbody>'));
  return tbody.split('<tr>').slice(1);
}

describe('public pages', () => {
  it('serves the home page in each language with the right lang attribute', async () => {
    for (const [path, lang] of [
      ['/', 'nb'],
      ['/nn', 'nn'],
      ['/en', 'en'],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html).toMatch(/^<!doctype html>/i);
      expect(html).toContain(`<html lang="${lang}"`);
      expect(html).toContain(`href="${lang === 'nb' ? '' : `/${lang}`}/vestregionen"`);
      expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    }
  });

  it('puts the skip link first, pointing at main', async () => {
    const html = await (await get('/vestregionen')).text();
    const body = html.slice(html.indexOf('<body'));
    const firstFocusable = body.match(/<(a|button|input|select|textarea)\b[^>]*>/)![0];
    expect(firstFocusable).toContain('href="#main"');
    expect(firstFocusable).toContain('ds-skip-link');
    expect(html).toContain('Hopp til hovedinnhold');
    expect(html).toContain('<main id="main"');
  });

  it('shows a cooperation with its facts, members and source note', async () => {
    for (const path of ['/vestregionen', '/nn/vestregionen', '/en/vestregionen']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
    }
    const html = await (await get('/vestregionen')).text();
    expect(html).toContain('<h1>Vestregionen</h1>');
    expect(html).toContain('Om kildene');
    expect(html).toContain('href="/vestregionen/medlemmer"');
    expect(html).toContain('aria-current="page"');
  });

  it('answers 404 with an error page for an unknown cooperation', async () => {
    const res = await get('/finnes-ikke');
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('Fant ikke siden');
    expect(html).toContain('<html lang="nb"');
    const en = await get('/en/finnes-ikke');
    expect(en.status).toBe(404);
    expect(await en.text()).toContain('<html lang="en"');
  });

  it('lists 17 members of Vestregionen on 2018-06-01', async () => {
    const res = await get('/vestregionen/medlemmer?at=2018-06-01');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(bodyRows(html, 'members')).toHaveLength(17);
    expect(html).toContain('17 medlemmer per 01.06.2018');
    expect(html).toContain('Vis medlemmer per dato');
    expect(html).toContain('value="2018-06-01"');
  });

  it('answers a bad date with 400 and the message beside the field', async () => {
    const res = await get('/vestregionen/medlemmer?at=2018-13-40');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="at-error"');
    expect(html).toMatch(/id="at-error"[^>]*>Skriv en gyldig dato/);
    expect(html).not.toContain('id="members"');
  });

  it('shows the bodies and a body with its seats, never inventing names', async () => {
    const list = await get('/vestregionen/organer');
    expect(list.status).toBe(200);
    const html = await list.text();
    const bodyLink = html.match(/href="(\/vestregionen\/organer\/[a-z0-9-]+)"/);
    expect(bodyLink).not.toBeNull();
    const body = await get(bodyLink![1]!);
    expect(body.status).toBe(200);
    expect(await body.text()).toContain('<caption');
    // Seats without a named person show the office and the member they belong to.
    const steering = await get('/vestregionen/organer/styringsgruppen');
    expect(steering.status).toBe(200);
    expect(await steering.text()).toMatch(/<th scope="row">Ordfører, <a href="\/kommuner\/0219">Bærum<\/a><\/th>/);
    expect((await get('/vestregionen/organer/finnes-ikke')).status).toBe(404);
  });

  it('shows a municipality with its successors and memberships', async () => {
    const res = await get('/kommuner/0219');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Bærum');
    expect(html).toContain('href="/kommuner/3024"');
    expect(html).toContain('href="/vestregionen"');
    expect((await get('/en/kommuner/3024')).status).toBe(200);
  });

  it('answers 404 for unknown and malformed municipality codes', async () => {
    expect((await get('/kommuner/9998')).status).toBe(404);
    expect((await get('/kommuner/abc')).status).toBe(404);
    expect((await get('/kommuner/02190')).status).toBe(404);
  });

  it('has an accessibility statement in all three languages', async () => {
    for (const [path, text] of [
      ['/tilgjengelighetserklaering', 'Tilgjengelighetserklæring'],
      ['/nn/tilgjengelighetserklaering', 'Tilgjengelegheitserklæring'],
      ['/en/tilgjengelighetserklaering', 'Accessibility statement'],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expect(html).toContain(`<h1>${text}</h1>`);
      expect(html).toContain('WCAG 2.1');
    }
  });

  it('links to the same page in the other languages, marking the current one', async () => {
    const html = await (await get('/vestregionen/medlemmer?at=2018-06-01')).text();
    expect(html).toMatch(/<a [^>]*href="\/en\/vestregionen\/medlemmer\?at=2018-06-01"[^>]*hreflang="en"/);
    expect(html).toMatch(/<a [^>]*href="\/nn\/vestregionen\/medlemmer\?at=2018-06-01"[^>]*lang="nn"/);
    expect(html).toMatch(/<a [^>]*href="\/vestregionen\/medlemmer\?at=2018-06-01"[^>]*aria-current="true"/);
  });
});

/** The note cells of the table with this id, in row order. */
function noteCells(html: string, tableId: string): string[] {
  return bodyRows(html, tableId).map((row) => row.match(/<td class="note">(.*?)<\/td>/)?.[1] ?? '');
}

describe('notes and taglines in several languages', () => {
  it('shows the note and the tagline in the reader\'s language, marked with lang and with no fallback mark', async () => {
    const en = await (await get('/en/vestregionen/organer/styringsgruppen')).text();
    const [chair, ...others] = noteCells(en, 'seats');
    expect(chair).toBe('<span lang="en">Chair 2017–2018. The chair rotates every two years; the dates were set from the years.</span>');
    expect(others.every((cell) => cell === '')).toBe(true);
    expect(en).toContain('<span class="brand__tagline"><span lang="en">15 municipalities west of Oslo</span></span>');
    expect(en).not.toContain('fallback-note');

    const nn = await (await get('/nn/kommunehelsesamarbeidet/medlemmer?at=2018-06-01')).text();
    expect(noteCells(nn, 'members')[0]).toBe('<span lang="nn">Rekonstruert: medlemslista per 2018 er uviss som éi liste, og kjeldene seier ikkje når kommunen vart med.</span>');
    expect(nn).not.toContain('fallback-note');
    // KHS has no tagline: the header shows none rather than an empty line.
    expect(nn).not.toContain('brand__tagline');

    const nb = await (await get('/vestregionen')).text();
    expect(nb).toContain('<span class="brand__tagline"><span lang="nb">15 kommuner vest for Oslo</span></span>');
  });

  it('shows a note and a tagline that exist only in bokmål on the English page with lang="nb" and a visible mark', async () => {
    const now = new Date().toISOString();
    const { id } = await t.db
      .insertInto('cooperations')
      .values({
        slug: 'bare-bokmal',
        name: 'Bare bokmål',
        legal_form: 'agreement',
        tagline: JSON.stringify({ nb: 'Tre kommuner på bokmål' }),
        purpose: '{}',
        status: 'active',
        source_note: '{}',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('memberships')
      .values([
        { cooperation_id: id, member_code: '0220', start_on: null, end_on: null, note: JSON.stringify({ nb: 'Bare på bokmål' }) },
        { cooperation_id: id, member_code: '0219', start_on: null, end_on: null, note: '{}' },
      ])
      .execute();

    const en = await (await get('/en/bare-bokmal/medlemmer?at=2018-06-01')).text();
    const mark = '<span class="fallback-note">(This text is only available in Norwegian Bokmål)</span>';
    expect(noteCells(en, 'members')).toEqual([`<span lang="nb">Bare på bokmål</span> ${mark}`, '']);
    expect(en).toContain(`<span class="brand__tagline"><span lang="nb">Tre kommuner på bokmål</span> ${mark}</span>`);

    const nb = await (await get('/bare-bokmal/medlemmer?at=2018-06-01')).text();
    expect(noteCells(nb, 'members')).toEqual(['<span lang="nb">Bare på bokmål</span>', '']);
    expect(nb).not.toContain('fallback-note');
  });
});

describe('text size', () => {
  it('sets the cookie for a year and goes back to a local path', async () => {
    const res = await get('/tekststorrelse?storrelse=large&tilbake=%2Fvestregionen%2Fmedlemmer%3Fat%3D2018-06-01');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/vestregionen/medlemmer?at=2018-06-01');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toContain('samrad_text_size=large');
    expect(cookie).toContain('Max-Age=31536000');
    expect(cookie).toContain('HttpOnly');
  });

  it('never redirects to another site', async () => {
    for (const back of ['//evil.example', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', '/%0d%0aSet-Cookie:x', '']) {
      const res = await get(`/tekststorrelse?storrelse=larger&tilbake=${encodeURIComponent(back)}`);
      expect(res.status, back).toBe(303);
      const location = res.headers.get('location')!;
      expect(location.startsWith('/') && !location.startsWith('//') && !location.startsWith('/\\'), `${back} → ${location}`).toBe(true);
    }
  });

  it('refuses an unknown size with 400', async () => {
    expect((await get('/tekststorrelse?storrelse=huge&tilbake=/')).status).toBe(400);
  });

  it('puts the size on <html> from the cookie', async () => {
    const html = await (await get('/', { cookie: 'samrad_text_size=larger' })).text();
    expect(html).toContain('class="text-size-larger"');
  });
});

describe('assets', () => {
  it('serves the stylesheet the layout links to, cached for a year', async () => {
    const html = await (await get('/')).text();
    const href = html.match(/<link rel="stylesheet" href="(\/assets\/app\.[0-9a-f]+\.css)"/)![1]!;
    const css = await get(href);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const text = await css.text();
    expect(text).toContain('.ds-table');
    expect(text).toContain('.text-size-large');
    expect((await get('/assets/app.0000.css')).status).toBe(404);
    expect((await get('/favicon.svg')).headers.get('content-type')).toContain('image/svg+xml');
  });
});

describe('escaping', () => {
  it('escapes a cooperation name with markup in it', async () => {
    const now = new Date().toISOString();
    await t.db
      .insertInto('cooperations')
      .values({
        slug: 'skummelt',
        name: '<script>alert(1)</script> & Co',
        legal_form: 'agreement',
        purpose: JSON.stringify({ nb: '<img src=x onerror=alert(1)>' }),
        status: 'active',
        source_note: '{}',
        created_at: now,
        updated_at: now,
      })
      .execute();
    for (const path of ['/skummelt', '/', '/en/skummelt']) {
      const html = await (await get(path)).text();
      expect(html, path).not.toContain('<script>alert(1)</script>');
      expect(html, path).not.toContain('<img src=x');
    }
    const html = await (await get('/skummelt')).text();
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    // Shown in bokmål on the English page, marked as such.
    const en = await (await get('/en/skummelt')).text();
    expect(en).toContain('lang="nb"');
    expect(en).toContain('(This text is only available in Norwegian Bokmål)');
  });
});
