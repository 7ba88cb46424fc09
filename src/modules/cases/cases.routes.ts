import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { badRequestResponse, createApiRouter, errorResponse, jsonResponse } from '../../platform/http/openapi';
import { envelope, offsetOf } from '../../platform/http/pagination';
import { casesQuery, idParams, paperListSchema, paperSchema } from './cases.api-schemas';
import { presentPaper, presentPaperSummary } from './cases.presenter';
import { caseAttachments } from './queries/attachments';
import { resolveBodyFilter } from './queries/body-filter';
import { getCase, listCases } from './queries/cases';

const listRoute = createRoute({
  method: 'get',
  path: '/cases',
  tags: ['Meetings and cases'],
  summary: 'Cases (OParl Papers)',
  description:
    'Cases the caller may read, newest first, each with its consultations (one per body that has it on an agenda, ' +
    "with the body's case number). Filter by `number` (NN/YYYY) and `body`/`cooperation` slugs. Exempt cases are " +
    'left out for the public.',
  request: { query: casesQuery },
  responses: { 200: jsonResponse(paperListSchema, 'One page of cases'), 400: badRequestResponse },
});

const showRoute = createRoute({
  method: 'get',
  path: '/cases/{id}',
  tags: ['Meetings and cases'],
  summary: 'One case with its paper',
  description: 'The case paper (proposal, background, assessment), its consultations with their resolutions (public once the minutes are approved) and its attachments.',
  request: { params: idParams },
  responses: { 200: jsonResponse(paperSchema, 'The case'), 400: badRequestResponse, 404: errorResponse('No case has this id (or it is not public).') },
});

/** The cases' part of `/api/v1` (the case paper's PDF and Word are served by the meetings API with the other documents). */
export function casesApi(): OpenAPIHono<AppEnv> {
  const api = createApiRouter<AppEnv>();

  api.openapi(listRoute, async (c) => {
    const { body, cooperation, number, ...page } = c.req.valid('query');
    const where = await resolveBodyFilter(c.var.db, { body, cooperation });
    const { cases, total } = await listCases(c.var.db, { ...where, number, actor: c.var.actor, limit: page.limit, offset: offsetOf(page) });
    return c.json(envelope(cases.map(presentPaperSummary), total, page, c.req.url), 200);
  });

  api.openapi(showRoute, async (c) => {
    const { id } = c.req.valid('param');
    const found = await getCase(c.var.db, id, c.var.actor);
    if (!found) throw new NotFoundError('No case has this id.');
    return c.json(presentPaper(found, await caseAttachments(c.var.db, id, c.var.actor)), 200);
  });

  return api;
}
