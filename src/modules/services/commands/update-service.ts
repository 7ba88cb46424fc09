import { defineCommand } from '../../../platform/command';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import { serviceRecordErrors } from '../service-rules';
import { canManageServices } from '../services.policy';
import { serviceById, updateServiceRow } from '../services.repository';
import { updateServiceInput } from '../services.schemas';

const JSON_FIELDS = ['description', 'agreement', 'source_note'] as const;

/** Changes the fields that are given; fields left out keep their value. The audit entry keeps the old ones. */
export const updateService = defineCommand({
  name: 'updateService',
  input: updateServiceInput,
  async authorize(actor, input, trx) {
    const service = await serviceById(trx, input.service_id);
    if (!service) throw new NotFoundError('No such service.');
    return canManageServices(actor, service.cooperation_id);
  },
  async run(trx, input) {
    const before = await serviceById(trx, input.service_id);
    if (!before) throw new NotFoundError('No such service.');
    const { service_id: id, description, agreement, source_note, ...fields } = input;
    const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    const merged = { ...before, ...changes };
    if (merged.start_on && merged.end_on && merged.end_on < merged.start_on) {
      throw new ValidationError({ end_on: ['must be on or after the start date'] });
    }
    const errors = await serviceRecordErrors(trx, merged, id);
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
    const texts = { description, agreement, source_note };
    const after = await updateServiceRow(trx, id, {
      ...changes,
      ...Object.fromEntries(JSON_FIELDS.filter((f) => texts[f] !== undefined).map((f) => [f, JSON.stringify(texts[f])])),
      updated_at: new Date().toISOString(),
    });
    return { result: { id: after.id, slug: after.slug }, audit: [{ action: 'service.update', entityType: 'service', entityId: id, before, after }] };
  },
});
