import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { badRequestResponse, createApiRouter, errorResponse, jsonResponse } from '../../../platform/http/openapi';
import { getSurvey } from '../queries/surveys';
import { surveyResults } from './load-results';
import { resultsParams, resultsQuery, surveyResultsSchema } from './results.api-schemas';
import { canSeeResults } from './results.policy';
import { presentResults } from './results.presenter';

const resultsRoute = createRoute({
  method: 'get',
  path: '/surveys/{id}/results',
  tags: ['Surveys'],
  summary: 'A survey’s results, with small groups hidden',
  description:
    'Response rates by role and by municipality, and the distribution of each question, overall and (with `by`) per group. ' +
    'Any group with fewer than `smallCellMin` respondents is hidden (its numbers are null), and when one group in a table is ' +
    'hidden the smallest other one is hidden too, so that it cannot be worked out by subtraction from the total. Free text ' +
    'is listed for the whole survey only. Published results are open to all; others answer 404.',
  request: { params: resultsParams, query: resultsQuery },
  responses: {
    200: jsonResponse(surveyResultsSchema, 'The results'),
    400: badRequestResponse,
    404: errorResponse('No such survey, or its results are not published.'),
  },
});

/** `GET /api/v1/surveys/{id}/results`; mounted with the surveys module's API. */
export function surveyResultsApi(): OpenAPIHono<AppEnv> {
  const api = createApiRouter<AppEnv>();
  api.openapi(resultsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { by } = c.req.valid('query');
    const survey = await getSurvey(c.var.db, id, c.var.actor);
    if (!survey || !canSeeResults(c.var.actor, survey)) throw new NotFoundError('No such survey, or its results are not published.');
    const results = await surveyResults(c.var.db, survey, { smallCellMin: c.var.config.smallCellMin, by: by ?? null });
    return c.json(presentResults(survey.id, results), 200);
  });
  return api;
}
