import { z } from 'zod';
import { authorityCode, optionalDate, optionalText, recordId } from '../../platform/input';
import { isoDateParam } from '../../platform/http/query';
import { flagInput, illustrativeFields, textLinesInput } from '../cases';
import { COUNCIL_OUTCOMES, COUNCIL_STATUSES, OUTCOME_RULES, POINT_POSITIONS, PROPOSAL_MODES, WEIGHTINGS } from './views';

// Inputs of the joint-case commands. Field names are column names (forms post them as they are), so
// field errors name the form's fields. Rules that need the database (membership, points that exist)
// live in the commands.

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of: ${values.join(', ')}` });

const whole = (min: number, max: number) =>
  z.union([z.number(), z.string()]).transform((v) => (typeof v === 'string' ? Number(v.trim() || NaN) : v))
    .pipe(z.number({ error: 'must be a number' }).int('must be a whole number').min(min, `must be ${min} or more`).max(max, `must be at most ${max}`));

const email = z.string().trim().toLowerCase().email('must be an e-mail address, for example postmottak@asker.kommune.no');

/** `all`, a JSON array of codes, or a comma/space separated list (a form's checkboxes post an array). */
const membersInput = z
  .union([z.literal('all'), z.array(z.string()), z.string()])
  .transform((value) => (value === 'all' ? 'all' : (Array.isArray(value) ? value : value.split(/[\s,]+/)).map((v) => v.trim()).filter(Boolean)))
  .pipe(z.union([z.literal('all'), z.array(authorityCode).min(1, 'must name at least one member')]));

export const referJointCaseInput = z
  .object({
    case_id: recordId,
    members: membersInput,
    deadline: isoDateParam,
    proposal_mode: oneOf(PROPOSAL_MODES),
    outcome_rule: oneOf(OUTCOME_RULES),
    /** For a qualified majority: 2 and 3 for two thirds. Ignored otherwise (unanimous = 1/1, simple = more than 1/2). */
    threshold_numerator: whole(1, 1000).optional(),
    threshold_denominator: whole(1, 1000).optional(),
    weighting: oneOf(WEIGHTINGS).optional(),
    /** Days before the deadline to remind the councils not yet treated; null or '' for no reminder. */
    reminder_days_before: z.union([z.number(), z.string(), z.null()]).optional()
      .transform((v) => (v === undefined ? 7 : v === null || v === '' ? null : Number(v)))
      .pipe(z.number({ error: 'must be a number of days' }).int('must be a whole number of days').min(0, 'must be 0 or more').max(90, 'must be at most 90').nullable()),
    /** Where personal links and reminders go, per member code: { "0220": "postmottak@asker.kommune.no" }. */
    clerk_emails: z.record(z.string(), z.union([email, z.literal('')])).optional(),
    message: optionalText(4000),
    /**
     * What the councils are asked, when it differs from the case's proposal (the steering group's
     * proposal may be "adopt the sketch", the councils get the sketch's points). Left out or blank:
     * copied from the case.
     */
    proposal_text: optionalText(20_000),
    proposal_points: textLinesInput(50),
    /** The day of the referral (default today in Oslo); the demo gives the historical day. */
    referred_on: optionalDate,
    ...illustrativeFields,
  })
  .superRefine((value, ctx) => {
    if (value.outcome_rule !== 'qualified_majority') return;
    const { threshold_numerator: n, threshold_denominator: d } = value;
    if (n === undefined || d === undefined) {
      ctx.addIssue({ code: 'custom', path: [n === undefined ? 'threshold_numerator' : 'threshold_denominator'], message: 'must be given for a qualified majority, for example 2 and 3 for two thirds' });
    } else if (n > d) {
      ctx.addIssue({ code: 'custom', path: ['threshold_numerator'], message: 'must make a fraction in (0, 1]: the numerator may not exceed the denominator' });
    }
  });
export type ReferJointCaseInput = z.input<typeof referJointCaseInput>;

const pointPosition = z.object({
  point: whole(1, 50),
  position: oneOf(POINT_POSITIONS),
  note: optionalText(2000),
});

const httpUrl = z.string().nullable().optional()
  .transform((v) => (v === undefined ? undefined : v === null || v.trim() === '' ? null : v.trim()))
  .pipe(z.string().max(2000, 'must be at most 2000 characters')
    .refine((v) => /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(v) && URL.canParse(v), 'must be a web address starting with http:// or https://')
    .nullable().optional());

const optionalId = z.union([z.number(), z.string(), z.null()]).optional()
  .transform((v) => (v === undefined ? undefined : v === null || v === '' ? null : Number(v)))
  .pipe(z.number().int('must be a whole number').positive('must be a positive number').nullable().optional());

/** A council's record as submitted. Who is submitting is decided by the actor or by `link_token`. */
export const recordCouncilTreatmentInput = z
  .object({
    joint_case_id: recordId,
    member_code: authorityCode,
    council_body: optionalText(200),
    meeting_date: optionalDate,
    local_case_number: optionalText(60),
    local_archive_number: optionalText(60),
    status: oneOf(COUNCIL_STATUSES),
    outcome: z.union([oneOf(COUNCIL_OUTCOMES), z.literal(''), z.null()]).optional().transform((v) => (v ? v : null)),
    resolution_text: optionalText(20_000),
    point_positions: z.array(pointPosition).max(50, 'must have at most 50 entries').optional(),
    public_record_url: httpUrl,
    minute_extract_document_id: optionalId,
    /**
     * A newly uploaded minute extract (already checked and in the file store, its text extracted): the
     * command adds it to the archive itself, so the archive entry is audited as the submitter's own.
     */
    minute_extract_file: z
      .object({
        key: z.string().regex(/^[0-9a-f]{64}$/, 'must be a file key from the file store'),
        name: z.string().trim().min(1).max(200),
        media_type: z.string().min(1).max(200),
        size: z.number().int().min(1),
        text: z.string().max(5_000_000).default(''),
      })
      .optional(),
    /** The revision the submitter saw (0 before the first); a different current revision answers 409. */
    expected_revision: whole(0, 1_000_000).optional(),
    /** A personal link's token, when submitted through `/behandling/<token>`: spent by this submission. */
    link_token: z.string().trim().min(1).max(200).optional(),
    ...illustrativeFields,
  })
  .superRefine((value, ctx) => {
    if (value.status === 'treated') {
      if (!value.outcome) ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'must be given when the status is treated' });
      if (!value.meeting_date) ctx.addIssue({ code: 'custom', path: ['meeting_date'], message: 'must be given when the status is treated' });
    } else if (value.outcome) {
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'may be given only when the status is treated' });
    }
    const seen = new Set<number>();
    value.point_positions?.forEach((p, i) => {
      if (seen.has(p.point)) ctx.addIssue({ code: 'custom', path: ['point_positions', i, 'point'], message: `point ${p.point} is given twice` });
      seen.add(p.point);
    });
  });
export type RecordCouncilTreatmentInput = z.input<typeof recordCouncilTreatmentInput>;

export const sendRecordingLinksInput = z.object({
  joint_case_id: recordId,
  /** `all` (every council not treated or withdrawn) or the member codes to send to. */
  members: membersInput,
  /** How long the links last (default 21 days; never ending before the deadline + 7 days). */
  valid_days: whole(1, 365).optional(),
});
export type SendRecordingLinksInput = z.input<typeof sendRecordingLinksInput>;

export const setJointCasePublishedInput = z.object({
  joint_case_id: recordId,
  is_published: flagInput(true),
});
export type SetJointCasePublishedInput = z.input<typeof setJointCasePublishedInput>;
