import { z } from 'zod';
import { isoDateParam } from '../../platform/http/query';
import { localizedTextInput, localizedTextOf } from '../../platform/localized-text';
import { COOPERATION_STATUSES, LEGAL_FORM_KEYS } from './legal-forms';

// Inputs of the commands. Field names are the column names, so a form can post them as they are and
// field errors name the form's fields. Blank strings from forms count as "not given" (null); an
// absent key stays undefined, which an update reads as "leave as it is".

const blankToNull = (value: string | null) => (value === null || value.trim() === '' ? null : value.trim());

export const requiredText = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const optionalText = (max: number) =>
  z
    .string()
    .nullable()
    .transform(blankToNull)
    .pipe(z.string().max(max, `must be at most ${max} characters`).nullable())
    .optional();

export const optionalDate = z.string().nullable().transform(blankToNull).pipe(isoDateParam.nullable()).optional();

export const authorityCode = z
  .string()
  .trim()
  .regex(/^\d{2}(\d{2})?$/, 'must be a municipality number of 4 digits (0219) or a county number of 2 digits (02)');

export const optionalAuthorityCode = z.string().nullable().transform(blankToNull).pipe(authorityCode.nullable()).optional();

export const recordId = z.coerce.number().int('must be a whole number').positive('must be a positive number');

export const slugInput = z
  .string()
  .trim()
  .min(2, 'must be at least 2 characters')
  .max(60, 'must be at most 60 characters')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters a–z, digits and single hyphens, for example vestregionen');

const cooperationFields = {
  slug: slugInput,
  name: requiredText(200),
  short_name: optionalText(40),
  legal_form: z.enum(LEGAL_FORM_KEYS, { error: `must be one of: ${LEGAL_FORM_KEYS.join(', ')}` }),
  legal_basis: optionalText(500),
  tagline: localizedTextOf(200).optional(),
  purpose: localizedTextInput.optional(),
  host_code: optionalAuthorityCode,
  head_office_code: optionalAuthorityCode,
  status: z.enum(COOPERATION_STATUSES, { error: `must be one of: ${COOPERATION_STATUSES.join(', ')}` }),
  established_on: optionalDate,
  ended_on: optionalDate,
  source_note: localizedTextInput.optional(),
};

export const createCooperationInput = z.object(cooperationFields);
export type CreateCooperationInput = z.input<typeof createCooperationInput>;

export const updateCooperationInput = z.object(cooperationFields).partial().extend({ cooperation_id: recordId });
export type UpdateCooperationInput = z.input<typeof updateCooperationInput>;

const periodOrderCheck = (value: { start_on?: string | null; end_on?: string | null }, ctx: z.RefinementCtx) => {
  if (value.start_on && value.end_on && value.end_on < value.start_on) {
    ctx.addIssue({ code: 'custom', path: ['end_on'], message: 'must be on or after the start date' });
  }
};

export const addMembershipInput = z
  .object({
    cooperation_id: recordId,
    member_code: authorityCode,
    start_on: optionalDate,
    end_on: optionalDate,
    note: localizedTextOf(1000).optional(),
  })
  .superRefine(periodOrderCheck);
export type AddMembershipInput = z.input<typeof addMembershipInput>;

export const endMembershipInput = z.object({
  membership_id: recordId,
  end_on: isoDateParam,
});
export type EndMembershipInput = z.input<typeof endMembershipInput>;
