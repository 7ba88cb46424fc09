import type { DocumentKind } from '../archive.catalog';
import type { DocumentRow } from '../archive.repository';

/** A document as lists show it (no text). `href` is the site path of the document (without language prefix). */
export interface DocumentSummary {
  id: number;
  cooperationId: number;
  kind: DocumentKind;
  title: string;
  description: string | null;
  language: string;
  bodyId: number | null;
  meetingId: number | null;
  caseId: number | null;
  documentDate: string;
  isPublic: boolean;
  exemptBasis: string | null;
  mediaType: string | null;
  size: number | null;
  fileName: string | null;
  href: string;
  /** Where the stored file is served; null when the document has no file. */
  downloadHref: string | null;
  /** Made by another module (case paper, page …) and kept in step by it; changed there, not in the archive. */
  generated: boolean;
  createdAt: string;
  updatedAt: string;
}

export const documentPath = (id: number) => `/dokumenter/${id}`;

export type SummaryColumns = Omit<DocumentRow, 'text' | 'file_key'>;

export function summaryOf(row: SummaryColumns): DocumentSummary {
  return {
    id: row.id,
    cooperationId: row.cooperation_id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    language: row.language,
    bodyId: row.body_id,
    meetingId: row.meeting_id,
    caseId: row.case_id,
    documentDate: row.document_date,
    isPublic: row.is_public === 1,
    exemptBasis: row.exempt_basis,
    mediaType: row.media_type,
    size: row.file_size,
    fileName: row.file_name,
    href: row.href ?? documentPath(row.id),
    downloadHref: row.media_type ? `${documentPath(row.id)}/fil` : null,
    generated: row.source_key !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The columns of a summary, for `select` (the text can be large: lists never read it). */
export const SUMMARY_COLUMNS = [
  'd.id', 'd.cooperation_id', 'd.kind', 'd.title', 'd.description', 'd.language', 'd.body_id', 'd.meeting_id', 'd.case_id',
  'd.document_date', 'd.is_public', 'd.exempt_basis', 'd.file_name', 'd.media_type', 'd.file_size', 'd.href', 'd.source_key', 'd.created_at', 'd.updated_at',
] as const;
