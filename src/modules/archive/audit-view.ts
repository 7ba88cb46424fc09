import type { DocumentRow } from './archive.repository';

/** A document in the audit trail: everything but the full text, which can be megabytes. */
export function auditView(row: DocumentRow) {
  const { text, ...rest } = row;
  return { ...rest, text_length: text.length };
}
