import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { execute } from '../../platform/command';
import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { badRequestResponse, createApiRouter, errorResponse, jsonResponse } from '../../platform/http/openapi';
import { envelope } from '../../platform/http/pagination';
import { resolveBodyFilter } from '../cases';
import { recordCouncilTreatment } from './commands/record-council-treatment';
import { matrixFile } from './documents';
import { councilParams, jointCaseListSchema, jointCaseParams, jointCaseSchema, jointCasesQuery, treatmentBodySchema } from './joint-cases.api-schemas';
import { presentJointCase, presentJointCaseSummary } from './joint-cases.presenter';
import { getJointCase, listJointCases } from './queries/joint-cases';

const TAG = 'Joint cases';
const notFound = errorResponse('No joint case has this id (or it is not published).');

const listRoute = createRoute({
  method: 'get',
  path: '/joint-cases',
  tags: [TAG],
  summary: 'Joint cases: cases referred to the member councils',
  description: 'Latest deadline first, each with its rule, counts and computed outcome. The public sees published joint cases only. Filter by `case` (id) and `cooperation` (slug).',
  request: { query: jointCasesQuery },
  responses: { 200: jsonResponse(jointCaseListSchema, 'One page of joint cases'), 400: badRequestResponse },
});

const showRoute = createRoute({
  method: 'get',
  path: '/joint-cases/{id}',
  tags: [TAG],
  summary: 'One joint case: referral, rule, computed outcome and every council',
  description: 'One entry per council with status, outcome, a position per point and the resolution text.',
  request: { params: jointCaseParams },
  responses: { 200: jsonResponse(jointCaseSchema, 'The joint case'), 400: badRequestResponse, 404: notFound },
});

const matrixRoute = createRoute({
  method: 'get',
  path: '/joint-cases/{id}/matrix.csv',
  tags: [TAG],
  summary: 'The matrix of councils × points as CSV',
  request: {
    params: jointCaseParams,
    query: z.object({ lang: z.enum(['nb', 'nn', 'en']).optional().openapi({ param: { name: 'lang', in: 'query' }, description: 'Language of the headings and words (default nb).' }) }),
  },
  responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV, UTF-8' }, 400: badRequestResponse, 404: notFound },
});

const treatmentRoute = createRoute({
  method: 'put',
  path: '/joint-cases/{id}/councils/{code}/treatment',
  tags: [TAG],
  summary: "Record a council's treatment of a joint case",
  description:
    'For a signed-in clerk of exactly that municipality (role municipal_clerk scoped to its code) or the secretariat; send the ' +
    "session's CSRF token in `X-CSRF-Token`. Anyone else gets the same 404 as for an unknown council. Each submission is kept as a revision.",
  request: { params: councilParams, body: { content: { 'application/json': { schema: treatmentBodySchema } } } },
  responses: {
    200: jsonResponse(z.object({ councilId: z.number().int(), revision: z.number().int() }), 'Recorded'),
    401: errorResponse('Not signed in.'),
    403: errorResponse('The X-CSRF-Token header is missing or wrong.'),
    404: errorResponse('No such council on a joint case you may record for.'),
    409: errorResponse('`expected_revision` is not the current revision: someone submitted in between.'),
    422: errorResponse('A field is not valid; `error.fields` names each one.'),
  },
});

function signedInWithToken(c: Context<AppEnv>) {
  if (c.var.actor.kind !== 'user') throw new UnauthenticatedError();
  const sent = c.req.header('x-csrf-token');
  if (!sent || sent !== c.var.csrfToken) throw new ForbiddenError("Send the session's CSRF token in the X-CSRF-Token header.");
  return c.var.actor;
}

async function jsonBody(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  const body: unknown = await c.req.json().catch(() => null);
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ValidationError({ _: ['the request body must be a JSON object'] });
  return body as Record<string, unknown>;
}

/** The joint cases' part of the open data API, `/api/v1/joint-cases…`. */
export function jointCasesApi(): OpenAPIHono<AppEnv> {
  const api = createApiRouter<AppEnv>();

  api.openapi(listRoute, async (c) => {
    const { case: caseId, cooperation, ...page } = c.req.valid('query');
    const { cooperationId } = await resolveBodyFilter(c.var.db, { cooperation }); // 400 naming an unknown slug
    const { jointCases, total } = await listJointCases(c.var.db, { cooperationId, caseId, actor: c.var.actor, page });
    return c.json(envelope(jointCases.map(presentJointCaseSummary), total, page, c.req.url), 200);
  });

  api.openapi(showRoute, async (c) => {
    const found = await getJointCase(c.var.db, c.req.valid('param').id, c.var.actor);
    if (!found) throw new NotFoundError('No joint case has this id.');
    return c.json(presentJointCase(found), 200);
  });

  api.openapi(matrixRoute, async (c) => {
    const found = await getJointCase(c.var.db, c.req.valid('param').id, c.var.actor);
    if (!found) throw new NotFoundError('No joint case has this id.');
    const file = await matrixFile(found, c.req.valid('query').lang ?? 'nb', 'csv');
    return c.body(new Uint8Array(file.bytes), 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
    }) as never;
  });

  // The handler reads the raw body (the command validates it, 422 with field errors): the schema is for OpenAPI.
  api.openAPIRegistry.registerPath(treatmentRoute);
  api.put('/joint-cases/:id{[0-9]+}/councils/:code{[0-9]+}/treatment', async (c) => {
    const actor = signedInWithToken(c);
    const { link_token: _ignored, ...body } = await jsonBody(c);
    const result = await execute(c.var.db, recordCouncilTreatment, actor, { ...body, joint_case_id: c.req.param('id'), member_code: c.req.param('code') } as never);
    return c.json(result, 200);
  });

  return api;
}
