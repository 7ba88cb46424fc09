import { z } from 'zod';
import { isoDateParam } from '../../platform/http/query';
import {
  blankToNull,
  optionalAuthorityCode,
  optionalDate,
  optionalText,
  periodOrderCheck,
  recordId,
  requiredText,
  slugOf,
} from '../../platform/input';
import { localizedTextInput, localizedTextOf } from '../../platform/localized-text';
import { BODY_KIND_KEYS, OFFICE_KEYS, POSITION_KEYS } from './people.catalog';

// Inputs of the commands; the shared building blocks are in platform/input.ts.

const optionalRecordId = z
  .union([z.number(), z.string()])
  .nullable()
  .transform((value) => (value === null || (typeof value === 'string' && value.trim() === '') ? null : Number(value)))
  .pipe(z.number().int('must be a whole number').positive('must be a positive number').nullable())
  .optional();

/** A checkbox posts "on"; JSON sends a boolean; absent is false. */
const flag = z
  .union([z.boolean(), z.enum(['on', 'true', '1', 'false', '0', ''])])
  .optional()
  .transform((value) => value === true || value === 'on' || value === 'true' || value === '1');

const slugInput = slugOf('styringsgruppen');

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
