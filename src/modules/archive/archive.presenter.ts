import { snippetText } from '../../platform/search';
import type { DocumentJson } from './archive.api-schemas';
import type { SearchHit } from './queries/search-documents';
import type { DocumentSummary } from './queries/views';

const API_BASE = '/api/v1';

/** A document as OParl-like JSON; `slugOf` names its cooperation. */
export function presentDocument(doc: DocumentSummary, slugOf: (id: number) => string | null): DocumentJson {
  return {
    id: `${API_BASE}/documents/${doc.id}`,
    type: 'File',
    classification: doc.kind,
    name: doc.title,
    description: doc.description,
    language: doc.language,
    date: doc.documentDate,
    cooperation: slugOf(doc.cooperationId),
    body: doc.bodyId,
    meeting: doc.meetingId,
    case: doc.caseId,
    fileName: doc.fileName,
    mimeType: doc.mediaType,
    size: doc.size,
    accessUrl: doc.href,
    downloadUrl: doc.downloadHref,
    created: doc.createdAt,
    modified: doc.updatedAt,
  };
}

export function presentHit(hit: SearchHit, slugOf: (id: number) => string | null) {
  return { ...presentDocument(hit, slugOf), snippet: snippetText(hit.snippet), highlights: hit.snippet };
}
