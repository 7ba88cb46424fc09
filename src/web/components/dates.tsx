import { formatDate } from '../../platform/i18n';
import { common } from '../locales/common';
import type { PageContext } from '../page-context';

/** A date, or for a missing one a dash that is read aloud as words. */
export function DateText({ p, value }: { p: PageContext; value: string | null | undefined }) {
  if (value) return <>{formatDate(value, p.locale)}</>;
  return (
    <>
      <span aria-hidden="true">–</span>
      <span class="ds-sr-only">{common(p.locale).noDate}</span>
    </>
  );
}

/** `01.01.2017–31.12.2018`, `fra 01.01.2017`, `til 31.12.2018`; null when neither end is known. */
export function formatPeriod(p: PageContext, from: string | null | undefined, to: string | null | undefined): string | null {
  const t = common(p.locale);
  if (from && to) return `${formatDate(from, p.locale)}–${formatDate(to, p.locale)}`;
  if (from) return t.periodFrom(formatDate(from, p.locale));
  if (to) return t.periodTo(formatDate(to, p.locale));
  return null;
}

export function PeriodText({ p, from, to }: { p: PageContext; from: string | null | undefined; to: string | null | undefined }) {
  const text = formatPeriod(p, from, to);
  return text === null ? <DateText p={p} value={null} /> : <>{text}</>;
}
