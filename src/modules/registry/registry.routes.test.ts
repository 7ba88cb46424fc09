import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { apiTestApp } from '../../platform/http/openapi.test-support';
import { registryApi } from './registry.routes';

let t: TestDatabase;
let get: ReturnType<typeof apiTestApp>;
beforeAll(async () => {
  t = await createTestDatabase();
  get = apiTestApp(t.db, registryApi());
});
afterAll(() => t?.close());

describe('GET /municipalities', () => {
  it('lists the municipalities of a date in the OParl envelope', async () => {
    const { status, body } = await get('/municipalities?at=2018-01-01');
    expect(status).toBe(200);
    expect(body.pagination).toEqual({ totalElements: 422, elementsPerPage: 100, currentPage: 1, totalPages: 5 });
    expect(body.data).toHaveLength(100);
    expect(body.links).toEqual({
      first: '/api/v1/municipalities?at=2018-01-01&page=1&limit=100',
      next: '/api/v1/municipalities?at=2018-01-01&page=2&limit=100',
      last: '/api/v1/municipalities?at=2018-01-01&page=5&limit=100',
    });
    expect(body.data[0]).toEqual({
      id: '/api/v1/municipalities/5016',
      code: '5016',
      name: 'Agdenes',
      classification: 'municipality',
      countyCode: '50',
      countyName: 'Trøndelag - Trööndelage',
      validFrom: '2018-01-01',
      validTo: '2019-12-31',
    });
  });

  it('pages with limit and page', async () => {
    const all = (await get('/municipalities?at=2020-01-01&limit=500')).body.data;
    const { status, body } = await get('/municipalities?at=2020-01-01&limit=10&page=2');
    expect(status).toBe(200);
    expect(body.pagination).toEqual({ totalElements: 356, elementsPerPage: 10, currentPage: 2, totalPages: 36 });
    expect(body.data).toEqual(all.slice(10, 20));
    expect(body.links.prev).toBe('/api/v1/municipalities?at=2020-01-01&limit=10&page=1');
    expect(body.links.next).toBe('/api/v1/municipalities?at=2020-01-01&limit=10&page=3');
  });

  it('shows Bærum under the code of each period', async () => {
    const baerum = async (at: string) =>
      (await get(`/municipalities?at=${at}&limit=500`)).body.data.find((m: { name: string }) => m.name === 'Bærum');
    expect(await baerum('2019-12-31')).toMatchObject({ code: '0219', countyName: 'Akershus', validFrom: null, validTo: '2019-12-31' });
    expect(await baerum('2020-01-01')).toMatchObject({ code: '3024', countyCode: '30', countyName: 'Viken' });
    expect(await baerum('2024-01-01')).toMatchObject({ code: '3201', countyCode: '32', validTo: null });
  });

  it('is valid today when no date is given', async () => {
    const { status, body } = await get('/municipalities');
    expect(status).toBe(200);
    expect(body.pagination.totalElements).toBe(357);
  });

  it.each(['2018-13-40', '2018-02-30', '1.1.2018', ''])('refuses at=%s with a field error on at', async (at) => {
    const { status, body } = await get(`/municipalities?at=${encodeURIComponent(at)}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('validation_failed');
    expect(Object.keys(body.error.fields)).toEqual(['at']);
    expect(body.error.fields.at[0]).toMatch(/date/);
  });

  it('refuses a limit above 500 and a page below 1', async () => {
    const over = await get('/municipalities?limit=501');
    expect(over.status).toBe(400);
    expect(over.body.error.fields).toEqual({ limit: ['must be 500 or less'] });
    const under = await get('/municipalities?page=0');
    expect(under.status).toBe(400);
    expect(Object.keys(under.body.error.fields)).toEqual(['page']);
  });

  it('gives an empty page past the end', async () => {
    const { status, body } = await get('/municipalities?at=2018-01-01&page=9');
    expect(status).toBe(200);
    expect(body.data).toEqual([]);
    expect(body.pagination.currentPage).toBe(9);
  });
});

describe('GET /municipalities/{code}', () => {
  it('gives one municipality with its history', async () => {
    const { status, body } = await get('/municipalities/0219');
    expect(status).toBe(200);
    expect(body).toEqual({
      id: '/api/v1/municipalities/0219',
      code: '0219',
      name: 'Bærum',
      classification: 'municipality',
      countyCode: '02',
      countyName: 'Akershus',
      validFrom: null,
      validTo: '2019-12-31',
      names: [],
      predecessors: [],
      successors: [
        {
          id: '/api/v1/municipalities/3024',
          code: '3024',
          name: 'Bærum',
          classification: 'municipality',
          effectiveOn: '2020-01-01',
          changeKind: 'renumbered',
        },
      ],
    });
  });

  it('gives the predecessors of a merged municipality', async () => {
    const { body } = await get('/municipalities/3025');
    expect(body.predecessors.map((p: { code: string }) => p.code)).toEqual(['0220', '0627', '0628']);
    expect(body.successors.map((p: { code: string }) => p.code)).toEqual(['3203']);
  });

  it('answers 404 for an unknown number and for a county number', async () => {
    for (const code of ['9998', '0000']) {
      const { status, body } = await get(`/municipalities/${code}`);
      expect(status).toBe(404);
      expect(body.error.code).toBe('not_found');
    }
  });

  it.each(['02', '219', '02190', 'abcd'])('answers 400 for the malformed number %s', async (code) => {
    const { status, body } = await get(`/municipalities/${code}`);
    expect(status).toBe(400);
    expect(Object.keys(body.error.fields)).toEqual(['code']);
  });
});

describe('GET /counties', () => {
  it('lists the counties of a date', async () => {
    const { status, body } = await get('/counties?at=2020-01-01');
    expect(status).toBe(200);
    expect(body.pagination.totalElements).toBe(11);
    expect(body.data.find((c: { code: string }) => c.code === '30')).toEqual({
      id: '/api/v1/counties/30',
      code: '30',
      name: 'Viken',
      classification: 'county',
      validFrom: '2020-01-01',
      validTo: '2023-12-31',
    });
  });

  it('refuses a bad date', async () => {
    const { status, body } = await get('/counties?at=2018-13-40');
    expect(status).toBe(400);
    expect(Object.keys(body.error.fields)).toEqual(['at']);
  });

  it('gives one county with its history and municipalities', async () => {
    const { status, body } = await get('/counties/30');
    expect(status).toBe(200);
    expect(body.predecessors.map((p: { code: string }) => p.code)).toEqual(['01', '02', '06']);
    expect(body.successors.map((p: { id: string }) => p.id)).toEqual(['/api/v1/counties/31', '/api/v1/counties/32', '/api/v1/counties/33']);
    expect(body.municipalities.find((m: { code: string }) => m.code === '3025')).toEqual({
      id: '/api/v1/municipalities/3025',
      code: '3025',
      name: 'Asker',
      validFrom: '2020-01-01',
      validTo: '2023-12-31',
    });
  });

  it('answers 404 for an unknown county and 400 for a malformed one', async () => {
    expect((await get('/counties/99')).status).toBe(404);
    expect((await get('/counties/0219')).status).toBe(400);
  });
});

describe('the OpenAPI document', () => {
  it('describes the four routes with their schemas', async () => {
    const { status, body } = await get('/openapi.json');
    expect(status).toBe(200);
    expect(Object.keys(body.paths).sort()).toEqual(['/counties', '/counties/{code}', '/municipalities', '/municipalities/{code}']);
    const list = body.paths['/municipalities'].get;
    expect(list.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['at', 'limit', 'page']);
    expect(list.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/MunicipalityList' });
    expect(Object.keys(body.components.schemas)).toEqual(
      expect.arrayContaining(['Municipality', 'MunicipalityDetail', 'County', 'CountyDetail', 'AuthorityChange', 'Error']),
    );
  });
});
