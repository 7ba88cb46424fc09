import { defineCommand } from '../../../platform/command';
import { ConflictError } from '../../../platform/errors';
import { deleteDocument, documentById } from '../archive.repository';
import { removeDocumentInput } from '../archive.schemas';
import { auditView } from '../audit-view';
import { mayKeepDocument } from '../kept-document';

/**
 * Withdraws an uploaded document from the archive. Generated documents (case papers, pages …) are
 * withdrawn by the module that made them, so a case paper cannot vanish while its case still shows it.
 */
export const removeDocument = defineCommand({
  name: 'removeDocument',
  input: removeDocumentInput,
  authorize: mayKeepDocument,
  async run(trx, input) {
    const before = (await documentById(trx, input.document_id))!;
    if (before.source_key) {
      throw new ConflictError('This document is made by another part of Samråd (a case, meeting or page); withdraw it there.');
    }
    await deleteDocument(trx, before.id);
    return { result: { id: before.id }, audit: [{ action: 'document.withdraw', entityType: 'document', entityId: before.id, before: auditView(before) }] };
  },
});
