import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchIndexFor } from '../../src/platform/search';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { countingApp, queriesFor, type QueryCounter } from './query-counts-support';
import type { App } from '../../src/app';
import type { Db } from '../../src/platform/db/database';

/**
 * No public page may send more queries when it shows more rows (issue 8). Each page type is
 * measured on the demo, then every kind of row it lists is tripled (copies of the demo's own
 * rows), and it is measured again: the counts must be the same.
 */
let t: TestDatabase;
let app: App;
let counter: QueryCounter;
let db: Db;
/** Where the fixture reads and writes: the database, then the transaction that adds the rows. */
let q: any;
const paths: Record<string, string> = {};
const small: Record<string, { queries: number; bytes: number }> = {};
const COPIES = 3;

/** Copies rows of `table` matching `where`, each copy changed by `tweak` (new slugs, parents …). */
async function copyRows(table: string, where: Record<string, unknown>, tweak: (row: Record<string, any>, copy: number) => Record<string, unknown> = () => ({})) {
  let query = q.selectFrom(table).selectAll();
  for (const [column, value] of Object.entries(where)) query = query.where(column, value === null ? 'is' : '=', value);
  const rows: Record<string, any>[] = await query.orderBy('id').execute();
  const made: number[] = [];
  for (let copy = 1; copy <= COPIES; copy++) {
    for (const row of rows) {
      const { id, ...rest } = row;
      const values = { ...rest, ...(typeof id === 'string' ? { id: `${id}-${copy}` } : {}), ...tweak(row, copy) };
      const inserted = await q.insertInto(table).values(values).returning('id').executeTakeFirst();
      made.push(inserted.id);
    }
  }
  return made;
}

const withoutId = ({ id: _, ...rest }: Record<string, any>) => rest;

const one = async (table: string, where: Record<string, unknown>) => {
  let query = q.selectFrom(table).selectAll();
  for (const [column, value] of Object.entries(where)) query = query.where(column, value === null ? 'is' : '=', value);
  return query.orderBy('id').executeTakeFirstOrThrow();
};

