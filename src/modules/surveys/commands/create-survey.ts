import type { Transaction } from 'kysely';
import type { Actor } from '../../../platform/authz';
import { defineCommand } from '../../../platform/command';
import type { Database } from '../../../platform/db/schema';
import { NotFoundError } from '../../../platform/errors';
import type { SurveyDefinition } from '../survey-definition';
import { canManageSurveys, maySetSeedFields } from '../surveys.policy';
import { insertSurvey } from '../surveys.repository';
import { createSurveyInput } from '../surveys.schemas';

/** A new survey, as a draft, from a whole definition (the builder's first save, or an import). */
export const createSurvey = defineCommand({
  name: 'createSurvey',
  input: createSurveyInput,
  async authorize(actor, input, trx) {
    if (input.is_synthetic && !maySetSeedFields(actor)) return false;
    return authorizeForCooperation(trx, actor, input.cooperation_id);
  },
  async run(trx, input) {
    return storeNewSurvey(trx, input.cooperation_id, input.definition, input.is_synthetic ?? false);
  },
});

export async function authorizeForCooperation(trx: Transaction<Database>, actor: Actor, cooperationId: number): Promise<boolean> {
  const exists = await trx.selectFrom('cooperations').select('id').where('id', '=', cooperationId).executeTakeFirst();
  if (!exists) throw new NotFoundError('No such cooperation.');
  return canManageSurveys(actor, cooperationId);
}

export async function storeNewSurvey(trx: Transaction<Database>, cooperationId: number, d: SurveyDefinition, isSynthetic: boolean) {
  const now = new Date().toISOString();
  const row = await insertSurvey(trx, {
    cooperation_id: cooperationId,
    title: JSON.stringify(d.title),
    intro: JSON.stringify(d.intro ?? {}),
    audience: JSON.stringify(d.audience ?? {}),
    source_note: JSON.stringify(d.sourceNote ?? {}),
    language: d.language,
    anonymity: d.anonymity,
    status: 'draft',
    opens_on: d.opensOn,
    closes_on: d.closesOn,
    closed_on: null,
    open_link: d.openLink ? 1 : 0,
    results_public: 0,
    is_synthetic: isSynthetic ? 1 : 0,
    definition: JSON.stringify(d.sections),
    created_at: now,
    updated_at: now,
  });
  return {
    result: { id: row.id },
    audit: [{ action: 'survey.create', entityType: 'survey', entityId: row.id, after: { ...row, definition: d.sections } }],
  };
}
