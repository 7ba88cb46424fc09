import type { Writer } from '../target';
import { CREATED_AT } from './frame';
import { EXEMPT_BASIS } from './year-model';

/** A document to write; its text is made only when its batch is written, to keep memory flat. */
export interface PlannedDocument {
  cooperationId: number;
  kind: 'case_paper' | 'summons' | 'minutes' | 'attachment';
  title: string;
  bodyId: number | null;
  meetingId: number | null;
  caseId: number | null;
  date: string;
  isPublic: boolean;
  sourceKey: string | null;
  href: string | null;
  text: () => string;
}

const BATCH = 2_000;
const COLUMNS = [
  'id', 'cooperation_id', 'kind', 'title', 'description', 'language', 'body_id', 'meeting_id', 'case_id', 'document_date',
  'is_public', 'exempt_basis', 'text', 'href', 'source_key', 'created_at', 'updated_at',
] as const;

/** Documents and their search entries, in batches; the index gets what the archive would give it. */
export async function writeDocuments(w: Writer, documents: PlannedDocument[], tick: (n: number) => void): Promise<void> {
  let id = await w.nextId('documents');
  for (let i = 0; i < documents.length; i += BATCH) {
    const batch = documents.slice(i, i + BATCH).map((d) => ({ d, id: id++, text: d.text() }));
    await w.insert(
      'documents',
      COLUMNS,
      batch.map(({ d, id, text }) => [
        id, d.cooperationId, d.kind, d.title, null, 'nb', d.bodyId, d.meetingId, d.caseId, d.date,
        d.isPublic ? 1 : 0, d.isPublic ? null : EXEMPT_BASIS, text, d.href, d.sourceKey, CREATED_AT, CREATED_AT,
      ]),
    );
    // The archive indexes title, description and text joined by new lines (archive.repository.ts).
    await w.index(batch.map(({ d, id, text }) => ({ documentId: id, text: [d.title, '', text].join('\n') })));
    tick(batch.length);
    // Kysely's SQLite driver answers without leaving the microtask queue: let the progress timer run.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
