import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous } from '../../src/platform/authz';
import { execute } from '../../src/platform/command';
import { ConflictError, ValidationError } from '../../src/platform/errors';
import { createCase, updateCase } from '../../src/modules/cases';
import {
  addAgendaItem,
  approveMinutes,
  cancelMeeting,
  draftMinutes,
  getMeeting,
  markMeetingHeld,
  moveAgendaItem,
  recordTreatment,
  scheduleMeeting,
  summonMeeting,
  updateAgendaItem,
  updateMeeting,
} from '../../src/modules/meetings';
import { createTestApp, type TestApp } from '../support/test-app';
import { cooperationWithBody, request, signedIn, system, type Session } from './meetings-support';

// The life of a meeting through its commands and the API: the status machine refuses what its
// status does not allow (409 with a reason), approved minutes lock everything, and exempt items
// never reach the public API, the calendar or the archive's search text.

let t: TestApp;
let secretariat: Session;
let member: Session;
let cooperationId: number;
let bodyId: number;

beforeAll(async () => {
  t = await createTestApp();
  ({ cooperationId, bodyId } = await cooperationWithBody(t.db, 'livslop'));
  secretariat = await signedIn(t.db, 'sekretariat@example.test', 'secretariat', cooperationId);
  member = await signedIn(t.db, 'medlem@example.test', 'member', cooperationId);
});
afterAll(() => t?.close());

async function refusedWith(promise: Promise<unknown>, pattern: RegExp) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConflictError);
  expect((error as Error).message).toMatch(pattern);
}

const SECRET = { title: 'HEMMELIG-TITTEL personalsak', text: 'HEMMELIG-TEKST om en ansatt', resolution: 'HEMMELIG-VEDTAK om sluttavtale' };

