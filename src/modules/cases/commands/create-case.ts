import { defineCommand } from '../../../platform/command';
import { ValidationError } from '../../../platform/errors';
import { canManageMeetings } from '../cases.policy';
import { cooperationExists, insertCase } from '../cases.repository';
import { createCaseInput } from '../cases.schemas';

/** Opens a case with its paper. It gets a body's case number only when placed on that body's agenda. */
export const createCase = defineCommand({
  name: 'createCase',
  input: createCaseInput,
  authorize: (actor, input) => canManageMeetings(actor, input.cooperation_id),
  async run(trx, input) {
    if (!(await cooperationExists(trx, input.cooperation_id))) throw new ValidationError({ cooperation_id: ['no cooperation has this id'] });
    const now = new Date().toISOString();
    const row = await insertCase(trx, {
      cooperation_id: input.cooperation_id,
      title: input.title,
      case_officer: input.case_officer ?? null,
      archive_reference: input.archive_reference ?? null,
      proposal_kind: input.proposal_kind ?? 'forslag_til_vedtak',
      proposal_text: input.proposal_text ?? null,
      proposal_points: input.proposal_points?.length ? JSON.stringify(input.proposal_points) : null,
      background: input.background ?? null,
      assessment: input.assessment ?? null,
      language: input.language ?? 'nb',
      is_public: input.is_public ? 1 : 0,
      exempt_basis: input.is_public ? null : (input.exempt_basis ?? null),
      is_illustrative: input.is_illustrative ? 1 : 0,
      illustrative_note: input.illustrative_note ?? null,
      created_at: now,
      updated_at: now,
    });
    return { result: { id: row.id }, audit: [{ action: 'case.create', entityType: 'case', entityId: row.id, after: row }] };
  },
});
