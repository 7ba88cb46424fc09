import { defineCommand } from '../../../platform/command';
import { NotFoundError } from '../../../platform/errors';
import { withdrawFromArchive } from '../../site';
import { canEditProcesses } from '../processes.policy';
import { processById, updateProcess } from '../processes.repository';
import { publishProcessInput } from '../processes.schemas';
import { processPublished } from './process-archive';

/** Publishes a process page (and its plan, in the API and as a calendar) or takes it back to draft. */
export const publishProcess = defineCommand({
  name: 'publishProcess',
  input: publishProcessInput,
  async authorize(actor, input, trx) {
    const row = await processById(trx, input.id);
    if (!row) throw new NotFoundError('No such process.');
    return canEditProcesses(actor, row.cooperation_id);
  },
  async run(trx, input) {
    const before = (await processById(trx, input.id))!;
    const now = new Date().toISOString();
    const after = await updateProcess(trx, before.id, {
      status: input.publish ? 'published' : 'draft',
      published_at: input.publish ? (before.published_at ?? now) : null,
      updated_at: now,
    });
    if (input.publish) await processPublished(trx, after);
    else await withdrawFromArchive(trx, `process:${after.id}`);
    return {
      result: { id: after.id },
      audit: [{ action: input.publish ? 'process.publish' : 'process.unpublish', entityType: 'process', entityId: after.id, before, after }],
    };
  },
});
