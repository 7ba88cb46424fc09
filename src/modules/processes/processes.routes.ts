import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { NotFoundError, ValidationError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { badRequestResponse, createApiRouter, errorResponse, jsonResponse } from '../../platform/http/openapi';
import { envelope, pageOf } from '../../platform/http/pagination';
import { todayInOslo } from '../../platform/i18n';
import { getCooperationBySlug } from '../cooperations';
import { processListQuery, processListSchema, processParams, processQuery, processSchema } from './processes.api-schemas';
import { presentProcess } from './processes.presenter';
import { listProcesses } from './queries/processes';

const listRoute = createRoute({
  method: 'get',
  path: '/processes',
  tags: ['Processes'],
  summary: 'Published processes and their progress plans',
  description: 'Each with its plan versions (the original and every revision) and their milestones, each with its status on `at`.',
  request: { query: processListQuery },
  responses: { 200: jsonResponse(processListSchema, 'One page of processes'), 400: badRequestResponse, 404: errorResponse('No cooperation has this slug.') },
});

const showRoute = createRoute({
  method: 'get',
  path: '/processes/{slug}',
  tags: ['Processes'],
  summary: 'One process with its progress plan',
  description: 'Milestones with status (done, next, later) and what each refers to: the body, its meeting, a case, a survey.',
  request: { params: processParams, query: processQuery },
  responses: { 200: jsonResponse(processSchema, 'The process'), 400: badRequestResponse, 404: errorResponse('No published process has this slug.') },
});

/** The progress plans' part of `/api/v1`: only what is published. */
export function processesApi(): OpenAPIHono<AppEnv> {
  const api = createApiRouter<AppEnv>();

  api.openapi(listRoute, async (c) => {
    const { cooperation, at, ...page } = c.req.valid('query');
    const coop = cooperation === undefined ? null : await getCooperationBySlug(c.var.db, cooperation);
    if (cooperation !== undefined && !coop) throw new NotFoundError('No cooperation has this slug.');
    const processes = await listProcesses(c.var.db, { ...(coop ? { cooperationId: coop.id } : {}), publishedOnly: true });
    const asOf = at ?? todayInOslo();
    return c.json(envelope(pageOf(processes, page).map((p) => presentProcess(p, asOf)), processes.length, page, c.req.url), 200);
  });

  api.openapi(showRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const { cooperation, at } = c.req.valid('query');
    const coop = cooperation === undefined ? null : await getCooperationBySlug(c.var.db, cooperation);
    if (cooperation !== undefined && !coop) throw new NotFoundError('No published process has this slug.');
    const matches = (await listProcesses(c.var.db, { ...(coop ? { cooperationId: coop.id } : {}), publishedOnly: true })).filter((p) => p.slug === slug);
    if (matches.length === 0) throw new NotFoundError('No published process has this slug.');
    if (matches.length > 1) {
      throw new ValidationError({ cooperation: [`two cooperations have a process called ${slug}: name one, e.g. ?cooperation=${matches[0]!.cooperationSlug}`] }, 'The query parameters are not valid.', 400);
    }
    return c.json(presentProcess(matches[0]!, at ?? todayInOslo()), 200);
  });

  return api;
}
