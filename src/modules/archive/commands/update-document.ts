import { defineCommand } from '../../../platform/command';
import { documentById, replaceDocument } from '../archive.repository';
import { updateDocumentInput } from '../archive.schemas';
import { auditView } from '../audit-view';
import { mayKeepDocument } from '../kept-document';

/** Makes a document public or internal, and records or clears its exemption basis. */
export const updateDocumentAccess = defineCommand({
  name: 'updateDocumentAccess',
  input: updateDocumentInput,
  authorize: mayKeepDocument,
  async run(trx, input) {
    const before = (await documentById(trx, input.document_id))!;
    const after = await replaceDocument(trx, before.id, {
      is_public: input.is_public ? 1 : 0,
      exempt_basis: input.exempt_basis ?? null,
      updated_at: new Date().toISOString(),
    });
    return {
      result: { id: after.id },
      audit: [{ action: 'document.access', entityType: 'document', entityId: after.id, before: auditView(before), after: auditView(after) }],
    };
  },
});
