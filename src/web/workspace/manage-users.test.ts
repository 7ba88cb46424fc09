import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { getCooperationBySlug } from '../../modules/cooperations';
import { generatePassword } from './users-page';
import { TestBrowser, addTestUser, expectAccessibleForm } from './test-browser';

let t: TestApp;
let adminId: number;
const USERS = '/arbeidsflate/brukere';
const NEW_PASSWORD = 'et langt nok passord 2018';

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  adminId = await addTestUser(t, 'admin@example.test', 'Administratoren', { role: 'administrator' });
  const khs = (await getCooperationBySlug(t.db, 'kommunehelsesamarbeidet'))!;
  await addTestUser(t, 'khs@example.test', 'KHS-sekretariatet', { role: 'secretariat', cooperationId: khs.id });
});
afterAll(() => t.close());

async function admin(): Promise<TestBrowser> {
  const browser = new TestBrowser(t);
  await browser.signIn('admin@example.test');
  await browser.page(USERS);
  return browser;
}

const userByEmail = (email: string) => t.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();

describe('the users page', () => {
  it.each([USERS, `/nn${USERS}`, `/en${USERS}`])('%s is HTML with one h1 and a label for every field', async (path) => {
    const browser = new TestBrowser(t);
    await browser.signIn('admin@example.test');
    const { response, html } = await browser.page(path);
    expect(response.status).toBe(200);
    expectAccessibleForm(html);
    expect(html).toContain('<caption id="users-caption">');
  });

  it('is linked from the administrator’s workspace home', async () => {
    const browser = new TestBrowser(t);
    await browser.signIn('admin@example.test');
    const { html } = await browser.page('/arbeidsflate');
    expect(html).toContain(`href="${USERS}"`);
    expect(html).toContain('href="/arbeidsflate/samarbeid"');
  });

  it('is 404 for anyone but an administrator, and a secretariat’s post changes nothing', async () => {
    expect((await new TestBrowser(t).request(USERS)).headers.get('location')).toBe(`/logg-inn?neste=${encodeURIComponent(USERS)}`);
    const browser = new TestBrowser(t);
    await browser.signIn('khs@example.test');
    expect((await browser.request(USERS)).status).toBe(404);
    const home = await browser.page('/arbeidsflate');
    expect(home.html).not.toContain(`href="${USERS}"`);
    const post = await browser.post(USERS, { email: 'sneaky@example.test', name: 'Sneaky', password: NEW_PASSWORD, password_repeat: NEW_PASSWORD });
    expect(post.status).toBe(404);
    expect(await userByEmail('sneaky@example.test')).toBeUndefined();
    const grant = await browser.post(`${USERS}/rolle`, { userId: '1', role: 'administrator', cooperationId: '', authorityCode: '' });
    expect(grant.status).toBe(404);
  });

  it('lets the administrator create a municipal clerk for Asker (0220), shown in words', async () => {
    const browser = await admin();
    const created = await browser.post(USERS, {
      email: 'Asker.Clerk@example.test',
      name: 'Saksbehandler i Asker',
      password: NEW_PASSWORD,
      password_repeat: NEW_PASSWORD,
    });
    expect(created.status).toBe(303);
    expect(created.headers.get('location')).toBe(`${USERS}?lagret=bruker`);
    const clerk = (await userByEmail('asker.clerk@example.test'))!;
    expect(clerk).toBeDefined();

    const page = await browser.page(created.headers.get('location')!);
    expect(page.html).toContain('Brukeren er opprettet.');
    expect(page.html).toContain(`<option value="${clerk.id}">Saksbehandler i Asker (asker.clerk@example.test)</option>`);

    const granted = await browser.post(`${USERS}/rolle`, { userId: String(clerk.id), role: 'municipal_clerk', cooperationId: '', authorityCode: '0220' });
    expect(granted.status).toBe(303);
    const after = await browser.page(granted.headers.get('location')!);
    expect(after.html).toContain('Rollen er gitt.');
    expect(after.html).toContain('Kommunal saksbehandler for Asker');
    expect((await browser.page(`/en${USERS}`)).html).toContain('Municipal clerk for Asker');

    // The new user signs in with the password the administrator chose.
    const own = new TestBrowser(t);
    await own.signIn('asker.clerk@example.test', NEW_PASSWORD);
    expect((await own.page('/arbeidsflate')).html).toContain('Kommunal saksbehandler for Asker');
  });

  it('requires a municipality for a municipal clerk, at the field', async () => {
    const browser = await admin();
    const response = await browser.post(`${USERS}/rolle`, { userId: String(adminId), role: 'municipal_clerk', cooperationId: '', authorityCode: '' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<a href="#authorityCode">Kommune (kommunenummer): <span lang="en">is required for a municipal clerk');
    expect(html).toContain('<option value="municipal_clerk" selected="">Kommunal saksbehandler</option>');
  });

  it('says in Norwegian when the two passwords differ, and creates no one', async () => {
    const browser = await admin();
    const response = await browser.post(USERS, { email: 'twice@example.test', name: 'To ganger', password: NEW_PASSWORD, password_repeat: 'noe annet helt' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<a href="#password_repeat">Gjenta passordet: <span>Passordene er ikke like.');
    expect(html).toContain('value="twice@example.test"');
    expect(html).not.toContain(NEW_PASSWORD);
    expect(await userByEmail('twice@example.test')).toBeUndefined();
  });

  it('shows the English messages of the command at the fields', async () => {
    const browser = await admin();
    const response = await browser.post(USERS, { email: 'not an address', name: '', password: 'kort', password_repeat: 'kort' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<div id="email-error"><p class="ds-validation-message" data-field="validation" lang="en">must be an e-mail address');
    expect(html).toContain('<a href="#password">Passord: <span lang="en">must be at least 12 characters (it has 4)</span></a>');
    expect(html).not.toContain('value="kort"');
  });

  it('makes a password when asked and shows it once', async () => {
    const browser = await admin();
    const response = await browser.post(USERS, { email: 'generated@example.test', name: 'Generert', password: '', password_repeat: '', generate: 'on' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const html = await response.text();
    const password = /<code class="generated-password">([^<]+)<\/code>/.exec(html)?.[1];
    expect(password).toMatch(/^([a-zA-Z0-9]{4}-){4}[a-zA-Z0-9]{4}$/);
    expect(html.match(/<h1/g)).toHaveLength(1);
    const own = new TestBrowser(t);
    await own.signIn('generated@example.test', password!);
    // The list page does not show it again.
    expect((await browser.page(USERS)).html).not.toContain(password!);
  });

  it('revokes a role and disables a user, but offers no button to disable oneself', async () => {
    const browser = await admin();
    const victimId = await addTestUser(t, 'victim@example.test', 'Offeret', { role: 'member', cooperationId: null });
    const before = await browser.page(USERS);
    expect(before.html).toContain('Medlem i alle samarbeid');
    expect(before.html).not.toMatch(new RegExp(`name="userId" value="${adminId}"/><button[^>]*>Sperr`));
    expect(before.html).not.toMatch(new RegExp(`name="userId" value="${adminId}"/><input type="hidden" name="role" value="administrator"/>`));

    const revoked = await browser.post(`${USERS}/fjern-rolle`, { userId: String(victimId), role: 'member', cooperationId: '', authorityCode: '' });
    expect(revoked.status).toBe(303);
    expect(await t.db.selectFrom('user_roles').selectAll().where('user_id', '=', victimId).execute()).toHaveLength(0);

    const disabled = await browser.post(`${USERS}/sperr`, { userId: String(victimId) });
    expect(disabled.status).toBe(303);
    const after = await browser.page(disabled.headers.get('location')!);
    expect(after.html).toContain('Brukeren er sperret og logget ut overalt.');
    expect(after.html).toMatch(/Sperret \d{2}\.\d{2}\.\d{4}/);
    expect((await userByEmail('victim@example.test'))!.disabled_at).not.toBeNull();

    const self = await browser.post(`${USERS}/sperr`, { userId: String(adminId) });
    expect(self.status).toBe(422);
    expect(await self.text()).toContain('<a href="#user-actions-errors">Skjemaet: <span lang="en">must be another user');
  });
});

describe('generatePassword', () => {
  it('makes long, different passwords', () => {
    const a = generatePassword();
    expect(a).toHaveLength(24);
    expect(generatePassword()).not.toBe(a);
  });
});