describe('a meeting from plan to locked minutes', () => {
  let meetingId: number;
  let publicItem: number;
  let exemptItem: number;
  let exemptCase: number;

  it('is planned, gets an agenda, and cannot be summoned without one', async () => {
    ({ id: meetingId } = await execute(t.db, scheduleMeeting, secretariat.actor, { body_id: bodyId, starts_at: '2018-03-15T10:00', ends_at: '2018-03-15T14:00', place: 'Kleivstua' }));
    await refusedWith(execute(t.db, summonMeeting, secretariat.actor, { meeting_id: meetingId }), /add at least one item/);

    const { id: publicCase } = await execute(t.db, createCase, secretariat.actor, {
      cooperation_id: cooperationId,
      title: 'Framtidig samarbeid',
      proposal_text: 'Styret slutter seg til forslaget.',
      proposal_points: '1. Første punkt\n2. Andre punkt',
      background: 'Bakgrunnen.',
    });
    ({ id: exemptCase } = await execute(t.db, createCase, secretariat.actor, {
      cooperation_id: cooperationId,
      title: SECRET.title,
      background: SECRET.text,
      is_public: false,
      exempt_basis: 'Offl. § 25',
    }));
    ({ id: publicItem } = await execute(t.db, addAgendaItem, secretariat.actor, { meeting_id: meetingId, case_id: publicCase }));
    ({ id: exemptItem } = await execute(t.db, addAgendaItem, secretariat.actor, { meeting_id: meetingId, case_id: exemptCase }));
    const meeting = (await getMeeting(t.db, meetingId, secretariat.actor))!;
    expect(meeting.agenda.map((i) => [i.caseNumber, i.isPublic, i.exemptBasis])).toEqual([
      ['01/2018', true, null],
      ['02/2018', false, 'Offl. § 25'],
    ]);
    expect(meeting.agenda[0]!.proposal).toEqual({ text: 'Styret slutter seg til forslaget.', points: ['Første punkt', 'Andre punkt'] });
  });

  it('refuses treatments and minutes before the meeting is held', async () => {
    await refusedWith(execute(t.db, recordTreatment, secretariat.actor, { agenda_item_id: publicItem, outcome: 'adopted_as_proposed' }), /only when the meeting has been held/);
    await refusedWith(execute(t.db, draftMinutes, secretariat.actor, { meeting_id: meetingId, intro: 'Utkast' }), /Minutes can be drafted only when the meeting has been held/);
    const viaApi = await request(t.app, 'PUT', `/api/v1/agenda-items/${publicItem}/treatment`, { session: secretariat, body: { outcome: 'noted' } });
    expect(viaApi.status).toBe(409);
    expect(viaApi.json.error.message).toMatch(/Mark it as held first/);
  });

  it('is summoned, held, treated and its minutes drafted; the agenda is fixed once held', async () => {
    await execute(t.db, summonMeeting, secretariat.actor, { meeting_id: meetingId });
    await execute(t.db, moveAgendaItem, secretariat.actor, { agenda_item_id: exemptItem, direction: 'up' });
    await execute(t.db, markMeetingHeld, secretariat.actor, { meeting_id: meetingId });
    await refusedWith(execute(t.db, moveAgendaItem, secretariat.actor, { agenda_item_id: exemptItem, direction: 'down' }), /only before it is held/);
    await refusedWith(execute(t.db, cancelMeeting, secretariat.actor, { meeting_id: meetingId, reason: 'For sent' }), /Only a planned or summoned meeting can be cancelled/);

    const adoptedWithChanges = await request(t.app, 'PUT', `/api/v1/agenda-items/${publicItem}/treatment`, {
      session: secretariat,
      body: { outcome: 'adopted_with_changes', resolution_text: 'Styret slutter seg til forslaget med endringer.', resolution_points: ['Første punkt', 'Nytt andre punkt'], votes_for: 12, votes_against: 3, votes_blank: 1, amendments: ['Endringsforslag fra Asker'] },
    });
    expect(adoptedWithChanges.status).toBe(200);
    await execute(t.db, recordTreatment, secretariat.actor, { agenda_item_id: exemptItem, outcome: 'adopted_as_proposed', resolution_text: SECRET.resolution, is_unanimous: true });
    await execute(t.db, draftMinutes, secretariat.actor, { meeting_id: meetingId, intro: 'Møtet ble satt.', present: 'Ordfører i Asker\nOrdfører i Bærum', absent: ['Ordfører i Hole'] });

    const view = (await getMeeting(t.db, meetingId, member.actor))!;
    expect(view.agenda.map((i) => i.caseNumber)).toEqual(['02/2018', '01/2018']);
    const treatment = view.agenda[1]!.treatment!;
    expect(treatment.resolution.points).toEqual(['Første punkt', 'Nytt andre punkt']);
    expect(treatment.votes).toEqual({ kind: 'counts', for: 12, against: 3, blank: 1 });
    // The proposal stays as it was proposed, beside the resolution.
    expect(view.agenda[1]!.proposal!.points).toEqual(['Første punkt', 'Andre punkt']);
    expect(view.minutes!.present).toEqual(['Ordfører i Asker', 'Ordfører i Bærum']);

    // Before approval the public sees no resolution and no draft minutes.
    const publicView = (await getMeeting(t.db, meetingId, anonymous))!;
    expect(publicView.agenda[1]!.treatment).toBeNull();
    expect(publicView.minutes).toBeNull();
  });

  it('locks everything once the minutes are approved, saying when and by whom', async () => {
    await execute(t.db, approveMinutes, secretariat.actor, { meeting_id: meetingId, approved_by: 'Styret i møte 12.04.2018', approved_at: '2018-04-12T12:00' });
    const locked = /approved on 12\.04\.2018 by Styret i møte 12\.04\.2018 and are locked/;
    await refusedWith(execute(t.db, recordTreatment, secretariat.actor, { agenda_item_id: publicItem, outcome: 'rejected' }), locked);
    await refusedWith(execute(t.db, draftMinutes, secretariat.actor, { meeting_id: meetingId, intro: 'Endret' }), locked);
    await refusedWith(execute(t.db, updateAgendaItem, secretariat.actor, { agenda_item_id: exemptItem, is_public: true }), locked);
    await refusedWith(execute(t.db, updateMeeting, secretariat.actor, { meeting_id: meetingId, place: 'Et annet sted' }), locked);
    await refusedWith(execute(t.db, addAgendaItem, secretariat.actor, { meeting_id: meetingId, title: 'Etterpå' }), locked);
    await refusedWith(execute(t.db, approveMinutes, secretariat.actor, { meeting_id: meetingId }), locked);

    const viaApi = await request(t.app, 'PUT', `/api/v1/agenda-items/${publicItem}/treatment`, { session: secretariat, body: { outcome: 'rejected' } });
    expect(viaApi.status).toBe(409);
    expect(viaApi.json.error.message).toMatch(locked);

    const shown = await request(t.app, 'GET', `/api/v1/meetings/${meetingId}`);
    expect(shown.json).toMatchObject({ locked: true, meetingState: 'minutes_approved', minutesApproved: { by: 'Styret i møte 12.04.2018' } });
    expect(shown.json.agendaItem[1].treatment).toMatchObject({ result: 'adopted_with_changes', votes: { kind: 'counts', for: 12 } });
  });

  it('never gives exempt text to the public: API JSON, case lists, calendar, documents, archive', async () => {
    const paths = [
      `/api/v1/meetings/${meetingId}`,
      '/api/v1/meetings?body=styret',
      '/api/v1/meetings?cooperation=livslop&from=2018-01-01&to=2018-12-31',
      '/api/v1/cases',
      '/api/v1/cases?cooperation=livslop',
      '/api/v1/cases?body=styret&number=02/2018',
      '/api/v1/bodies/styret/calendar.ics',
      '/api/v1/meetings/calendar.ics',
    ];
    for (const path of paths) {
      const res = await request(t.app, 'GET', path);
      expect(res.status, path).toBe(200);
      for (const secret of Object.values(SECRET)) expect(res.text, `${path} leaks`).not.toContain(secret.split(' ')[0]);
    }
    const meeting = (await request(t.app, 'GET', `/api/v1/meetings/${meetingId}`)).json;
    expect(meeting.agendaItem[0]).toMatchObject({ number: '02/2018', name: null, public: false, exemptBasis: 'Offl. § 25', consultation: null, treatment: null, proposal: null });
    expect((await request(t.app, 'GET', '/api/v1/cases?body=styret&number=02/2018')).json.data).toEqual([]);
    expect((await request(t.app, 'GET', `/api/v1/cases/${exemptCase}`)).status).toBe(404);
    expect((await request(t.app, 'GET', `/api/v1/cases/${exemptCase}/paper.pdf`)).status).toBe(404);

    // Members of the cooperation read it, with its legal basis.
    const asMember = await request(t.app, 'GET', `/api/v1/cases/${exemptCase}`, { session: member });
    expect(asMember.json).toMatchObject({ name: SECRET.title, public: false, exemptBasis: 'Offl. § 25', background: SECRET.text });
    const meetingAsMember = (await request(t.app, 'GET', `/api/v1/meetings/${meetingId}`, { session: member })).json;
    expect(meetingAsMember.agendaItem[0].treatment.resolution.text).toBe(SECRET.resolution);

    // What was registered in the archive for search holds no exempt text.
    const documents = await t.db.selectFrom('documents').select(['source_key', 'text', 'title']).where('meeting_id', '=', meetingId).execute();
    expect(documents.map((d) => d.source_key).sort()).toEqual([`case-paper:${meeting.agendaItem[1].consultation.split('/').pop()}`, `minutes:${meetingId}`, `summons:${meetingId}`]);
    for (const d of documents) for (const secret of Object.values(SECRET)) expect(`${d.title}\n${d.text}`).not.toContain(secret.split(' ')[0]);
    expect(documents.find((d) => d.source_key!.startsWith('minutes'))!.text).toContain('Unntatt offentlighet, Offl. § 25');
  });

  it('serves the summons, minutes and case paper as PDF and Word', async () => {
    const caseId = (await request(t.app, 'GET', `/api/v1/meetings/${meetingId}`)).json.agendaItem[1].consultation.split('/').pop();
    for (const [path, type] of [
      [`/api/v1/meetings/${meetingId}/summons.pdf`, 'application/pdf'],
      [`/api/v1/meetings/${meetingId}/minutes.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [`/api/v1/cases/${caseId}/paper.pdf?lang=en`, 'application/pdf'],
    ] as const) {
      const res = await t.app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(String.fromCharCode(...bytes.slice(0, 4))).toBe(type === 'application/pdf' ? '%PDF' : 'PK\u0003\u0004');
    }
  });
});

describe('inputs and other refusals', () => {
  it('names the field and the fix for bad input', async () => {
    const error = await execute(t.db, scheduleMeeting, secretariat.actor, { body_id: bodyId, starts_at: '15.03.2018', ends_at: '2018-03-15T09:00' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.starts_at![0]).toMatch(/for example 2018-03-15T10:00/);
    const exempt = await execute(t.db, createCase, secretariat.actor, { cooperation_id: cooperationId, title: 'Uten hjemmel', is_public: false }).catch((e: unknown) => e);
    expect((exempt as ValidationError).fieldErrors.exempt_basis![0]).toMatch(/legal basis/);
  });

  it('cancels a planned meeting with its reason, then refuses changes', async () => {
    const { id } = await execute(t.db, scheduleMeeting, secretariat.actor, { body_id: bodyId, starts_at: '2018-05-24T10:00' });
    await execute(t.db, cancelMeeting, secretariat.actor, { meeting_id: id, reason: 'Erstattet av revidert fremdrift' });
    await refusedWith(execute(t.db, summonMeeting, secretariat.actor, { meeting_id: id }), /cancelled/);
    const shown = (await request(t.app, 'GET', `/api/v1/meetings/${id}`)).json;
    expect(shown).toMatchObject({ cancelled: true, cancelledReason: 'Erstattet av revidert fremdrift' });
  });

  it('hides a case made exempt later from the public, and lets only the secretariat revise it', async () => {
    const { id } = await execute(t.db, createCase, secretariat.actor, { cooperation_id: cooperationId, title: 'Snart unntatt' });
    expect((await request(t.app, 'GET', `/api/v1/cases/${id}`)).status).toBe(200);
    const refused = await execute(t.db, updateCase, member.actor, { case_id: id, title: 'Nei' }).catch((e: unknown) => e);
    expect((refused as Error).message).toMatch(/No case has this id/);
    await execute(t.db, updateCase, secretariat.actor, { case_id: id, is_public: false, exempt_basis: 'Offl. § 14' });
    expect((await request(t.app, 'GET', `/api/v1/cases/${id}`)).status).toBe(404);
  });

  it('asks for the cooperation when a body slug is used by several, naming the field', async () => {
    await cooperationWithBody(t.db, 'annet-samarbeid', 'styret');
    const res = await request(t.app, 'GET', '/api/v1/meetings?body=styret');
    expect(res.status).toBe(400);
    expect(res.json.error.fields.cooperation[0]).toMatch(/used by several cooperations \(.*livslop.*\); add cooperation=<slug>/);
    expect((await request(t.app, 'GET', '/api/v1/meetings?body=styret&cooperation=livslop')).status).toBe(200);
    expect((await request(t.app, 'GET', '/api/v1/meetings?body=finnes-ikke')).json.error.fields.body).toEqual(['no body has this slug']);
    expect((await request(t.app, 'GET', '/api/v1/cases?number=3-2018')).json.error.fields.number[0]).toMatch(/NN\/YYYY/);
  });

  it('takes text out of the archive when an item or a case is made exempt after the summons', async () => {
    const { id: meeting } = await execute(t.db, scheduleMeeting, secretariat.actor, { body_id: bodyId, starts_at: '2018-09-06T10:00' });
    const { id: first } = await execute(t.db, createCase, secretariat.actor, { cooperation_id: cooperationId, title: 'SNART-UNNTATT-SAK', background: 'SNART-UNNTATT-TEKST' });
    const { id: item } = await execute(t.db, addAgendaItem, secretariat.actor, { meeting_id: meeting, title: 'SNART-UNNTATT-PUNKT' });
    await execute(t.db, addAgendaItem, secretariat.actor, { meeting_id: meeting, case_id: first });
    await execute(t.db, summonMeeting, secretariat.actor, { meeting_id: meeting });
    const archived = async () =>
      (await t.db.selectFrom('documents').select(['source_key', 'title', 'text']).where('meeting_id', '=', meeting).execute())
        .map((d) => `${d.source_key} ${d.title} ${d.text}`)
        .join('\n');
    expect(await archived()).toContain('SNART-UNNTATT-PUNKT');
    expect(await archived()).toContain(`case-paper:${first}`);

    await execute(t.db, updateAgendaItem, secretariat.actor, { agenda_item_id: item, is_public: false, exempt_basis: 'Offl. § 13' });
    expect(await archived()).not.toContain('SNART-UNNTATT-PUNKT');
    await execute(t.db, updateCase, secretariat.actor, { case_id: first, is_public: false, exempt_basis: 'Offl. § 13' });
    const after = await archived();
    expect(after).not.toContain('SNART-UNNTATT');
    expect(after).not.toContain(`case-paper:${first}`);
    expect(after).toContain('Unntatt offentlighet, Offl. § 13');
  });

  it('documents every route in the OpenAPI description', async () => {
    const { json } = await request(t.app, 'GET', '/api/v1/openapi.json');
    for (const path of ['/meetings', '/meetings/{id}', '/meetings/calendar.ics', '/bodies/{slug}/calendar.ics', '/meetings/{id}/summons.pdf', '/meetings/{id}/minutes.docx', '/cases', '/cases/{id}', '/cases/{id}/paper.pdf', '/cases/{id}/paper.docx', '/meetings/{id}/agenda-items', '/agenda-items/{id}/treatment']) {
      expect(Object.keys(json.paths).some((p) => p.endsWith(path)), path).toBe(true);
    }
    expect(Object.keys(json.components.schemas)).toEqual(expect.arrayContaining(['Meeting', 'AgendaItem', 'Paper', 'Consultation']));
  });
});
