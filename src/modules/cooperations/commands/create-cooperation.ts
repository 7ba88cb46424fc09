import { defineCommand } from '../../../platform/command';
import { ValidationError } from '../../../platform/errors';
import { cooperationRecordErrors } from '../cooperation-rules';
import { canCreateCooperation } from '../cooperations.policy';
import { insertCooperation } from '../cooperations.repository';
import { createCooperationInput } from '../cooperations.schemas';

export const createCooperation = defineCommand({
  name: 'createCooperation',
  input: createCooperationInput,
  authorize: (actor) => canCreateCooperation(actor),
  async run(trx, input) {
    const record = {
      slug: input.slug,
      status: input.status,
      established_on: input.established_on ?? null,
      ended_on: input.ended_on ?? null,
      host_code: input.host_code ?? null,
      head_office_code: input.head_office_code ?? null,
    };
    const errors = await cooperationRecordErrors(trx, record);
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);

    const now = new Date().toISOString();
    const row = await insertCooperation(trx, {
      ...record,
      name: input.name,
      short_name: input.short_name ?? null,
      legal_form: input.legal_form,
      legal_basis: input.legal_basis ?? null,
      tagline: JSON.stringify(input.tagline ?? {}),
      purpose: JSON.stringify(input.purpose ?? {}),
      source_note: JSON.stringify(input.source_note ?? {}),
      created_at: now,
      updated_at: now,
    });
    return {
      result: { id: row.id, slug: row.slug },
      audit: [{ action: 'cooperation.create', entityType: 'cooperation', entityId: row.id, after: row }],
    };
  },
});
