import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';
import { getCooperationBySlug, membersOn } from '../../../modules/cooperations';
import { TestBrowser, addTestUser, expectAccessibleForm } from '../test-browser';

// The services area's workspace and public pages through the whole app (no browser): who may see
// them, forms that post, redirect and refuse at the field, the merger preview and its application,
// the population upload, and the spreadsheet downloads. Browser and axe checks: tests/e2e/services.test.ts.

let t: TestApp;
let khsId: number;
const VR = '/arbeidsflate/samarbeid/vestregionen/tjenester';
const KHS = '/arbeidsflate/samarbeid/kommunehelsesamarbeidet/tjenester';

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  khsId = (await getCooperationBySlug(t.db, 'kommunehelsesamarbeidet'))!.id;
  await addTestUser(t, 'admin@example.test', 'Administratoren', { role: 'administrator' });
  await addTestUser(t, 'khs@example.test', 'KHS-sekretariatet', { role: 'secretariat', cooperationId: khsId });
});
afterAll(() => t?.close());

async function signedIn(email: string) {
  const browser = new TestBrowser(t);
  await browser.signIn(email);
  return browser;
}

describe('the workspace pages', () => {
  it('are open to the secretariat of the cooperation and answer 404 to another', async () => {
    const admin = await signedIn('admin@example.test');
    for (const path of [VR, `${VR}/kunst-rett-vest`, `/en${VR}/kommunehelsesamarbeidet`, `/nn${KHS}?endring=2024-01-01`]) {
      const { response, html } = await admin.page(path);
      expect(response.status, path).toBe(200);
      expectAccessibleForm(html);
    }
    const khs = await signedIn('khs@example.test');
    expect((await khs.page(VR)).response.status).toBe(404);
    expect((await khs.page(KHS)).response.status).toBe(200);
    const refused = await khs.post(`${VR}/kunst-rett-vest/status`, { status: 'ended', effective_on: '2019-01-01' });
    expect(refused.status).toBe(404);
  });

  it('creates a service, and refuses a bad date at its field', async () => {
    const admin = await signedIn('admin@example.test');
    await admin.page(VR);
    const bad = await admin.post(VR, { name: 'Prøvetjeneste', slug: 'prove', start_on: '31.02.2019', status: 'active', host_role: 'host' });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('href="#start_on"');
    expect(html).toContain('value="31.02.2019"');
    const ok = await admin.post(VR, { name: 'Prøvetjeneste', slug: 'prove', start_on: '1.1.2019', status: 'planned', host_role: 'lead', host_code: '0220' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`${VR}/prove?lagret=tjeneste`);
    const added = await admin.post(`${VR}/prove/deltakere`, { member_code: '0219', role: 'participant', start_on: '2019-01-01' });
    expect(added.status).toBe(303);
    const key = await admin.post(`${VR}/prove/nokkel`, { year: '2019', method: 'fixed_plus_per_inhabitant', budget: '10 000', fixed_share_percent: '20', fixed_amounts: 'xx' });
    expect(key.status).toBe(422);
    expect(await key.text()).toContain('02 150000');
    const saved = await admin.post(`${VR}/prove/nokkel`, { year: '2019', method: 'per_inhabitant', budget: '10 000', fixed_amounts: '' });
    expect(saved.status).toBe(303);
    const csv = await t.app.request('/vestregionen/tjenester/prove/kostnader-2019.csv');
    expect(csv.status).toBe(200);
    // 0219 Bærum: 124 000 × 1.01, rounded to hundreds (the illustrative figure) pays all 10 000 kr.
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('Nummer;Navn;Innbyggere;Andel (kr);Grunnlag\r\n0219;Bærum;125200;10000;Nøkkel\r\n;Sum;;10000;\r\n;Kilde for innbyggertall: Illustrasjon – ikke offisielle tall;;;\r\n');
  });

  it('previews a change set, applies it once, and the second time finds nothing to do', async () => {
    const khs = await signedIn('khs@example.test');
    const preview = await khs.page(`${KHS}?endring=2024-01-01`);
    expect(preview.html).toContain('3024');
    expect(preview.html).toContain('3201');
    await khs.post(`${KHS}/_sammenslaing/regel`, { rule: 'successor_joins', split_successors: 'Viken' }).then(async (r) => {
      expect(r.status).toBe(422);
      expect(await r.text()).toContain('30=32');
    });
    const applied = await khs.post(`${KHS}/_sammenslaing`, { effective_on: '2024-01-01' });
    expect(applied.headers.get('location')).toBe(`${KHS}?lagret=sammenslaing`);
    expect((await membersOn(t.db, khsId, '2024-01-01')).map((m) => m.code)).toContain('3201');
    const again = await khs.post(`${KHS}/_sammenslaing`, { effective_on: '2024-01-01' });
    expect(again.headers.get('location')).toBe(`${KHS}?lagret=ingen-endring`);
  });

  it('imports population from an uploaded SSB file and names a bad line', async () => {
    const admin = await signedIn('admin@example.test');
    await admin.page(VR);
    const upload = (text: string) => {
      const form = new FormData();
      form.set('_csrf', admin.csrf);
      form.set('source', 'SSB, tabell 07459 (test)');
      form.set('file', new File([text], 'befolkning.csv', { type: 'text/csv' }));
      return admin.request(`${VR}/_folketall`, { method: 'POST', headers: { Origin: 'http://localhost' }, body: form });
    };
    const bad = await upload('"region";"år";"07459: Befolkning"\n"0219 Bærum";"2021";x');
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('line 2: the population');
    const ok = await upload('"region";"år";"07459: Befolkning"\n"3024 Bærum";"2021";127731');
    expect(ok.status).toBe(303);
    const row = await t.db.selectFrom('population').selectAll().where('code', '=', '3024').where('year', '=', 2021).executeTakeFirst();
    expect(row).toMatchObject({ count: 127731, source: 'SSB, tabell 07459 (test)' });
  });
});

describe('the public pages', () => {
  it('show the portfolio as of a date, and a service with its participants, history, decisions and shares', async () => {
    const june = await (await t.app.request('/vestregionen/tjenester?dato=2018-06-14')).text();
    expect(june).toContain('Kunst Rett Vest');
    expect(june).not.toContain('Integrert i en annen tjeneste');
    const today = await (await t.app.request('/vestregionen/tjenester')).text();
    // The suggestion is the day of Vestregionen's last meeting: the General Assembly of 14 June 2018.
    expect(today).toContain('Se porteføljen slik den var 14.06.2018');
    expect(today).toContain('Integrert i en annen tjeneste');
    const bad = await t.app.request('/en/vestregionen/tjenester?dato=2018-02-30');
    expect(bad.status).toBe(400);
    const khs = await (await t.app.request('/nn/vestregionen/tjenester/kommunehelsesamarbeidet?dato=2019-12-31')).text();
    expect(khs).toContain('Illustrasjon – ikkje offisielle tal');
    expect(khs).toContain('Deltakarar 31.12.2019');
    const xlsx = await t.app.request('/en/vestregionen/tjenester/kommunehelsesamarbeidet/kostnader-2020.xlsx');
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
  });
});
