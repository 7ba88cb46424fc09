import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, findCaseByNumber } from '../../../modules/cases';
import { getCooperationBySlug } from '../../../modules/cooperations';
import {
  addAgendaItem,
  approveMinutes,
  draftMinutes,
  listMeetings,
  markMeetingHeld,
  recordTreatment,
  scheduleMeeting,
  summonMeeting,
} from '../../../modules/meetings';
import { bodyBySlug } from '../../../modules/people';
import { anonymous, systemActor } from '../../../platform/authz';
import { execute } from '../../../platform/command';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app';

// The public meetings pages over the demo, plus one meeting made here through the commands with an
// exempt item, so that what must never reach public HTML is checked whatever the demo holds.

const SECRET_TITLE = 'Personalsak om en navngitt ansatt';
const SECRET_TEXT = 'Denne teksten er taushetsbelagt og skal aldri vises offentlig.';
const POINTS = Array.from({ length: 9 }, (_, i) => `Punkt nummer ${i + 1} i skissen.`);

let t: TestApp;
let meetingId: number;
let publicCaseId: number;
let secretCaseId: number;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  const actor = systemActor('seed');
  const coop = (await getCooperationBySlug(t.db, 'vestregionen'))!;
  const body = (await bodyBySlug(t.db, coop.id, 'styringsgruppen'))!;
  meetingId = (await execute(t.db, scheduleMeeting, actor, { body_id: body.id, starts_at: '2030-03-14T10:00', ends_at: '2030-03-14T12:00', place: 'Asker rådhus' })).id;
  publicCaseId = (
    await execute(t.db, createCase, actor, {
      cooperation_id: coop.id,
      title: 'Prøvesak med ni punkter',
      proposal_text: 'Styringsgruppen slutter seg til skissen.',
      proposal_points: POINTS,
      background: 'Første avsnitt.\n\n1. én\n2. to\n\n3. tre',
    })
  ).id;
  secretCaseId = (
    await execute(t.db, createCase, actor, { cooperation_id: coop.id, title: SECRET_TITLE, proposal_text: SECRET_TEXT, is_public: false, exempt_basis: 'offl. § 13' })
  ).id;
  const publicItem = await execute(t.db, addAgendaItem, actor, { meeting_id: meetingId, case_id: publicCaseId });
  const secretItem = await execute(t.db, addAgendaItem, actor, { meeting_id: meetingId, case_id: secretCaseId, is_public: false, exempt_basis: 'offl. § 13' });
  await execute(t.db, summonMeeting, actor, { meeting_id: meetingId });
  await execute(t.db, markMeetingHeld, actor, { meeting_id: meetingId });
  await execute(t.db, recordTreatment, actor, { agenda_item_id: publicItem.id, outcome: 'adopted_as_proposed', votes_for: 15, votes_against: 2, votes_blank: 0 });
  await execute(t.db, recordTreatment, actor, { agenda_item_id: secretItem.id, outcome: 'adopted_with_changes', resolution_text: SECRET_TEXT });
  await execute(t.db, draftMinutes, actor, { meeting_id: meetingId, present: 'Ordfører i Asker\nOrdfører i Bærum' });
  await execute(t.db, approveMinutes, actor, { meeting_id: meetingId, approved_by: 'Styringsgruppen' });
});
afterAll(() => t?.close());

const get = (path: string) => t.app.request(path);
const html = async (path: string, status = 200) => {
  const res = await get(path);
  expect(res.status, path).toBe(status);
  return res.text();
};

