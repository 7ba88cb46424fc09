import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { badRequestResponse, createApiRouter, errorResponse, jsonResponse } from '../../platform/http/openapi';
import { envelope, offsetOf } from '../../platform/http/pagination';
import { idParams, resolveBodyFilter } from '../cases';
import {
  CALENDAR_CONTENT_TYPE,
  DOCX_CONTENT_TYPE,
  PDF_CONTENT_TYPE,
  casePaperFile,
  contentDisposition,
  meetingsCalendar,
  minutesFile,
  summonsFile,
} from './documents';
import { bodyCalendarParams, bodyCalendarQuery, languageQuery, meetingListSchema, meetingSchema, meetingsQuery } from './meetings.api-schemas';
import { presentMeeting } from './meetings.presenter';
import { casePaperModel } from './queries/case-paper-model';
import { calendarMeetings, minutesModel, summonsModel } from './queries/document-models';
import { countMeetings, getMeeting, listMeetingViews } from './queries/meetings';
import { addWriteRoutes } from './meetings.write-routes';

const TAG = 'Meetings and cases';
const fileResponse = (mediaType: string, description: string) => ({
  content: { [mediaType]: { schema: z.string().openapi({ format: 'binary' }) } },
  description,
});

const listRoute = createRoute({
  method: 'get',
  path: '/meetings',
  tags: [TAG],
  summary: 'Meetings (OParl Meetings) with their agendas',
  description:
    'Meetings in date order, filtered by `body`/`cooperation` slugs and the days `from`/`to` (Oslo). Exempt agenda items ' +
    'show only their legal basis; resolutions appear once the minutes are approved.',
  request: { query: meetingsQuery },
  responses: { 200: jsonResponse(meetingListSchema, 'One page of meetings'), 400: badRequestResponse },
});

const allCalendarRoute = createRoute({
  method: 'get',
  path: '/meetings/calendar.ics',
  tags: [TAG],
  summary: 'iCalendar feed of all meetings',
  request: { query: languageQuery },
  responses: { 200: fileResponse(CALENDAR_CONTENT_TYPE, 'iCalendar (RFC 5545)'), 400: badRequestResponse },
});

const showRoute = createRoute({
  method: 'get',
  path: '/meetings/{id}',
  tags: [TAG],
  summary: 'One meeting with its agenda',
  request: { params: idParams },
  responses: { 200: jsonResponse(meetingSchema, 'The meeting'), 400: badRequestResponse, 404: errorResponse('No meeting has this id.') },
});

const bodyCalendarRoute = createRoute({
  method: 'get',
  path: '/bodies/{slug}/calendar.ics',
  tags: [TAG],
  summary: "iCalendar feed of a body's meetings",
  description: 'Add `cooperation` when several cooperations have a body with this slug.',
  request: { params: bodyCalendarParams, query: bodyCalendarQuery },
  responses: { 200: fileResponse(CALENDAR_CONTENT_TYPE, 'iCalendar (RFC 5545)'), 400: badRequestResponse },
});

type DocumentKind = 'summons' | 'minutes' | 'paper';
const DOCUMENTS: { kind: DocumentKind; base: string; summary: string }[] = [
  { kind: 'summons', base: '/meetings/{id}/summons', summary: 'The summons with its agenda' },
  { kind: 'minutes', base: '/meetings/{id}/minutes', summary: 'The approved minutes' },
  { kind: 'paper', base: '/cases/{id}/paper', summary: 'The case paper (saksfremlegg)' },
];

function documentRoute(base: string, summary: string, format: 'pdf' | 'docx') {
  return createRoute({
    method: 'get',
    path: `${base}.${format}`,
    tags: [TAG],
    summary: `${summary}, as ${format === 'pdf' ? 'PDF' : 'Word (.docx)'}`,
    request: { params: idParams, query: languageQuery },
    responses: {
      200: fileResponse(format === 'pdf' ? PDF_CONTENT_TYPE : DOCX_CONTENT_TYPE, 'The document'),
      400: badRequestResponse,
      404: errorResponse('No such document (or not for you to read).'),
    },
  });
}

