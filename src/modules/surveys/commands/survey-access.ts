import type { Transaction } from 'kysely';
import type { Actor } from '../../../platform/authz';
import type { Database } from '../../../platform/db/schema';
import { NotFoundError } from '../../../platform/errors';
import { canManageSurveys } from '../surveys.policy';
import { surveyById, type SurveyRow } from '../surveys.repository';

/** For `authorize`: the survey exists and the actor manages its cooperation. */
export async function mayManageSurvey(trx: Transaction<Database>, actor: Actor, surveyId: number): Promise<boolean> {
  const survey = await surveyById(trx, surveyId);
  if (!survey) throw new NotFoundError('No such survey.');
  return canManageSurveys(actor, survey.cooperation_id);
}

export async function loadSurvey(trx: Transaction<Database>, surveyId: number): Promise<SurveyRow> {
  const survey = await surveyById(trx, surveyId);
  if (!survey) throw new NotFoundError('No such survey.');
  return survey;
}
