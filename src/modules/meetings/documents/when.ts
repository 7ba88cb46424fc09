/** Dates and times as Norwegian documents print them, always in Europe/Oslo. */
import { formatDate } from '../../../platform/i18n';
import { labelsFor } from './labels';
import type { DocumentLocale } from './models';

const TIME_ZONE = 'Europe/Oslo';
const INTL: Record<DocumentLocale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

function parts(instant: string, locale: DocumentLocale, options: Intl.DateTimeFormatOptions): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO date or instant: "${instant}"`);
  return new Intl.DateTimeFormat(INTL[locale], { timeZone: TIME_ZONE, ...options }).format(date);
}

/** `10.00` in Norwegian (Språkrådet's recommendation), `10:00` in English. */
export function clockTime(instant: string, locale: DocumentLocale): string {
  const time = parts(instant, locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return locale === 'en' ? time : time.replace(':', '.');
}

/** `torsdag 15. mars 2018` / `tysdag 13. mars 2018` / `Thursday 15 March 2018`. */
export function longDate(instant: string, locale: DocumentLocale): string {
  return parts(instant, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).replace(',', '');
}

/** `2018-03-15` or an instant → `15.03.2018` (the date in Oslo). */
export function shortDate(value: string, locale: DocumentLocale): string {
  return formatDate(value, locale);
}

/** `torsdag 15. mars 2018 kl. 10.00–12.00`; an end on another day is written out in full. */
export function meetingTime(startsAt: string, endsAt: string | null | undefined, locale: DocumentLocale): string {
  const at = labelsFor(locale).at;
  const clock = (instant: string) => (at ? `${at} ${clockTime(instant, locale)}` : clockTime(instant, locale));
  const start = `${longDate(startsAt, locale)}${locale === 'en' ? ', ' : ' '}${clock(startsAt)}`;
  if (!endsAt) return start;
  if (shortDate(endsAt, locale) === shortDate(startsAt, locale)) return `${start}–${clockTime(endsAt, locale)}`;
  return `${start} – ${longDate(endsAt, locale)} ${clock(endsAt)}`;
}
