import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { badRequestResponse, createApiRouter, errorResponse, jsonResponse } from '../../platform/http/openapi';
import { pageEnvelope } from '../../platform/http/pagination';
import { getCooperationBySlug } from '../cooperations';
import { bodiesQuery, bodyDetailSchema, bodyListSchema, bodyParams, bodyQuery, cooperationParams } from './people.api-schemas';
import { presentBody, presentSeat } from './people.presenter';
import { bodiesOf, bodyBySlug } from './queries/bodies';
import { seatsOf } from './queries/seats-of';

const listRoute = createRoute({
  method: 'get',
  path: '/cooperations/{slug}/bodies',
  tags: ['Cooperations'],
  summary: 'The bodies of a cooperation',
  description: 'Bodies (Popolo Organizations) in their set order; `classification` is the kind of body.',
  request: { params: cooperationParams, query: bodiesQuery },
  responses: {
    200: jsonResponse(bodyListSchema, 'One page of bodies'),
    400: badRequestResponse,
    404: errorResponse('No cooperation has this slug.'),
  },
});

const showRoute = createRoute({
  method: 'get',
  path: '/cooperations/{slug}/bodies/{bodySlug}',
  tags: ['Cooperations'],
  summary: 'One body with its seats',
  description:
    'The body and its seats as Popolo Memberships: `role` is the office, `post` the position in the body, ' +
    '`onBehalfOf` the member it is held for. The chair comes first.',
  request: { params: bodyParams, query: bodyQuery },
  responses: {
    200: jsonResponse(bodyDetailSchema, 'The body'),
    400: badRequestResponse,
    404: errorResponse('No such cooperation or body.'),
  },
});

/** The bodies' part of `/api/v1`. */
export function peopleApi(): OpenAPIHono<AppEnv> {
  const api = createApiRouter<AppEnv>();

  api.openapi(listRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const page = c.req.valid('query');
    const cooperation = await getCooperationBySlug(c.var.db, slug);
    if (!cooperation) throw new NotFoundError('No cooperation has this slug.');
    const bodies = await bodiesOf(c.var.db, cooperation.id);
    return c.json(pageEnvelope(bodies, page, c.req.url, (b) => presentBody(slug, b)), 200);
  });

  api.openapi(showRoute, async (c) => {
    const { slug, bodySlug } = c.req.valid('param');
    const { at } = c.req.valid('query');
    const cooperation = await getCooperationBySlug(c.var.db, slug);
    const body = cooperation && (await bodyBySlug(c.var.db, cooperation.id, bodySlug));
    if (!body) throw new NotFoundError('No such cooperation or body.');
    const seats = await seatsOf(c.var.db, body.id, at);
    return c.json({ ...presentBody(slug, body), memberships: seats.map(presentSeat) }, 200);
  });

  return api;
}
