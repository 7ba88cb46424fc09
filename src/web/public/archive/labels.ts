import { DOCUMENT_KINDS, type DocumentKind } from '../../../modules/archive';
import { formatNumber, type Locale } from '../../../platform/i18n';
import { archive as messages } from '../../locales/archive';

/** "Saksfremlegg", "Case paper" … (the locale lists them in the order of DOCUMENT_KINDS). */
export function kindLabel(locale: Locale, kind: DocumentKind): string {
  return messages(locale).kinds.split('|')[DOCUMENT_KINDS.indexOf(kind)] ?? kind;
}

export function languageLabel(locale: Locale, language: string): string {
  const names = messages(locale).languageNames.split('|');
  return names[['nb', 'nn', 'en'].indexOf(language)] ?? language;
}

/** "PDF", "Word" — what a reader recognises, not a media type. */
export function fileTypeLabel(mediaType: string | null): string {
  if (mediaType === 'application/pdf') return 'PDF';
  if (mediaType?.includes('wordprocessingml')) return 'Word';
  return mediaType ?? '';
}

/** 1 536 000 bytes → "1,5 MB"; 12 300 → "12 kB" (Norwegian decimal comma and spaces). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} kB`;
}
