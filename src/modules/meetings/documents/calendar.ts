/**
 * The meetings of a cooperation or body as an iCalendar feed (RFC 5545) that calendar programs can
 * subscribe to. Times carry TZID=Europe/Oslo with the zone's definition included; each meeting keeps
 * one UID for life, so a moved meeting moves in people's calendars, and a cancelled one stays in the
 * feed as STATUS:CANCELLED, so subscribers see it cancelled instead of silently gone.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { checkInstant, checkText } from './check';
import type { CalendarMeeting, MeetingsCalendarInput } from './models';

const TIME_ZONE = 'Europe/Oslo';
const DEFAULT_LENGTH_MS = 2 * 60 * 60 * 1000;

/** Central European Time with the EU's summer-time rules (in force in Norway since 1996). */
const OSLO_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Oslo',
  'X-LIC-LOCATION:Europe/Oslo',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * ical-generator writes a zoned time from a Date's *local* fields (getHours …), i.e. in the server
 * process's zone. So we hand it a Date whose local fields are the Oslo wall-clock time, whatever
 * zone the server runs in.
 */
function osloWallClock(instant: string): Date {
  const fields = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  return new Date(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
}

function absoluteUrl(url: string | undefined, base: string | undefined): string | undefined {
  if (!url) return undefined;
  if (/^https?:\/\//i.test(url)) return url;
  return base ? new URL(url, base.endsWith('/') ? base : `${base}/`).toString() : undefined;
}

function endOf(meeting: CalendarMeeting, i: number): string {
  if (meeting.endsAt) return checkInstant(`meetings[${i}].endsAt`, meeting.endsAt);
  return new Date(Date.parse(meeting.startsAt) + DEFAULT_LENGTH_MS).toISOString();
}

export function meetingsCalendar(input: MeetingsCalendarInput): string {
  checkText('calendar.name', input.name);
  const calendar = ical({
    name: input.name,
    prodId: { company: 'Samråd', product: 'Samråd møtekalender', language: 'NB' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone (with one, ical-generator writes DTSTAMP without its required "Z");
    // the events carry TZID and the generator adds the zone's VTIMEZONE once.
    timezone: { name: '', generator: (zone) => (zone === TIME_ZONE ? OSLO_VTIMEZONE : null) },
  });
  input.meetings.forEach((meeting, i) => {
    checkInstant(`meetings[${i}].startsAt`, meeting.startsAt);
    const cancelled = meeting.status === 'cancelled';
    const url = absoluteUrl(meeting.url, input.publicUrl);
    calendar.createEvent({
      id: `meeting-${meeting.id}@samrad`,
      timezone: TIME_ZONE,
      start: osloWallClock(meeting.startsAt),
      end: osloWallClock(endOf(meeting, i)),
      // A fixed stamp keeps the feed byte-identical until a meeting changes (ETag, caching).
      stamp: new Date(meeting.updatedAt ?? meeting.startsAt),
      summary: meeting.title,
      location: meeting.place || null,
      description: [meeting.bodyName, meeting.description, url].filter(Boolean).join('\n'),
      url: url ?? null,
      status: cancelled ? ICalEventStatus.CANCELLED : meeting.status === 'planned' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      sequence: meeting.sequence ?? 0,
    });
  });
  return calendar.toString();
}
