import { z } from '@hono/zod-openapi';
import { envelopeSchema } from '../../platform/http/openapi';
import { paginationParams } from '../../platform/http/pagination';
import { isoDateParam } from '../../platform/http/query';

// --- input ---

export const listQuery = paginationParams.extend({
  at: isoDateParam.optional().openapi({
    param: { name: 'at', in: 'query' },
    description: 'The date the list is valid on, YYYY-MM-DD. Default: today in Norway.',
    format: 'date',
    example: '2018-01-01',
  }),
});

export const municipalityCodeParams = z.object({
  code: z
    .string()
    .regex(/^\d{4}$/, 'must be a municipality number of 4 digits, for example 0219')
    .openapi({ param: { name: 'code', in: 'path' }, example: '0219' }),
});

export const countyCodeParams = z.object({
  code: z
    .string()
    .regex(/^\d{2}$/, 'must be a county number of 2 digits, for example 02')
    .openapi({ param: { name: 'code', in: 'path' }, example: '02' }),
});

// --- output ---

const isoDate = z.string().openapi({ format: 'date', example: '2019-12-31' });
const period = {
  validFrom: isoDate.nullable().openapi({ description: 'First day the code was valid; null: before the register begins.', example: '2020-01-01' }),
  validTo: isoDate.nullable().openapi({ description: 'Last day the code was valid; null: still valid.' }),
};

export const municipalitySchema = z
  .object({
    id: z.string().openapi({ example: '/api/v1/municipalities/0219' }),
    code: z.string().openapi({ example: '0219', description: "Statistics Norway's municipality number" }),
    name: z.string().openapi({ example: 'Bærum' }),
    classification: z.literal('municipality'),
    countyCode: z.string().nullable().openapi({ example: '02' }),
    countyName: z.string().nullable().openapi({ example: 'Akershus' }),
    ...period,
  })
  .openapi('Municipality');

export const countySchema = z
  .object({
    id: z.string().openapi({ example: '/api/v1/counties/02' }),
    code: z.string().openapi({ example: '02', description: "Statistics Norway's county number" }),
    name: z.string().openapi({ example: 'Akershus' }),
    classification: z.literal('county'),
    ...period,
  })
  .openapi('County');

export const namePeriodSchema = z.object({ name: z.string(), ...period }).openapi('AuthorityName');

export const authorityChangeSchema = z
  .object({
    id: z.string().openapi({ example: '/api/v1/municipalities/3024' }),
    code: z.string().openapi({ example: '3024' }),
    name: z.string().openapi({ example: 'Bærum' }),
    classification: z.enum(['municipality', 'county']),
    effectiveOn: isoDate.openapi({ example: '2020-01-01' }),
    changeKind: z.string().openapi({ example: 'renumbered', description: 'renumbered, merged, split or divided' }),
  })
  .openapi('AuthorityChange');

const history = {
  names: z.array(namePeriodSchema).openapi({ description: 'Names over time; empty when the name never changed.' }),
  predecessors: z.array(authorityChangeSchema),
  successors: z.array(authorityChangeSchema),
};

export const municipalityDetailSchema = municipalitySchema.extend(history).openapi('MunicipalityDetail');

export const countyDetailSchema = countySchema
  .extend({
    ...history,
    municipalities: z
      .array(z.object({ id: z.string(), code: z.string(), name: z.string(), ...period }))
      .openapi({ description: "Every municipality whose number belongs to this county's code, over all time." }),
  })
  .openapi('CountyDetail');

export const municipalityListSchema = envelopeSchema(municipalitySchema, 'MunicipalityList');
export const countyListSchema = envelopeSchema(countySchema, 'CountyList');

export type Municipality = z.output<typeof municipalitySchema>;
export type County = z.output<typeof countySchema>;
export type MunicipalityDetailJson = z.output<typeof municipalityDetailSchema>;
export type CountyDetailJson = z.output<typeof countyDetailSchema>;
export type AuthorityChangeJson = z.output<typeof authorityChangeSchema>;
