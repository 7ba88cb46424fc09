import { defineCommand } from '../../../platform/command';
import { canManageArchive } from '../archive.policy';
import { insertDocument } from '../archive.repository';
import { addDocumentInput } from '../archive.schemas';
import { auditView } from '../audit-view';
import { documentRowOf } from '../document-row';

/** Adds an uploaded (or typed-in) document to a cooperation's archive, with its search entry. */
export const addDocument = defineCommand({
  name: 'addDocument',
  input: addDocumentInput,
  authorize: (actor, input) => canManageArchive(actor, input.cooperation_id),
  async run(trx, input) {
    const row = await insertDocument(trx, await documentRowOf(trx, input, new Date().toISOString()));
    return {
      result: { id: row.id },
      audit: [{ action: 'document.add', entityType: 'document', entityId: row.id, after: auditView(row) }],
    };
  },
});
