import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { getCooperationBySlug, type CooperationView } from '../../../modules/cooperations';
import { getSurvey } from '../../../modules/surveys';
import { systemActor } from '../../../platform/authz';
import { seedSurveyFixture } from '../../public/surveys/survey-fixture.test-support';
import { addTestUser, expectAccessibleForm, TestBrowser } from '../test-browser';

// The question builder's handlers: each form posts, changes the definition through saveDefinition and
// redirects, or comes back 422 with the field named; after the first response only texts change.

let t: TestApp;
let coop: CooperationView;
let fixture: { surveyId: number; slug: string; token: string };
let admin: TestBrowser;
let draft = '';

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  fixture = await seedSurveyFixture(t.db);
  coop = (await getCooperationBySlug(t.db, fixture.slug))!;
  await addTestUser(t, 'bygger@samrad.invalid', 'Sekretariatet (test)', { role: 'secretariat', cooperationId: coop.id });
  admin = new TestBrowser(t);
  await admin.signIn('bygger@samrad.invalid');
  const list = `/arbeidsflate/samarbeid/${fixture.slug}/undersokelser`;
  await admin.page(list);
  const made = await admin.post(list, { 'title.nb': 'Byggertest', anonymity: 'anonymous', opens_on: '01.01.2030', closes_on: '31.01.2030' });
  draft = made.headers.get('location')!.replace(/\?.*$/, '');
});
afterAll(() => t?.close());

const sectionsOf = async (path: string) => (await getSurvey(t.db, Number(/\/(\d+)\/sporsmal/.exec(path)![1]), systemActor('cli')))!.sections;
const keys = async (path: string) => (await sectionsOf(path)).map((s) => `${s.key}:${s.questions.map((q) => q.key).join(',')}`);

describe('the question builder', () => {
  it('adds a section with a question, a question with a condition, moves and removes, with labelled forms', async () => {
    const page = await admin.page(draft);
    expect(page.response.status).toBe(200);
    expectAccessibleForm(page.html);
    const form = await admin.page(`${draft}/ny?del=ny&type=single_choice`);
    expect(form.response.status).toBe(200);
    expectAccessibleForm(form.html);
    expect(form.html).toContain('<legend class="ds-label">Tittel på delen</legend>');

    let r = await admin.post(`${draft}/ny`, { del: 'ny', type: 'single_choice', 'title.nb': 'Om samarbeidet', 'text.nb': 'Kjenner du oss?', 'options.nb': 'Ja\nNei' });
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toMatch(/\/sporsmal\?lagret=definisjon$/);
    r = await admin.post(`${draft}/ny`, { del: 'om_samarbeidet', type: 'text', 'text.nb': 'Hvorfor?', key: 'hvorfor', condition: 'kjenner_du_oss=ja', multiline: 'on', max_length: '300' });
    expect(r.status).toBe(303);
    expect(await keys(draft)).toEqual(['del1:kommentar', 'om_samarbeidet:kjenner_du_oss,hvorfor']);
    expect((await sectionsOf(draft))[1]!.questions[1]!.condition).toEqual({ questionKey: 'kjenner_du_oss', equals: 'ja' });

    // A condition on a later question is refused by the command and shown at the condition field.
    r = await admin.post(`${draft}/endre/kommentar`, { 'text.nb': 'Har du kommentarer?', key: 'kommentar', condition: 'kjenner_du_oss=ja', multiline: 'on', max_length: '2000' });
    expect(r.status).toBe(422);
    const refused = await r.text();
    expect(refused).toContain('href="#condition"');
    expect(refused).toContain('<title>Feil:');

    await admin.page(draft);
    expect((await admin.post(`${draft}/flytt`, { question: 'hvorfor', direction: 'up' })).status).toBe(422);
    expect((await admin.post(`${draft}/flytt`, { question: 'kjenner_du_oss', direction: 'up' })).status).toBe(303);
    expect(await keys(draft)).toEqual(['del1:kommentar,kjenner_du_oss', 'om_samarbeidet:hvorfor']);
    expect((await admin.post(`${draft}/fjern`, { question: 'hvorfor' })).status).toBe(303);
    expect(await keys(draft)).toEqual(['del1:kommentar,kjenner_du_oss']);
    r = await admin.post(`${draft}/del/del1`, { 'title.nb': 'Første del', 'title.en': 'First part' });
    expect(r.status).toBe(303);
    expect((await sectionsOf(draft))[0]!.title).toEqual({ nb: 'Første del', en: 'First part' });
    expect((await admin.post(`${draft}/fjern-del`, { section: 'del1' })).status).toBe(422);
  });

  it('after the first response offers only text edits, and says why', async () => {
    const path = `/arbeidsflate/samarbeid/${fixture.slug}/undersokelser/${fixture.surveyId}/sporsmal`;
    const { html } = await admin.page(path);
    expect(html).toContain('Spørsmålene kan ikke endres etter at det første svaret er kommet; bare tekstene kan rettes.');
    expect(html).not.toContain('/sporsmal/flytt');
    expect(html).not.toContain('/sporsmal/ny');
    expect((await admin.post(`${path}/fjern`, { question: 'kommentar' })).status).toBe(422);
    const before = await sectionsOf(path);
    const q = before.flatMap((s) => s.questions).find((x) => x.kind === 'single_choice')!;
    const edit = await admin.page(`${path}/endre/${q.key}`);
    expect(edit.response.status).toBe(200);
    expect(edit.html).not.toContain('id="key"');
    const labels = q.kind === 'single_choice' ? q.options.map((o) => `${o.label.nb} (rettet)`).join('\n') : '';
    const r = await admin.post(`${path}/endre/${q.key}`, { 'text.nb': 'Rettet tekst', 'options.nb': labels, key: 'forsok_pa_ny_nokkel' });
    expect(r.status).toBe(303);
    const after = (await sectionsOf(path)).flatMap((s) => s.questions).find((x) => x.key === q.key)!;
    expect(after.text.nb).toBe('Rettet tekst');
    expect(after.kind === 'single_choice' && after.options[0]!.label.nb).toContain('(rettet)');
  });
});
