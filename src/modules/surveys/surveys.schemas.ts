import { z } from 'zod';
import { isoDateParam } from '../../platform/http/query';
import { authorityCode, recordId } from '../../platform/input';
import { RESPONDENT_ROLE_KEYS } from './surveys.catalog';
import { ANONYMITY_PROMISES, localizedText, sectionSchema, surveyDefinitionSchema } from './survey-definition';

// Inputs of the surveys commands. Field names are the form's, so errors name the field to fix.

const flag = z
  .union([z.boolean(), z.enum(['on', 'true', '1', 'false', '0', ''])])
  .transform((value) => value === true || value === 'on' || value === 'true' || value === '1');

export const answersInput = z.record(z.string(), z.unknown(), { error: 'must be an object of answers keyed by question key' });

export const createSurveyInput = z.object({
  cooperation_id: recordId,
  definition: surveyDefinitionSchema,
  is_synthetic: flag.optional(),
});
export type CreateSurveyInput = z.input<typeof createSurveyInput>;

export const importDefinitionInput = z.object({
  cooperation_id: recordId,
  /** The JSON text of a definition (an uploaded file or a pasted text). */
  json: z.string().min(2, 'must be the JSON text of a survey definition').max(1_000_000, 'must be at most 1 MB'),
});
export type ImportDefinitionInput = z.input<typeof importDefinitionInput>;

export const updateSurveyInput = z
  .object({
    survey_id: recordId,
    title: localizedText(300).optional(),
    intro: localizedText(4000).nullable().optional(),
    audience: localizedText(2000).nullable().optional(),
    source_note: localizedText(4000).nullable().optional(),
    language: z.enum(['nb', 'nn', 'en']).optional(),
    anonymity: z.enum(ANONYMITY_PROMISES, { error: `must be one of: ${ANONYMITY_PROMISES.join(', ')}` }).optional(),
    opens_on: isoDateParam.optional(),
    closes_on: isoDateParam.optional(),
    open_link: flag.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.opens_on && v.closes_on && v.closes_on < v.opens_on) ctx.addIssue({ code: 'custom', path: ['closes_on'], message: 'must be on or after the opening date' });
  });
export type UpdateSurveyInput = z.input<typeof updateSurveyInput>;

export const saveDefinitionInput = z.object({
  survey_id: recordId,
  sections: z.array(sectionSchema).min(1, 'must have at least one section'),
});
export type SaveDefinitionInput = z.input<typeof saveDefinitionInput>;

export const surveyIdInput = z.object({ survey_id: recordId });
export type SurveyIdInput = z.input<typeof surveyIdInput>;

export const closeSurveyInput = z.object({
  survey_id: recordId,
  /** The day it closed; only the demo loader may give it (others close today). */
  on: isoDateParam.optional(),
});
export type CloseSurveyInput = z.input<typeof closeSurveyInput>;

export const publishResultsInput = z.object({ survey_id: recordId, results_public: flag });
export type PublishResultsInput = z.input<typeof publishResultsInput>;

export const inviteAudienceInput = z.object({
  survey_id: recordId,
  roles: z
    .array(z.enum(RESPONDENT_ROLE_KEYS, { error: `must be one of: ${RESPONDENT_ROLE_KEYS.join(', ')}` }))
    .min(1, 'choose at least one role'),
  /** Empty: every member municipality of the cooperation. */
  municipality_codes: z.array(authorityCode).default([]),
  /** The day whose seats count; default: the day the survey opens. */
  on: isoDateParam.optional(),
});
export type InviteAudienceInput = z.input<typeof inviteAudienceInput>;

export const saveDraftInput = z.object({
  token: z.string().min(1, 'the link is missing its code').max(100),
  answers: answersInput,
});
export type SaveDraftInput = z.input<typeof saveDraftInput>;

/**
 * A response, through a personal link (`token`) or the open link (`role`, `municipality_code` and the
 * form's hidden `idempotency_key`). `on` and `is_synthetic` are for the demo loader only.
 */
export const submitResponseInput = z
  .object({
    survey_id: recordId,
    token: z.string().min(1).max(100).optional(),
    role: z.enum(RESPONDENT_ROLE_KEYS, { error: `must be one of: ${RESPONDENT_ROLE_KEYS.join(', ')}` }).optional(),
    municipality_code: authorityCode.optional(),
    idempotency_key: z.string().min(16, 'must be at least 16 characters').max(100).optional(),
    answers: answersInput,
    on: isoDateParam.optional(),
    is_synthetic: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.token) return;
    if (!v.role) ctx.addIssue({ code: 'custom', path: ['role'], message: 'choose your role' });
    if (!v.municipality_code) ctx.addIssue({ code: 'custom', path: ['municipality_code'], message: 'choose your municipality' });
  });
export type SubmitResponseInput = z.input<typeof submitResponseInput>;

export const scheduleReminderInput = z.object({
  survey_id: recordId,
  on: isoDateParam,
  /** Oslo time of day, HH:MM; default 09:00. */
  at: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM, for example 09:00').default('09:00'),
});
export type ScheduleReminderInput = z.input<typeof scheduleReminderInput>;
