import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { apiTestApp } from '../../platform/http/openapi.test-support';
import { cooperationsApi } from './cooperations.routes';

let t: TestDatabase;
let get: ReturnType<typeof apiTestApp>;
beforeAll(async () => {
  t = await createTestDatabase({ seed: true });
  get = apiTestApp(t.db, cooperationsApi());
});
afterAll(() => t?.close());

describe('GET /cooperations', () => {
  it('lists the cooperations in the OParl envelope, in Norwegian order', async () => {
    const { status, body } = await get('/cooperations');
    expect(status).toBe(200);
    expect(body.pagination).toEqual({ totalElements: 2, elementsPerPage: 100, currentPage: 1, totalPages: 1 });
    expect(body.data.map((c: any) => c.slug)).toEqual(['kommunehelsesamarbeidet', 'vestregionen']);
    expect(body.data[1]).toEqual({
      id: '/api/v1/cooperations/vestregionen',
      slug: 'vestregionen',
      name: 'Vestregionen',
      shortName: null,
      classification: 'section_27',
      legalBasis: '§ 27 i kommuneloven (1992)',
      tagline: { nb: '15 kommuner vest for Oslo', nn: '15 kommunar vest for Oslo', en: '15 municipalities west of Oslo' },
      purpose: { nb: expect.stringContaining('15 kommuner vest for Oslo'), nn: expect.any(String), en: expect.any(String) },
      host: { code: '0220', name: 'Asker' },
      headOffice: { code: '0219', name: 'Bærum' },
      status: 'ended',
      startDate: null,
      endDate: '2018-12-31',
      sourceNote: { nb: expect.any(String), nn: expect.any(String), en: expect.any(String) },
      membersUrl: '/api/v1/cooperations/vestregionen/members',
      bodiesUrl: '/api/v1/cooperations/vestregionen/bodies',
    });
  });

  it('pages, and refuses a bad limit with a field error', async () => {
    const { body } = await get('/cooperations?limit=1&page=2');
    expect(body.data.map((c: any) => c.slug)).toEqual(['vestregionen']);
    expect(body.links.prev).toBe('/api/v1/cooperations?limit=1&page=1');
    const bad = await get('/cooperations?limit=501');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(Object.keys(bad.body.error.fields)).toEqual(['limit']);
  });
});

describe('GET /cooperations/{slug}', () => {
  it('answers the cooperation, or 404', async () => {
    const { status, body } = await get('/cooperations/kommunehelsesamarbeidet');
    expect(status).toBe(200);
    expect(body).toMatchObject({ shortName: 'KHS', classification: 'agreement', status: 'active', endDate: null, host: null });
    expect(body.tagline).toEqual({ nb: null, nn: null, en: null });
    const missing = await get('/cooperations/finnes-ikke');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('not_found');
  });
});

describe('GET /cooperations/{slug}/members', () => {
  it("defaults to an ended cooperation's last day", async () => {
    const { status, body } = await get('/cooperations/vestregionen/members');
    expect(status).toBe(200);
    expect(body.pagination.totalElements).toBe(17);
    expect(body.data[0]).toEqual({
      id: expect.any(String),
      organization: 'vestregionen',
      member: { id: '/api/v1/municipalities/0220', code: '0220', name: 'Asker', classification: 'municipality' },
      countyCode: '02',
      startDate: null,
      endDate: '2018-12-31',
      note: { nb: null, nn: null, en: null },
    });
    expect(body.data.at(-1).member).toEqual({ id: '/api/v1/counties/06', code: '06', name: 'Buskerud', classification: 'county' });
  });

  it('answers the members on `at`, paged', async () => {
    expect((await get('/cooperations/vestregionen/members?at=2019-06-01')).body.pagination.totalElements).toBe(0);
    const { body } = await get('/cooperations/kommunehelsesamarbeidet/members?at=2018-06-01&limit=10&page=3');
    expect(body.pagination).toEqual({ totalElements: 26, elementsPerPage: 10, currentPage: 3, totalPages: 3 });
    expect(body.data).toHaveLength(6);
    expect(body.data.at(-1).member.name).toBe('Ål');
    expect(body.data.at(-1).note).toEqual({
      nb: expect.stringMatching(/^Rekonstruert:/),
      nn: expect.stringMatching(/^Rekonstruert:/),
      en: expect.stringMatching(/^Reconstructed:/),
    });
    expect(body.links.next).toBeUndefined();
  });

  it('refuses a bad date with a field error on `at`, and an unknown slug with 404', async () => {
    for (const at of ['2018-02-30', '1.6.2018', '']) {
      const { status, body } = await get(`/cooperations/vestregionen/members?at=${at}`);
      expect(status).toBe(400);
      expect(Object.keys(body.error.fields)).toEqual(['at']);
    }
    expect((await get('/cooperations/finnes-ikke/members')).status).toBe(404);
  });
});

describe('OpenAPI', () => {
  it('documents the three paths with their schemas', async () => {
    const { body } = await get('/openapi.json');
    expect(Object.keys(body.paths)).toEqual(['/cooperations', '/cooperations/{slug}', '/cooperations/{slug}/members']);
    expect(body.components.schemas).toHaveProperty('Cooperation');
    expect(body.components.schemas).toHaveProperty('CooperationMember');
    // Text in several languages has one shape everywhere: an object with nb, nn and en, each a string or null.
    const languages = { type: 'object', properties: { nb: expect.anything(), nn: expect.anything(), en: expect.anything() } };
    expect(body.components.schemas.Cooperation.properties.tagline).toMatchObject(languages);
    expect(body.components.schemas.CooperationMember.properties.note).toMatchObject(languages);
    expect(body.paths['/cooperations/{slug}/members'].get.parameters.map((p: any) => p.name).sort()).toEqual(['at', 'limit', 'page', 'slug']);
  });
});
