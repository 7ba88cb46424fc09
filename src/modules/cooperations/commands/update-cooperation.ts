import { defineCommand } from '../../../platform/command';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import { cooperationRecordErrors } from '../cooperation-rules';
import { canEditCooperation } from '../cooperations.policy';
import { cooperationById, updateCooperationRow } from '../cooperations.repository';
import { updateCooperationInput } from '../cooperations.schemas';

/** Changes the fields that are given; fields left out keep their value. */
export const updateCooperation = defineCommand({
  name: 'updateCooperation',
  input: updateCooperationInput,
  authorize: (actor, input) => canEditCooperation(actor, input.cooperation_id),
  async run(trx, input) {
    const before = await cooperationById(trx, input.cooperation_id);
    if (!before) throw new NotFoundError('No such cooperation.');

    const { cooperation_id: id, tagline, purpose, source_note, ...fields } = input;
    const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    const merged = { ...before, ...changes };
    const errors = await cooperationRecordErrors(trx, merged, id);
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);

    const after = await updateCooperationRow(trx, id, {
      ...changes,
      ...(tagline !== undefined ? { tagline: JSON.stringify(tagline) } : {}),
      ...(purpose !== undefined ? { purpose: JSON.stringify(purpose) } : {}),
      ...(source_note !== undefined ? { source_note: JSON.stringify(source_note) } : {}),
      updated_at: new Date().toISOString(),
    });
    return {
      result: { id: after.id, slug: after.slug },
      audit: [{ action: 'cooperation.update', entityType: 'cooperation', entityId: id, before, after }],
    };
  },
});
