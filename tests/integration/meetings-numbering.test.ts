import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute } from '../../src/platform/command';
import { createCase } from '../../src/modules/cases';
import { scheduleMeeting } from '../../src/modules/meetings';
import { createBody } from '../../src/modules/people';
import { createTestApp, type TestApp } from '../support/test-app';
import { cooperationWithBody, request, signedIn, system, type Session } from './meetings-support';

// The body's case numbers NN/YYYY: given when a case is placed on an agenda, per body and year,
// never twice, without gaps, also when many people place cases at the same moment. Through the
// whole app (session, CSRF header, command, transaction) on the engine the suite runs on.

let t: TestApp;
let secretariat: Session;
let colleague: Session;
let cooperationId: number;
let bodyId: number;

beforeAll(async () => {
  t = await createTestApp();
  ({ cooperationId, bodyId } = await cooperationWithBody(t.db, 'nummer'));
  secretariat = await signedIn(t.db, 'sekretariat@example.test', 'secretariat', cooperationId);
  colleague = await signedIn(t.db, 'kollega@example.test', 'secretariat', cooperationId);
});
afterAll(() => t?.close());

const newCase = async (title: string) => (await execute(t.db, createCase, system, { cooperation_id: cooperationId, title })).id;
const meetingOn = async (startsAt: string, body = bodyId) => (await execute(t.db, scheduleMeeting, system, { body_id: body, starts_at: startsAt })).id;

describe('case numbers', () => {
  it('gives 20 concurrent placements by two people on two meetings of a body distinct, gapless numbers of the year', async () => {
    const [spring, autumn] = [await meetingOn('2018-03-15T10:00'), await meetingOn('2018-10-04T10:00')];
    const cases = await Promise.all(Array.from({ length: 20 }, (_, i) => newCase(`Sak ${i + 1}`)));
    const responses = await Promise.all(
      cases.map((caseId, i) =>
        request(t.app, 'POST', `/api/v1/meetings/${i % 2 ? spring : autumn}/agenda-items`, { session: i % 3 ? secretariat : colleague, body: { case_id: caseId } }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    const numbers = responses.map((r) => r.json.caseNumber as string).sort();
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `${String(i + 1).padStart(2, '0')}/2018`));

    // Each placement wrote its audit entry, in the name of whoever placed it.
    const audit = await t.db.selectFrom('audit_events').select(['actor_label']).where('action', '=', 'agenda_item.add').execute();
    expect(audit).toHaveLength(20);
    expect(new Set(audit.map((a) => a.actor_label))).toEqual(new Set(['sekretariat@example.test', 'kollega@example.test']));

    // What the API reads back is what was given: each case once, under its number.
    const listed = await request(t.app, 'GET', '/api/v1/cases?body=styret&number=07/2018');
    expect(listed.json.data).toHaveLength(1);
    expect(listed.json.data[0].consultation[0].caseNumber).toBe('07/2018');
  });

  it('starts again at 01 in a new year (the Oslo year of the meeting) and per body', async () => {
    // 23:30 UTC on New Year's Eve is already 2019 in Oslo.
    const newYear = await meetingOn('2018-12-31T23:30:00Z');
    const first = await request(t.app, 'POST', `/api/v1/meetings/${newYear}/agenda-items`, { session: secretariat, body: { case_id: await newCase('Nyttårssak') } });
    expect(first.json.caseNumber).toBe('01/2019');

    const { id: otherBody } = await execute(t.db, createBody, system, { cooperation_id: cooperationId, slug: 'radet', name: { nb: 'Rådet' }, kind: 'administrative' });
    const otherMeeting = await meetingOn('2018-05-03T10:00', otherBody);
    const placed = await request(t.app, 'POST', `/api/v1/meetings/${otherMeeting}/agenda-items`, { session: secretariat, body: { case_id: await newCase('Rådssak') } });
    expect(placed.json.caseNumber).toBe('01/2018');
  });

  it('gives an orientation item no number, refuses the same case twice on one agenda, and never reuses a removed number', async () => {
    const meeting = await meetingOn('2018-11-01T10:00');
    const orientation = await request(t.app, 'POST', `/api/v1/meetings/${meeting}/agenda-items`, { session: secretariat, body: { title: 'Orientering' } });
    expect(orientation.status).toBe(201);
    expect(orientation.json.caseNumber).toBeNull();

    const caseId = await newCase('To ganger');
    const once = await request(t.app, 'POST', `/api/v1/meetings/${meeting}/agenda-items`, { session: secretariat, body: { case_id: caseId } });
    expect(once.json.caseNumber).toBe('21/2018');
    const twice = await request(t.app, 'POST', `/api/v1/meetings/${meeting}/agenda-items`, { session: secretariat, body: { case_id: caseId } });
    expect(twice.status).toBe(422);
    expect(twice.json.error.fields.case_id[0]).toMatch(/already on the agenda/);

    await t.db.deleteFrom('agenda_items').where('id', '=', once.json.id).execute();
    const next = await request(t.app, 'POST', `/api/v1/meetings/${meeting}/agenda-items`, { session: secretariat, body: { case_id: caseId } });
    expect(next.json.caseNumber).toBe('22/2018');
  });

  it('refuses writes without a session, without the CSRF header, and by a member', async () => {
    const meeting = await meetingOn('2018-11-08T10:00');
    const body = { case_id: await newCase('Avvist') };
    expect((await request(t.app, 'POST', `/api/v1/meetings/${meeting}/agenda-items`, { body })).status).toBe(401);
    const noToken = { ...secretariat, headers: { cookie: secretariat.headers.cookie! } };
    expect((await request(t.app, 'POST', `/api/v1/meetings/${meeting}/agenda-items`, { session: noToken, body })).status).toBe(403);
    const member = await signedIn(t.db, 'medlem@example.test', 'member', cooperationId);
    expect((await request(t.app, 'POST', `/api/v1/meetings/${meeting}/agenda-items`, { session: member, body })).status).toBe(403);
    const bad = await request(t.app, 'POST', `/api/v1/meetings/${meeting}/agenda-items`, { session: secretariat, body: { case_id: 'x' } });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json.error.fields)).toEqual(['case_id']);
  });
});
