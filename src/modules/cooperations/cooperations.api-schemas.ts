import { z } from '@hono/zod-openapi';
import { envelopeSchema, localizedTextSchema } from '../../platform/http/openapi';
import { paginationParams } from '../../platform/http/pagination';
import { isoDateParam } from '../../platform/http/query';
import { LEGAL_FORM_KEYS } from './legal-forms';

// The shapes of the JSON API (`/api/v1/cooperations…`), from which its OpenAPI entries are generated.
// Component names start with "Cooperation" so they cannot clash with another module's.

// --- input ---

export const slugParams = z.object({
  slug: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: 'slug', in: 'path' }, example: 'vestregionen' }),
});

export const listQuery = paginationParams;

export const membersQuery = paginationParams.extend({
  at: isoDateParam.optional().openapi({
    param: { name: 'at', in: 'query' },
    description:
      'The date the member list is valid on, YYYY-MM-DD. Default: today while the cooperation exists, ' +
      'else its last day (for Vestregionen 2018-12-31).',
    example: '2018-06-01',
  }),
});

// --- output ---

const isoDate = z.string().openapi({ format: 'date', example: '2018-12-31' });
const place = z
  .object({
    code: z.string().openapi({ example: '0220' }),
    name: z.string().openapi({ example: 'Asker' }),
  })
  .nullable();

export const cooperationSchema = z
  .object({
    id: z.string().openapi({ example: '/api/v1/cooperations/vestregionen' }),
    slug: z.string().openapi({ example: 'vestregionen' }),
    name: z.string().openapi({ example: 'Vestregionen' }),
    shortName: z.string().nullable(),
    classification: z.string().openapi({
      description: `The legal form: one of ${LEGAL_FORM_KEYS.join(', ')}.`,
      example: 'section_27',
    }),
    legalBasis: z.string().nullable().openapi({
      description: 'The legal basis as the sources state it.',
      example: '§ 27 i kommuneloven (1992)',
    }),
    tagline: localizedTextSchema('A line under the name, as the cooperation presents itself (all null when it has none).').openapi({
      example: { nb: '15 kommuner vest for Oslo', nn: '15 kommunar vest for Oslo', en: '15 municipalities west of Oslo' },
    }),
    purpose: localizedTextSchema('What the cooperation is for.'),
    host: place.openapi({ description: 'The host municipality of the secretariat.' }),
    headOffice: place.openapi({ description: 'The head-office municipality.' }),
    status: z.string().openapi({ description: 'planned, active or ended', example: 'ended' }),
    startDate: isoDate.nullable().openapi({ description: 'The day it was established; null when not known.' }),
    endDate: isoDate.nullable().openapi({ description: 'The last day it existed; null while it exists.' }),
    sourceNote: localizedTextSchema('Where the data comes from, and what in it is reconstructed, uncertain or only illustrative.'),
    membersUrl: z.string().openapi({ example: '/api/v1/cooperations/vestregionen/members' }),
    bodiesUrl: z.string().openapi({ example: '/api/v1/cooperations/vestregionen/bodies' }),
  })
  .openapi('Cooperation');

export const cooperationMemberSchema = z
  .object({
    id: z.string().openapi({ description: 'The membership record.', example: '12' }),
    organization: z.string().openapi({ description: 'The slug of the cooperation.', example: 'vestregionen' }),
    member: z.object({
      id: z.string().openapi({ example: '/api/v1/municipalities/0220' }),
      code: z.string().openapi({ example: '0220' }),
      name: z.string().openapi({ description: 'The name the member had on the date asked for.', example: 'Asker' }),
      classification: z.enum(['municipality', 'county']),
    }),
    countyCode: z.string().nullable().openapi({ example: '02' }),
    startDate: isoDate.nullable().openapi({ description: 'First day of the membership; null: before our records.' }),
    endDate: isoDate.nullable().openapi({ description: 'Last day of the membership; null: still a member.' }),
    note: localizedTextSchema('A remark on the membership, such as what in it is reconstructed or uncertain (all null when it has none).'),
  })
  .openapi('CooperationMember');

export const cooperationListSchema = envelopeSchema(cooperationSchema, 'CooperationList');
export const cooperationMemberListSchema = envelopeSchema(cooperationMemberSchema, 'CooperationMemberList');

export type CooperationJson = z.output<typeof cooperationSchema>;
export type CooperationMemberJson = z.output<typeof cooperationMemberSchema>;
