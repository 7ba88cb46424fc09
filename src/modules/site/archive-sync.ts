import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema';
import type { LocalizedText } from '../../platform/i18n';
import { registerDocument, withdrawDocument } from '../archive';
import { markdownToText } from './markdown';

/**
 * What the archive gets of a published page, news item or process, so that the archive's search
 * finds it: the plain text of every language, and its public address. Withdrawn when unpublished.
 * Called inside the command's transaction (which audits), so the archive and the site never disagree.
 */
export interface ArchiveEntry {
  sourceKey: string;
  kind: 'page' | 'news' | 'process';
  cooperationId: number;
  title: string;
  date: string;
  /** The summary first, then the texts; Markdown or plain text, in any of the languages. */
  markdown: LocalizedText[];
  href: string;
}

function plainText(texts: LocalizedText[]): string {
  return texts
    .flatMap((t) => [t.nb, t.nn, t.en])
    .filter((s): s is string => Boolean(s))
    .map(markdownToText)
    .join('\n\n');
}

export async function publishToArchive(trx: Transaction<Database>, entry: ArchiveEntry): Promise<void> {
  const summary = entry.markdown[0] ? plainText([entry.markdown[0]]) : '';
  await registerDocument(trx, {
    source_key: entry.sourceKey,
    cooperation_id: entry.cooperationId,
    kind: entry.kind,
    title: entry.title.slice(0, 300),
    description: summary ? summary.slice(0, 2000) : null,
    language: 'nb',
    document_date: entry.date,
    is_public: true,
    text: plainText(entry.markdown),
    href: entry.href,
  });
}

export async function withdrawFromArchive(trx: Transaction<Database>, sourceKey: string): Promise<void> {
  await withdrawDocument(trx, sourceKey);
}
