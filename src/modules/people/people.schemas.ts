import { z } from 'zod';
import { isoDateParam } from '../../platform/http/query';
import { localizedTextInput, localizedTextOf } from '../../platform/localized-text';
import { BODY_KIND_KEYS, OFFICE_KEYS, POSITION_KEYS } from './people.catalog';

// Inputs of the commands. Field names are the column names, so a form can post them as they are and
// field errors name the form's fields. Blank strings from forms count as "not given" (null).

const blankToNull = (value: string | null) => (value === null || value.trim() === '' ? null : value.trim());

const requiredText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const optionalText = (max: number) =>
  z.string().nullable().transform(blankToNull).pipe(z.string().max(max, `must be at most ${max} characters`).nullable()).optional();

const optionalDate = z.string().nullable().transform(blankToNull).pipe(isoDateParam.nullable()).optional();

const recordId = z.coerce.number().int('must be a whole number').positive('must be a positive number');

const optionalRecordId = z
  .union([z.number(), z.string()])
  .nullable()
  .transform((value) => (value === null || (typeof value === 'string' && value.trim() === '') ? null : Number(value)))
  .pipe(z.number().int('must be a whole number').positive('must be a positive number').nullable())
  .optional();

const optionalAuthorityCode = z
  .string()
  .nullable()
  .transform(blankToNull)
  .pipe(
    z
      .string()
      .regex(/^\d{2}(\d{2})?$/, 'must be a municipality number of 4 digits (0219) or a county number of 2 digits (02)')
      .nullable(),
  )
  .optional();

/** A checkbox posts "on"; JSON sends a boolean; absent is false. */
const flag = z
  .union([z.boolean(), z.enum(['on', 'true', '1', 'false', '0', ''])])
  .optional()
  .transform((value) => value === true || value === 'on' || value === 'true' || value === '1');

const slugInput = z
  .string()
  .trim()
  .min(2, 'must be at least 2 characters')
  .max(60, 'must be at most 60 characters')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters a–z, digits and single hyphens, for example styringsgruppen');

const periodOrderCheck = (value: { start_on?: string | null; end_on?: string | null }, ctx: z.RefinementCtx) => {
  if (value.start_on && value.end_on && value.end_on < value.start_on) {
    ctx.addIssue({ code: 'custom', path: ['end_on'], message: 'must be on or after the start date' });
  }
};

export const createBodyInput = z
  .object({
    cooperation_id: recordId,
    slug: slugInput,
    name: localizedTextInput,
    kind: z.enum(BODY_KIND_KEYS, { error: `must be one of: ${BODY_KIND_KEYS.join(', ')}` }),
    composition: localizedTextInput.optional(),
    sort_order: z.coerce.number().int('must be a whole number').min(0, 'must be 0 or more').max(10_000).optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.name.nb && !value.name.nn) ctx.addIssue({ code: 'custom', path: ['name', 'nb'], message: 'must be given in bokmål or nynorsk' });
  });
export type CreateBodyInput = z.input<typeof createBodyInput>;

export const createPersonInput = z.object({
  name: requiredText(200),
  email: z.string().nullable().transform(blankToNull).pipe(z.email('must be an e-mail address').nullable()).optional(),
  note: optionalText(1000),
});
export type CreatePersonInput = z.input<typeof createPersonInput>;

export const addSeatInput = z
  .object({
    body_id: recordId,
    person_id: optionalRecordId,
    on_behalf_of_code: optionalAuthorityCode,
    office: z.enum(OFFICE_KEYS, { error: `must be one of: ${OFFICE_KEYS.join(', ')}` }),
    position: z.enum(POSITION_KEYS, { error: `must be one of: ${POSITION_KEYS.join(', ')}` }).optional(),
    is_deputy: flag,
    start_on: optionalDate,
    end_on: optionalDate,
    note: localizedTextOf(1000).optional(),
  })
  .superRefine(periodOrderCheck);
export type AddSeatInput = z.input<typeof addSeatInput>;

export const endSeatInput = z.object({
  seat_id: recordId,
  end_on: isoDateParam,
});
export type EndSeatInput = z.input<typeof endSeatInput>;
