import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { getCooperationBySlug } from '../../modules/cooperations';
import { TestBrowser, addTestUser, expectAccessibleForm } from './test-browser';

let t: TestApp;
let vestregionenId: number;
let khsId: number;

const MEMBERS = '/arbeidsflate/samarbeid/vestregionen/medlemmer';

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  vestregionenId = (await getCooperationBySlug(t.db, 'vestregionen'))!.id;
  khsId = (await getCooperationBySlug(t.db, 'kommunehelsesamarbeidet'))!.id;
  await addTestUser(t, 'admin@example.test', 'Administratoren', { role: 'administrator' });
  await addTestUser(t, 'khs@example.test', 'KHS-sekretariatet', { role: 'secretariat', cooperationId: khsId });
  await addTestUser(t, 'member@example.test', 'Medlemmet', { role: 'member', cooperationId: vestregionenId });
});
afterAll(() => t.close());

async function signedIn(email: string): Promise<TestBrowser> {
  const browser = new TestBrowser(t);
  await browser.signIn(email);
  return browser;
}

const membershipsOf = (cooperationId: number, code: string) =>
  t.db.selectFrom('memberships').selectAll().where('cooperation_id', '=', cooperationId).where('member_code', '=', code).execute();

describe('every editing page', () => {
  it.each([
    '/arbeidsflate/samarbeid',
    '/arbeidsflate/samarbeid/vestregionen',
    '/arbeidsflate/samarbeid/vestregionen/medlemmer',
    '/arbeidsflate/samarbeid/vestregionen/organer',
    '/arbeidsflate/samarbeid/vestregionen/organer/styringsgruppen',
    '/arbeidsflate/samarbeid/kommunehelsesamarbeidet/medlemmer',
    '/nn/arbeidsflate/samarbeid/vestregionen/medlemmer',
    '/en/arbeidsflate/samarbeid/vestregionen/organer/styringsgruppen',
  ])('%s is HTML with one h1 and a label for every field', async (path) => {
    const browser = await signedIn('admin@example.test');
    const { response, html } = await browser.page(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('cache-control')).toContain('no-store');
    expectAccessibleForm(html);
    if (path !== '/arbeidsflate/samarbeid') expect(html).toContain('name="_csrf"');
  });

  it('sends anonymous visitors to sign in, and back here afterwards', async () => {
    const response = await new TestBrowser(t).request(MEMBERS);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/logg-inn?neste=${encodeURIComponent(MEMBERS)}`);
    const en = await new TestBrowser(t).request('/en/arbeidsflate/samarbeid');
    expect(en.headers.get('location')).toBe(`/en/logg-inn?neste=${encodeURIComponent('/en/arbeidsflate/samarbeid')}`);
  });

  it('answers 404 for a cooperation or body that does not exist', async () => {
    const browser = await signedIn('admin@example.test');
    expect((await browser.request('/arbeidsflate/samarbeid/finnes-ikke')).status).toBe(404);
    expect((await browser.request('/arbeidsflate/samarbeid/vestregionen/organer/finnes-ikke')).status).toBe(404);
  });
});

describe('memberships', () => {
  it('lists every period, newest first, with the current ones said in words', async () => {
    const browser = await signedIn('admin@example.test');
    const { html } = await browser.page('/arbeidsflate/samarbeid/kommunehelsesamarbeidet/medlemmer');
    expect(html).toContain('<caption id="memberships-caption">Medlemskap i Kommunehelsesamarbeidet, nyeste først</caption>');
    expect(html).toContain('<td>Gjeldende</td>');
    const vestregionen = (await browser.page(MEMBERS)).html;
    expect(vestregionen).toContain('<td>Avsluttet</td>');
    expect(vestregionen).not.toContain('<td>Gjeldende</td>');
    expect(vestregionen).toContain('<datalist id="authority-options">');
  });

  it('lets an administrator add a membership and then shows it with a success message', async () => {
    const browser = await signedIn('admin@example.test');
    await browser.page(MEMBERS);
    const response = await browser.post(MEMBERS, {
      member_code: '0604',
      start_on: '01.01.2017',
      end_on: '2018-12-31',
      'note.nb': 'Lagt til i en test',
      'note.nn': '',
      'note.en': '',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${MEMBERS}?lagret=medlemskap`);

    const { html } = await browser.page(response.headers.get('location')!);
    expect(html).toMatch(/role="status"[^>]*>\s*<p>Medlemskapet er lagt til\.<\/p>/);
    expect(html).toContain('Kongsberg');
    expect(html).toContain('Lagt til i en test');
    expect(html).toContain('01.01.2017–31.12.2018');
    // Newest first: Kongsberg's 2017 start comes before the memberships whose start is unknown.
    const table = html.slice(html.indexOf('<table'));
    expect(table.indexOf('Kongsberg')).toBeLessThan(table.indexOf('>Asker<'));
    const rows = await membershipsOf(vestregionenId, '0604');
    expect(rows).toMatchObject([{ start_on: '2017-01-01', end_on: '2018-12-31' }]);
  });

  it('refuses a date that does not exist: 422, the message at the field, the value kept, nothing stored', async () => {
    const browser = await signedIn('admin@example.test');
    await browser.page(MEMBERS);
    const response = await browser.post(MEMBERS, { member_code: '0532', start_on: '2018-02-30', end_on: '' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<title>Feil: Medlemskap i Vestregionen – Samråd</title>');
    expect(html).toMatch(/<div class="ds-error-summary" role="alert"/);
    expect(html).toMatch(/<a href="#start_on">Første dag: <span lang="en">must be a real calendar date/);
    expect(html).toMatch(/<div id="start_on-error"><p class="ds-validation-message" data-field="validation" lang="en">must be a real calendar date/);
    expect(html).toMatch(/id="start_on" name="start_on" type="text" value="2018-02-30"[^>]*aria-invalid="true" aria-describedby="start_on-hint start_on-error"/);
    expect(html).toContain('value="0532"');
    expectAccessibleForm(html);
    expect(await membershipsOf(vestregionenId, '0532')).toHaveLength(0);
  });

  it('refuses an overlapping membership with the message at the field', async () => {
    const browser = await signedIn('admin@example.test');
    await browser.page(MEMBERS);
    const response = await browser.post(MEMBERS, { member_code: '0220', start_on: '2018-01-01', end_on: '' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toMatch(/<div id="start_on-error"><p[^>]*lang="en">Asker \(0220\) is already a member in a period that overlaps this one/);
    expect(await membershipsOf(vestregionenId, '0220')).toHaveLength(1);
  });

  it('shows the English message without a language mark on the English page', async () => {
    const browser = await signedIn('admin@example.test');
    await browser.page(`/en${MEMBERS}`);
    const response = await browser.post(`/en${MEMBERS}`, { member_code: 'x', start_on: '', end_on: '' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<a href="#member_code">Member (municipality or county number): <span>');
    expect(html).not.toContain('lang="en">');
  });

  it('ends a membership, and refuses a last day before the first', async () => {
    const browser = await signedIn('admin@example.test');
    const khs = '/arbeidsflate/samarbeid/kommunehelsesamarbeidet/medlemmer';
    const [hol] = await membershipsOf(khsId, '0620');
    await browser.page(khs);
    const refused = await browser.post(`${khs}/avslutt`, { membership_id: String(hol!.id), end_on: '31.13.2019' });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain(`<a href="#end-membership-${hol!.id}-end_on">Siste dag for Hol (0620):`);
    expect(html).toContain(`value="31.13.2019"`);

    const ended = await browser.post(`${khs}/avslutt`, { membership_id: String(hol!.id), end_on: '31.12.2019' });
    expect(ended.status).toBe(303);
    expect(ended.headers.get('location')).toBe(`${khs}?lagret=medlemskap-avsluttet`);
    expect((await membershipsOf(khsId, '0620'))[0]!.end_on).toBe('2019-12-31');
  });
});

describe('a secretariat', () => {
  it('sees only its own cooperation', async () => {
    const browser = await signedIn('khs@example.test');
    const { html } = await browser.page('/arbeidsflate/samarbeid');
    expect(html).toContain('href="/arbeidsflate/samarbeid/kommunehelsesamarbeidet"');
    expect(html).not.toContain('vestregionen');
    expect((await browser.page('/arbeidsflate')).html).toContain('href="/arbeidsflate/samarbeid"');
    expect((await browser.page('/arbeidsflate/samarbeid/kommunehelsesamarbeidet/medlemmer')).response.status).toBe(200);
  });

  it.each([
    '/arbeidsflate/samarbeid/vestregionen',
    '/arbeidsflate/samarbeid/vestregionen/medlemmer',
    '/arbeidsflate/samarbeid/vestregionen/organer',
    '/arbeidsflate/samarbeid/vestregionen/organer/styringsgruppen',
    '/arbeidsflate/brukere',
  ])('of KHS gets 404 for %s', async (path) => {
    const browser = await signedIn('khs@example.test');
    expect((await browser.request(path)).status).toBe(404);
  });

  it('of KHS is refused by the command when posting to Vestregionen directly: 404, nothing written', async () => {
    const browser = await signedIn('khs@example.test');
    const auditBefore = await t.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const valid = await browser.post(MEMBERS, { member_code: '0631', start_on: '2017-01-01', end_on: '2018-12-31' });
    expect(valid.status).toBe(404);
    expect(await valid.text()).not.toContain('Vestregionen');
    // Input refused before the permission check must not show the page either.
    const invalid = await browser.post(MEMBERS, { member_code: 'x', start_on: '', end_on: '' });
    expect(invalid.status).toBe(404);
    expect(await membershipsOf(vestregionenId, '0631')).toHaveLength(0);

    const [asker] = await membershipsOf(vestregionenId, '0220');
    const end = await browser.post(`${MEMBERS}/avslutt`, { membership_id: String(asker!.id), end_on: '2018-06-30' });
    expect(end.status).toBe(404);
    // Nor through its own cooperation's address with another cooperation's membership.
    const sideways = await browser.post('/arbeidsflate/samarbeid/kommunehelsesamarbeidet/medlemmer/avslutt', {
      membership_id: String(asker!.id),
      end_on: '2018-06-30',
    });
    expect(sideways.status).toBe(404);
    expect((await membershipsOf(vestregionenId, '0220'))[0]!.end_on).toBe('2018-12-31');

    const details = await browser.post('/arbeidsflate/samarbeid/vestregionen', { name: 'Overtatt', legal_form: 'section_27', status: 'ended', ended_on: '2018-12-31' });
    expect(details.status).toBe(404);
    expect((await getCooperationBySlug(t.db, 'vestregionen'))!.name).toBe('Vestregionen');
    const auditAfter = await t.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(auditAfter.n)).toBe(Number(auditBefore.n));
  });
});

describe('a member', () => {
  it('sees no editing links and cannot open the editing pages', async () => {
    const browser = await signedIn('member@example.test');
    const { html } = await browser.page('/arbeidsflate');
    expect(html).toContain('Medlem i Vestregionen');
    expect(html).not.toContain('/arbeidsflate/samarbeid');
    expect(html).not.toContain('/arbeidsflate/brukere');
    for (const path of ['/arbeidsflate/samarbeid', '/arbeidsflate/samarbeid/vestregionen', MEMBERS, '/arbeidsflate/brukere']) {
      expect((await browser.request(path)).status, path).toBe(404);
    }
  });
});

describe('cooperation details', () => {
  const DETAILS = '/arbeidsflate/samarbeid/kommunehelsesamarbeidet';

  it('shows the stored values, the legal forms and the name of the stored municipality', async () => {
    const browser = await signedIn('admin@example.test');
    const { html } = await browser.page('/arbeidsflate/samarbeid/vestregionen');
    expect(html).toContain('<option value="section_27" selected="">§ 27-samarbeid</option>');
    expect(html).toContain('Registrert nå: Asker (0220).');
    expect(html).toContain('value="§ 27 i kommuneloven (1992)"');
    expect(html).toContain('<option value="ended" selected="">Avsluttet</option>');
  });

  it('saves through updateCooperation and says so', async () => {
    const browser = await signedIn('khs@example.test');
    await browser.page(DETAILS);
    const response = await browser.post(DETAILS, {
      name: 'Kommunehelsesamarbeidet',
      short_name: 'KHS',
      'tagline.nb': '26 kommuner i Vestre Viken',
      'tagline.nn': '',
      'tagline.en': '',
      legal_form: 'agreement',
      legal_basis: '',
      host_code: '3005',
      head_office_code: '',
      status: 'active',
      established_on: '',
      ended_on: '',
    });
    expect(response.status).toBe(303);
    const { html } = await browser.page(response.headers.get('location')!);
    expect(html).toContain('Endringene er lagret.');
    expect(html).toContain('Registrert nå: Drammen (3005).');
    expect((await getCooperationBySlug(t.db, 'kommunehelsesamarbeidet'))!.tagline).toEqual({ nb: '26 kommuner i Vestre Viken' });
  });

  it('shows every broken rule at its field, and keeps what was written', async () => {
    const browser = await signedIn('admin@example.test');
    await browser.page(DETAILS);
    const response = await browser.post(DETAILS, {
      name: ' ',
      legal_form: 'agreement',
      host_code: '9999',
      status: 'active',
      ended_on: '2020-01-01',
      'purpose.en': 'Kept text',
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<a href="#name">Navn: <span lang="en">must not be empty</span></a>');
    expect(html).toContain('Kept text');
    expect((await getCooperationBySlug(t.db, 'kommunehelsesamarbeidet'))!.name).toBe('Kommunehelsesamarbeidet');
  });
});

describe('bodies and seats', () => {
  const BODIES = '/arbeidsflate/samarbeid/kommunehelsesamarbeidet/organer';

  it('creates a body, adds a seat on behalf of a member, and ends it', async () => {
    const browser = await signedIn('khs@example.test');
    await browser.page(BODIES);
    const created = await browser.post(BODIES, {
      'name.nb': 'Styret',
      'name.nn': 'Styret',
      'name.en': 'Board',
      slug: 'styret',
      kind: 'administrative',
      sort_order: '1',
    });
    expect(created.status).toBe(303);
    expect(created.headers.get('location')).toBe(`${BODIES}?lagret=organ`);
    expect((await browser.page(`${BODIES}?lagret=organ`)).html).toContain(`href="${BODIES}/styret"`);

    const body = `${BODIES}/styret`;
    const page = await browser.page(body);
    // KHS's members today carry the numbers of 2020 (the demo applies the 2020 changes to KHS).
    expect(page.html).toContain('<option value="3041">Gol (3041)</option>');
    expect(page.html).toContain('<option value="chief_executive">Rådmann/kommunedirektør</option>');
    const seat = await browser.post(body, {
      on_behalf_of_code: '0219',
      office: 'chief_executive',
      position: 'chair',
      is_deputy: 'on',
      start_on: '2018-01-01',
      end_on: '',
    });
    expect(seat.status).toBe(303);
    const after = await browser.page(seat.headers.get('location')!);
    expect(after.html).toContain('Plassen er lagt til.');
    expect(after.html).toContain('Rådmann/kommunedirektør, Bærum (vara)');

    const styret = await t.db.selectFrom('bodies').select('id').where('cooperation_id', '=', khsId).where('slug', '=', 'styret').executeTakeFirstOrThrow();
    const row = await t.db.selectFrom('seats').selectAll().where('body_id', '=', styret.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ on_behalf_of_code: '0219', office: 'chief_executive', position: 'chair', start_on: '2018-01-01', end_on: null });
    expect(row.is_deputy).toBe(1);
    const early = await browser.post(`${body}/avslutt`, { seat_id: String(row.id), end_on: '2017-12-31' });
    expect(early.status).toBe(422);
    expect(await early.text()).toContain('must be on or after the start date 2018-01-01');
    const ended = await browser.post(`${body}/avslutt`, { seat_id: String(row.id), end_on: '2019-12-31' });
    expect(ended.status).toBe(303);
  });

  it('refuses a seat for someone who was not a member when it starts', async () => {
    const browser = await signedIn('admin@example.test');
    const body = '/arbeidsflate/samarbeid/vestregionen/organer/styringsgruppen';
    await browser.page(body);
    const response = await browser.post(body, { on_behalf_of_code: '0219', office: 'mayor', position: 'member', start_on: '2019-01-01' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<a href="#on_behalf_of_code">På vegne av: <span lang="en">0219 is not a member');
    expect(html).toContain('<option value="0219" selected="">Bærum (0219)</option>');
  });

  it('refuses a body without a name in bokmål or nynorsk', async () => {
    const browser = await signedIn('admin@example.test');
    await browser.page(BODIES);
    const response = await browser.post(BODIES, { 'name.en': 'Only English', slug: 'only-english', kind: 'political' });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('<a href="#name-nb">Navn på organet (bokmål): <span lang="en">must be given in bokmål or nynorsk');
  });
});
