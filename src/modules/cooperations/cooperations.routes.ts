import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { badRequestResponse, createApiRouter, errorResponse, jsonResponse } from '../../platform/http/openapi';
import { pageEnvelope } from '../../platform/http/pagination';
import { todayInOslo } from '../../platform/i18n';
import {
  cooperationListSchema,
  cooperationMemberListSchema,
  cooperationSchema,
  listQuery,
  membersQuery,
  slugParams,
} from './cooperations.api-schemas';
import { presentCooperation, presentMember } from './cooperations.presenter';
import { getCooperationBySlug, listCooperations } from './queries/cooperations';
import { defaultMembershipDate } from './queries/default-membership-date';
import { membersOn } from './queries/members-on';

const notFound = errorResponse('No cooperation has this slug.');

const listRoute = createRoute({
  method: 'get',
  path: '/cooperations',
  tags: ['Cooperations'],
  summary: 'Cooperations',
  description: 'Every cooperation, in Norwegian alphabetical order. `classification` is the legal form.',
  request: { query: listQuery },
  responses: { 200: jsonResponse(cooperationListSchema, 'One page of cooperations'), 400: badRequestResponse },
});

const showRoute = createRoute({
  method: 'get',
  path: '/cooperations/{slug}',
  tags: ['Cooperations'],
  summary: 'One cooperation',
  request: { params: slugParams },
  responses: { 200: jsonResponse(cooperationSchema, 'The cooperation'), 404: notFound },
});

const membersRoute = createRoute({
  method: 'get',
  path: '/cooperations/{slug}/members',
  tags: ['Cooperations'],
  summary: 'The members of a cooperation on a date',
  description:
    'Memberships (Popolo) valid on `at`, each member named as it was that day: municipalities first, ' +
    'then county authorities, in Norwegian alphabetical order.',
  request: { params: slugParams, query: membersQuery },
  responses: { 200: jsonResponse(cooperationMemberListSchema, 'One page of members'), 400: badRequestResponse, 404: notFound },
});

/** The cooperations' part of `/api/v1`. */
export function cooperationsApi(): OpenAPIHono<AppEnv> {
  const api = createApiRouter<AppEnv>();

  api.openapi(listRoute, async (c) => {
    const page = c.req.valid('query');
    const all = await listCooperations(c.var.db);
    return c.json(pageEnvelope(all, page, c.req.url, presentCooperation), 200);
  });

  api.openapi(showRoute, async (c) => {
    const cooperation = await getCooperationBySlug(c.var.db, c.req.valid('param').slug);
    if (!cooperation) throw new NotFoundError('No cooperation has this slug.');
    return c.json(presentCooperation(cooperation), 200);
  });

  api.openapi(membersRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const { at: asked, ...page } = c.req.valid('query');
    const cooperation = await getCooperationBySlug(c.var.db, slug);
    if (!cooperation) throw new NotFoundError('No cooperation has this slug.');
    const at = asked ?? defaultMembershipDate(cooperation, todayInOslo());
    const members = await membersOn(c.var.db, cooperation.id, at);
    return c.json(pageEnvelope(members, page, c.req.url, (m) => presentMember(slug, m)), 200);
  });

  return api;
}
