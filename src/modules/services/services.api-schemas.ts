import { z } from '@hono/zod-openapi';
import { envelopeSchema, localizedTextSchema } from '../../platform/http/openapi';
import { paginationParams } from '../../platform/http/pagination';
import { isoDateParam } from '../../platform/http/query';

// The shapes of `/api/v1/…/services`, from which the OpenAPI entries are generated. Components start with "Service".

const atParam = isoDateParam.optional().openapi({
  param: { name: 'at', in: 'query' },
  description: 'The date the answer is valid on ("as of"), YYYY-MM-DD. Default: today in Norway (for an ended cooperation, its last day).',
  example: '2018-06-14',
});

export const cooperationParams = z.object({
  slug: z.string().min(1).max(100).openapi({ param: { name: 'slug', in: 'path' }, example: 'vestregionen' }),
});
export const serviceParams = z.object({
  id: z.coerce.number().int('must be a whole number').positive('must be a positive number').openapi({ param: { name: 'id', in: 'path' }, example: 1 }),
});
export const portfolioQuery = paginationParams.extend({ at: atParam });
export const serviceQuery = z.object({ at: atParam });
export const costSharesQuery = z.object({
  year: z.coerce
    .number({ error: 'must be a year of four digits, for example 2019' })
    .int('must be a whole year, for example 2019')
    .min(1900, 'must be 1900 or later')
    .max(2200, 'must be 2200 or earlier')
    .optional()
    .openapi({ param: { name: 'year', in: 'query' }, description: 'The budget year. Default: the latest year with a cost key.', example: 2019 }),
});

const isoDate = z.string().openapi({ format: 'date', example: '2019-01-01' });
const place = z.object({ code: z.string().openapi({ example: '0219' }), name: z.string().openapi({ example: 'Bærum' }) });
const statusSchema = z
  .object({
    status: z.string().openapi({ description: 'planned, active, integrated, transferred or ended', example: 'active' }),
    startDate: isoDate.nullable().openapi({ description: 'The day it took effect; null: before our records.' }),
    caseId: z.number().int().nullable().openapi({ description: 'The case that decided it (cases.id).' }),
    note: localizedTextSchema('A remark on the change.'),
    recordedAt: z.string().openapi({ description: 'When it was recorded (UTC).' }),
  })
  .openapi('ServiceStatus');
const decisionSchema = z
  .object({
    id: z.number().int(),
    classification: z.string().openapi({ description: 'continue, integrate, transfer or end', example: 'integrate' }),
    startDate: isoDate.openapi({ description: 'The day the decision takes effect.' }),
    targetService: z.object({ id: z.string(), name: z.string() }).nullable(),
    targetAuthority: place.nullable(),
    targetName: z.string().nullable(),
    caseId: z.number().int().nullable(),
    text: localizedTextSchema('What was decided.'),
  })
  .openapi('ServiceDecision');

export const serviceSchema = z
  .object({
    id: z.string().openapi({ example: '/api/v1/services/1' }),
    slug: z.string().openapi({ example: 'kunst-rett-vest' }),
    name: z.string().openapi({ example: 'Kunst Rett Vest' }),
    shortName: z.string().nullable(),
    organization: z.string().openapi({ description: 'The slug of the cooperation it belongs to.', example: 'vestregionen' }),
    focusArea: z.object({ slug: z.string(), name: localizedTextSchema('The focus area.') }).nullable(),
    status: statusSchema.nullable().openapi({ description: 'The status on the date asked for; null when none had taken effect.' }),
    host: place.nullable(),
    hostRole: z.string().openapi({ description: 'host or lead', example: 'host' }),
    runBy: z.string().nullable().openapi({ description: 'The cooperation whose members are the participants (API address), if any.' }),
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable(),
    participantCount: z.number().int(),
    decision: decisionSchema.nullable().openapi({ description: 'The latest decision in effect on the date.' }),
    costSharesUrl: z.string(),
  })
  .openapi('Service');

export const participantSchema = z
  .object({
    member: z.object({ id: z.string(), code: z.string(), name: z.string(), classification: z.enum(['municipality', 'county']) }),
    role: z.string().openapi({ example: 'participant' }),
    startDate: isoDate.nullable(),
    endDate: isoDate.nullable(),
  })
  .openapi('ServiceParticipant');

export const serviceDetailSchema = serviceSchema
  .extend({
    at: isoDate,
    description: localizedTextSchema('What the service is.'),
    classification: z.string().nullable().openapi({ description: 'The legal form, as for cooperations.' }),
    legalBasis: z.string().nullable(),
    agreement: localizedTextSchema('The agreement the service rests on.'),
    agreementUrl: z.string().nullable(),
    sourceNote: localizedTextSchema('Where the data comes from, and what in it is reconstructed or only illustrative.'),
    participants: z.array(participantSchema).openapi({ description: 'The participants on the date asked for.' }),
    statusHistory: z.array(statusSchema),
    decisions: z.array(decisionSchema),
    costKeyYears: z.array(z.number().int()),
  })
  .openapi('ServiceDetail');

export const costSharesSchema = z
  .object({
    service: z.string(),
    year: z.number().int(),
    method: z.string().openapi({ description: 'per_inhabitant, fixed_plus_per_inhabitant or per_inhabitant_rate' }),
    budget: z.number().int().nullable().openapi({ description: 'Whole kroner; null for a rate per inhabitant.' }),
    ratePerInhabitantOre: z.number().int().nullable(),
    fixedSharePercent: z.number().int().nullable(),
    populationYear: z.number().int().openapi({ description: 'Population of 1 January of this year.' }),
    populationSources: z.array(z.string()),
    payersOn: isoDate.openapi({ description: 'The participants on this day pay.' }),
    total: z.number().int().nullable().openapi({ description: 'The sum of the shares, equal to the budget; null when the shares cannot be made.' }),
    problem: z.string().nullable(),
    missingPopulation: z.array(z.string()),
    shares: z.array(
      z.object({ code: z.string(), name: z.string(), population: z.number().int().nullable(), amount: z.number().int(), basis: z.enum(['fixed', 'key']) }),
    ),
  })
  .openapi('ServiceCostShares');

export const serviceListSchema = envelopeSchema(serviceSchema, 'ServiceList');
