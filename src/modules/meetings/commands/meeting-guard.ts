import type { Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema';
import { ConflictError, NotFoundError } from '../../../platform/errors';
import { refusal, type MeetingAction } from '../meeting-status';
import { agendaItemById, lockMeeting, meetingWithBody, minutesOf, type MeetingWithBody } from '../meetings.repository';

/**
 * Every write to a meeting starts here: find it (404 when there is none), lock it for the rest of
 * the transaction, and refuse with 409 when its status does not allow `action`.
 */
export async function meetingForWrite(trx: Transaction<Database>, meetingId: number, action: MeetingAction): Promise<MeetingWithBody> {
  await lockMeeting(trx, meetingId);
  const meeting = await meetingWithBody(trx, meetingId);
  if (!meeting) throw new NotFoundError('No meeting has this id.');
  const reason = refusal(
    {
      status: meeting.status,
      agendaItemCount: Number(meeting.agenda_item_count ?? 0),
      hasMinutes: action === 'approve_minutes' ? (await minutesOf(trx, meetingId)) !== undefined : undefined,
      minutesApprovedAt: meeting.minutes_approved_at,
      minutesApprovedBy: meeting.minutes_approved_by,
    },
    action,
  );
  if (reason) throw new ConflictError(reason);
  return meeting;
}

/** The cooperation a meeting belongs to, for `authorize`; 404 when there is no such meeting. */
export async function cooperationOfMeeting(trx: Transaction<Database>, meetingId: number): Promise<number> {
  const meeting = await meetingWithBody(trx, meetingId);
  if (!meeting) throw new NotFoundError('No meeting has this id.');
  return meeting.cooperation_id;
}

/** The cooperation an agenda item's meeting belongs to, for `authorize`; 404 when there is no such item. */
export async function cooperationOfAgendaItem(trx: Transaction<Database>, agendaItemId: number): Promise<number> {
  const item = await agendaItemById(trx, agendaItemId);
  if (!item) throw new NotFoundError('No agenda item has this id.');
  return cooperationOfMeeting(trx, item.meeting_id);
}

export async function agendaItemForWrite(trx: Transaction<Database>, agendaItemId: number, action: MeetingAction) {
  const item = await agendaItemById(trx, agendaItemId);
  if (!item) throw new NotFoundError('No agenda item has this id.');
  const meeting = await meetingForWrite(trx, item.meeting_id, action);
  // Re-read after the lock: another transaction may have moved or removed it meanwhile.
  const current = await agendaItemById(trx, agendaItemId);
  if (!current) throw new NotFoundError('No agenda item has this id.');
  return { item: current, meeting };
}
