import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { badRequestResponse, createApiRouter, errorResponse, jsonResponse } from '../../platform/http/openapi';
import { envelope, pageOf } from '../../platform/http/pagination';
import { todayInOslo } from '../../platform/i18n';
import { defaultMembershipDate, getCooperationBySlug } from '../cooperations';
import { costShares } from './queries/cost-shares';
import { costKeyYears } from './queries/lookups';
import { portfolioOn } from './queries/portfolio';
import { serviceDetail } from './queries/service-detail';
import {
  cooperationParams,
  costSharesQuery,
  costSharesSchema,
  portfolioQuery,
  serviceDetailSchema,
  serviceListSchema,
  serviceParams,
  serviceQuery,
} from './services.api-schemas';
import { presentCostShares, presentService, presentServiceDetail } from './services.presenter';

const listRoute = createRoute({
  method: 'get',
  path: '/cooperations/{slug}/services',
  tags: ['Services'],
  summary: 'The joint services of a cooperation as of a date',
  description: 'The services that had started by `at`, each with its status, host, participant count and latest decision then; by focus area, then name.',
  request: { params: cooperationParams, query: portfolioQuery },
  responses: { 200: jsonResponse(serviceListSchema, 'One page of services'), 400: badRequestResponse, 404: errorResponse('No cooperation has this slug.') },
});

const showRoute = createRoute({
  method: 'get',
  path: '/services/{id}',
  tags: ['Services'],
  summary: 'One joint service as of a date',
  description: 'Participants on `at` (named as they were then), the whole status history, every decision, and the years with a cost key.',
  request: { params: serviceParams, query: serviceQuery },
  responses: { 200: jsonResponse(serviceDetailSchema, 'The service'), 400: badRequestResponse, 404: errorResponse('No such service.') },
});

const sharesRoute = createRoute({
  method: 'get',
  path: '/services/{id}/cost-shares',
  tags: ['Services'],
  summary: "The shares of one year's budget",
  description: 'Whole kroner per participant (on 1 January of the year) that sum exactly to the budget (largest-remainder method).',
  request: { params: serviceParams, query: costSharesQuery },
  responses: { 200: jsonResponse(costSharesSchema, 'The shares'), 400: badRequestResponse, 404: errorResponse('No such service, or no cost key for that year.') },
});

/** The services' part of `/api/v1`. */
export function servicesApi(): OpenAPIHono<AppEnv> {
  const api = createApiRouter<AppEnv>();

  api.openapi(listRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const { at: asked, ...page } = c.req.valid('query');
    const cooperation = await getCooperationBySlug(c.var.db, slug);
    if (!cooperation) throw new NotFoundError('No cooperation has this slug.');
    const at = asked ?? defaultMembershipDate(cooperation, todayInOslo());
    const { services } = await portfolioOn(c.var.db, cooperation.id, at);
    return c.json(envelope(pageOf(services, page).map((s) => presentService(slug, s)), services.length, page, c.req.url), 200);
  });

  api.openapi(showRoute, async (c) => {
    const { id } = c.req.valid('param');
    const detail = await serviceDetail(c.var.db, id, c.req.valid('query').at ?? todayInOslo());
    if (!detail) throw new NotFoundError('No such service.');
    return c.json(presentServiceDetail(detail), 200);
  });

  api.openapi(sharesRoute, async (c) => {
    const { id } = c.req.valid('param');
    const years = await costKeyYears(c.var.db, id);
    const year = c.req.valid('query').year ?? years.at(-1);
    const shares = year === undefined ? null : await costShares(c.var.db, id, year);
    if (!shares) {
      throw new NotFoundError(years.length > 0 ? `No cost key for ${year}; years with a key: ${years.join(', ')}.` : 'No such service, or it has no cost key.');
    }
    return c.json(presentCostShares(shares), 200);
  });

  return api;
}
