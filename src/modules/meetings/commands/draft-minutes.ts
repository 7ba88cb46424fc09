import { defineCommand } from '../../../platform/command';
import { canManageMeetings } from '../../cases';
import { insertMinutes, minutesOf, updateMinutesRow } from '../meetings.repository';
import { draftMinutesInput } from '../meetings.schemas';
import { cooperationOfMeeting, meetingForWrite } from './meeting-guard';

/**
 * Drafts (or revises) the minutes of a held meeting: who was there and an introduction. The body of
 * the minutes is the treatments of its agenda items, so they are never written twice.
 */
export const draftMinutes = defineCommand({
  name: 'draftMinutes',
  input: draftMinutesInput,
  authorize: async (actor, input, trx) => canManageMeetings(actor, await cooperationOfMeeting(trx, input.meeting_id)),
  async run(trx, input) {
    const meeting = await meetingForWrite(trx, input.meeting_id, 'draft_minutes');
    const now = new Date().toISOString();
    const before = await minutesOf(trx, meeting.id);
    const values = {
      ...(input.intro !== undefined ? { intro: input.intro } : {}),
      ...(input.present !== undefined ? { present: JSON.stringify(input.present) } : {}),
      ...(input.absent !== undefined ? { absent: JSON.stringify(input.absent) } : {}),
      ...(input.also_present !== undefined ? { also_present: JSON.stringify(input.also_present) } : {}),
      updated_at: now,
    };
    const after = before
      ? await updateMinutesRow(trx, before.id, values)
      : await insertMinutes(trx, { meeting_id: meeting.id, intro: null, ...values, drafted_at: now });
    return {
      result: { id: after.id },
      audit: [{ action: before ? 'minutes.revise' : 'minutes.draft', entityType: 'minutes', entityId: after.id, before, after }],
    };
  },
});
