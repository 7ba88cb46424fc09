import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { badRequestResponse, createApiRouter, errorResponse, jsonResponse } from '../../platform/http/openapi';
import { pageEnvelope } from '../../platform/http/pagination';
import { todayInOslo } from '../../platform/i18n';
import { getAuthority } from './queries/get-authority';
import { listAuthoritiesOn } from './queries/list-authorities-on';
import { presentCounty, presentCountyDetail, presentMunicipality, presentMunicipalityDetail } from './registry.presenter';
import {
  countyCodeParams,
  countyDetailSchema,
  countyListSchema,
  listQuery,
  municipalityCodeParams,
  municipalityDetailSchema,
  municipalityListSchema,
} from './registry.schemas';

const notFound = errorResponse('No such code in the register.');

const listMunicipalities = createRoute({
  method: 'get',
  path: '/municipalities',
  tags: ['Register'],
  summary: 'Municipalities valid on a date',
  description: 'Municipalities (kommuner) as they were on `at`, with the names they had then, in Norwegian alphabetical order.',
  request: { query: listQuery },
  responses: { 200: jsonResponse(municipalityListSchema, 'One page of municipalities'), 400: badRequestResponse },
});

const showMunicipality = createRoute({
  method: 'get',
  path: '/municipalities/{code}',
  tags: ['Register'],
  summary: 'One municipality number, with the numbers it came from and became',
  request: { params: municipalityCodeParams },
  responses: { 200: jsonResponse(municipalityDetailSchema, 'The municipality'), 400: badRequestResponse, 404: notFound },
});

const listCounties = createRoute({
  method: 'get',
  path: '/counties',
  tags: ['Register'],
  summary: 'Counties valid on a date',
  description: 'County authorities (fylkeskommuner) as they were on `at`, in Norwegian alphabetical order.',
  request: { query: listQuery },
  responses: { 200: jsonResponse(countyListSchema, 'One page of counties'), 400: badRequestResponse },
});

const showCounty = createRoute({
  method: 'get',
  path: '/counties/{code}',
  tags: ['Register'],
  summary: 'One county number, with its history and its municipalities',
  request: { params: countyCodeParams },
  responses: { 200: jsonResponse(countyDetailSchema, 'The county'), 400: badRequestResponse, 404: notFound },
});

/** The register's part of `/api/v1`: municipalities and counties, resolved as of a date. */
export function registryApi(): OpenAPIHono<AppEnv> {
  const api = createApiRouter<AppEnv>();

  api.openapi(listMunicipalities, async (c) => {
    const { at = todayInOslo(), ...page } = c.req.valid('query');
    // The shipped register holds no pseudo-codes (9999 unknown, Svalbard 21xx …): see registry-data.ts.
    const all = await listAuthoritiesOn(c.var.db, { at, kind: 'municipality' });
    return c.json(pageEnvelope(all, page, c.req.url, presentMunicipality), 200);
  });

  api.openapi(showMunicipality, async (c) => {
    const detail = await getAuthority(c.var.db, c.req.valid('param').code);
    if (!detail || detail.kind !== 'municipality') throw new NotFoundError('No municipality has this number.');
    return c.json(presentMunicipalityDetail(detail), 200);
  });

  api.openapi(listCounties, async (c) => {
    const { at = todayInOslo(), ...page } = c.req.valid('query');
    const all = await listAuthoritiesOn(c.var.db, { at, kind: 'county' });
    return c.json(pageEnvelope(all, page, c.req.url, presentCounty), 200);
  });

  api.openapi(showCounty, async (c) => {
    const detail = await getAuthority(c.var.db, c.req.valid('param').code);
    if (!detail || detail.kind !== 'county') throw new NotFoundError('No county has this number.');
    return c.json(presentCountyDetail(detail), 200);
  });

  return api;
}
