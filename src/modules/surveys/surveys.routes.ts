import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { anonymous } from '../../platform/authz';
import { execute } from '../../platform/command';
import { NotFoundError, ValidationError, type FieldErrors } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { badRequestResponse, createApiRouter, errorResponse, jsonResponse } from '../../platform/http/openapi';
import { envelope, pageOf } from '../../platform/http/pagination';
import { getCooperationBySlug } from '../cooperations';
import { saveDraft } from './commands/save-draft';
import { submitResponse } from './commands/submit-response';
import { invitationByToken } from './queries/invitation-by-token';
import { surveyResultsApi } from './results';
import { exportDefinition, getSurvey, listSurveys } from './queries/surveys';
import { surveyDefinitionJsonSchema } from './survey-definition';
import type { SubmitResponseInput } from './surveys.schemas';
import { draftBodySchema, idParams, listQuery, responseBodySchema, surveyDetailSchema, surveyListSchema } from './surveys.api-schemas';
import { presentSurvey, presentSurveyDetail } from './surveys.presenter';

const notFound = errorResponse('No such survey (drafts are not shown).');
const refused = errorResponse(
  'Not taken: the survey is closed or not yet open (`survey_closed` / `survey_not_open`, the message says the date), or this link or form has already given its response (`already_answered`).',
);
const invalid = errorResponse('Answers missing or not valid: `error.fields` names each question key (a matrix row as key.row).');

const listRoute = createRoute({
  method: 'get',
  path: '/surveys',
  tags: ['Surveys'],
  summary: 'Surveys',
  description: 'Open and closed surveys (drafts only to their secretariat), the newest first.',
  request: { query: listQuery },
  responses: { 200: jsonResponse(surveyListSchema, 'One page of surveys'), 400: badRequestResponse, 404: errorResponse('No cooperation has this slug.') },
});

const schemaRoute = createRoute({
  method: 'get',
  path: '/surveys/definition-schema.json',
  tags: ['Surveys'],
  summary: 'The JSON Schema of the survey definition format',
  description: 'The format that survey definitions are imported and exported in (docs/survey-definition.md).',
  responses: { 200: jsonResponse(z.record(z.string(), z.unknown()), 'A JSON Schema (draft 2020-12)') },
});

const showRoute = createRoute({
  method: 'get',
  path: '/surveys/{id}',
  tags: ['Surveys'],
  summary: 'One survey with its sections and questions',
  request: { params: idParams },
  responses: { 200: jsonResponse(surveyDetailSchema, 'The survey'), 400: badRequestResponse, 404: notFound },
});

const definitionRoute = createRoute({
  method: 'get',
  path: '/surveys/{id}/definition',
  tags: ['Surveys'],
  summary: 'One survey in the definition format, to import elsewhere',
  request: { params: idParams },
  responses: { 200: jsonResponse(z.record(z.string(), z.unknown()), 'The definition'), 400: badRequestResponse, 404: notFound },
});

const respondRoute = createRoute({
  method: 'post',
  path: '/surveys/{id}/responses',
  tags: ['Surveys'],
  summary: 'Send a response',
  description:
    'Through a personal link (`token`: one response per link) or, when the survey has an open link, stating `role` and ' +
    '`municipalityCode` (with an `idempotencyKey` per form, so that a form sent twice is stored once).',
  request: { params: idParams, body: { content: { 'application/json': { schema: responseBodySchema } }, required: true } },
  responses: {
    201: jsonResponse(z.object({ received: z.literal(true) }), 'The response is stored'),
    400: badRequestResponse,
    404: errorResponse('No such survey, or the link is not valid.'),
    409: refused,
    422: invalid,
  },
});

const draftRoute = createRoute({
  method: 'put',
  path: '/surveys/{id}/draft',
  tags: ['Surveys'],
  summary: 'Save unfinished answers behind a personal link',
  request: { params: idParams, body: { content: { 'application/json': { schema: draftBodySchema } }, required: true } },
  responses: {
    200: jsonResponse(z.object({ savedOn: z.string().openapi({ format: 'date' }) }), 'Saved; the link opens them again until the response is sent'),
    400: badRequestResponse,
    404: errorResponse('The link is not valid.'),
    409: refused,
    422: invalid,
  },
});

/** The API's field names are camelCase; the commands' are the forms' snake_case. */
const API_FIELD: Record<string, string> = { municipality_code: 'municipalityCode', idempotency_key: 'idempotencyKey', survey_id: 'id' };
function inApiTerms(error: unknown): never {
  if (error instanceof ValidationError) {
    const fields: FieldErrors = {};
    for (const [key, messages] of Object.entries(error.fieldErrors)) {
      const [head, ...rest] = key.split('.');
      fields[[API_FIELD[head!] ?? head, ...rest].join('.')] = messages;
    }
    throw new ValidationError(fields, error.message, error.status as 400 | 422);
  }
  throw error;
}

/** The surveys' part of `/api/v1`. Answers are taken as an anonymous actor: the link is the permission. */
export function surveysApi(): OpenAPIHono<AppEnv> {
  const api = createApiRouter<AppEnv>();

  api.openapi(listRoute, async (c) => {
    const { cooperation: slug, ...page } = c.req.valid('query');
    let cooperationId: number | undefined;
    if (slug) {
      const cooperation = await getCooperationBySlug(c.var.db, slug);
      if (!cooperation) throw new NotFoundError('No cooperation has this slug.');
      cooperationId = cooperation.id;
    }
    const all = await listSurveys(c.var.db, { cooperationId, actor: c.var.actor });
    return c.json(envelope(pageOf(all, page).map(presentSurvey), all.length, page, c.req.url), 200);
  });

  api.openapi(schemaRoute, (c) => c.json(surveyDefinitionJsonSchema() as Record<string, unknown>, 200));

  api.openapi(showRoute, async (c) => {
    const survey = await getSurvey(c.var.db, Number(c.req.valid('param').id), c.var.actor);
    if (!survey) throw new NotFoundError('No such survey.');
    return c.json(presentSurveyDetail(survey), 200);
  });

  api.openapi(definitionRoute, async (c) => {
    const definition = await exportDefinition(c.var.db, Number(c.req.valid('param').id), c.var.actor);
    if (!definition) throw new NotFoundError('No such survey.');
    c.header('Content-Disposition', `attachment; filename="survey-${c.req.valid('param').id}.json"`);
    return c.json(definition as Record<string, unknown>, 200);
  });

  api.openapi(respondRoute, async (c) => {
    const body = c.req.valid('json');
    await execute(c.var.db, submitResponse, anonymous, {
      survey_id: Number(c.req.valid('param').id),
      token: body.token,
      role: body.role as SubmitResponseInput['role'],
      municipality_code: body.municipalityCode,
      idempotency_key: body.idempotencyKey,
      answers: body.answers as Record<string, unknown>,
    }).catch(inApiTerms);
    return c.json({ received: true as const }, 201);
  });

  api.openapi(draftRoute, async (c) => {
    const body = c.req.valid('json');
    const id = Number(c.req.valid('param').id);
    const invitation = body.token ? await invitationByToken(c.var.db, body.token) : null;
    if (invitation?.survey.id !== id) throw new NotFoundError('This link is not valid. Check that the whole address was copied.');
    const result = await execute(c.var.db, saveDraft, anonymous, { token: body.token!, answers: body.answers as Record<string, unknown> }).catch(inApiTerms);
    return c.json(result, 200);
  });

  // GET /surveys/{id}/results: the results' own router (SURVEYS-RESULTS), with suppression applied.
  api.route('/', surveyResultsApi());
  return api;
}
