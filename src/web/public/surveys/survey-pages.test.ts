import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { expectAccessibleForm, TestBrowser } from '../../workspace/test-browser';
import { closeSurvey } from '../../../modules/surveys';
import { systemActor } from '../../../platform/authz';
import { execute } from '../../../platform/command';
import { formatDate, todayInOslo } from '../../../platform/i18n';
import { seedSurveyFixture } from './survey-fixture.test-support';

// The public survey pages over a real database: list, about, results (suppressed), the open link and a
// personal link's steps, draft and receipt; and the results API.

let t: TestApp;
let fixture: { surveyId: number; slug: string; token: string };

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  fixture = await seedSurveyFixture(t.db);
});
afterAll(() => t?.close());

const base = () => `/${fixture.slug}/undersokelser`;

describe('public survey pages', () => {
  it('lists the open survey with its link, in all three languages', async () => {
    for (const prefix of ['', '/nn', '/en']) {
      const res = await t.app.request(`${prefix}${base()}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(`${prefix}${base()}/${fixture.surveyId}/svar`);
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    }
  });

  it('tells what the survey is and the promise it makes', async () => {
    const html = await (await t.app.request(`${base()}/${fixture.surveyId}`)).text();
    expect(html).toContain('Anonym: svarene kan ikke knyttes til deg.');
    expect(html).toContain('Ordførere, rådmenn og kommunalsjefer.');
  });

  it('shows published results without the small groups, and escapes labels', async () => {
    const res = await t.app.request(`${base()}/${fixture.surveyId}/resultater?by=municipality`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('role="img"');
    expect(html).not.toContain('<b>Lite</b>');
    expect(html).toContain('&lt;b&gt;Lite&lt;/b&gt;');
    // Hole (2) and Lier (5, its complement) are hidden in every table; Asker's 6 are shown.
    const rows = [...html.matchAll(/<tr>\s*<th scope="row"><span lang="nb">(Hole|Lier)<\/span><\/th>(.*?)<\/tr>/gs)];
    expect(rows.length).toBeGreaterThan(0);
    for (const [, , cells] of rows) {
      expect(cells).toContain('Skjult (under 5 svar)');
      // The rates table shows how many were invited (not a secret) before the hidden cells.
      expect(cells!.replace(/^<td class="num">\d+<\/td>(?=<td colspan="3">)/, '')).not.toMatch(/<td class="num">/);
    }
  });

  it('answers the results API with the same suppression, and 404 for unpublished or unknown surveys', async () => {
    const res = await t.app.request(`/api/v1/surveys/${fixture.surveyId}/results?by=role`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { distributions: { groups: { key: string; hidden: boolean; n: number | null; counts: number[] | null }[] }[] };
    expect(body.distributions.length).toBeGreaterThan(0);
    for (const d of body.distributions) {
      const staff = d.groups.find((g) => g.key === 'other_staff')!;
      expect(staff).toMatchObject({ hidden: true, n: null, counts: null });
      // Shown groups are never below the threshold, and what subtraction leaves is at least 5.
      for (const g of d.groups) if (!g.hidden) expect(g.n).toBeGreaterThanOrEqual(5);
    }
    const text = JSON.stringify(body);
    expect(text).not.toContain('"responses":2,');
    expect((await t.app.request('/api/v1/surveys/999999/results')).status).toBe(404);
    expect((await t.app.request(`/api/v1/surveys/${fixture.surveyId}/results?by=person`)).status).toBe(400);
  });

  it('takes a response through the open link and refuses one without role and municipality', async () => {
    const b = new TestBrowser(t);
    const { html } = await b.page(`${base()}/${fixture.surveyId}/svar`);
    expectAccessibleForm(html);
    const key = /name="idempotency_key" value="([^"]+)"/.exec(html)![1]!;
    const refused = await b.post(`${base()}/${fixture.surveyId}/svar`, { idempotency_key: key, 'q.kjennskap': 'noe', 'q.nytte': '3' });
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toContain('Velg rollen din.');
    expect(page).toContain('href="#respondent-role-0"');
    const ok = await b.post(`${base()}/${fixture.surveyId}/svar`, { idempotency_key: key, role: 'mayor', municipality_code: '3024', 'q.kjennskap': 'noe', 'q.nytte': '3' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`${base()}/${fixture.surveyId}/svar/takk`);
  });

  it('walks a personal link through its steps with a draft, then a receipt, then says it is answered', async () => {
    const b = new TestBrowser(t);
    const link = `/svar/${fixture.token}`;
    const first = await b.page(link);
    expect(first.response.status).toBe(200);
    expectAccessibleForm(first.html);
    expect(first.html).toContain('Del 1 av 3');
    const next = await b.post(link, { steg: '1', handling: 'neste', 'q.kjennskap': 'godt', 'q.nytte': '5' });
    expect(next.status).toBe(303);
    const second = await b.page(next.headers.get('location')!.replace('#main', ''));
    expect(second.html).toContain('Hva kjenner du best til?');
    const saved = await b.post(link, { steg: '2', handling: 'lagre', 'q.hva_godt': 'Helse', 'q.moter': '30' });
    expect(saved.status).toBe(422);
    expect(await saved.text()).toContain('must be at most 20');
    const later = await b.post(link, { steg: '2', handling: 'lagre', 'q.hva_godt': 'Helse', 'q.moter': '3' });
    expect(later.headers.get('location')).toContain('lagret=1');
    const back = await b.page(`${link}?steg=2`);
    expect(back.html).toContain('value="Helse"');
    const sent = await b.post(link, { steg: '3', handling: 'send', 'q.kommentar': 'Takk' });
    expect(sent.status).toBe(303);
    expect((await b.page(sent.headers.get('location')!)).html).toContain('Takk for svaret');
    expect((await b.page(link)).html).toContain('Du har allerede svart');
  });

  it('says a closed survey is closed, with the date, on the open link and the about page', async () => {
    await execute(t.db, closeSurvey, systemActor('cli'), { survey_id: fixture.surveyId });
    const closed = `Undersøkelsen ble stengt ${formatDate(todayInOslo())}.`;
    const form = await (await t.app.request(`${base()}/${fixture.surveyId}/svar`)).text();
    expect(form).toContain(closed);
    expect(form).not.toContain('<form method="post"');
    expect(await (await t.app.request(`${base()}/${fixture.surveyId}`)).text()).toContain(closed);
    expect(await (await t.app.request(`/en${base()}/${fixture.surveyId}/svar`)).text()).toContain(`The survey closed on ${formatDate(todayInOslo())}.`);
  });

  it('answers an unknown link with a page that says what to check', async () => {
    const res = await t.app.request(`/svar/${'x'.repeat(43)}`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Lenken virker ikke');
  });
});
