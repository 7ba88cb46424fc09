import { z } from 'zod';
import { ROLES } from '../../platform/authz';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Counted in characters as people see them (code points), not UTF-16 units: "æøå" is three. */
export const passwordSchema = z.string('must be text').superRefine((value, ctx) => {
  const length = [...value].length;
  if (length < PASSWORD_MIN_LENGTH) {
    ctx.addIssue({ code: 'custom', message: `must be at least ${PASSWORD_MIN_LENGTH} characters (it has ${length})` });
  } else if (length > PASSWORD_MAX_LENGTH) {
    ctx.addIssue({ code: 'custom', message: `must be at most ${PASSWORD_MAX_LENGTH} characters (it has ${length})` });
  }
});

/** E-mail addresses are stored lower-cased, so "Ola@Asker.kommune.no" and "ola@asker.kommune.no" are one account. */
export const emailSchema = z
  .string('must be text')
  .trim()
  .toLowerCase()
  .min(1, 'is required')
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be an e-mail address, for example navn@kommune.no'));

export const nameSchema = z.string('must be text').trim().min(1, 'is required').max(200, 'must be at most 200 characters');

export const createUserInput = z.object({
  email: emailSchema,
  name: nameSchema,
  password: passwordSchema,
});

const userId = z.number('must be a user id').int('must be a whole number').positive('must be a user id');
const cooperationId = z.number('must be a cooperation id').int('must be a whole number').positive('must be a cooperation id');
const municipalityCode = z.string('must be text').regex(/^\d{4}$/, 'must be a municipality number of four digits, for example 0220');

/** What a grant is scoped to. Only a municipal clerk works for one municipality; an administrator is never scoped. */
export const grantScopeFields = z.object({
  role: z.enum(ROLES, `must be one of ${ROLES.join(', ')}`),
  cooperationId: cooperationId.nullable().default(null),
  authorityCode: municipalityCode.nullable().default(null),
});
type GrantScope = z.output<typeof grantScopeFields>;

function checkScope(grant: GrantScope, ctx: z.RefinementCtx) {
  if (grant.role === 'municipal_clerk' && grant.authorityCode === null) {
    ctx.addIssue({ code: 'custom', path: ['authorityCode'], message: 'is required for a municipal clerk: the number of the municipality, for example 0220' });
  }
  if (grant.role !== 'municipal_clerk' && grant.authorityCode !== null) {
    ctx.addIssue({ code: 'custom', path: ['authorityCode'], message: `must be empty: only a municipal clerk is scoped to a municipality, not ${grant.role}` });
  }
  if (grant.role === 'administrator' && grant.cooperationId !== null) {
    // An administrator may do everything everywhere; a scope would suggest a limit that does not exist.
    ctx.addIssue({ code: 'custom', path: ['cooperationId'], message: 'must be empty: an administrator is never limited to one cooperation' });
  }
}

export const grantScopeInput = grantScopeFields.superRefine(checkScope);
export const grantInput = grantScopeFields.extend({ userId }).superRefine(checkScope);
export type GrantInput = z.output<typeof grantInput>;

export const disableUserInput = z.object({ userId });

export const signInInput = z.object({
  email: z.string('must be text').trim().toLowerCase().min(1, 'is required').max(254, 'must be at most 254 characters'),
  password: z.string('must be text').min(1, 'is required').max(PASSWORD_MAX_LENGTH * 4, 'is too long'),
  ip: z.string().max(100).default('unknown'),
});

export const auditListInput = z.object({
  page: z.number().int('must be a whole number').min(1, 'must be 1 or more').default(1),
  limit: z.number().int('must be a whole number').min(1, 'must be 1 or more').max(500, 'must be 500 or less').default(50),
  entityType: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
});
export type AuditListInput = z.input<typeof auditListInput>;
