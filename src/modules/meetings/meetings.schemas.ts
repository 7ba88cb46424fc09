import { z } from 'zod';
import { optionalText, recordId, requiredText } from '../../platform/input';
import { OUTCOME_KEYS, VOTE_CHOICE_KEYS, exemptionCheck, exemptionFields, flagInput, illustrativeFields, textLinesInput } from '../cases';
import { MEETING_KIND_KEYS } from './meetings.catalog';
import { osloLocalToInstant } from './oslo-time';

// Inputs of the meeting commands. Field names are column names, so forms post them as they are.

const TIME_HINT = 'must be a date and time, for example 2018-03-15T10:00 (Oslo time) or 2018-03-15T09:00:00Z';

/**
 * A point in time: an ISO instant with Z or an offset, or a wall-clock time as a form's
 * `datetime-local` posts it (2018-03-15T10:00), read as Oslo time. Stored as UTC.
 */
export const instantInput = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/.test(value)) return osloLocalToInstant(value);
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value))) {
      return new Date(value).toISOString();
    }
    ctx.addIssue({ code: 'custom', message: TIME_HINT });
    return z.NEVER;
  });

const optionalInstant = z
  .union([z.string(), z.null()])
  .optional()
  .transform((value) => (value === undefined ? undefined : value === null || value.trim() === '' ? null : value))
  .pipe(z.union([instantInput, z.null()]).optional());

const count = z.union([z.number(), z.string()]).nullable().optional()
  .transform((value) => (value === undefined ? undefined : value === null || value === '' ? null : Number(value)))
  .pipe(z.number().int('must be a whole number').min(0, 'must be 0 or more').max(100_000).nullable().optional());

function endAfterStart(value: { starts_at?: string; ends_at?: string | null }, ctx: z.RefinementCtx) {
  if (value.starts_at && value.ends_at && value.ends_at < value.starts_at) {
    ctx.addIssue({ code: 'custom', path: ['ends_at'], message: 'must be after the start' });
  }
}

const meetingFields = {
  starts_at: instantInput,
  ends_at: optionalInstant,
  place: optionalText(300),
  kind: z.enum(MEETING_KIND_KEYS, { error: `must be one of: ${MEETING_KIND_KEYS.join(', ')}` }).optional(),
  note: optionalText(4000),
};

export const scheduleMeetingInput = z.object({ body_id: recordId, ...meetingFields, ...illustrativeFields }).superRefine(endAfterStart);
export type ScheduleMeetingInput = z.input<typeof scheduleMeetingInput>;

export const updateMeetingInput = z
  .object({ meeting_id: recordId, ...meetingFields, starts_at: instantInput.optional() })
  .superRefine(endAfterStart);
export type UpdateMeetingInput = z.input<typeof updateMeetingInput>;

/** Summon or mark as held; `at` records when it happened (default now), for history entered afterwards. */
export const meetingStepInput = z.object({ meeting_id: recordId, at: optionalInstant });
export type MeetingStepInput = z.input<typeof meetingStepInput>;

export const cancelMeetingInput = z.object({ meeting_id: recordId, reason: requiredText(2000) });
export type CancelMeetingInput = z.input<typeof cancelMeetingInput>;

/** A case (numbered when placed) or an orientation item with a title. */
export const addAgendaItemInput = z
  .object({
    meeting_id: recordId,
    case_id: z.union([z.number(), z.string()]).nullable().optional()
      .transform((value) => (value === undefined || value === null || value === '' ? null : Number(value)))
      .pipe(z.number().int('must be a whole number').positive('must be a positive number').nullable()),
    title: optionalText(300),
    ...exemptionFields,
    ...illustrativeFields,
  })
  .superRefine((value, ctx) => {
    if (value.case_id === null && !value.title) ctx.addIssue({ code: 'custom', path: ['title'], message: 'must be given for an item without a case' });
    exemptionCheck(value, ctx);
  });
export type AddAgendaItemInput = z.input<typeof addAgendaItemInput>;

/**
 * `is_public` left out keeps the item as it is, so that changing a title never publishes an exempt
 * item by accident; forms send it explicitly (radio buttons is_public=1 / is_public=0).
 */
export const updateAgendaItemInput = z
  .object({ agenda_item_id: recordId, title: optionalText(300), ...exemptionFields, is_public: flagInput(true).optional() })
  .superRefine(exemptionCheck);
export type UpdateAgendaItemInput = z.input<typeof updateAgendaItemInput>;

export const moveAgendaItemInput = z.object({
  agenda_item_id: recordId,
  direction: z.enum(['up', 'down'], { error: 'must be up or down' }),
});
export type MoveAgendaItemInput = z.input<typeof moveAgendaItemInput>;

export const agendaItemIdInput = z.object({ agenda_item_id: recordId });
export type AgendaItemIdInput = z.input<typeof agendaItemIdInput>;

const voteByName = z.object({
  name: requiredText(200),
  vote: z.enum(VOTE_CHOICE_KEYS, { error: `must be one of: ${VOTE_CHOICE_KEYS.join(', ')}` }),
});

export const recordTreatmentInput = z
  .object({
    agenda_item_id: recordId,
    outcome: z.enum(OUTCOME_KEYS, { error: `must be one of: ${OUTCOME_KEYS.join(', ')}` }),
    resolution_text: optionalText(20_000),
    resolution_points: textLinesInput(50),
    amendments: textLinesInput(50),
    votes_for: count,
    votes_against: count,
    votes_blank: count,
    votes_by_name: z.array(voteByName).max(500, 'must have at most 500 entries').nullable().optional(),
    is_unanimous: flagInput(false),
    notes: optionalText(20_000),
    ...illustrativeFields,
  })
  .superRefine((value, ctx) => {
    const counted = [value.votes_for, value.votes_against, value.votes_blank].some((v) => v != null);
    if (counted && value.votes_by_name?.length) {
      ctx.addIssue({ code: 'custom', path: ['votes_by_name'], message: 'give the votes either as counts or by name, not both' });
    }
    const adopted = value.outcome === 'adopted_as_proposed' || value.outcome === 'adopted_with_changes';
    if (value.outcome === 'adopted_with_changes' && !value.resolution_text && !value.resolution_points?.length) {
      ctx.addIssue({ code: 'custom', path: ['resolution_text'], message: 'must give the resolution as adopted when it was adopted with changes' });
    }
    if (value.is_unanimous && !adopted && value.outcome !== 'rejected') {
      ctx.addIssue({ code: 'custom', path: ['is_unanimous'], message: 'can be set only when the item was adopted or rejected' });
    }
  });
export type RecordTreatmentInput = z.input<typeof recordTreatmentInput>;

export const draftMinutesInput = z.object({
  meeting_id: recordId,
  intro: optionalText(20_000),
  present: textLinesInput(200, 300),
  absent: textLinesInput(200, 300),
  also_present: textLinesInput(200, 300),
});
export type DraftMinutesInput = z.input<typeof draftMinutesInput>;

export const approveMinutesInput = z.object({
  meeting_id: recordId,
  /** Who approved, in words ("Styringsgruppen i møte 07.12.2017"); default: the signed-in user's name. */
  approved_by: optionalText(300),
  /** When; default now. For recording an approval made earlier (the demo's history). */
  approved_at: optionalInstant,
});
export type ApproveMinutesInput = z.input<typeof approveMinutesInput>;
