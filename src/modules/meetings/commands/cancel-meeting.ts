import { defineCommand } from '../../../platform/command';
import { canManageMeetings } from '../../cases';
import { updateMeetingRow } from '../meetings.repository';
import { cancelMeetingInput } from '../meetings.schemas';
import { cooperationOfMeeting, meetingForWrite } from './meeting-guard';

/** Cancels a planned or summoned meeting, with the reason shown on its page and in the calendar. */
export const cancelMeeting = defineCommand({
  name: 'cancelMeeting',
  input: cancelMeetingInput,
  authorize: async (actor, input, trx) => canManageMeetings(actor, await cooperationOfMeeting(trx, input.meeting_id)),
  async run(trx, input) {
    const before = await meetingForWrite(trx, input.meeting_id, 'cancel');
    const after = await updateMeetingRow(trx, before.id, { status: 'cancelled', cancelled_reason: input.reason, updated_at: new Date().toISOString() });
    return { result: { id: after.id }, audit: [{ action: 'meeting.cancel', entityType: 'meeting', entityId: after.id, before, after }] };
  },
});
