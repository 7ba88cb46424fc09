import { defineCommand } from '../../../platform/command';
import { canManageMeetings } from '../../cases';
import { registerMinutes } from '../archive-entries';
import { updateMeetingRow } from '../meetings.repository';
import { approveMinutesInput } from '../meetings.schemas';
import { cooperationOfMeeting, meetingForWrite } from './meeting-guard';

/**
 * Approves the minutes and so locks the meeting: its agenda, treatments and minutes refuse every
 * later write (409, saying when and by whom they were approved). The minutes are registered in the
 * archive; resolutions become visible to the public from now on.
 */
export const approveMinutes = defineCommand({
  name: 'approveMinutes',
  input: approveMinutesInput,
  authorize: async (actor, input, trx) => canManageMeetings(actor, await cooperationOfMeeting(trx, input.meeting_id)),
  async run(trx, input, actor) {
    const before = await meetingForWrite(trx, input.meeting_id, 'approve_minutes');
    const now = new Date().toISOString();
    const approvedBy = input.approved_by ?? (actor.kind === 'user' ? actor.name : 'Sekretariatet');
    const after = await updateMeetingRow(trx, before.id, {
      status: 'minutes_approved',
      minutes_approved_at: input.approved_at ?? now,
      minutes_approved_by: approvedBy,
      updated_at: now,
    });
    const registered = await registerMinutes(trx, before.id);
    return {
      result: { id: after.id },
      audit: [{ action: 'minutes.approve', entityType: 'meeting', entityId: after.id, before, after: { ...after, archive: registered } }],
    };
  },
});
