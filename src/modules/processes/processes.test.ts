import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodeIcal from 'node-ical';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { systemActor } from '../../platform/authz';
import { execute } from '../../platform/command';
import { ValidationError } from '../../platform/errors';
import { apiTestApp } from '../../platform/http/openapi.test-support';
import { processBySlug, processCalendar, processesApi, revisePlan, saveMilestone, saveProcess } from './index';

let t: TestDatabase;
let get: ReturnType<typeof apiTestApp>;
let coopId: number;
const system = systemActor('cli');

beforeAll(async () => {
  t = await createTestDatabase({ seed: true });
  get = apiTestApp(t.db, processesApi());
  coopId = (await t.db.selectFrom('cooperations').select('id').where('slug', '=', 'vestregionen').executeTakeFirstOrThrow()).id;
});
afterAll(() => t?.close());

describe('GET /processes/{slug}', () => {
  it('gives the seed-2 plan and its revision by Sak 03/2018, with statuses as of the day asked', async () => {
    const { status, body } = await get('/processes/vestregionens-framtid?at=2018-04-10');
    expect(status).toBe(200);
    expect(body.name.nb).toBe('Vestregionens framtid');
    expect(body.questions).toHaveLength(4);
    expect(body.alternatives.map((a: any) => a.label)).toEqual(['a', 'b']);
    expect(body.translations).toEqual(['en']);
    expect(body.planVersions.map((v: any) => [v.version, v.name.nb, v.adoptedOn, v.inForce])).toEqual([
      [1, 'Opprinnelig plan', null, false],
      [2, 'Revidert plan (Sak 03/2018)', '2018-03-15', true],
    ]);
    const revised = body.planVersions[1].milestones;
    expect(revised.map((m: any) => [m.name.nb, m.startDate, m.endDate, m.status])).toEqual([
      ['Styringsgruppen – ordinært møte', '2018-03-15', null, 'done'],
      ['Poltisk behandling i kommunene', '2018-03-16', '2018-05-30', 'next'],
      ['Rådmannsgruppen – ordinært møte', '2018-05-31', null, 'later'],
      ['Styringsgruppemøte + Generalforsamling', '2018-06-14', null, 'later'],
    ]);
    expect(revised[0].organization).toBe('/api/v1/cooperations/vestregionen/bodies/styringsgruppen');
    // Linked to what the demo's meetings and cases hold: the meeting of 15.03.2018 and Sak 03/2018.
    const meeting = await t.db.selectFrom('meetings as m').innerJoin('bodies as b', 'b.id', 'm.body_id').select('m.id').where('b.slug', '=', 'styringsgruppen').where('m.starts_at', '>=', '2018-03-14T23:00:00.000Z').where('m.starts_at', '<', '2018-03-15T23:00:00.000Z').executeTakeFirstOrThrow();
    expect(revised[0].meetingId).toBe(meeting.id);
    expect(revised[0].caseId).toBe(body.planVersions[1].caseId);
    expect(body.planVersions[1].caseId).not.toBeNull();
    expect(body.planVersions[0].milestones.map((m: any) => m.status).slice(0, 3)).toEqual(['done', 'done', 'done']);
  });

  it('before the revision was adopted there is only the original plan', async () => {
    const { body } = await get('/processes/vestregionens-framtid?at=2018-03-01&cooperation=vestregionen');
    expect(body.planVersions).toHaveLength(1);
    expect(body.planVersions[0].milestones.find((m: any) => m.status === 'next').startDate).toBe('2018-03-15');
  });

  it('answers 404 for an unknown process or cooperation, and 400 naming a bad date', async () => {
    expect((await get('/processes/finnes-ikke')).status).toBe(404);
    expect((await get('/processes/vestregionens-framtid?cooperation=finnes-ikke')).status).toBe(404);
    const bad = await get('/processes/vestregionens-framtid?at=2018-02-30');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['at']);
  });
});

describe('the archive', () => {
  it('holds the published process with the text of every language, for search', async () => {
    const doc = await t.db.selectFrom('documents').select(['kind', 'title', 'href', 'text']).where('source_key', 'like', 'process:%').executeTakeFirstOrThrow();
    expect(doc).toMatchObject({ kind: 'process', title: 'Vestregionens framtid', href: '/vestregionen/prosesser/vestregionens-framtid' });
    expect(doc.text).toContain('Hvilke aktører må kommunene samarbeide med?');
    expect(doc.text).toContain('Which parties must the municipalities cooperate with?');
  });
});

describe('GET /processes', () => {
  it('lists the published processes of a cooperation in the OParl envelope', async () => {
    const { body } = await get('/processes?cooperation=vestregionen');
    expect(body.pagination.totalElements).toBe(1);
    expect(body.data[0].slug).toBe('vestregionens-framtid');
  });
});

describe('revising a plan', () => {
  it('copies the plan in force into a new version and leaves the earlier ones as they were', async () => {
    const { id } = await execute(t.db, saveProcess, system, { cooperation_id: coopId, slug: 'ny-prosess', title: { nb: 'Ny prosess' } });
    const first = (await processBySlug(t.db, coopId, 'ny-prosess', { publishedOnly: false }))!.versions[0]!;
    await execute(t.db, saveMilestone, system, { plan_version_id: first.id, kind: 'survey', title: { nb: 'Undersøkelse' }, starts_on: '2019-01-01', ends_on: '2019-01-31' });
    const revised = await execute(t.db, revisePlan, system, { process_id: id, label: { nb: 'Revidert' }, adopted_on: '2019-01-15' });
    await execute(t.db, saveMilestone, system, { plan_version_id: revised.id, kind: 'general_assembly', title: { nb: 'Generalforsamling' }, starts_on: '2019-06-01' });
    const versions = (await processBySlug(t.db, coopId, 'ny-prosess', { publishedOnly: false }))!.versions;
    expect(versions.map((v) => v.milestones.map((m) => m.title.nb))).toEqual([['Undersøkelse'], ['Undersøkelse', 'Generalforsamling']]);
    const error = await execute(t.db, saveMilestone, system, { plan_version_id: revised.id, kind: 'survey', title: { nb: 'X' }, starts_on: '2019-02-01', ends_on: '2019-01-01' }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys(error.fieldErrors)).toEqual(['ends_on']);
    const early = await execute(t.db, revisePlan, system, { process_id: id, label: { nb: 'For tidlig' }, adopted_on: '2019-01-01' }).catch((e) => e);
    expect(Object.keys(early.fieldErrors)).toEqual(['adopted_on']);
  });
});

describe('the plan as iCalendar', () => {
  it('has each milestone of the plan in force as an all-day event; a period spans its days', async () => {
    const process = (await processBySlug(t.db, coopId, 'vestregionens-framtid', { publishedOnly: true }))!;
    const text = processCalendar(process, { locale: 'nb', pageUrl: 'https://example.org/vestregionen/prosesser/vestregionens-framtid' });
    const events = Object.values(nodeIcal.sync.parseICS(text)).filter((e: any) => e.type === 'VEVENT') as any[];
    expect(events.map((e) => e.summary)).toEqual(['Styringsgruppen – ordinært møte', 'Poltisk behandling i kommunene', 'Rådmannsgruppen – ordinært møte', 'Styringsgruppemøte + Generalforsamling']);
    expect(text).toContain('DTSTART;VALUE=DATE:20180316');
    expect(text).toContain('DTEND;VALUE=DATE:20180531');
    expect(text).toContain('X-WR-TIMEZONE:Europe/Oslo');
  });
});
