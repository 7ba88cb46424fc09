import { z } from '@hono/zod-openapi';
import { envelopeSchema } from '../../platform/http/openapi';
import { paginationParams } from '../../platform/http/pagination';
import { CASE_NUMBER_FORMAT_HINT, parseCaseNumber } from './case-number';
import { OUTCOME_KEYS, PROPOSAL_KIND_KEYS } from './cases.catalog';

// The shapes of `/api/v1/cases…`, from which its OpenAPI entries are generated. A case is an OParl
// Paper; each body's treatment of it is a Consultation. Shared pieces (resolution, votes, the
// illustrative note) are used by the meetings API too.

const query = (name: string, description: string, example: string) =>
  z.string().trim().min(1).max(100).optional().openapi({ param: { name, in: 'query' }, description, example });

export const bodyFilterParams = {
  body: query('body', "A body's slug. Add `cooperation` when several cooperations have a body with that slug.", 'styringsgruppen'),
  cooperation: query('cooperation', "A cooperation's slug.", 'vestregionen'),
};

export const casesQuery = paginationParams.extend({
  ...bodyFilterParams,
  number: z
    .string()
    .trim()
    .refine((v) => parseCaseNumber(v) !== null, CASE_NUMBER_FORMAT_HINT)
    .optional()
    .openapi({ param: { name: 'number', in: 'query' }, description: "A body's case number NN/YYYY; combine with `body`.", example: '03/2018' }),
});

export const idParams = z.object({
  id: z.coerce.number().int('must be a whole number').positive('must be a positive number').openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});

export const resolutionSchema = z
  .object({ text: z.string().nullable(), points: z.array(z.string()) })
  .openapi('ResolutionText', { description: 'Free text and/or numbered points (text first).' });

export const votesSchema = z
  .union([
    z.object({ kind: z.literal('counts'), for: z.number().int(), against: z.number().int(), blank: z.number().int() }),
    z.object({ kind: z.literal('by_name'), entries: z.array(z.object({ name: z.string(), vote: z.enum(['for', 'against', 'blank']) })) }),
  ])
  .nullable()
  .openapi('Votes', { description: 'Votes as counts, or by name (names are seats or roles). Null: not recorded.' });

export const illustrativeSchema = z
  .object({ note: z.string().nullable() })
  .nullable()
  .openapi('Illustrative', { description: 'Set when the record (or part of it) was added for the demo and is not from a source; shown as "Illustrasjon".' });

export const treatmentSchema = z
  .object({
    result: z.string().openapi({ description: `The outcome: one of ${OUTCOME_KEYS.join(', ')}.`, example: 'adopted_as_proposed' }),
    resolution: resolutionSchema,
    amendments: z.array(z.string()),
    votes: votesSchema,
    unanimous: z.boolean(),
    notes: z.string().nullable(),
    illustrative: illustrativeSchema,
  })
  .openapi('Treatment', { description: "The body's resolution, kept apart from the proposal. Public once the minutes are approved." });

export const consultationSchema = z
  .object({
    type: z.literal('https://schema.oparl.org/1.1/Consultation'),
    meeting: z.string().openapi({ example: '/api/v1/meetings/5' }),
    agendaItem: z.string().openapi({ example: '/api/v1/meetings/5#agenda-item-12' }),
    organization: z.string().openapi({ example: '/api/v1/cooperations/vestregionen/bodies/styringsgruppen' }),
    organizationSlug: z.string().openapi({ example: 'styringsgruppen' }),
    caseNumber: z.string().openapi({ description: "The body's own case number.", example: '03/2018' }),
    meetingDate: z.string().openapi({ format: 'date', example: '2018-03-15' }),
    meetingState: z.string(),
    treatment: treatmentSchema.nullable(),
  })
  .openapi('Consultation');

export const paperSummarySchema = z
  .object({
    id: z.string().openapi({ example: '/api/v1/cases/3' }),
    type: z.literal('https://schema.oparl.org/1.1/Paper'),
    name: z.string().openapi({ example: 'Vestregionens fremtid – skisse til fremtidig samarbeid' }),
    reference: z.string().nullable().openapi({ description: 'The latest body case number.', example: '03/2018' }),
    archiveReference: z.string().nullable().openapi({ example: '2018/123' }),
    caseOfficer: z.string().nullable(),
    cooperation: z.string().openapi({ example: 'vestregionen' }),
    public: z.boolean(),
    exemptBasis: z.string().nullable(),
    consultation: z.array(consultationSchema),
    web: z.string().openapi({ example: '/vestregionen/saker/3' }),
    mainFile: z.object({ pdf: z.string(), docx: z.string() }).openapi({ description: 'The case paper as PDF and Word.' }),
    illustrative: illustrativeSchema,
    created: z.string(),
    modified: z.string(),
  })
  .openapi('PaperSummary');

export const paperSchema = paperSummarySchema
  .extend({
    paperType: z.string().openapi({ description: `How the proposal is headed: one of ${PROPOSAL_KIND_KEYS.join(', ')}.` }),
    proposal: resolutionSchema,
    background: z.string().nullable(),
    assessment: z.string().nullable(),
    language: z.string(),
    auxiliaryFile: z.array(
      z.object({ id: z.number().int(), name: z.string(), fileName: z.string().nullable(), mediaType: z.string().nullable(), accessUrl: z.string().nullable(), public: z.boolean() }),
    ),
  })
  .openapi('Paper');

export const paperListSchema = envelopeSchema(paperSummarySchema, 'PaperList');

export type PaperSummaryJson = z.output<typeof paperSummarySchema>;
export type PaperJson = z.output<typeof paperSchema>;
export type TreatmentJson = z.output<typeof treatmentSchema>;
export type ConsultationJson = z.output<typeof consultationSchema>;
