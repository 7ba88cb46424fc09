import { z } from '@hono/zod-openapi';
import { envelopeSchema, localizedTextSchema } from '../../platform/http/openapi';
import { paginationParams } from '../../platform/http/pagination';
import { RESPONDENT_ROLE_KEYS } from './surveys.catalog';
import { ANONYMITY_PROMISES } from './survey-definition';

// The shapes of the surveys API (`/api/v1/surveys…`), from which its OpenAPI entries are generated.
// Component names start with "Survey" so they cannot clash with another module's.

export const listQuery = paginationParams.extend({
  cooperation: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({ param: { name: 'cooperation', in: 'query' }, description: 'Only the surveys of this cooperation (its slug).', example: 'vestregionen' }),
});

export const idParams = z.object({
  id: z
    .string()
    .regex(/^\d{1,9}$/, 'must be the number of a survey')
    .openapi({ param: { name: 'id', in: 'path' }, example: '1' }),
});

const isoDate = z.string().openapi({ format: 'date', example: '2017-11-15' });

export const surveySummarySchema = z
  .object({
    id: z.string().openapi({ example: '/api/v1/surveys/1' }),
    number: z.number().int(),
    name: localizedTextSchema('The title of the survey.'),
    organization: z.string().openapi({ description: 'The cooperation that runs it.', example: '/api/v1/cooperations/vestregionen' }),
    anonymity: z.enum(ANONYMITY_PROMISES).openapi({ description: 'The promise made to respondents.' }),
    status: z.enum(['open', 'closed', 'draft']),
    startDate: isoDate.openapi({ description: 'The first day answers are taken.' }),
    endDate: isoDate.openapi({ description: 'The last day answers are taken.' }),
    closedOn: isoDate.nullable().openapi({ description: 'The day it was closed (early by hand, or its last day); null while not closed.' }),
    accepting: z.boolean().openapi({ description: 'Whether it takes answers today.' }),
    notAcceptingReason: localizedTextSchema('Why it takes no answers today ("Undersøkelsen ble stengt 15.11.2017."); all null while it does.'),
    openLink: z.boolean().openapi({ description: 'Whether anyone may answer, stating role and municipality.' }),
    resultsPublic: z.boolean(),
    synthetic: z.boolean().openapi({ description: 'Demo data: the responses are generated, not real.' }),
    responseCount: z.number().int(),
    definition: z.string().openapi({ description: 'The survey in the exchange format.', example: '/api/v1/surveys/1/definition' }),
    results: z.string().nullable().openapi({ description: 'The results, when public.', example: '/api/v1/surveys/1/results' }),
  })
  .openapi('Survey');

export const surveyListSchema = envelopeSchema(surveySummarySchema, 'SurveyList');

export const surveyDetailSchema = surveySummarySchema
  .extend({
    intro: localizedTextSchema('The introduction shown above the questions.'),
    audience: localizedTextSchema('Who is asked, in words.'),
    sourceNote: localizedTextSchema('Where the survey comes from and what is illustrative.'),
    language: z.enum(['nb', 'nn', 'en']),
    sections: z
      .array(z.record(z.string(), z.unknown()))
      .openapi({ description: 'Sections and questions, as in the definition format (see /api/v1/surveys/definition-schema.json).' }),
  })
  .openapi('SurveyDetail');

export const responseBodySchema = z
  .object({
    token: z.string().optional().openapi({ description: 'The code of a personal link (the part after /svar/). Then role and municipality come from the invitation.' }),
    // Loose here on purpose: the command checks each field and answers 422 naming it.
    role: z.string().optional().openapi({ description: `Open link: the respondent’s role, one of ${RESPONDENT_ROLE_KEYS.join(', ')}.`, example: 'head_of_department' }),
    municipalityCode: z.string().optional().openapi({ description: 'Open link: the respondent’s municipality (a member of the cooperation).', example: '0220' }),
    idempotencyKey: z.string().optional().openapi({ description: 'Open link: a random key per form (16–100 characters); the same key is stored once.' }),
    answers: z.record(z.string(), z.unknown()).optional().openapi({
      description: 'Answers keyed by question key: an option key, a list of option keys, a number, a text, or for a matrix {rowKey: columnKey}.',
      example: { kjennskap: 'godt', nytte: { helse: '4', kultur: '3' } },
    }),
  })
  .openapi('SurveyResponseInput');

export const draftBodySchema = z
  .object({ token: z.string().optional(), answers: z.record(z.string(), z.unknown()).optional() })
  .openapi('SurveyDraftInput');

export type SurveyJson = z.output<typeof surveySummarySchema>;
export type SurveyDetailJson = z.output<typeof surveyDetailSchema>;