/** Builds the model for the reader and renders it; null when there is nothing the reader may read. */
async function render(c: Context<AppEnv>, kind: DocumentKind, id: number, format: 'pdf' | 'docx', lang: 'nb' | 'nn' | 'en') {
  const { db, actor } = c.var;
  if (kind === 'summons') {
    const model = await summonsModel(db, id, actor, lang);
    return model && summonsFile(model, format);
  }
  if (kind === 'minutes') {
    const model = await minutesModel(db, id, actor, lang);
    return model && minutesFile(model, format);
  }
  const model = await casePaperModel(db, id, actor, lang);
  return model && casePaperFile(model, format);
}

/** The meetings' part of `/api/v1`, with the documents of meetings and cases and the calendars. */
export function meetingsApi(): OpenAPIHono<AppEnv> {
  const api = createApiRouter<AppEnv>();

  api.openapi(listRoute, async (c) => {
    const { body, cooperation, from, to, ...page } = c.req.valid('query');
    const where = await resolveBodyFilter(c.var.db, { body, cooperation });
    const filter = { ...where, from, to };
    const [meetings, total] = await Promise.all([
      listMeetingViews(c.var.db, { ...filter, actor: c.var.actor, limit: page.limit, offset: offsetOf(page) }),
      countMeetings(c.var.db, filter),
    ]);
    return c.json(envelope(meetings.map(presentMeeting), total, page, c.req.url), 200);
  });

  // Before /meetings/{id}, which would otherwise take "calendar.ics" for an id.
  api.openapi(allCalendarRoute, async (c) => {
    const { lang = 'nb' } = c.req.valid('query');
    const meetings = await calendarMeetings(c.var.db, { actor: c.var.actor }, lang);
    const text = meetingsCalendar({ name: lang === 'en' ? 'Meetings – Samråd' : 'Møter – Samråd', meetings, publicUrl: c.var.config.publicUrl });
    return c.body(text, 200, { 'Content-Type': CALENDAR_CONTENT_TYPE }) as never;
  });

  api.openapi(showRoute, async (c) => {
    const { id } = c.req.valid('param');
    const meeting = await getMeeting(c.var.db, id, c.var.actor);
    if (!meeting) throw new NotFoundError('No meeting has this id.');
    return c.json(presentMeeting(meeting), 200);
  });

  api.openapi(bodyCalendarRoute, async (c) => {
    const { slug } = c.req.valid('param');
    const { cooperation, lang = 'nb' } = c.req.valid('query');
    const where = await resolveBodyFilter(c.var.db, { body: slug, cooperation });
    const meetings = await calendarMeetings(c.var.db, { ...where, actor: c.var.actor }, lang);
    const name = meetings[0]?.bodyName ?? slug;
    const text = meetingsCalendar({ name: lang === 'en' ? `Meetings of ${name}` : `Møter i ${name}`, meetings, publicUrl: c.var.config.publicUrl });
    return c.body(text, 200, { 'Content-Type': CALENDAR_CONTENT_TYPE }) as never;
  });

  for (const doc of DOCUMENTS) {
    for (const format of ['pdf', 'docx'] as const) {
      api.openapi(documentRoute(doc.base, doc.summary, format), async (c) => {
        const { id } = c.req.valid('param');
        const { lang = 'nb' } = c.req.valid('query');
        const file = await render(c, doc.kind, id, format, lang);
        if (!file) throw new NotFoundError('No such document.');
        return c.body(new Uint8Array(file.bytes), 200, {
          'Content-Type': file.contentType,
          'Content-Disposition': contentDisposition(file.fileName, format === 'pdf' ? 'inline' : 'attachment'),
        }) as never;
      });
    }
  }

  addWriteRoutes(api);
  return api;
}
