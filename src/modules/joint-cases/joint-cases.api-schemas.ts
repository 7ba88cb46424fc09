import { z } from '@hono/zod-openapi';
import { envelopeSchema } from '../../platform/http/openapi';
import { paginationParams } from '../../platform/http/pagination';
import { COUNCIL_OUTCOMES, COUNCIL_STATUSES, OUTCOME_RULES, POINT_POSITIONS, PROPOSAL_MODES, WEIGHTINGS } from './views';

// The shapes of `/api/v1/joint-cases…`, from which the OpenAPI entries are generated.

export const jointCasesQuery = paginationParams.extend({
  case: z.coerce.number().int('must be a whole number').positive('must be a positive number').optional()
    .openapi({ param: { name: 'case', in: 'query' }, description: 'Only the joint cases referred from this case (its id).', example: 1 }),
  cooperation: z.string().trim().min(1).max(100).optional()
    .openapi({ param: { name: 'cooperation', in: 'query' }, description: "A cooperation's slug.", example: 'vestregionen' }),
});

export const jointCaseParams = z.object({
  id: z.coerce.number().int('must be a whole number').positive('must be a positive number').openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});

export const councilParams = jointCaseParams.extend({
  code: z.string().regex(/^\d{2}(\d{2})?$/, 'must be a municipality number of 4 digits (0219) or a county number of 2 digits (02)')
    .openapi({ param: { name: 'code', in: 'path' }, example: '0220' }),
});

const tally = z.object({
  for: z.number().int(), against: z.number().int(), abstaining: z.number().int(), pending: z.number().int(),
  weightFor: z.number(), weightAgainst: z.number(), weightPending: z.number(), weightTotal: z.number(), weightNeeded: z.number(),
}).openapi('JointCaseTally', { description: 'Councils (and their weight) for, against, abstaining (withdrawn, or no position) and pending.' });

const result = z.enum(['adopted', 'rejected', 'pending']);

export const outcomeSchema = z.object({
  result: z.enum(['adopted', 'rejected', 'pending', 'partly_adopted']).openapi({ description: '`rejected` also covers "not adopted"; `pending` while the councils still to answer could change it.' }),
  tally: tally.nullable(),
  points: z.array(z.object({ point: z.number().int(), text: z.string(), result, tally })),
}).openapi('JointCaseOutcome', { description: 'The joint outcome computed under the rule from the councils\' current records.' });

const rule = z.object({
  rule: z.enum(OUTCOME_RULES),
  threshold: z.object({ numerator: z.number().int(), denominator: z.number().int() }),
  weighting: z.enum(WEIGHTINGS),
}).openapi('JointCaseRule');

const counts = z.object({
  total: z.number().int(), treated: z.number().int(), withdrawn: z.number().int(), pending: z.number().int(),
  for: z.number().int(), against: z.number().int(), late: z.number().int(),
}).openapi('JointCaseCounts');

const illustrative = z.object({ note: z.string().nullable() }).nullable();

const summaryFields = {
  id: z.string().openapi({ example: '/api/v1/joint-cases/1' }),
  type: z.literal('JointCase'),
  name: z.string(),
  paper: z.string().openapi({ description: 'The case referred (its API address).', example: '/api/v1/cases/1' }),
  reference: z.string().nullable().openapi({ example: '03/2018' }),
  cooperation: z.string().openapi({ example: 'vestregionen' }),
  deadline: z.string().openapi({ example: '2018-05-30' }),
  proposalMode: z.enum(PROPOSAL_MODES),
  rule,
  reminderDaysBefore: z.number().int().nullable(),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  referredAt: z.string(),
  counts,
  outcome: outcomeSchema,
  illustrative,
};

export const jointCaseSummarySchema = z.object(summaryFields).openapi('JointCaseSummary');

export const councilSchema = z.object({
  memberCode: z.string().openapi({ example: '0220' }),
  memberName: z.string().openapi({ example: 'Asker' }),
  population: z.number().int().nullable(),
  councilBody: z.string().nullable().openapi({ example: 'kommunestyret' }),
  meetingDate: z.string().nullable(),
  localCaseNumber: z.string().nullable(),
  localArchiveNumber: z.string().nullable(),
  status: z.enum(COUNCIL_STATUSES),
  outcome: z.enum(COUNCIL_OUTCOMES).nullable(),
  resolutionText: z.string().nullable(),
  points: z.array(z.object({ point: z.number().int(), position: z.enum(POINT_POSITIONS), note: z.string().nullable() })),
  publicRecordUrl: z.string().nullable(),
  minuteExtract: z.string().nullable().openapi({ description: 'The minute extract in the archive (its API address).' }),
  revision: z.number().int(),
  submittedAt: z.string().nullable(),
  late: z.boolean(),
  illustrative,
}).openapi('JointCaseCouncil');

export const jointCaseSchema = z.object({
  ...summaryFields,
  proposal: z.object({ text: z.string().nullable(), points: z.array(z.string()) }),
  message: z.string().nullable(),
  councils: z.array(councilSchema),
  late: z.array(z.string()).openapi({ description: 'Member codes of the councils not treated by the deadline.' }),
  today: z.string(),
}).openapi('JointCase');

export const jointCaseListSchema = envelopeSchema(jointCaseSummarySchema, 'JointCaseList');

export const treatmentBodySchema = z.object({
  council_body: z.string().optional().openapi({ example: 'kommunestyret' }),
  meeting_date: z.string().optional().openapi({ example: '2018-05-08' }),
  local_case_number: z.string().optional(),
  local_archive_number: z.string().optional(),
  status: z.enum(COUNCIL_STATUSES),
  outcome: z.enum(COUNCIL_OUTCOMES).optional().openapi({ description: 'Required when status is treated; not allowed otherwise.' }),
  resolution_text: z.string().optional(),
  point_positions: z.array(z.object({ point: z.number().int(), position: z.enum(POINT_POSITIONS), note: z.string().optional() })).optional(),
  public_record_url: z.string().optional().openapi({ description: 'http(s) address of the council\'s public record.' }),
  minute_extract_document_id: z.number().int().optional(),
  expected_revision: z.number().int().optional().openapi({ description: 'The revision you loaded; another current revision answers 409.' }),
}).openapi('JointCaseTreatment', { description: 'Fields left out keep their value; each submission is kept as a revision.' });

export type JointCaseJson = z.infer<typeof jointCaseSchema>;
export type JointCaseSummaryJson = z.infer<typeof jointCaseSummarySchema>;
export type CouncilJson = z.infer<typeof councilSchema>;
