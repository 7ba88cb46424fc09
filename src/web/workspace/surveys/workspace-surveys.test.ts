import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { getCooperationBySlug } from '../../../modules/cooperations';
import { readXlsx } from '../../../platform/export/xlsx';
import { seedSurveyFixture } from '../../public/surveys/survey-fixture.test-support';
import { addTestUser, expectAccessibleForm, TestBrowser } from '../test-browser';

// The secretariat's survey pages: list and create, import with field-path errors, settings and
// status, the audience, and the results with their exports, all with suppression applied.

let t: TestApp;
let fixture: { surveyId: number; slug: string; token: string };
const b = () => new TestBrowser(t);
let admin: TestBrowser;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  fixture = await seedSurveyFixture(t.db);
  const coop = (await getCooperationBySlug(t.db, 'kommunehelsesamarbeidet'))!;
  await addTestUser(t, 'sekretariat@samrad.invalid', 'Sekretariatet (test)', { role: 'secretariat', cooperationId: coop.id });
  await addTestUser(t, 'medlem@samrad.invalid', 'Medlem (test)', { role: 'member', cooperationId: coop.id });
  admin = b();
  await admin.signIn('sekretariat@samrad.invalid');
});
afterAll(() => t?.close());

const list = () => `/arbeidsflate/samarbeid/${fixture.slug}/undersokelser`;
const one = (suffix = '') => `${list()}/${fixture.surveyId}${suffix}`;

describe('workspace survey pages', () => {
  it('shows every page with labelled fields to the secretariat, and nothing to others', async () => {
    for (const path of [list(), one(), one('/sporsmal'), one('/mottakere'), one('/resultater?by=role')]) {
      const { response, html } = await admin.page(path);
      expect(response.status, path).toBe(200);
      expectAccessibleForm(html);
    }
    const member = b();
    await member.signIn('medlem@samrad.invalid');
    expect((await member.page(one())).response.status).toBe(404);
    expect((await b().request(one())).status).toBe(303);
  });

  it('makes a draft from the form, and refuses a bad date naming the field', async () => {
    await admin.page(list());
    const refused = await admin.post(list(), { 'title.nb': 'Ny undersøkelse', anonymity: 'anonymous', opens_on: '2026-01-01', closes_on: 'snart' });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('href="#closes_on"');
    const made = await admin.post(list(), { 'title.nb': 'Ny undersøkelse', anonymity: 'anonymous', opens_on: '01.01.2026', closes_on: '31.01.2026', open_link: 'on' });
    expect(made.status).toBe(303);
    expect(made.headers.get('location')).toMatch(/\/undersokelser\/\d+\/sporsmal\?lagret=opprettet$/);
  });

  it('refuses an imported definition with the path of each problem', async () => {
    await admin.page(list());
    const bad = await admin.post(`${list()}/importer`, { json: JSON.stringify({ format: 'samrad-survey/1', title: { nb: 'X' }, anonymity: 'anonymous', opensOn: '2026-01-01', closesOn: '2026-02-01', sections: [{ key: 'a', title: { nb: 'A' }, questions: [{ key: 'Bad Key', kind: 'text', text: { nb: 'Q' } }] }] }) });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('sections.0.questions.0.key');
    const notJson = await admin.post(one('/sporsmal'), { json: '{ not json' });
    expect(notJson.status).toBe(422);
    expect(await notJson.text()).toContain('Teksten er ikke gyldig JSON');
  });

  it('exports answers and results with the small groups hidden', async () => {
    const csv = await admin.request(one('/resultater.csv'));
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text).not.toMatch(/Hole|Lier/);
    expect(text).toContain('Skjult (under 5 svar)');
    const xlsx = await admin.request(one('/resultater.xlsx'));
    const sheets = await readXlsx(new Uint8Array(await xlsx.arrayBuffer()));
    const results = sheets.find((s) => s.name === 'Resultater')!;
    const everyone = results.rows.filter((r) => r[0] === 'Hvor godt kjenner du samarbeidet?' && r[1] === 'Alle');
    expect(everyone.map((r) => r[4])).toEqual([6, 11, 2]);
    for (const r of results.rows.filter((r) => String(r[1]).startsWith('Kommune: Hole'))) expect(r.slice(2)).toEqual(['Skjult (under 5 svar)']);
    const pdf = await admin.request(one('/resultater.pdf'));
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('publishes and withdraws the results through the status form', async () => {
    await admin.page(one());
    const off = await admin.post(one('/status'), { handling: 'unpublish' });
    expect(off.headers.get('location')).toContain('lagret=avpublisert');
    expect((await t.app.request(`/${fixture.slug}/undersokelser/${fixture.surveyId}/resultater`)).status).toBe(404);
    await admin.post(one('/status'), { handling: 'publish' });
    expect((await t.app.request(`/${fixture.slug}/undersokelser/${fixture.surveyId}/resultater`)).status).toBe(200);
  });
});
