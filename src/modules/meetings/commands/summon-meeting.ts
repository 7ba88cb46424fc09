import { defineCommand } from '../../../platform/command';
import { canManageMeetings } from '../../cases';
import { updateMeetingRow } from '../meetings.repository';
import { meetingStepInput } from '../meetings.schemas';
import { registerSummons } from '../archive-entries';
import { cooperationOfMeeting, meetingForWrite } from './meeting-guard';

/**
 * Sends the summons: the meeting must have an agenda. The summons and the papers of its public cases
 * are registered in the archive, so that they can be found by search from now on.
 */
export const summonMeeting = defineCommand({
  name: 'summonMeeting',
  input: meetingStepInput,
  authorize: async (actor, input, trx) => canManageMeetings(actor, await cooperationOfMeeting(trx, input.meeting_id)),
  async run(trx, input) {
    const before = await meetingForWrite(trx, input.meeting_id, 'summon');
    const now = new Date().toISOString();
    const after = await updateMeetingRow(trx, before.id, { status: 'summoned', summoned_at: input.at ?? now, updated_at: now });
    const registered = await registerSummons(trx, before.id);
    return {
      result: { id: after.id },
      audit: [{ action: 'meeting.summon', entityType: 'meeting', entityId: after.id, before, after: { ...after, archive: registered } }],
    };
  },
});
