import { z } from 'zod';
import { defineCommand } from '../../../platform/command';
import { ConflictError } from '../../../platform/errors';
import { recordId } from '../../../platform/input';
import { canManageMeetings } from '../../cases';
import { meetingWithBody } from '../meetings.repository';
import { DISPATCH_ACTION } from '../summons-mail/summons-mail.repository';
import { cooperationOfMeeting } from './meeting-guard';

const address = z.string().trim().min(1).max(320);

export const recordSummonsDispatchInput = z.object({
  meeting_id: recordId,
  /** False when SMTP_URL was unset: nothing was sent, the summons was only published. */
  mail_configured: z.boolean(),
  sent: z.array(z.object({ email: address, name: z.string().nullable(), is_deputy: z.boolean() })).max(1000),
  failed: z.array(z.object({ email: address, error: z.string().max(2000) })).max(1000),
});
export type RecordSummonsDispatchInput = z.input<typeof recordSummonsDispatchInput>;

/**
 * Records who got the summons by e-mail and whose address failed, after the mails went out (outside
 * the summon's transaction: no transaction is held open over SMTP). The record is the audit entry
 * itself, so the trail and the meeting page tell the same story; summonsDispatch() reads it back.
 */
export const recordSummonsDispatch = defineCommand({
  name: 'recordSummonsDispatch',
  input: recordSummonsDispatchInput,
  authorize: async (actor, input, trx) => canManageMeetings(actor, await cooperationOfMeeting(trx, input.meeting_id)),
  async run(trx, input) {
    const meeting = (await meetingWithBody(trx, input.meeting_id))!;
    if (!meeting.summoned_at) throw new ConflictError('The meeting has not been summoned: summon it before recording who got the summons.');
    return {
      result: { sent: input.sent.length, failed: input.failed.length },
      audit: [
        {
          action: DISPATCH_ACTION,
          entityType: 'meeting',
          entityId: meeting.id,
          after: { mailConfigured: input.mail_configured, sent: input.sent, failed: input.failed },
        },
      ],
    };
  },
});
