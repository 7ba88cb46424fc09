import ical from 'node-ical';
import { afterEach, describe, expect, it } from 'vitest';
import { meetingsCalendar } from './index';
import { calendarMeetings } from './sak-03-2018.fixture';

const input = { name: 'Vestregionen – møter', meetings: calendarMeetings, publicUrl: 'https://samrad.example.no' };
const originalZone = process.env.TZ;
afterEach(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

describe('meetings calendar (iCalendar)', () => {
  it('has one event per meeting with a stable UID and Oslo times that parse back to the right instants', () => {
    const text = meetingsCalendar(input);
    const events = Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    expect(events).toHaveLength(4);
    expect(events.map((e) => e.uid)).toEqual(['meeting-11@samrad', 'meeting-12@samrad', 'meeting-13@samrad', 'meeting-14@samrad']);
    const march = events[1]!;
    // 15.03.2018 10:00 in Oslo is 09:00Z (winter time); 14.06.2018 12:00 in Oslo is 10:00Z (summer time).
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20180315T100000');
    expect(march.start.toISOString()).toBe('2018-03-15T09:00:00.000Z');
    expect(march.start.tz).toBe('Europe/Oslo');
    expect(march.end?.toISOString()).toBe('2018-03-15T11:00:00.000Z');
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20180614T120000');
    expect(events[3]!.start.toISOString()).toBe('2018-06-14T10:00:00.000Z');
    expect(march.summary).toBe('Møte i Styringsgruppen');
    expect(march.location).toBe('Bærum rådhus');
    expect(text).toContain('URL;VALUE=URI:https://samrad.example.no/vestregionen/moter/12');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo');
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(1);
  });

  it('keeps a cancelled meeting as STATUS:CANCELLED and gives a meeting without an end two hours', () => {
    const events = Object.values(ical.sync.parseICS(meetingsCalendar(input))).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    const cancelled = events.find((e) => e.uid === 'meeting-13@samrad')!;
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.end!.getTime() - cancelled.start.getTime()).toBe(2 * 60 * 60 * 1000);
    expect(events.filter((e) => e.status === 'CANCELLED')).toHaveLength(1);
    expect(events.find((e) => e.uid === 'meeting-14@samrad')!.status).toBe('TENTATIVE');
  });

  it('is the same text whatever zone the server runs in, and the same on every request', () => {
    process.env.TZ = 'UTC';
    const utc = meetingsCalendar(input);
    process.env.TZ = 'America/New_York';
    expect(meetingsCalendar(input)).toBe(utc);
    expect(meetingsCalendar(input)).toBe(utc);
    expect(utc).toMatch(/DTSTAMP:20180315T090000Z/);
  });

  it('refuses a meeting whose start is not an instant, naming it', () => {
    const bad = { ...input, meetings: [{ ...calendarMeetings[0]!, startsAt: '15.03.2018 10:00' }] };
    expect(() => meetingsCalendar(bad)).toThrow(/meetings\[0\]\.startsAt must be an ISO-8601 instant/);
  });
});
