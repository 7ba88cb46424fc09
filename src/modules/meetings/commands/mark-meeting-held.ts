import { defineCommand } from '../../../platform/command';
import { canManageMeetings } from '../../cases';
import { updateMeetingRow } from '../meetings.repository';
import { meetingStepInput } from '../meetings.schemas';
import { cooperationOfMeeting, meetingForWrite } from './meeting-guard';

/** Records that the meeting took place: from now on treatments and minutes can be written. */
export const markMeetingHeld = defineCommand({
  name: 'markMeetingHeld',
  input: meetingStepInput,
  authorize: async (actor, input, trx) => canManageMeetings(actor, await cooperationOfMeeting(trx, input.meeting_id)),
  async run(trx, input) {
    const before = await meetingForWrite(trx, input.meeting_id, 'hold');
    const now = new Date().toISOString();
    const after = await updateMeetingRow(trx, before.id, { status: 'held', held_at: input.at ?? now, updated_at: now });
    return { result: { id: after.id }, audit: [{ action: 'meeting.hold', entityType: 'meeting', entityId: after.id, before, after }] };
  },
});
