import { defineCommand } from '../../../platform/command';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import { canManageServices } from '../services.policy';
import { authorityByCode, costKeyOf, fixedAmountsOf, insertCostKey, replaceFixedAmounts, serviceById, updateCostKeyRow } from '../services.repository';
import { setCostKeyInput } from '../services.schemas';

/** The budget and cost key of a service for one year, with its fixed amounts; replaces the year's key if there is one. */
export const setCostKey = defineCommand({
  name: 'setCostKey',
  input: setCostKeyInput,
  async authorize(actor, input, trx) {
    const service = await serviceById(trx, input.service_id);
    if (!service) throw new NotFoundError('No such service.');
    return canManageServices(actor, service.cooperation_id);
  },
  async run(trx, input) {
    for (const fixed of input.fixed_amounts) {
      if (!(await authorityByCode(trx, fixed.member_code))) {
        throw new ValidationError({ fixed_amounts: [`${fixed.member_code} is not a municipality or county number in the register`] });
      }
    }
    const values = {
      method: input.method,
      budget: input.method === 'per_inhabitant_rate' ? null : (input.budget ?? null),
      rate_ore: input.method === 'per_inhabitant_rate' ? (input.rate_ore ?? null) : null,
      fixed_share_percent: input.method === 'fixed_plus_per_inhabitant' ? (input.fixed_share_percent ?? null) : null,
      population_year: input.population_year ?? input.year,
      note: JSON.stringify(input.note ?? {}),
      updated_at: new Date().toISOString(),
    };
    const existing = await costKeyOf(trx, input.service_id, input.year);
    const before = existing ? { ...existing, fixed_amounts: await fixedAmountsOf(trx, existing.id) } : undefined;
    const row = existing
      ? await updateCostKeyRow(trx, existing.id, values)
      : await insertCostKey(trx, { service_id: input.service_id, year: input.year, ...values });
    await replaceFixedAmounts(trx, row.id, input.fixed_amounts);
    const after = { ...row, fixed_amounts: input.fixed_amounts };
    return { result: { id: row.id }, audit: [{ action: 'cost_key.set', entityType: 'cost_key', entityId: row.id, before, after }] };
  },
});
