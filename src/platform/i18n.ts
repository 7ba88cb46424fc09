/**
 * Languages, formats and ordering. UI strings live in web/locales; content that people write is a
 * LocalizedText, shown in the reader's language or, visibly, in the first language that exists.
 */
export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nb';

export type LocalizedText = Partial<Record<Locale, string>>;

export interface Localized {
  text: string;
  /** The language the text is actually in; differs from the wanted one when we fell back. */
  lang: Locale;
  fallback: boolean;
}

const FALLBACK_ORDER: Record<Locale, Locale[]> = {
  nb: ['nb', 'nn', 'en'],
  nn: ['nn', 'nb', 'en'],
  en: ['en', 'nb', 'nn'],
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function pickText(text: LocalizedText | null | undefined, locale: Locale): Localized | null {
  if (!text) return null;
  for (const lang of FALLBACK_ORDER[locale]) {
    const value = text[lang];
    if (value) return { text: value, lang, fallback: lang !== locale };
  }
  return null;
}

export function parseLocalizedText(json: string | null | undefined): LocalizedText {
  if (!json) return {};
  const value: unknown = JSON.parse(json);
  return value && typeof value === 'object' ? (value as LocalizedText) : {};
}

const TIME_ZONE = 'Europe/Oslo';
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let format = dateFormats.get(key);
  if (!format) {
    // Norwegian numeric dates (15.03.2018) also in English, as the public bodies we serve write them.
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { timeZone: TIME_ZONE, ...options });
    dateFormats.set(key, format);
  }
  return format;
}

/** `2018-03-15` → `15.03.2018`. Takes a calendar date (no time zone shift) or an instant. */
export function formatDate(value: string, locale: Locale = DEFAULT_LOCALE): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}.${m}.${y}`;
  }
  return dateFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(value)).replace(/\//g, '.');
}

/** `15. mars 2018` / `15 March 2018`. */
export function formatLongDate(value: string, locale: Locale = DEFAULT_LOCALE): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

export function formatDateTime(value: string, locale: Locale = DEFAULT_LOCALE): string {
  return dateFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' })
    .format(new Date(value))
    .replace(/\//g, '.');
}

const numberFormat = new Intl.NumberFormat('nb-NO');
/** `430000` → `430 000` (Norwegian grouping with a non-breaking space, in every UI language). */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** Norwegian alphabetical order: … Z, Æ, Ø, Å. */
export const norwegianCollator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });
export function byNorwegian<T>(key: (item: T) => string) {
  return (a: T, b: T) => norwegianCollator.compare(key(a), key(b));
}

/** Today's calendar date in Oslo, as `YYYY-MM-DD`. */
export function todayInOslo(now = new Date()): string {
  return osloCalendarDay.format(now);
}

/** One formatter for every call: lists pass each of their rows' instants through here. */
const osloCalendarDay = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE });
