import { formatDate, type Locale } from '../../platform/i18n';
import { accounts } from '../locales/accounts';

const clock = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** `15.03.2018 kl. 14:05:09`, Oslo time: the audit trail needs the second, not only the minute. */
export function formatInstant(value: string, locale: Locale): string {
  return `${formatDate(value, locale)} ${accounts(locale).at} ${clock.format(new Date(value))}`;
}
