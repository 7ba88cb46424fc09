import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import type { Locale } from '../../../platform/i18n';
import { OUTCOMES } from '../../cases';
import type { CalendarMeeting, MinutesItem, MinutesModel, SummonsModel } from '../documents/models';
import { MEETING_KINDS, termLabel } from '../meetings.catalog';
import { cooperationName, nameIn, resolutionText } from './case-paper-model';
import { listMeetings, getMeeting } from './meetings';
import type { AgendaItemView, MeetingFilter, MeetingView } from './views';

// The summons, minutes and calendar as the renderers in documents/ take them, for one reader: the
// views are already stripped of what the reader may not see, and exempt items carry only their basis.

function header(meeting: MeetingView, locale: Locale) {
  return {
    locale,
    bodyName: nameIn(meeting.body.name, locale),
    meetingKindLabel: termLabel(MEETING_KINDS, meeting.kind, locale),
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    place: meeting.place,
    ...(meeting.isIllustrative && meeting.illustrativeNote ? { illustrativeNote: meeting.illustrativeNote } : {}),
  };
}

/** What the summons and the minutes print of every item; an exempt title only for those who may see it. */
function agendaLine(item: AgendaItemView) {
  return {
    ...(item.caseNumber ? { caseNumber: item.caseNumber } : {}),
    title: item.title ?? '',
    isPublic: item.isPublic,
    ...(item.exemptBasis ? { exemptBasis: item.exemptBasis } : {}),
    showExemptTitle: !item.withheld && !item.isPublic,
  };
}

/**
 * The summons with its agenda; null when there is no such meeting, no agenda, or (for the public) it
 * is not summoned yet. Those who prepare the meeting may preview it before.
 */
export async function summonsModel(db: Db, meetingId: number, actor: Actor, locale: Locale): Promise<SummonsModel | null> {
  const meeting = await getMeeting(db, meetingId, actor);
  if (!meeting || meeting.agenda.length === 0) return null;
  const summoned = meeting.summonedAt !== null || meeting.status === 'held' || meeting.status === 'minutes_approved';
  if (!summoned && meeting.visibility === 'public') return null;
  return {
    cooperationName: await cooperationName(db, meeting.cooperationId),
    ...header(meeting, locale),
    agenda: meeting.agenda.map(agendaLine),
    ...(meeting.note ? { note: meeting.note } : {}),
    sender: locale === 'en' ? 'The secretariat' : 'Sekretariatet',
  };
}

/** The minutes; null when there is no such meeting or no minutes the reader may see. */
export async function minutesModel(db: Db, meetingId: number, actor: Actor, locale: Locale): Promise<MinutesModel | null> {
  const meeting = await getMeeting(db, meetingId, actor);
  if (!meeting || !meeting.minutes) return null;
  const items: MinutesItem[] = meeting.agenda.map((item) => ({
    ...agendaLine(item),
    proposal: item.proposal ? resolutionText(item.proposal) : {},
    ...(item.treatment
      ? {
          outcomeLabel: outcomeLabel(item.treatment.outcome, item.treatment.isUnanimous, locale),
          resolution: resolutionText(item.treatment.resolution),
          amendments: [...item.treatment.amendments, ...(item.treatment.notes ? [item.treatment.notes] : [])],
          votes:
            item.treatment.votes?.kind === 'counts'
              ? { for: item.treatment.votes.for, against: item.treatment.votes.against, blank: item.treatment.votes.blank }
              : item.treatment.votes?.kind === 'by_name'
                ? { byName: item.treatment.votes.entries }
                : null,
        }
      : { resolution: {} }),
  }));
  return {
    cooperationName: await cooperationName(db, meeting.cooperationId),
    ...header(meeting, locale),
    present: meeting.minutes.present,
    absent: meeting.minutes.absent,
    alsoPresent: meeting.minutes.alsoPresent,
    items,
    approval: meeting.minutesApprovedAt ? { approvedAt: meeting.minutesApprovedAt, approvedBy: meeting.minutesApprovedBy ?? '' } : null,
  };
}

const UNANIMOUS: Record<Locale, string> = { nb: 'enstemmig', nn: 'samrøystes', en: 'unanimously' };

export function outcomeLabel(outcome: string, unanimous: boolean, locale: Locale): string {
  const label = termLabel(OUTCOMES, outcome, locale);
  return unanimous ? `${label} (${UNANIMOUS[locale]})` : label;
}

/**
 * Meetings for an iCalendar feed (a body's, or all public meetings). `url` is the meeting's public
 * page path (`/<cooperation>/moter/<id>`); the renderer makes it absolute.
 */
export async function calendarMeetings(db: Db, filter: MeetingFilter & { actor: Actor }, locale: Locale = 'nb'): Promise<CalendarMeeting[]> {
  const meetings = await listMeetings(db, filter);
  return meetings.map((m) => {
    const body = nameIn(m.body.name, locale);
    const status = m.status === 'minutes_approved' ? 'held' : m.status;
    return {
      id: m.id,
      title: locale === 'en' ? `Meeting of ${body}` : `Møte i ${body}`,
      bodyName: body,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      place: m.place,
      status,
      url: `/${m.cooperationSlug}/moter/${m.id}`,
      ...(m.cancelledReason ? { description: m.cancelledReason } : {}),
    };
  });
}
