import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { visibleTo } from '../../cases';
import { agendaItemsOf, countMeetingRows, findMeetings, meetingWithBody, minutesOf, treatmentsOf, type MeetingWithBody } from '../meetings.repository';
import { agendaItemViewOf, meetingSummaryOf, minutesViewOf } from './meeting-views';
import type { MeetingFilter, MeetingSummary, MeetingView } from './views';

/**
 * Meetings in start order (or `order: 'desc'`). Meetings themselves are public (the meeting plan is),
 * so the actor does not narrow the list; it is taken so that callers cannot forget it when that changes.
 */
export async function listMeetings(db: Db, filter: MeetingFilter & { actor: Actor }): Promise<MeetingSummary[]> {
  return (await findMeetings(db, filter)).map(meetingSummaryOf);
}

/** The same list with each meeting's agenda (for the API and the agenda pages), in two more queries. */
export async function listMeetingViews(db: Db, filter: MeetingFilter & { actor: Actor }): Promise<MeetingView[]> {
  return viewsOf(db, await findMeetings(db, filter), filter.actor);
}

export function countMeetings(db: Db, filter: MeetingFilter & { actor?: Actor }): Promise<number> {
  return countMeetingRows(db, filter);
}

/** One meeting with its agenda, treatments and minutes as `actor` may see them; null when there is none. */
export async function getMeeting(db: Db, id: number, actor: Actor): Promise<MeetingView | null> {
  const row = await meetingWithBody(db, id);
  if (!row) return null;
  const [view] = await viewsOf(db, [row], actor);
  const minutes = await minutesOf(db, row.id);
  // Drafts of the minutes stay with those who write and treat them; the public reads approved minutes.
  const showMinutes = minutes && (view!.visibility === 'all' || row.status === 'minutes_approved');
  return { ...view!, minutes: showMinutes ? minutesViewOf(minutes, row) : null };
}

async function viewsOf(db: Db, rows: MeetingWithBody[], actor: Actor): Promise<MeetingView[]> {
  const items = await agendaItemsOf(db, rows.map((r) => r.id));
  const treatments = await treatmentsOf(db, items.map((i) => i.id));
  const treatmentByItem = new Map(treatments.map((t) => [t.agenda_item_id, t]));
  return rows.map((row) => {
    const visibility = visibleTo(actor, row.cooperation_id);
    return {
      ...meetingSummaryOf(row),
      agenda: items
        .filter((item) => item.meeting_id === row.id)
        .map((item) => agendaItemViewOf(item, treatmentByItem.get(item.id), row.status, visibility)),
      minutes: null,
      visibility,
    };
  });
}