describe('the public meetings pages', () => {
  it('lists the meetings in nb, nn and en, as a list and as a month calendar, with the feeds', async () => {
    for (const [prefix, heading] of [['', 'Møter i Vestregionen'], ['/nn', 'Møte i Vestregionen'], ['/en', 'Meetings of Vestregionen']] as const) {
      const page = await html(`${prefix}/vestregionen/moter`);
      expect(page).toContain(`<h1>${heading}</h1>`);
      expect(page).toContain(`href="${prefix}/vestregionen/moter/${meetingId}"`);
      expect(page).toContain('href="/vestregionen/organer/styringsgruppen/kalender.ics"');
      expect(page.match(/<h1[ >]/g)).toHaveLength(1);
    }
    const calendar = await html('/vestregionen/moter?visning=kalender&ar=2030&organ=styringsgruppen');
    expect(calendar).toContain('Møter i mars 2030');
    expect(calendar).toContain(`/vestregionen/moter/${meetingId}`);
    const bad = await get('/vestregionen/moter?ar=tjuetretti');
    expect(bad.status).toBe(400);
  });

  it('shows the meeting: time in Oslo, status in words, agenda with numbers, the lock, and downloads', async () => {
    const page = await html(`/vestregionen/moter/${meetingId}`);
    expect(page).toContain('14.03.2030 kl. 10:00–12:00');
    expect(page).toContain('Protokoll godkjent');
    expect(page).toMatch(/Protokollen ble godkjent \d\d\.\d\d\.\d{4} av Styringsgruppen\./);
    expect(page).toContain(`href="/vestregionen/saker/${publicCaseId}"`);
    expect(page).toContain('15 for, 2 mot, 0 blanke');
    expect(page).toContain(`/vestregionen/moter/${meetingId}/protokoll.pdf`);
    const en = await html(`/en/vestregionen/moter/${meetingId}`);
    expect(en).toContain('14.03.2030 at 10:00–12:00');
    expect(en).toContain('Minutes approved');
  });

  it('never puts an exempt item’s title or text in public HTML or documents', async () => {
    for (const path of [`/vestregionen/moter/${meetingId}`, `/nn/vestregionen/moter/${meetingId}`, '/vestregionen/moter']) {
      const page = await html(path);
      expect(page, path).not.toContain(SECRET_TITLE);
      expect(page, path).not.toContain(SECRET_TEXT);
    }
    const meeting = await html(`/vestregionen/moter/${meetingId}`);
    expect(meeting).toContain('Unntatt offentlighet (offl. § 13)');
    expect((await get(`/vestregionen/saker/${secretCaseId}`)).status).toBe(404);
    expect((await get(`/vestregionen/saker/${secretCaseId}/saksfremlegg.pdf`)).status).toBe(404);
    const minutes = await get(`/vestregionen/moter/${meetingId}/protokoll.docx`);
    expect(minutes.status).toBe(200);
    expect(minutes.headers.get('content-type')).toContain('wordprocessingml');
  });

  it('shows the case paper with the header table, the numbered points and the resolution', async () => {
    const page = await html(`/vestregionen/saker/${publicCaseId}`);
    expect(page).toMatch(/<h1>Sak \d\d\/2030 Prøvesak med ni punkter<\/h1>/);
    expect(page).toContain('<caption id="case-path-caption">Sakens gang</caption>');
    for (const point of POINTS) expect(page).toContain(`<li>${point}</li>`);
    // The background's numbered list stays one list across a blank line.
    expect(page).toContain('<ol><li>én</li><li>to</li><li>tre</li></ol>');
    expect(page).toContain('Vedtatt som foreslått');
    const pdf = await get(`/vestregionen/saker/${publicCaseId}/saksfremlegg.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('answers the calendars as text/calendar', async () => {
    for (const path of ['/vestregionen/organer/styringsgruppen/kalender.ics', '/moter/kalender.ics']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/calendar');
      const text = await res.text();
      expect(text).toContain('BEGIN:VCALENDAR');
      expect(text).toContain(`/vestregionen/moter/${meetingId}`);
    }
    expect((await get('/vestregionen/organer/finnes-ikke/kalender.ics')).status).toBe(404);
  });

  it('keeps the demo’s exempt staff case out of Rådmannsgruppen’s public meeting page', async () => {
    const coop = (await getCooperationBySlug(t.db, 'vestregionen'))!;
    const body = (await bodyBySlug(t.db, coop.id, 'radmannsgruppen'))!;
    const [meeting] = await listMeetings(t.db, { bodyId: body.id, from: '2018-05-31', to: '2018-05-31', actor: anonymous });
    for (const prefix of ['', '/en']) {
      const page = await html(`${prefix}/vestregionen/moter/${meeting!.id}`);
      expect(page).not.toContain('personalmessige forhold');
      expect(page).not.toContain('tar orienteringen til etterretning');
      expect(page).toContain('(Offl. § 25 første ledd)');
    }
  });

  it('shows Sak 03/2018 of the demo with its nine points, in nb, nn and en', async () => {
    const coop = (await getCooperationBySlug(t.db, 'vestregionen'))!;
    const id = await findCaseByNumber(t.db, { cooperationId: coop.id, bodySlug: 'styringsgruppen', number: '03/2018' });
    expect(id, 'the demo has Sak 03/2018 of Styringsgruppen').not.toBeNull();
    for (const prefix of ['', '/nn', '/en']) {
      const page = await html(`${prefix}/vestregionen/saker/${id}`);
      expect(page).toContain('Vestregionens fremtid – skisse til fremtidig samarbeid');
      // The nine points of the sketch are one numbered list in the background, 5 and 6 included
      // although the seed has a blank line between them.
      const main = page.slice(page.indexOf('<main'), page.indexOf('</main>'));
      const sketch = main.slice(main.indexOf('<ol><li>Det politiske samarbeidet videreføres'));
      const list = sketch.slice(0, sketch.indexOf('</ol>'));
      expect(list.match(/<li>/g), prefix || 'nb').toHaveLength(9);
      expect(list).toContain('<li>Vestregionen som § 27-samarbeid opphører fra 1.1.2019.</li>');
    }
  });
});
