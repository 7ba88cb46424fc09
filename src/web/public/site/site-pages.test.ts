import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

// The site's public pages through the whole application (no browser): addresses, status codes,
// languages, notes, the Atom feed and the calendar. The browser tests (tests/e2e/site.test.ts) check
// the same pages with axe, at 320 px and without JavaScript.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true, env: { PUBLIC_URL: 'https://samrad.example.no' } });
});
afterAll(() => t?.close());

const get = async (path: string) => {
  const res = await t.app.request(path);
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
};

describe('the page «Vestregionens framtid»', () => {
  it('shows the process of seed 2 with both plans, in bokmål', async () => {
    const { status, text } = await get('/vestregionen/vestregionens-framtid');
    expect(status).toBe(200);
    expect(text).toContain('<h1>');
    expect(text).toContain('Hvilke av dagens oppgaver ønsker kommunene å samarbeide om?');
    expect(text).toContain('Rådmannsgruppen ser at det grovt sett er to alternativer:');
    expect(text).toContain('Revidert plan (Sak 03/2018)');
    expect(text).toContain('Opprinnelig plan');
    expect(text).toContain('Poltisk behandling i kommunene');
    expect(text).toContain('16.03.2018–30.05.2018');
    expect(text).toMatch(/<meta name="description" content="Vestregionen har besluttet/);
    // The site's menu, with its sub-menu, is on the page.
    expect(text).toContain('href="/vestregionen/om-vestregionen/innsatsomrader"');
  });

  it('in English: the translation is marked as such; in nynorsk: the bokmål shows with a note and lang="nb"', async () => {
    const en = await get('/en/vestregionen/vestregionens-framtid');
    expect(en.text).toContain('<html lang="en"');
    expect(en.text).toContain('Translation, not the original.');
    expect(en.text).toContain('Which of today’s tasks do the municipalities want to cooperate on?');
    const nn = await get('/nn/vestregionen/vestregionens-framtid');
    expect(nn.text).toContain('<span lang="nb">Vestregionens framtid</span>');
    expect(nn.text).toContain('(Teksten finst berre på bokmål)');
  });

  it('shows the plan as it stood on 1 March 2018 (before the revision), and refuses a bad date with 400', async () => {
    const before = await get('/vestregionen/vestregionens-framtid?dato=2018-03-01');
    expect(before.text).not.toContain('Revidert plan (Sak 03/2018)');
    expect(before.text).toMatch(/Møte i Styringsgruppen \(kan utvides til hel dag\)[\s\S]*?Neste/);
    const bad = await get('/vestregionen/vestregionens-framtid?dato=2018-02-30');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('aria-invalid="true"');
  });
});

describe('pages, news and processes', () => {
  it('serves a sub-page only under its parent, marked illustrative; unknown pages are 404', async () => {
    const sub = await get('/vestregionen/om-vestregionen/innsatsomrader');
    expect(sub.status).toBe(200);
    expect(sub.text).toContain('Illustrasjon');
    expect(sub.text).toContain('<li>helse</li>');
    expect((await get('/vestregionen/innsatsomrader')).status).toBe(404);
    expect((await get('/vestregionen/finnes-ikke')).status).toBe(404);
    expect((await get('/finnes-ikke/om-vestregionen')).status).toBe(404);
  });

  it('lists news newest first and shows an item', async () => {
    const list = await get('/vestregionen/nyheter');
    expect(list.status).toBe(200);
    expect(list.text.indexOf('vestregionen-avvikles')).toBeLessThan(list.text.indexOf('skisse-til-fremtidig-samarbeid'));
    const item = await get('/vestregionen/nyheter/vestregionen-avvikles');
    expect(item.text).toContain('Vestregionen som § 27-samarbeid opphører fra 1.1.2019');
    expect(item.text).toContain('14.06.2018');
    expect((await get('/vestregionen/nyheter/finnes-ikke')).status).toBe(404);
    expect((await get('/kommunehelsesamarbeidet/nyheter')).status).toBe(200);
  });

  it('gives an Atom feed with absolute, escaped links', async () => {
    const feed = await get('/en/vestregionen/nyheter.atom');
    expect(feed.type).toContain('application/atom+xml');
    expect(feed.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(feed.text).toContain('<link rel="alternate" type="text/html" href="https://samrad.example.no/en/vestregionen/nyheter/vestregionen-avvikles"/>');
    expect(feed.text).toContain('<title xml:lang="en">Vestregionen as a section 27 cooperation ends on 1.1.2019</title>');
    expect(feed.text).toContain('&lt;p&gt;');
    expect(feed.text.match(/<entry>/g)).toHaveLength(2);
  });

  it('gives the process page, the list and the plan as iCalendar', async () => {
    expect((await get('/vestregionen/prosesser/vestregionens-framtid')).status).toBe(200);
    expect((await get('/vestregionen/prosesser')).text).toContain('href="/vestregionen/prosesser/vestregionens-framtid"');
    const ics = await get('/vestregionen/prosesser/vestregionens-framtid/plan.ics');
    expect(ics.type).toContain('text/calendar');
    // Long lines are folded (RFC 5545): unfold before looking.
    expect(ics.text.replace(/\r\n[ \t]/g, '')).toContain('URL;VALUE=URI:https://samrad.example.no/vestregionen/prosesser/vestregionens-framtid');
    expect((await get('/vestregionen/prosesser/finnes-ikke')).status).toBe(404);
  });
});
