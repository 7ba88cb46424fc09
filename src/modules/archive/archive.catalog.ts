import type { DocumentKind } from '../../platform/db/tables/archive';

export type { DocumentKind };

/** What a document is; generated kinds are registered by the module that makes them. */
export const DOCUMENT_KINDS = ['attachment', 'case_paper', 'summons', 'minutes', 'page', 'news', 'process', 'source'] as const satisfies readonly DocumentKind[];

export const PDF = 'application/pdf';
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The file types an upload may be: PDF and Word (DOCX). */
export const ACCEPTED_UPLOAD_TYPES = [PDF, DOCX] as const;
export type AcceptedUploadType = (typeof ACCEPTED_UPLOAD_TYPES)[number];

/** The file ending each type is saved with when downloaded. */
export const EXTENSION_OF: Record<string, string> = { [PDF]: 'pdf', [DOCX]: 'docx' };
