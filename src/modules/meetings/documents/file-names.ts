/**
 * Content types, file names and the Content-Disposition header for the documents served. Browsers
 * take the UTF-8 name (`filename*`, RFC 6266/8187: "møteprotokoll-…"); old clients the ASCII one.
 */
import { todayInOslo } from '../../../platform/i18n';
import { labelsFor } from './labels';
import type { CasePaperModel, MinutesModel, SummonsModel } from './models';
import { casePaperCaseNumber } from './case-paper';

export const PDF_CONTENT_TYPE = 'application/pdf';
export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

export type DocumentFormat = 'pdf' | 'docx';

const ASCII_LETTERS: Record<string, string> = { æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', å: 'a', Å: 'A', ß: 'ss' };

/** "Sak 03/2018 – Vestregionens fremtid" → "sak-03-2018-vestregionens-fremtid" (keeps æ ø å). */
function slug(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
}

/** The same name in plain ASCII: æ → ae, ø → o, å → a, other accents dropped. */
export function asciiFileName(name: string): string {
  const ascii = name
    .replace(/[æÆøØåÅß]/g, (c) => ASCII_LETTERS[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+/, '');
  return ascii || 'dokument';
}

/** `attachment; filename="saksfremlegg-03-2018.pdf"; filename*=UTF-8''saksfremlegg-03-2018.pdf` */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const utf8 = encodeURIComponent(fileName.normalize('NFC')).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${utf8}`;
}

export function casePaperFileName(model: CasePaperModel, format: DocumentFormat): string {
  const number = casePaperCaseNumber(model);
  return `${slug([labelsFor(model.locale).casePaper, number ?? model.title].join(' '))}.${format}`;
}

export function summonsFileName(model: SummonsModel, format: DocumentFormat): string {
  const day = todayInOslo(new Date(model.startsAt));
  return `${slug(`${labelsFor(model.locale).summons} ${model.bodyName}`)}-${day}.${format}`;
}

export function minutesFileName(model: MinutesModel, format: DocumentFormat): string {
  const day = todayInOslo(new Date(model.startsAt));
  return `${slug(`${labelsFor(model.locale).minutes} ${model.bodyName}`)}-${day}.${format}`;
}
