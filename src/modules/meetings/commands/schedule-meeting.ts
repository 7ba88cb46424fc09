import { defineCommand } from '../../../platform/command';
import { ValidationError } from '../../../platform/errors';
import { canManageMeetings } from '../../cases';
import { bodyOf, insertMeeting } from '../meetings.repository';
import { scheduleMeetingInput } from '../meetings.schemas';

/** Puts a meeting of a body in its plan (status planned). The yearly meeting plan is these meetings. */
export const scheduleMeeting = defineCommand({
  name: 'scheduleMeeting',
  input: scheduleMeetingInput,
  async authorize(actor, input, trx) {
    // Bodies are public, so saying that one does not exist reveals nothing.
    const body = await bodyOf(trx, input.body_id);
    if (!body) throw new ValidationError({ body_id: ['no body has this id'] });
    return canManageMeetings(actor, body.cooperation_id);
  },
  async run(trx, input) {
    const body = (await bodyOf(trx, input.body_id))!;
    const now = new Date().toISOString();
    const row = await insertMeeting(trx, {
      body_id: body.id,
      starts_at: input.starts_at,
      ends_at: input.ends_at ?? null,
      place: input.place ?? null,
      kind: input.kind ?? 'ordinary',
      status: 'planned',
      cancelled_reason: null,
      summoned_at: null,
      held_at: null,
      minutes_approved_at: null,
      minutes_approved_by: null,
      note: input.note ?? null,
      is_illustrative: input.is_illustrative ? 1 : 0,
      illustrative_note: input.illustrative_note ?? null,
      created_at: now,
      updated_at: now,
    });
    return { result: { id: row.id }, audit: [{ action: 'meeting.schedule', entityType: 'meeting', entityId: row.id, after: row }] };
  },
});
