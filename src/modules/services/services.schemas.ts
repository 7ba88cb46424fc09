import { z } from 'zod';
import { isoDateParam } from '../../platform/http/query';
import {
  authorityCode,
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
import { LEGAL_FORM_KEYS } from '../cooperations';
import { COST_METHODS } from './cost-sharing';
import { DECISION_KINDS, HOST_ROLES, MERGER_RULES, PARTICIPANT_ROLES, SERVICE_STATUSES } from './services.catalog';

// Inputs of the commands. Field names are column names, so forms post them as they are.

const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of: ${values.join(', ')}` });
const optionalId = z.union([z.literal(''), z.null(), recordId]).transform((v) => (v === '' || v === null ? null : v)).optional();
const nameInLanguages = localizedTextOf(200).refine((t) => Boolean(t.nb), { message: 'must have a name in bokmål', path: ['nb'] });

export const createFocusAreaInput = z.object({
  cooperation_id: recordId,
  slug: slugOf('helse'),
  name: nameInLanguages,
  sort_order: z.coerce.number().int('must be a whole number').min(0, 'must be 0 or more').default(0),
});
export type CreateFocusAreaInput = z.input<typeof createFocusAreaInput>;

const serviceFields = {
  focus_area_id: optionalId,
  slug: slugOf('kunst-rett-vest'),
  name: requiredText(200),
  short_name: optionalText(40),
  description: localizedTextInput.optional(),
  legal_form: z.union([z.literal(''), z.null(), oneOf(LEGAL_FORM_KEYS)]).transform((v) => v || null).optional(),
  legal_basis: optionalText(500),
  host_code: optionalAuthorityCode,
  host_role: oneOf(HOST_ROLES).default('host'),
  run_by_cooperation_id: optionalId,
  agreement: localizedTextInput.optional(),
  agreement_href: z
    .string()
    .nullable()
    .transform(blankToNull)
    .pipe(
      z
        .string()
        .max(500, 'must be at most 500 characters')
        .regex(/^(https:\/\/|\/)/, 'must be a web address starting with https:// or a path starting with /')
        .nullable(),
    )
    .optional(),
  start_on: optionalDate,
  end_on: optionalDate,
  source_note: localizedTextInput.optional(),
};

export const createServiceInput = z
  .object({
    cooperation_id: recordId,
    ...serviceFields,
    /** The status it has from its start (or from before our records). */
    status: oneOf(SERVICE_STATUSES).default('active'),
  })
  .superRefine(periodOrderCheck);
export type CreateServiceInput = z.input<typeof createServiceInput>;

export const updateServiceInput = z.object(serviceFields).partial().extend({ service_id: recordId }).superRefine(periodOrderCheck);
export type UpdateServiceInput = z.input<typeof updateServiceInput>;

export const addParticipantInput = z
  .object({
    service_id: recordId,
    member_code: authorityCode,
    role: oneOf(PARTICIPANT_ROLES).default('participant'),
    start_on: optionalDate,
    end_on: optionalDate,
    note: localizedTextOf(1000).optional(),
  })
  .superRefine(periodOrderCheck);
export type AddParticipantInput = z.input<typeof addParticipantInput>;

export const endParticipantInput = z.object({ participant_id: recordId, end_on: isoDateParam });
export type EndParticipantInput = z.input<typeof endParticipantInput>;

export const recordDecisionInput = z.object({
  service_id: recordId,
  kind: oneOf(DECISION_KINDS),
  effective_on: isoDateParam,
  target_service_id: optionalId,
  target_authority_code: optionalAuthorityCode,
  target_name: optionalText(200),
  case_id: optionalId,
  text: localizedTextInput.optional(),
});
export type RecordDecisionInput = z.input<typeof recordDecisionInput>;

export const recordStatusInput = z.object({
  service_id: recordId,
  status: oneOf(SERVICE_STATUSES),
  effective_on: optionalDate,
  case_id: optionalId,
  note: localizedTextOf(1000).optional(),
});
export type RecordStatusInput = z.input<typeof recordStatusInput>;

const year = z.coerce.number().int('must be a whole year').min(1900, 'must be 1900 or later').max(2200, 'must be 2200 or earlier');
const kroner = z.coerce.number().int('must be whole kroner').min(0, 'must be 0 or more').max(1e12, 'must be at most 1 000 000 000 000');

export const setCostKeyInput = z
  .object({
    service_id: recordId,
    year,
    method: oneOf(COST_METHODS),
    budget: z.union([z.literal(''), z.null(), kroner]).transform((v) => (v === '' || v === null ? null : v)).optional(),
    rate_ore: z.union([z.literal(''), z.null(), z.coerce.number().int('must be whole øre').min(1, 'must be 1 øre or more')]).transform((v) => (v === '' || v === null ? null : v)).optional(),
    fixed_share_percent: z.union([z.literal(''), z.null(), z.coerce.number().int('must be a whole number').min(0, 'must be 0 or more').max(100, 'must be 100 or less')]).transform((v) => (v === '' || v === null ? null : v)).optional(),
    population_year: z.union([z.literal(''), z.null(), year]).transform((v) => (v === '' || v === null ? null : v)).optional(),
    fixed_amounts: z.array(z.object({ member_code: authorityCode, amount: kroner })).default([]),
    note: localizedTextOf(1000).optional(),
  })
  .superRefine((v, ctx) => {
    const need = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
    if (v.method === 'per_inhabitant_rate' && v.rate_ore == null) need('rate_ore', 'must be given for a rate per inhabitant, for example 200 øre (2 kr)');
    if (v.method !== 'per_inhabitant_rate' && v.budget == null) need('budget', 'must be given in whole kroner for this method');
    if (v.method === 'fixed_plus_per_inhabitant' && v.fixed_share_percent == null) need('fixed_share_percent', 'must be given (0–100) for a fixed share plus a share per inhabitant');
    const codes = v.fixed_amounts.map((f) => f.member_code);
    if (new Set(codes).size !== codes.length) need('fixed_amounts', 'names a member twice: give each member at most one fixed amount');
  });
export type SetCostKeyInput = z.input<typeof setCostKeyInput>;

export const setMergerRuleInput = z.object({
  cooperation_id: recordId,
  rule: oneOf(MERGER_RULES),
  split_successors: z.record(authorityCode, authorityCode).default({}),
});
export type SetMergerRuleInput = z.input<typeof setMergerRuleInput>;

export const applyMergerInput = z.object({ cooperation_id: recordId, effective_on: isoDateParam });
export type ApplyMergerInput = z.input<typeof applyMergerInput>;
