// The archive: every document of a cooperation (uploaded, generated, pages), its files, and search.
export { ACCEPTED_UPLOAD_TYPES, DOCUMENT_KINDS, PDF, DOCX, EXTENSION_OF } from './archive.catalog';
export type { DocumentKind, AcceptedUploadType } from './archive.catalog';
export { acceptUpload, type UploadedFile } from './uploads';
export { extractText } from './extract-text';

export { addDocument } from './commands/add-document';
export { updateDocumentAccess } from './commands/update-document';
export { removeDocument } from './commands/remove-document';
export { registerDocument, withdrawDocument } from './register';
export { documentFieldErrors } from './document-fields';
export type { AddDocumentInput, RegisterDocumentInput, UpdateDocumentInput, RemoveDocumentInput } from './archive.schemas';
export { canManageArchive, canSeeInternalDocuments } from './archive.policy';

export { documentsOf } from './queries/documents-of';
export { listDocuments } from './queries/list-documents';
export { searchDocuments, type SearchHit } from './queries/search-documents';
export { getDocument, type DocumentDetail } from './queries/get-document';
export type { DocumentFilters } from './queries/filters';
export { documentPath, type DocumentSummary } from './queries/views';

export { archiveApi } from './archive.routes';
