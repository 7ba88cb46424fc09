import { OpenAPIHono, createRoute, type z } from '@hono/zod-openapi';
import { NotFoundError, ValidationError, fieldErrorsFromZod } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { envelope, pageOf } from '../../platform/http/pagination';
import { todayInOslo } from '../../platform/i18n';
import {
  cooperationListSchema,
  cooperationMemberListSchema,
  cooperationSchema,
  cooperationsErrorSchema,
  listQuery,
  membersQuery,
  slugParams,
} from './cooperations.api-schemas';
import { presentCooperation, presentMember } from './cooperations.presenter';
import { getCooperationBySlug, listCooperations } from './queries/cooperations';
import { defaultMembershipDate } from './queries/default-membership-date';
import { membersOn } from './queries/members-on';

const json = <S extends z.ZodType>(schema: S, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});
const badRequest = json(cooperationsErrorSchema, 'A parameter is not valid; `error.fields` names each one and what it expects.');
const notFound = json(cooperationsErrorSchema, 'No cooperation has this slug.');

const listRoute = createRoute({
  method: 'get',
  path: '/cooperations',
  tags: ['Cooperations'],
  summary: 'Cooperations',
  description: 'Every cooperation, in Norwegian alphabetical order. `classification` is the legal form.',
  request: { query: listQuery },
  responses: { 200: json(cooperationListSchema, 'One page of cooperations'), 400: badRequest },
});

const showRoute = createRoute({
  method: 'get',
  path: '/cooperations/{slug}',
  tags: ['Cooperations'],
  summary: 'One cooperation',
  request: { params: slugParams },
  responses: { 200: json(cooperationSchema, 'The cooperation'), 404: notFound },
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
  responses: { 200: json(cooperationMemberListSchema, 'One page of members'), 400: badRequest, 404: notFound },
});

/** The cooperations' part of `/api/v1`. */
export function cooperationsApi(): OpenAPIHono<AppEnv> {
  const api = new OpenAPIHono<AppEnv>({
    // Bad parameters become the app's own error JSON (see app.ts onError), not the validator's.
    defaultHook: (result) => {
      if (!result.success) {
        const message = result.target === 'param' ? 'The address is not valid.' : 'The query parameters are not valid.';
        throw new ValidationError(fieldErrorsFromZod(result.error.issues), message, 400);
      }
    },
  });

  api.openapi(listRoute, async (c) => {
    const page = c.req.valid('query');
    const all = await listCooperations(c.var.db);
    return c.json(envelope(pageOf(all, page).map(presentCooperation), all.length, page, c.req.url), 200);
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
    return c.json(envelope(pageOf(members, page).map((m) => presentMember(slug, m)), members.length, page, c.req.url), 200);
  });

  return api;
}
