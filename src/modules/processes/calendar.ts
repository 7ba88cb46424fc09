import ical, { ICalCalendarMethod } from 'ical-generator';
import { pickText, type Locale } from '../../platform/i18n';
import type { ProcessView } from './queries/views';

/** The day after an ISO date: the exclusive end iCalendar wants for an all-day event. */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The plan in force as an iCalendar file: each milestone an all-day event (a period spans its days),
 * in Europe/Oslo, with a stable UID so a calendar that subscribes updates instead of duplicating.
 */
export function processCalendar(process: ProcessView, options: { locale: Locale; pageUrl: string }): string {
  const version = process.versions[process.versions.length - 1];
  const title = pickText(process.title, options.locale)?.text ?? process.slug;
  const calendar = ical({ name: title, timezone: 'Europe/Oslo', method: ICalCalendarMethod.PUBLISH, prodId: { company: 'Samråd', product: 'progress-plan', language: options.locale.toUpperCase() } });
  for (const m of version?.milestones ?? []) {
    calendar.createEvent({
      id: `milestone-${m.id}@samrad`,
      allDay: true,
      start: new Date(`${m.startsOn}T00:00:00`),
      end: new Date(`${nextDay(m.endsOn ?? m.startsOn)}T00:00:00`),
      summary: pickText(m.title, options.locale)?.text ?? '',
      description: [pickText(m.note, options.locale)?.text, title].filter(Boolean).join('\n\n'),
      url: options.pageUrl,
    });
  }
  return calendar.toString();
}
