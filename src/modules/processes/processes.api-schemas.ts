import { z } from '@hono/zod-openapi';
import { envelopeSchema, localizedTextSchema } from '../../platform/http/openapi';
import { paginationParams } from '../../platform/http/pagination';
import { isoDateParam } from '../../platform/http/query';
import { MILESTONE_KINDS } from '../../platform/db/tables/site';

// The shapes of the progress plans' API (`/api/v1/processes…`), from which its OpenAPI entries are generated.

const isoDate = z.string().openapi({ format: 'date', example: '2018-03-15' });

const atParam = isoDateParam.optional().openapi({
  param: { name: 'at', in: 'query' },
  description: 'Show the plan as it stood on this day, YYYY-MM-DD: only the versions adopted by then, and each status as of that day. Default: today in Oslo.',
  example: '2018-03-01',
});

export const processListQuery = paginationParams.extend({
  cooperation: z.string().min(1).max(100).optional().openapi({ param: { name: 'cooperation', in: 'query' }, description: 'Only the processes of the cooperation with this slug.', example: 'vestregionen' }),
  at: atParam,
});

export const processParams = z.object({
  slug: z.string().min(1).max(100).openapi({ param: { name: 'slug', in: 'path' }, example: 'vestregionens-framtid' }),
});

export const processQuery = z.object({
  cooperation: z.string().min(1).max(100).optional().openapi({
    param: { name: 'cooperation', in: 'query' },
    description: 'The cooperation whose process this is; needed only when two cooperations use the same slug.',
    example: 'vestregionen',
  }),
  at: atParam,
});

const milestoneSchema = z
  .object({
    id: z.number().int(),
    classification: z.enum(MILESTONE_KINDS).openapi({ description: 'The kind of milestone.' }),
    name: localizedTextSchema('What happens.'),
    startDate: isoDate,
    endDate: isoDate.nullable().openapi({ description: 'The last day of a period; null for one day.' }),
    status: z.enum(['done', 'next', 'later']).openapi({ description: 'done: its last day has passed; next: the first not done; later: after that.' }),
    organization: z.string().nullable().openapi({ description: 'The body it concerns (its API address).', example: '/api/v1/cooperations/vestregionen/bodies/styringsgruppen' }),
    meetingId: z.number().int().nullable().openapi({ description: 'The meeting it refers to (meetings.id), when recorded.' }),
    caseId: z.number().int().nullable().openapi({ description: 'The case it refers to (cases.id), when recorded.' }),
    surveyId: z.number().int().nullable().openapi({ description: 'The survey it refers to (surveys.id), when recorded.' }),
    note: localizedTextSchema('A remark.'),
  })
  .openapi('Milestone');

const planVersionSchema = z
  .object({
    version: z.number().int().openapi({ description: '1 is the original plan; each revision adds one.' }),
    name: localizedTextSchema('The label of this version of the plan.'),
    adoptedOn: isoDate.nullable().openapi({ description: 'When it was adopted; null for the original plan.' }),
    caseId: z.number().int().nullable().openapi({ description: 'The case that adopted this revision (cases.id).' }),
    inForce: z.boolean().openapi({ description: 'True for the version in force on the day asked about.' }),
    milestones: z.array(milestoneSchema),
  })
  .openapi('PlanVersion');

export const processSchema = z
  .object({
    id: z.string().openapi({ example: '/api/v1/processes/vestregionens-framtid?cooperation=vestregionen' }),
    slug: z.string(),
    name: localizedTextSchema('The title of the process.'),
    organization: z.string().openapi({ description: 'The cooperation (its API address).', example: '/api/v1/cooperations/vestregionen' }),
    introduction: localizedTextSchema('The introduction.'),
    questions: z.array(localizedTextSchema('A question for discussion.')),
    alternatives: z.array(z.object({ label: z.string(), text: localizedTextSchema('The alternative.') })),
    surveyId: z.number().int().nullable(),
    translations: z.array(z.enum(['nb', 'nn', 'en'])).openapi({ description: 'Languages whose text is a translation, not the original.' }),
    asOf: isoDate.openapi({ description: 'The day the statuses are computed for.' }),
    web: z.string().openapi({ description: 'The public page.', example: '/vestregionen/prosesser/vestregionens-framtid' }),
    calendar: z.string().openapi({ description: 'The plan in force as iCalendar.', example: '/vestregionen/prosesser/vestregionens-framtid/plan.ics' }),
    planVersions: z.array(planVersionSchema),
  })
  .openapi('Process');

export const processListSchema = envelopeSchema(processSchema, 'ProcessList');
export type ProcessJson = z.output<typeof processSchema>;
