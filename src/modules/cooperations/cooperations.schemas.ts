import { z } from 'zod';
import { isoDateParam } from '../../platform/http/query';
import {
  authorityCode,
  optionalAuthorityCode,
  optionalDate,
  optionalText,
  periodOrderCheck,
  recordId,
  requiredText,
  slugOf,
} from '../../platform/input';
import { localizedTextInput, localizedTextOf } from '../../platform/localized-text';
import { COOPERATION_STATUSES, LEGAL_FORM_KEYS } from './legal-forms';

// Inputs of the commands; the shared building blocks are in platform/input.ts.

const slugInput = slugOf('vestregionen');

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
