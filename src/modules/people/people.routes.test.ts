import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { apiTestApp } from '../../platform/http/openapi.test-support';
import { peopleApi } from './people.routes';

let t: TestDatabase;
let get: ReturnType<typeof apiTestApp>;
beforeAll(async () => {
  t = await createTestDatabase({ seed: true });
  get = apiTestApp(t.db, peopleApi());
});
afterAll(() => t?.close());

describe('GET /cooperations/{slug}/bodies', () => {
  it("lists Vestregionen's bodies in their order, as Popolo organizations", async () => {
    const { status, body } = await get('/cooperations/vestregionen/bodies');
    expect(status).toBe(200);
    expect(body.pagination.totalElements).toBe(4);
    expect(body.data.map((b: any) => [b.slug, b.classification, b.seatCount])).toEqual([
      ['generalforsamlingen', 'general_assembly', 17],
      ['styringsgruppen', 'political', 17],
      ['radmannsgruppen', 'administrative', 15],
      ['sekretariatet', 'secretariat', 4],
    ]);
    expect(body.data[1]).toEqual({
      id: '/api/v1/cooperations/vestregionen/bodies/styringsgruppen',
      slug: 'styringsgruppen',
      name: { nb: 'Styringsgruppen', nn: 'Styringsgruppa', en: 'Steering Group' },
      classification: 'political',
      composition: { nb: expect.stringContaining('Ordførerne i de 15 kommunene'), nn: expect.any(String), en: expect.any(String) },
      parentId: '/api/v1/cooperations/vestregionen',
      seatCount: 17,
    });
  });

  it('answers an empty list for a cooperation without bodies, and 404 for an unknown one', async () => {
    expect((await get('/cooperations/kommunehelsesamarbeidet/bodies')).body.data).toEqual([]);
    const missing = await get('/cooperations/finnes-ikke/bodies');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
  });
});

describe('GET /cooperations/{slug}/bodies/{bodySlug}', () => {
  it('answers the body with its seats, the chair first', async () => {
    const { status, body } = await get('/cooperations/vestregionen/bodies/styringsgruppen');
    expect(status).toBe(200);
    expect(body.memberships).toHaveLength(17);
    expect(body.memberships[0]).toEqual({
      id: expect.any(String),
      person: null,
      role: 'mayor',
      post: 'chair',
      onBehalfOf: { code: '0219', name: 'Bærum' },
      isDeputy: false,
      startDate: '2017-01-01',
      endDate: '2018-12-31',
      note: {
        nb: expect.stringContaining('Leder 2017–2018'),
        nn: expect.stringContaining('Leiar 2017–2018'),
        en: expect.stringContaining('Chair 2017–2018'),
      },
    });
    // A seat without a note has every language null, the same shape as one with a note.
    expect(body.memberships[1].note).toEqual({ nb: null, nn: null, en: null });
    expect(body.memberships.slice(-2).map((m: any) => [m.role, m.onBehalfOf.name])).toEqual([
      ['county_mayor', 'Akershus'],
      ['county_mayor', 'Buskerud'],
    ]);
    expect(body.memberships.every((m: any) => m.person === null)).toBe(true);
  });

  it('filters the seats by `at`, and refuses a bad date or an unknown body', async () => {
    expect((await get('/cooperations/vestregionen/bodies/styringsgruppen?at=2019-01-01')).body.memberships).toEqual([]);
    expect((await get('/cooperations/vestregionen/bodies/styringsgruppen?at=2016-06-01')).body.memberships).toHaveLength(16);
    const bad = await get('/cooperations/vestregionen/bodies/styringsgruppen?at=2018-13-01');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['at']);
    expect((await get('/cooperations/vestregionen/bodies/finnes-ikke')).status).toBe(404);
    expect((await get('/cooperations/kommunehelsesamarbeidet/bodies/styringsgruppen')).status).toBe(404);
  });
});
