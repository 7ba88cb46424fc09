import { defineCommand } from '../../../platform/command';
import { ValidationError } from '../../../platform/errors';
import { canManageBodies } from '../people.policy';
import { bodySlugTaken, cooperationExists, insertBody } from '../people.repository';
import { createBodyInput } from '../people.schemas';

export const createBody = defineCommand({
  name: 'createBody',
  input: createBodyInput,
  authorize: (actor, input) => canManageBodies(actor, input.cooperation_id),
  async run(trx, input) {
    // A missing cooperation fails on the foreign key; check first to answer with a field error instead.
    if (!(await cooperationExists(trx, input.cooperation_id))) throw new ValidationError({ cooperation_id: ['no cooperation has this id'] });
    if (await bodySlugTaken(trx, input.cooperation_id, input.slug)) {
      throw new ValidationError({ slug: ['is already used by another body of this cooperation: choose another'] });
    }
    const row = await insertBody(trx, {
      cooperation_id: input.cooperation_id,
      slug: input.slug,
      name: JSON.stringify(input.name),
      kind: input.kind,
      composition: JSON.stringify(input.composition ?? {}),
      sort_order: input.sort_order ?? 0,
    });
    return {
      result: { id: row.id, slug: row.slug },
      audit: [{ action: 'body.create', entityType: 'body', entityId: row.id, after: row }],
    };
  },
});
