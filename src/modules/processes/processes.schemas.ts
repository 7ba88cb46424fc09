import { z } from 'zod';
import { isoDateParam } from '../../platform/http/query';
import { optionalDate, recordId, slugOf } from '../../platform/input';
import { localizedTextOf } from '../../platform/localized-text';
import { MILESTONE_KINDS } from '../../platform/db/tables/site';
import { flag, optionalId, translationsInput } from '../site';

// Inputs of the progress plans' commands. Field names are column names.

const titleText = localizedTextOf(300).refine((text) => Object.keys(text).length > 0, 'must be given in at least one language');

export const saveProcessInput = z.object({
  cooperation_id: recordId,
  process_id: optionalId,
  slug: slugOf('vestregionens-framtid'),
  title: titleText,
  introduction: localizedTextOf(10_000).optional(),
  questions_intro: localizedTextOf(2_000).optional(),
  questions: z.array(localizedTextOf(1_000)).max(50, 'must be at most 50 questions').optional(),
  alternatives_intro: localizedTextOf(2_000).optional(),
  alternatives: z
    .array(z.object({ label: z.string().trim().min(1, 'must not be empty').max(10, 'must be at most 10 characters'), text: localizedTextOf(5_000) }))
    .max(20, 'must be at most 20 alternatives')
    .optional(),
  survey_text: localizedTextOf(5_000).optional(),
  survey_id: optionalId,
  translations: translationsInput,
});
export type SaveProcessInput = z.input<typeof saveProcessInput>;

export const publishProcessInput = z.object({ id: recordId, publish: flag });
export type PublishProcessInput = z.input<typeof publishProcessInput>;

export const revisePlanInput = z.object({
  process_id: recordId,
  label: titleText,
  adopted_on: optionalDate,
  case_id: optionalId,
  note: localizedTextOf(2_000).optional(),
  /** Start from the milestones of the plan in force (default), or from none. */
  copy_milestones: z
    .union([z.boolean(), z.enum(['on', 'true', '1', 'false', '0'])])
    .optional()
    .transform((v) => v === undefined || v === true || v === 'on' || v === 'true' || v === '1'),
});
export type RevisePlanInput = z.input<typeof revisePlanInput>;

export const saveMilestoneInput = z
  .object({
    plan_version_id: recordId,
    milestone_id: optionalId,
    kind: z.enum(MILESTONE_KINDS, { error: `must be one of: ${MILESTONE_KINDS.join(', ')}` }),
    title: titleText,
    starts_on: isoDateParam,
    ends_on: optionalDate,
    body_id: optionalId,
    meeting_id: optionalId,
    case_id: optionalId,
    survey_id: optionalId,
    note: localizedTextOf(2_000).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.ends_on && value.ends_on < value.starts_on) ctx.addIssue({ code: 'custom', path: ['ends_on'], message: 'must be on or after the first day' });
  });
export type SaveMilestoneInput = z.input<typeof saveMilestoneInput>;

export const removeMilestoneInput = z.object({ milestone_id: recordId });
export type RemoveMilestoneInput = z.input<typeof removeMilestoneInput>;
