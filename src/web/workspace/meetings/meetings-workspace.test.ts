import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { getCooperationBySlug } from '../../../modules/cooperations';
import { TestBrowser, addTestUser, expectAccessibleForm } from '../test-browser';

// The secretariat's meetings pages through the whole app (no browser): who may see them, refusals
// shown at the field (422) or on top of the page (a step the meeting's status does not allow), and
// upload limits. The browser journey is tests/e2e/meetings-journey.test.ts.

const PLAN = '/arbeidsflate/samarbeid/vestregionen/moter';
const ORIGIN = 'http://localhost';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ seed: true, env: { UPLOAD_MAX_MB: '1' } });
  const vestregionen = (await getCooperationBySlug(t.db, 'vestregionen'))!.id;
  const khs = (await getCooperationBySlug(t.db, 'kommunehelsesamarbeidet'))!.id;
  await addTestUser(t, 'sekretariat@example.test', 'Sekretariatet', { role: 'secretariat', cooperationId: vestregionen });
  await addTestUser(t, 'khs@example.test', 'KHS-sekretariatet', { role: 'secretariat', cooperationId: khs });
  await addTestUser(t, 'medlem@example.test', 'Medlemmet', { role: 'member', cooperationId: vestregionen });
});
afterAll(() => t?.close());

async function signedIn(email: string): Promise<TestBrowser> {
  const browser = new TestBrowser(t);
  await browser.signIn(email);
  return browser;
}

const location = (res: Response) => new URL(res.headers.get('location')!, ORIGIN);

async function scheduled(b: TestBrowser, date: string): Promise<string> {
  const body = /<option value="(\d+)"[^>]*>Styringsgruppen<\/option>/.exec((await b.page(PLAN)).html)![1]!;
  const res = await b.post(PLAN, { body_id: body, date, start_time: '10:00', end_time: '', place: '', kind: 'ordinary', note: '' });
  expect(res.status).toBe(303);
  return location(res).pathname;
}

describe('the meetings workspace', () => {
  it('is for the cooperation’s own secretariat: others get 404, anonymous visitors sign in first', async () => {
    const anonymous = await new TestBrowser(t).request(PLAN);
    expect(anonymous.status).toBe(303);
    expect(location(anonymous).pathname).toBe('/logg-inn');
    for (const email of ['khs@example.test', 'medlem@example.test']) {
      const b = await signedIn(email);
      expect((await b.page(PLAN)).response.status, email).toBe(404);
      expect((await b.page(`${PLAN}/saker`)).response.status, email).toBe(404);
    }
  });

  it('lets a member of the cooperation read exempt items on the meeting page, which the public does not', async () => {
    const publicPlan = await (await t.app.request('/vestregionen/moter?organ=radmannsgruppen&ar=2018')).text();
    const meeting = new RegExp('href="(/vestregionen/moter/\\d+)"[^>]*>31\\.05\\.2018<').exec(publicPlan)![1]!;
    const anonymous = await (await t.app.request(meeting)).text();
    expect(anonymous).not.toContain('personalmessige forhold');
    const member = await signedIn('medlem@example.test');
    const { html } = await member.page(meeting);
    expect(html).toContain('Avvikling av sekretariatet – personalmessige forhold');
    expect(html).toContain('Unntatt offentlighet (Offl. § 25 første ledd)');
  });

  it('shows the plan, the cases and a meeting with labelled fields, in nb, nn and en', async () => {
    const b = await signedIn('sekretariat@example.test');
    const meeting = await scheduled(b, '2032-02-05');
    for (const path of [PLAN, `/nn${PLAN}/saker`, `/en${meeting}`]) {
      const { response, html } = await b.page(path);
      expect(response.status, path).toBe(200);
      expectAccessibleForm(html);
    }
  });

  it('refuses a meeting without a valid time at the field, and keeps what was typed', async () => {
    const b = await signedIn('sekretariat@example.test');
    await b.page(PLAN);
    const res = await b.post(PLAN, { body_id: '', date: '2032-02-30', start_time: 'ti', place: 'Asker rådhus' });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('ds-error-summary');
    expect(html).toContain('href="#start_time"');
    expect(html).toContain('href="#body_id"');
    expect(html).toContain('value="Asker rådhus"');
    expect(html).toMatch(/<title>Feil: /);
  });

  it('cancels a meeting with a reason, and then says why it can no longer be summoned', async () => {
    const b = await signedIn('sekretariat@example.test');
    const meeting = await scheduled(b, '2032-03-04');
    await b.page(meeting);
    const empty = await b.post(`${meeting}/avlys`, { reason: ' ' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('href="#reason"');
    const cancelled = await b.post(`${meeting}/avlys`, { reason: 'Ordførerne møtes på KS-konferansen.' });
    expect(cancelled.status).toBe(303);
    expect(location(cancelled).search).toBe('?lagret=avlyst');
    const page = (await b.page(meeting)).html;
    expect(page).toContain('Møtet er avlyst. Begrunnelse: Ordførerne møtes på KS-konferansen.');
    expect(page).not.toContain('/innkalling"');
    const late = await b.post(`${meeting}/innkalling`, {});
    expect(late.status).toBe(422);
    expect(await late.text()).toContain('This meeting is cancelled');
  });

  it('refuses an attachment that is too large or not PDF/Word, naming the file field', async () => {
    const b = await signedIn('sekretariat@example.test');
    await b.page(`${PLAN}/saker`);
    const created = await b.post(`${PLAN}/saker`, { title: 'Sak med vedlegg', proposal: '', is_public: 'on' });
    expect(created.status).toBe(303);
    const casePath = location(created).pathname;
    await b.page(casePath);
    const upload = (bytes: Uint8Array, name: string) => {
      const form = new FormData();
      form.set('_csrf', b.csrf);
      form.set('title', '');
      form.set('is_public', 'on');
      form.set('file', new File([bytes], name, { type: 'application/pdf' }));
      return b.request(`${casePath}/vedlegg`, { method: 'POST', headers: { Origin: ORIGIN }, body: form });
    };
    const tooLarge = await upload(new Uint8Array(1.5 * 1024 * 1024).fill(0x25), 'stor.pdf');
    expect(tooLarge.status).toBe(422);
    expect(await tooLarge.text()).toMatch(/href="#upload-file">Fil: <span lang="en">the file is too large: at most 1 MB/);
    const wrongType = await upload(new TextEncoder().encode('bare tekst'), 'notat.pdf');
    expect(wrongType.status).toBe(422);
    expect(await wrongType.text()).toContain('must be a PDF or a Word document');
    const ok = await upload(new TextEncoder().encode('%PDF-1.4\n%%EOF\n'), 'notat.pdf');
    expect(ok.status).toBe(303);
    expect((await b.page(casePath)).html).toContain('>notat.pdf</a>');
  });
});
