import { defineCommand } from '../../../platform/command';
import { canCreatePerson } from '../people.policy';
import { insertPerson } from '../people.repository';
import { createPersonInput } from '../people.schemas';

/** Records a real person who holds seats. The demo never uses it: its seats are roles without names. */
export const createPerson = defineCommand({
  name: 'createPerson',
  input: createPersonInput,
  authorize: (actor) => canCreatePerson(actor),
  async run(trx, input) {
    const row = await insertPerson(trx, {
      name: input.name,
      email: input.email ?? null,
      note: input.note ?? null,
      created_at: new Date().toISOString(),
    });
    return {
      result: { id: row.id },
      audit: [{ action: 'person.create', entityType: 'person', entityId: row.id, after: row }],
    };
  },
});
