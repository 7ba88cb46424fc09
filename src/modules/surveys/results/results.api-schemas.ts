import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '../../../platform/http/openapi';

// The shapes of GET /api/v1/surveys/{id}/results. A hidden (suppressed) number is null, never a number.

const shown = (description: string) => z.number().nullable().openapi({ description: `${description} Null when hidden (fewer than smallCellMin respondents, or hidden so that a small group cannot be worked out by subtraction).` });

export const resultsParams = z.object({
  id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, example: 1, description: 'The survey id.' }),
});

export const resultsQuery = z.object({
  by: z
    .enum(['role', 'municipality'], { error: 'must be role or municipality' })
    .optional()
    .openapi({ description: 'Break each distribution down by respondent role or by municipality (default: overall only).' }),
});

const rateRow = z.object({
  key: z.string().openapi({ description: 'The role key or the municipality number.' }),
  name: localizedTextSchema('The group’s name.'),
  hidden: z.boolean(),
  invited: z.number().int(),
  responses: shown('Responses from this group (all channels).'),
  answeredInvitations: shown('Invitations answered.'),
  rate: shown('answeredInvitations / invited, 0–1.'),
});

const group = z.object({
  key: z.string(),
  name: localizedTextSchema('The group’s name.'),
  hidden: z.boolean(),
  n: shown('How many in the group answered this question.'),
  counts: z.array(z.number().int()).nullable().openapi({ description: 'One count per category, in order; null when hidden.' }),
  mean: shown('Average (ratings, numbers, matrix rows as column positions 1…).'),
});

const distribution = z.object({
  id: z.string().openapi({ description: 'The question key, or `questionKey.rowKey` for a matrix row.' }),
  questionKey: z.string(),
  kind: z.string(),
  name: localizedTextSchema('The question.'),
  row: localizedTextSchema('The matrix row.').nullable(),
  multiple: z.boolean().openapi({ description: 'A respondent can be in several categories (percentages sum to more than 100).' }),
  categories: z.array(z.object({ key: z.string(), name: localizedTextSchema('The answer.') })),
  overall: group,
  groups: z.array(group).nullable().openapi({ description: 'The breakdown asked for with `by`; null without it.' }),
});

export const surveyResultsSchema = z
  .object({
    survey: z.number().int(),
    smallCellMin: z.number().int().openapi({ description: 'Groups with fewer respondents than this are hidden (config SMALL_CELL_MIN, never below 3).' }),
    suppressionRule: z.string(),
    by: z.enum(['role', 'municipality']).nullable(),
    respondents: shown('All responses.'),
    responseRates: z.object({
      total: z.object({ invited: z.number().int(), responses: shown('All responses.'), answeredInvitations: shown('Invitations answered.'), rate: shown('0–1.'), openLinkResponses: shown('Responses through the open link.') }),
      byRole: z.array(rateRow),
      byMunicipality: z.array(rateRow),
    }),
    distributions: z.array(distribution),
    freeText: z.array(
      z.object({
        questionKey: z.string(),
        name: localizedTextSchema('The question.'),
        count: shown('Answers given.'),
        answers: z.array(z.string()).nullable().openapi({ description: 'For the whole survey only, alphabetical; null when fewer than smallCellMin answered the survey.' }),
      }),
    ),
  })
  .openapi('SurveyResults');
