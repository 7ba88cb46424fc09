import { defineCommand } from '../../../platform/command';
import { ValidationError } from '../../../platform/errors';
import { canManageMeetings } from '../../cases';
import { updateMeetingRow } from '../meetings.repository';
import { updateMeetingInput } from '../meetings.schemas';
import { osloYear } from '../oslo-time';
import { cooperationOfMeeting, meetingForWrite } from './meeting-guard';

/** Changes when, where and what kind of meeting, while it is planned or summoned. */
export const updateMeeting = defineCommand({
  name: 'updateMeeting',
  input: updateMeetingInput,
  authorize: async (actor, input, trx) => canManageMeetings(actor, await cooperationOfMeeting(trx, input.meeting_id)),
  async run(trx, input) {
    const before = await meetingForWrite(trx, input.meeting_id, 'edit_details');
    const startsAt = input.starts_at ?? before.starts_at;
    const endsAt = input.ends_at === undefined ? before.ends_at : input.ends_at;
    if (endsAt && endsAt < startsAt) throw new ValidationError({ ends_at: ['must be after the start'] });
    // Case numbers belong to the meeting's year: moving a meeting with numbered cases to another year would break them.
    if (osloYear(startsAt) !== osloYear(before.starts_at) && Number(before.agenda_item_count) > 0) {
      throw new ValidationError({ starts_at: ['cannot move to another year once cases are on the agenda: their case numbers belong to this year'] });
    }
    const after = await updateMeetingRow(trx, before.id, {
      starts_at: startsAt,
      ends_at: endsAt,
      ...(input.place !== undefined ? { place: input.place } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
      updated_at: new Date().toISOString(),
    });
    return { result: { id: after.id }, audit: [{ action: 'meeting.update', entityType: 'meeting', entityId: after.id, before, after }] };
  },
});
