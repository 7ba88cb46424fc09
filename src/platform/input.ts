import { z } from 'zod';
import { isoDateParam } from './http/query';

// Building blocks of command inputs, shared by every module. Field names are column names, so a form
// posts them as they are and field errors name the form's fields. Blank strings from forms count as
// "not given" (null); an absent key stays undefined, which an update reads as "leave as it is".

export const blankToNull = (value: string | null) => (value === null || value.trim() === '' ? null : value.trim());

export const requiredText = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const optionalText = (max: number) =>
  z.string().nullable().transform(blankToNull).pipe(z.string().max(max, `must be at most ${max} characters`).nullable()).optional();

export const optionalDate = z.string().nullable().transform(blankToNull).pipe(isoDateParam.nullable()).optional();

export const recordId = z.coerce.number().int('must be a whole number').positive('must be a positive number');

export const authorityCode = z
  .string()
  .trim()
  .regex(/^\d{2}(\d{2})?$/, 'must be a municipality number of 4 digits (0219) or a county number of 2 digits (02)');

export const optionalAuthorityCode = z.string().nullable().transform(blankToNull).pipe(authorityCode.nullable()).optional();

/** A slug for addresses; `example` shows one in the error message. */
export const slugOf = (example: string) =>
  z
    .string()
    .trim()
    .min(2, 'must be at least 2 characters')
    .max(60, 'must be at most 60 characters')
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `must be lower-case letters a–z, digits and single hyphens, for example ${example}`);

/** For `.superRefine`: a period's last day may not come before its first. */
export function periodOrderCheck(value: { start_on?: string | null; end_on?: string | null }, ctx: z.RefinementCtx) {
  if (value.start_on && value.end_on && value.end_on < value.start_on) {
    ctx.addIssue({ code: 'custom', path: ['end_on'], message: 'must be on or after the start date' });
  }
}
