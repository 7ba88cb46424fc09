import { defineCommand } from '../../../platform/command';
import { ValidationError } from '../../../platform/errors';
import { canManageServices } from '../services.policy';
import { focusAreaBySlug, insertFocusArea } from '../services.repository';
import { createFocusAreaInput } from '../services.schemas';

/** A focus area (innsatsområde) of a cooperation, such as helse or kultur, under which its services are listed. */
export const createFocusArea = defineCommand({
  name: 'createFocusArea',
  input: createFocusAreaInput,
  authorize: (actor, input) => canManageServices(actor, input.cooperation_id),
  async run(trx, input) {
    if (await focusAreaBySlug(trx, input.cooperation_id, input.slug)) {
      throw new ValidationError({ slug: ['is already used by another focus area of this cooperation: choose another'] });
    }
    const row = await insertFocusArea(trx, {
      cooperation_id: input.cooperation_id,
      slug: input.slug,
      name: JSON.stringify(input.name),
      sort_order: input.sort_order,
    });
    return { result: { id: row.id }, audit: [{ action: 'focus_area.create', entityType: 'focus_area', entityId: row.id, after: row }] };
  },
});
