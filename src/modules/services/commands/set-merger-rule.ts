import { defineCommand } from '../../../platform/command';
import { canManageServices } from '../services.policy';
import { mergerRuleOf, upsertMergerRule } from '../services.repository';
import { setMergerRuleInput } from '../services.schemas';

/** How a cooperation follows municipal mergers (see MERGER_RULES), and for splits which successor takes the place. */
export const setMergerRule = defineCommand({
  name: 'setMergerRule',
  input: setMergerRuleInput,
  authorize: (actor, input) => canManageServices(actor, input.cooperation_id),
  async run(trx, input) {
    const before = await mergerRuleOf(trx, input.cooperation_id);
    const after = await upsertMergerRule(trx, {
      cooperation_id: input.cooperation_id,
      rule: input.rule,
      split_successors: JSON.stringify(input.split_successors),
      updated_at: new Date().toISOString(),
    });
    return { result: { rule: after.rule }, audit: [{ action: 'merger_rule.set', entityType: 'cooperation', entityId: input.cooperation_id, before, after }] };
  },
});
