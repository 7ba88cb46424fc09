import { defineCommand } from '../../../platform/command';
import { ValidationError } from '../../../platform/errors';
import { serviceRecordErrors } from '../service-rules';
import { canManageServices } from '../services.policy';
import { insertService, insertStatusEvent } from '../services.repository';
import { createServiceInput } from '../services.schemas';

/**
 * A joint service of a cooperation, with its first status from its start (or from before our records
 * when the start is not known). When another cooperation runs it, its participants are that
 * cooperation's members.
 */
export const createService = defineCommand({
  name: 'createService',
  input: createServiceInput,
  authorize: (actor, input) => canManageServices(actor, input.cooperation_id),
  async run(trx, input) {
    const record = {
      cooperation_id: input.cooperation_id,
      slug: input.slug,
      focus_area_id: input.focus_area_id ?? null,
      host_code: input.host_code ?? null,
      run_by_cooperation_id: input.run_by_cooperation_id ?? null,
    };
    const errors = await serviceRecordErrors(trx, record);
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
    const now = new Date().toISOString();
    const row = await insertService(trx, {
      ...record,
      name: input.name,
      short_name: input.short_name ?? null,
      description: JSON.stringify(input.description ?? {}),
      legal_form: input.legal_form ?? null,
      legal_basis: input.legal_basis ?? null,
      host_role: input.host_role,
      agreement: JSON.stringify(input.agreement ?? {}),
      agreement_href: input.agreement_href ?? null,
      start_on: input.start_on ?? null,
      end_on: input.end_on ?? null,
      source_note: JSON.stringify(input.source_note ?? {}),
      created_at: now,
      updated_at: now,
    });
    const status = await insertStatusEvent(trx, {
      service_id: row.id,
      status: input.status,
      effective_on: row.start_on,
      decision_id: null,
      decided_by_case_id: null,
      note: '{}',
      recorded_at: now,
    });
    return {
      result: { id: row.id, slug: row.slug },
      audit: [
        { action: 'service.create', entityType: 'service', entityId: row.id, after: row },
        { action: 'service.status', entityType: 'service', entityId: row.id, after: status },
      ],
    };
  },
});
