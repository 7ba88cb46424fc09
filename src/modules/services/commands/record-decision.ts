import { defineCommand } from '../../../platform/command';
import { ValidationError } from '../../../platform/errors';
import { mayManageService, serviceWithCaseLink } from '../managed-service';
import { STATUS_AFTER } from '../services.catalog';
import { authorityByCode, insertDecision, insertStatusEvent, serviceById } from '../services.repository';
import { recordDecisionInput } from '../services.schemas';

/**
 * A decision about a service's future — continue, integrate into another service, transfer to
 * another body, end — with its effective date and the case that decided it. It also records the
 * status the service has from that date, so the portfolio "as of" any date shows what held then.
 */
export const recordDecision = defineCommand({
  name: 'recordDecision',
  input: recordDecisionInput,
  authorize: mayManageService,
  async run(trx, input, actor) {
    const service = await serviceWithCaseLink(trx, input, actor);
    const targetServiceId = input.target_service_id ?? null;
    const targetCode = input.target_authority_code ?? null;
    const targetName = input.target_name ?? null;
    if (input.kind === 'integrate') {
      if (targetServiceId === null) throw new ValidationError({ target_service_id: ['must name the service it is integrated into'] });
      if (targetServiceId === service.id) throw new ValidationError({ target_service_id: ['must be another service than this one'] });
      if (!(await serviceById(trx, targetServiceId))) throw new ValidationError({ target_service_id: ['is not a service'] });
    }
    if (input.kind === 'transfer' && targetServiceId === null && targetCode === null && targetName === null) {
      throw new ValidationError({ target_name: ['must say who takes the service over: a service, a county or municipality number, or a name'] });
    }
    if (targetServiceId !== null && input.kind !== 'integrate' && input.kind !== 'transfer') {
      throw new ValidationError({ target_service_id: ['is only for a decision to integrate or transfer'] });
    }
    if (targetCode && !(await authorityByCode(trx, targetCode))) {
      throw new ValidationError({ target_authority_code: [`${targetCode} is not a municipality or county number in the register`] });
    }
    const now = new Date().toISOString();
    const decision = await insertDecision(trx, {
      service_id: service.id,
      kind: input.kind,
      effective_on: input.effective_on,
      target_service_id: targetServiceId,
      target_authority_code: targetCode,
      target_name: targetName,
      case_id: input.case_id ?? null,
      text: JSON.stringify(input.text ?? {}),
      recorded_at: now,
    });
    const status = await insertStatusEvent(trx, {
      service_id: service.id,
      status: STATUS_AFTER[input.kind],
      effective_on: input.effective_on,
      decision_id: decision.id,
      decided_by_case_id: decision.case_id,
      note: '{}',
      recorded_at: now,
    });
    return {
      result: { id: decision.id },
      audit: [
        { action: 'service.decision', entityType: 'service', entityId: service.id, after: decision },
        { action: 'service.status', entityType: 'service', entityId: service.id, after: status },
      ],
    };
  },
});
