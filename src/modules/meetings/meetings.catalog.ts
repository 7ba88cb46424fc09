import type { LocalizedText } from '../../platform/i18n';

/**
 * The fixed vocabularies of meetings and treatments. Keys are stored (and checked by the migration);
 * labels are shown and printed.
 */
interface Term<K extends string> {
  key: K;
  label: Required<LocalizedText>;
}

export const MEETING_KINDS = [
  { key: 'ordinary', label: { nb: 'Ordinært møte', nn: 'Ordinært møte', en: 'Ordinary meeting' } },
  { key: 'extended', label: { nb: 'Utvidet møte', nn: 'Utvida møte', en: 'Extended meeting' } },
  { key: 'seminar', label: { nb: 'Seminar', nn: 'Seminar', en: 'Seminar' } },
  { key: 'general_assembly', label: { nb: 'Generalforsamling', nn: 'Generalforsamling', en: 'General assembly' } },
] as const satisfies readonly Term<string>[];
export type MeetingKind = (typeof MEETING_KINDS)[number]['key'];
export const MEETING_KIND_KEYS = MEETING_KINDS.map((t) => t.key) as [MeetingKind, ...MeetingKind[]];

export const MEETING_STATUSES = [
  { key: 'planned', label: { nb: 'Planlagt', nn: 'Planlagd', en: 'Planned' } },
  { key: 'summoned', label: { nb: 'Innkalt', nn: 'Innkalla', en: 'Summoned' } },
  { key: 'held', label: { nb: 'Avholdt', nn: 'Halde', en: 'Held' } },
  { key: 'minutes_approved', label: { nb: 'Protokoll godkjent', nn: 'Protokoll godkjend', en: 'Minutes approved' } },
  { key: 'cancelled', label: { nb: 'Avlyst', nn: 'Avlyst', en: 'Cancelled' } },
] as const satisfies readonly Term<string>[];
export type MeetingStatus = (typeof MEETING_STATUSES)[number]['key'];
export const MEETING_STATUS_KEYS = MEETING_STATUSES.map((t) => t.key) as [MeetingStatus, ...MeetingStatus[]];

/** The label of a key in one of the lists above, in `locale`; the key itself when unknown. */
export function termLabel(terms: readonly Term<string>[], key: string, locale: keyof LocalizedText): string {
  return terms.find((t) => t.key === key)?.label[locale] ?? key;
}
