import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { execute } from '../../platform/command';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { errorResponse, jsonResponse } from '../../platform/http/openapi';
import { OUTCOME_KEYS, idParams } from '../cases';
import { addAgendaItem } from './commands/add-agenda-item';
import { recordTreatment } from './commands/record-treatment';

// Two writes in the JSON API: placing a case on an agenda (which numbers it) and recording a
// treatment. They act as the signed-in user, and since a session cookie travels with any request,
// they also require the session's CSRF token in `X-CSRF-Token`, which another site cannot read.
// The bodies below document the fields; the commands validate them (422 with field errors).

const TAG = 'Meetings and cases';
const writeErrors = {
  401: errorResponse('Not signed in.'),
  403: errorResponse('Not allowed, or the X-CSRF-Token header is missing or wrong.'),
  404: errorResponse('No such meeting or agenda item.'),
  409: errorResponse("The meeting's status does not allow this (e.g. its minutes are approved and locked)."),
  422: errorResponse('A field is not valid; `error.fields` names each one.'),
};

const placeRoute = createRoute({
  method: 'post',
  path: '/meetings/{id}/agenda-items',
  tags: [TAG],
  summary: "Put a case (or an orientation item) on a meeting's agenda",
  description: "A case gets the body's next case number NN/YYYY for the meeting's year; numbers are never given twice.",
  request: {
    params: idParams,
    body: {
      content: {
        'application/json': {
          schema: z.object({
            case_id: z.number().int().optional(),
            title: z.string().optional().openapi({ description: 'Required for an item without a case.' }),
            is_public: z.boolean().optional(),
            exempt_basis: z.string().optional().openapi({ description: 'Required when not public, e.g. "Offl. § 14".' }),
          }),
        },
      },
    },
  },
  responses: {
    201: jsonResponse(z.object({ id: z.number().int(), caseNumber: z.string().nullable() }), 'Placed'),
    ...writeErrors,
  },
});

const treatmentRoute = createRoute({
  method: 'put',
  path: '/agenda-items/{id}/treatment',
  tags: [TAG],
  summary: 'Record how an agenda item was treated',
  description: 'Only when the meeting is held and its minutes are not yet approved.',
  request: {
    params: idParams,
    body: {
      content: {
        'application/json': {
          schema: z.object({
            outcome: z.enum(OUTCOME_KEYS),
            resolution_text: z.string().optional(),
            resolution_points: z.array(z.string()).optional(),
            amendments: z.array(z.string()).optional(),
            votes_for: z.number().int().optional(),
            votes_against: z.number().int().optional(),
            votes_blank: z.number().int().optional(),
            votes_by_name: z.array(z.object({ name: z.string(), vote: z.enum(['for', 'against', 'blank']) })).optional(),
            is_unanimous: z.boolean().optional(),
            notes: z.string().optional(),
          }),
        },
      },
    },
  },
  responses: { 200: jsonResponse(z.object({ id: z.number().int() }), 'Recorded'), ...writeErrors },
});

function signedInWithToken(c: Context<AppEnv>) {
  if (c.var.actor.kind !== 'user') throw new UnauthenticatedError();
  const sent = c.req.header('x-csrf-token');
  if (!sent || sent !== c.var.csrfToken) throw new ForbiddenError('Send the session\'s CSRF token in the X-CSRF-Token header.');
  return c.var.actor;
}

async function jsonBody(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  const body: unknown = await c.req.json().catch(() => null);
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ValidationError({ _: ['the request body must be a JSON object'] });
  return body as Record<string, unknown>;
}

export function addWriteRoutes(api: OpenAPIHono<AppEnv>): void {
  // Handlers read the raw body (the commands validate it): the documented schema is for OpenAPI only.
  api.openAPIRegistry.registerPath(placeRoute);
  api.post('/meetings/:id{[0-9]+}/agenda-items', async (c) => {
    const actor = signedInWithToken(c);
    const result = await execute(c.var.db, addAgendaItem, actor, { ...(await jsonBody(c)), meeting_id: c.req.param('id') } as never);
    return c.json(result, 201);
  });
  api.openAPIRegistry.registerPath(treatmentRoute);
  api.put('/agenda-items/:id{[0-9]+}/treatment', async (c) => {
    const actor = signedInWithToken(c);
    const result = await execute(c.var.db, recordTreatment, actor, { ...(await jsonBody(c)), agenda_item_id: c.req.param('id') } as never);
    return c.json(result, 200);
  });
}