beforeAll(async () => {
  t = await createTestDatabase({ seed: true });
  ({ app, counter, db } = countingApp(t));
  q = db;
  const coop = await one('cooperations', { slug: 'vestregionen' });
  const body = await one('bodies', { cooperation_id: coop.id });
  const caseRow = await one('cases', { id: (await one('agenda_items', {})).case_id });
  const meeting = await one('meetings', { id: (await one('agenda_items', { case_id: caseRow.id })).meeting_id });
  const service = await one('services', { cooperation_id: coop.id });
  const news = await one('site_news', { cooperation_id: coop.id, status: 'published' });
  const page = await one('site_pages', { cooperation_id: coop.id, status: 'published', parent_id: null });
  const process = await one('processes', { cooperation_id: coop.id });
  const survey = await one('surveys', { cooperation_id: coop.id });
  const document = await one('documents', { cooperation_id: coop.id, is_public: 1 });
  const jointCase = await one('joint_cases', { cooperation_id: coop.id, is_published: 1 });
  Object.assign(paths, {
    home: '/',
    cooperation: '/vestregionen',
    members: '/vestregionen/medlemmer',
    bodies: '/vestregionen/organer',
    body: `/vestregionen/organer/${body.slug}`,
    meetings: '/vestregionen/moter',
    meeting: `/vestregionen/moter/${meeting.id}`,
    case: `/vestregionen/saker/${caseRow.id}`,
    services: '/vestregionen/tjenester',
    service: `/vestregionen/tjenester/${service.slug}`,
    news: '/vestregionen/nyheter',
    newsItem: `/vestregionen/nyheter/${news.slug}`,
    sitePage: `/vestregionen/${page.slug}`,
    process: `/vestregionen/prosesser/${process.slug}`,
    surveys: '/vestregionen/undersokelser',
    surveyResults: `/vestregionen/undersokelser/${survey.id}/resultater`,
    archive: '/vestregionen/arkiv',
    document: `/dokumenter/${document.id}`,
    search: '/sok?q=vestregionen',
    authority: '/kommuner/0220',
    jointCases: '/vestregionen/fellessaker',
    jointCase: `/vestregionen/fellessaker/${jointCase.id}`,
  });
  for (const [name, path] of Object.entries(paths)) small[name] = await queriesFor(app, counter, path);

  // Three more of everything the pages list, in one transaction (one sync to disk, not hundreds).
  await db.transaction().execute(async (trx) => {
    q = trx;
    const coops = await copyRows('cooperations', { id: coop.id }, (_, n) => ({ slug: `vestregionen-kopi-${n}` }));
    for (const copyId of coops) await copyRows('memberships', { cooperation_id: coop.id }, () => ({ cooperation_id: copyId }));
    await copyRows('memberships', { cooperation_id: coop.id });
    await copyRows('bodies', { id: body.id }, (_, n) => ({ slug: `${body.slug}-kopi-${n}` }));
    await copyRows('seats', { body_id: body.id });
    await copyRows('meetings', { body_id: meeting.body_id });
    const cases = (await copyRows('cases', { id: caseRow.id })).slice(0, COPIES);
    const item = await one('agenda_items', { meeting_id: meeting.id, case_id: caseRow.id });
    // Each copied case on the same meeting, under its own case number.
    let number = 900;
    for (const caseId of cases) await q.insertInto('agenda_items').values({ ...withoutId(item), case_id: caseId, number: number++ }).execute();
    await copyRows('services', { id: service.id }, (_, n) => ({ slug: `${service.slug}-kopi-${n}` }));
    await copyRows('service_participants', { service_id: service.id });
    await copyRows('service_decisions', { service_id: service.id });
    await copyRows('site_news', { id: news.id }, (_, n) => ({ slug: `${news.slug}-kopi-${n}` }));
    await copyRows('site_pages', { id: page.id }, (_, n) => ({ slug: `${page.slug}-under-${n}`, parent_id: page.id }));
    for (const version of await q.selectFrom('process_plan_versions').select('id').where('process_id', '=', process.id).execute())
      await copyRows('process_milestones', { plan_version_id: version.id });
    await copyRows('surveys', { id: survey.id });
    const others = ['0301', '1103', '4601', '5001', '1804', '3107'];
    await copyRows('survey_responses', { survey_id: survey.id }, (_, n) => ({ municipality_code: others[n % others.length], invitation_id: null }));
    const documents = await copyRows('documents', { cooperation_id: coop.id, is_public: 1 }, () => ({ source_key: null, case_id: caseRow.id, meeting_id: meeting.id }));
    for (const id of documents) await searchIndexFor(q).put(id, 'Vestregionen kopi av et dokument');
    await copyRows('joint_cases', { id: jointCase.id });
    // The matrix gains councils: the same records for members of other councils.
    const councils = await q.selectFrom('joint_case_councils').selectAll().where('joint_case_id', '=', jointCase.id).orderBy('id').limit(COPIES).execute();
    for (const [i, council] of councils.entries()) await q.insertInto('joint_case_councils').values({ ...withoutId(council), member_code: others[i], member_name: `Kopi ${i}` }).execute();
  });
  q = db;
}, 120_000);
afterAll(() => t?.close());

describe('queries per public page do not grow with the rows shown', () => {
  // Pages that list what was copied must have grown, or the test would prove nothing.
  it.each([
    ['home', true], ['cooperation', true], ['members', true], ['bodies', true], ['body', true], ['meetings', true], ['meeting', true],
    ['case', true], ['services', true], ['service', true], ['news', true], ['newsItem', false], ['sitePage', true], ['process', true],
    ['surveys', true], ['surveyResults', true], ['archive', true], ['document', false], ['search', true], ['authority', true],
    ['jointCases', true], ['jointCase', true],
  ] as const)('%s', async (name, grows) => {
    const large = await queriesFor(app, counter, paths[name]!);
    expect({ page: paths[name], queries: large.queries }).toEqual({ page: paths[name], queries: small[name]!.queries });
    if (grows) expect(large.bytes, `${paths[name]} shows the added rows`).toBeGreaterThan(small[name]!.bytes);
  });
});
