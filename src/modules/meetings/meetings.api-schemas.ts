import { z } from '@hono/zod-openapi';
import { envelopeSchema, localizedTextSchema } from '../../platform/http/openapi';
import { paginationParams } from '../../platform/http/pagination';
import { isoDateParam } from '../../platform/http/query';
import { bodyFilterParams, illustrativeSchema, resolutionSchema, treatmentSchema } from '../cases';
import { MEETING_KIND_KEYS, MEETING_STATUS_KEYS } from './meetings.catalog';

// The shapes of `/api/v1/meetings…` (OParl Meeting and AgendaItem), from which OpenAPI is generated.

const dateParam = (name: string, description: string, example: string) =>
  isoDateParam.optional().openapi({ param: { name, in: 'query' }, description, example });

export const meetingsQuery = paginationParams.extend({
  ...bodyFilterParams,
  from: dateParam('from', 'Meetings on or after this day (Oslo), YYYY-MM-DD.', '2018-01-01'),
  to: dateParam('to', 'Meetings on or before this day (Oslo), YYYY-MM-DD.', '2018-12-31'),
});

export const languageQuery = z.object({
  lang: z.enum(['nb', 'nn', 'en'], { error: 'must be nb, nn or en' }).optional().openapi({
    param: { name: 'lang', in: 'query' },
    description: 'The language of the fixed labels in the document (the content is printed as written). Default nb.',
    example: 'nb',
  }),
});

export const bodyCalendarParams = z.object({
  slug: z.string().min(1).max(100).openapi({ param: { name: 'slug', in: 'path' }, example: 'styringsgruppen' }),
});
export const bodyCalendarQuery = z.object({ cooperation: bodyFilterParams.cooperation, ...languageQuery.shape });

export const agendaItemSchema = z
  .object({
    id: z.string().openapi({ example: '/api/v1/meetings/5#agenda-item-12' }),
    type: z.literal('https://schema.oparl.org/1.1/AgendaItem'),
    order: z.number().int(),
    number: z.string().nullable().openapi({ description: "The body's case number.", example: '03/2018' }),
    name: z.string().nullable().openapi({ description: 'Null when the item is exempt from public access (see exemptBasis).' }),
    public: z.boolean(),
    exemptBasis: z.string().nullable().openapi({ description: 'The legal basis when the item is exempt.', example: 'Offl. § 14' }),
    consultation: z.string().nullable().openapi({ description: 'The case (Paper) treated, if any.', example: '/api/v1/cases/3' }),
    proposal: resolutionSchema.nullable(),
    treatment: treatmentSchema.nullable(),
    illustrative: illustrativeSchema,
  })
  .openapi('AgendaItem');

const meetingFields = {
  id: z.string().openapi({ example: '/api/v1/meetings/5' }),
  type: z.literal('https://schema.oparl.org/1.1/Meeting'),
  name: z.string().openapi({ example: 'Møte i Styringsgruppen 15.03.2018' }),
  meetingState: z.string().openapi({ description: `One of ${MEETING_STATUS_KEYS.join(', ')}.` }),
  cancelled: z.boolean(),
  cancelledReason: z.string().nullable(),
  classification: z.string().openapi({ description: `The kind of meeting: one of ${MEETING_KIND_KEYS.join(', ')}.` }),
  start: z.string().openapi({ format: 'date-time' }),
  end: z.string().nullable().openapi({ format: 'date-time' }),
  location: z.object({ description: z.string() }).nullable(),
  organization: z.array(z.string()),
  body: z.object({ slug: z.string(), name: localizedTextSchema('The name of the body.') }),
  cooperation: z.string().openapi({ example: 'vestregionen' }),
  locked: z.boolean().openapi({ description: 'True once the minutes are approved: nothing of the meeting changes any more.' }),
  minutesApproved: z.object({ at: z.string(), by: z.string().nullable() }).nullable(),
  invitation: z.object({ pdf: z.string(), docx: z.string() }).nullable().openapi({ description: 'The summons with its agenda, once summoned.' }),
  resultsProtocol: z.object({ pdf: z.string(), docx: z.string() }).nullable().openapi({ description: 'The minutes, once approved.' }),
  web: z.string().openapi({ example: '/vestregionen/moter/5' }),
  illustrative: illustrativeSchema,
  agendaItem: z.array(agendaItemSchema),
};

export const meetingSchema = z.object(meetingFields).openapi('Meeting');
export const meetingListSchema = envelopeSchema(meetingSchema, 'MeetingList');

export type MeetingJson = z.output<typeof meetingSchema>;
export type AgendaItemJson = z.output<typeof agendaItemSchema>;
