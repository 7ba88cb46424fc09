import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { grantRole } from '../../modules/accounts';
import { systemActor } from '../../platform/authz';
import { execute } from '../../platform/command';
import { TEST_PASSWORD as PASSWORD, TestBrowser, addTestUser } from './test-browser';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await addTestUser(t, 'admin@example.test', 'Administratoren', { role: 'administrator' });
  await addTestUser(t, 'clerk@example.test', 'Saksbehandleren', { role: 'municipal_clerk', authorityCode: '0220' });
});
afterAll(() => t.close());

describe('sign-in page', () => {
  it('is a labelled form with the CSRF token, never cached', async () => {
    const browser = new TestBrowser(t);
    const { response, html } = await browser.page('/logg-inn');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('<label class="ds-label" for="email">E-postadresse</label>');
    expect(html).toContain('<label class="ds-label" for="password">Passord</label>');
    expect(html).toContain('autocomplete="current-password"');
    expect(browser.csrf).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(html.match(/<h1/g)).toHaveLength(1);
  });

  it('speaks nynorsk and English under their prefixes', async () => {
    expect((await new TestBrowser(t).page('/nn/logg-inn')).html).toContain('Logg inn med e-postadressa og passordet ditt');
    const en = await new TestBrowser(t).page('/en/logg-inn');
    expect(en.html).toContain('E-mail address');
    expect(en.html).toContain('action="/en/logg-inn"');
  });

  it('signs in, sets an HttpOnly session cookie and goes to the workspace', async () => {
    const browser = new TestBrowser(t);
    const response = await browser.submitSignIn('ADMIN@example.test');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/arbeidsflate');
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('samrad_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Max-Age=1209600/);
    const home = await browser.page('/arbeidsflate');
    expect(home.response.status).toBe(200);
    expect(home.response.headers.get('cache-control')).toContain('no-store');
    expect(home.html).toContain('Administratoren');
    expect(home.html).toContain('Administrator for hele løsningen');
    expect(home.html).toContain('href="/arbeidsflate/revisjonslogg"');
  });

  it('goes on to a local ?neste= page, but never to another site', async () => {
    const local = await new TestBrowser(t).submitSignIn('admin@example.test', PASSWORD, '/logg-inn?neste=%2Fvestregionen');
    expect(local.headers.get('location')).toBe('/vestregionen');
    const foreign = await new TestBrowser(t).submitSignIn('admin@example.test', PASSWORD, '/logg-inn?neste=%2F%2Fevil.example');
    expect(foreign.headers.get('location')).toBe('/arbeidsflate');
  });

  it('shows a summary linked to the fields when something is missing (422)', async () => {
    const browser = new TestBrowser(t);
    await browser.page('/logg-inn');
    const response = await browser.post('/logg-inn', { email: '', password: '' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain('<a href="#email">Skriv inn e-postadressen din.</a>');
    expect(html).toContain('<a href="#password">Skriv inn passordet ditt.</a>');
    expect(html).toContain('aria-describedby="email-error"');
    expect(html).toContain('<title>Feil: Logg inn');
  });

  it('says the address or password is wrong, keeping the address but not the password', async () => {
    const browser = new TestBrowser(t);
    await browser.page('/logg-inn');
    const response = await browser.post('/logg-inn', { email: 'clerk@example.test', password: 'ikke riktig passord' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('E-postadressen eller passordet er feil.');
    expect(html).toContain('value="clerk@example.test"');
    expect(html).not.toContain('ikke riktig passord');
    expect(browser.cookies.has('samrad_session')).toBe(false);
  });

  it('refuses a form without the CSRF token', async () => {
    const browser = new TestBrowser(t);
    await browser.page('/logg-inn');
    browser.csrf = 'x'.repeat(32);
    const response = await browser.post('/logg-inn', { email: 'admin@example.test', password: PASSWORD });
    expect(response.status).toBe(403);
  });

  it('answers 429 with the wait in words after five failures', async () => {
    const browser = new TestBrowser(t);
    await browser.page('/logg-inn');
    for (let i = 0; i < 5; i++) {
      expect((await browser.post('/logg-inn', { email: 'throttled@example.test', password: `gjetning ${i}` })).status).toBe(422);
    }
    const response = await browser.post('/logg-inn', { email: 'throttled@example.test', password: 'gjetning 6' });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    expect(await response.text()).toContain('Vent 15 minutter og prøv igjen.');
  });
});

describe('workspace', () => {
  it('sends anonymous visitors to sign in first', async () => {
    const response = await new TestBrowser(t).request('/arbeidsflate');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/logg-inn?neste=%2Farbeidsflate');
    const en = await new TestBrowser(t).request('/en/arbeidsflate');
    expect(en.headers.get('location')).toBe('/en/logg-inn?neste=%2Fen%2Farbeidsflate');
  });

  it('names a clerk’s municipality, and offers no audit trail', async () => {
    const browser = new TestBrowser(t);
    await browser.submitSignIn('clerk@example.test');
    const { html } = await browser.page('/arbeidsflate');
    expect(html).toContain('Kommunal saksbehandler for Asker');
    expect(html).not.toContain('revisjonslogg');
    expect((await browser.page('/en/arbeidsflate')).html).toContain('Municipal clerk for Asker');
  });

  it('signs out: the session ends on the server too', async () => {
    const browser = new TestBrowser(t);
    await browser.submitSignIn('clerk@example.test');
    const stolen = browser.cookies.get('samrad_session')!;
    await browser.page('/arbeidsflate');
    const response = await browser.post('/logg-ut', {});
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    expect(browser.cookies.has('samrad_session')).toBe(false);
    const replay = await t.app.request('/arbeidsflate', { headers: { Cookie: `samrad_session=${stolen}` } });
    expect(replay.status).toBe(303);
  });
});

describe('audit trail page', () => {
  it('is 404 for anyone but an administrator', async () => {
    expect((await new TestBrowser(t).request('/arbeidsflate/revisjonslogg')).status).toBe(404);
    const clerk = new TestBrowser(t);
    await clerk.submitSignIn('clerk@example.test');
    expect((await clerk.request('/arbeidsflate/revisjonslogg')).status).toBe(404);
  });

  it('shows administrators a table of changes with readable JSON, newest first', async () => {
    const browser = new TestBrowser(t);
    await browser.submitSignIn('admin@example.test');
    const { response, html } = await browser.page('/arbeidsflate/revisjonslogg');
    expect(response.status).toBe(200);
    expect(html).toContain('<caption');
    expect(html).toContain('<th scope="col">Tidspunkt</th>');
    expect(html).toContain('Opprettet bruker');
    expect(html).toContain('Ga rolle');
    expect(html).toMatch(/\d{2}\.\d{2}\.\d{4} kl\. \d{2}:\d{2}:\d{2}/);
    expect(html).toContain('<details class="ds-details">');
    expect(html).toContain('&quot;email&quot;: &quot;admin@example.test&quot;');
    expect(html).not.toContain('scrypt$');
    expect(html.indexOf('Ga rolle')).toBeLessThan(html.lastIndexOf('Opprettet bruker'));
  });

  it('pages with links, and refuses a page that does not exist', async () => {
    for (let i = 0; i < 50; i++) await addAuditEntry();
    const browser = new TestBrowser(t);
    await browser.submitSignIn('admin@example.test');
    const first = await browser.page('/arbeidsflate/revisjonslogg');
    expect(first.html).toContain('class="ds-pagination"');
    expect(first.html).toContain('aria-current="true"><span class="ds-sr-only">Side </span>1</span>');
    expect(first.html).toContain('href="/arbeidsflate/revisjonslogg?side=2"');
    const second = await browser.page('/arbeidsflate/revisjonslogg?side=2');
    expect(second.response.status).toBe(200);
    expect(second.html).toContain('rel="prev"');
    expect((await browser.request('/arbeidsflate/revisjonslogg?side=99')).status).toBe(404);
    expect((await browser.request('/arbeidsflate/revisjonslogg?side=abc')).status).toBe(400);
  });
});

/** Audit entries without paying for 50 password hashes: a role granted to an existing user. */
async function addAuditEntry() {
  const user = await t.db.selectFrom('users').select('id').where('email', '=', 'clerk@example.test').executeTakeFirstOrThrow();
  await execute(t.db, grantRole, systemActor('cli'), { userId: user.id, role: 'member', cooperationId: null });
  await t.db.deleteFrom('user_roles').where('user_id', '=', user.id).where('role', '=', 'member').execute();
}
