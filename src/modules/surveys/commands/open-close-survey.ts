import { defineCommand } from '../../../platform/command';
import { ConflictError } from '../../../platform/errors';
import { todayInOslo } from '../../../platform/i18n';
import { maySetSeedFields } from '../surveys.policy';
import { updateSurveyRow } from '../surveys.repository';
import { closeSurveyInput, surveyIdInput } from '../surveys.schemas';
import { loadSurvey, mayManageSurvey } from './survey-access';

/** Opens a draft (or reopens a closed survey): from its opening date, answers are taken. */
export const openSurvey = defineCommand({
  name: 'openSurvey',
  input: surveyIdInput,
  authorize: (actor, input, trx) => mayManageSurvey(trx, actor, input.survey_id),
  async run(trx, input) {
    const survey = await loadSurvey(trx, input.survey_id);
    if (survey.status === 'open') throw new ConflictError('status: the survey is already open.');
    await updateSurveyRow(trx, survey.id, { status: 'open', closed_on: null, updated_at: new Date().toISOString() });
    return {
      result: { id: survey.id },
      audit: [{ action: 'survey.open', entityType: 'survey', entityId: survey.id, before: { status: survey.status }, after: { status: 'open' } }],
    };
  },
});

/** Closes a survey before (or after) its closing date: no more answers. */
export const closeSurvey = defineCommand({
  name: 'closeSurvey',
  input: closeSurveyInput,
  async authorize(actor, input, trx) {
    if (input.on && !maySetSeedFields(actor)) return false;
    return mayManageSurvey(trx, actor, input.survey_id);
  },
  async run(trx, input) {
    const survey = await loadSurvey(trx, input.survey_id);
    if (survey.status !== 'open') throw new ConflictError(`status: only an open survey can be closed; this one is ${survey.status}.`);
    const today = input.on ?? todayInOslo();
    // Closed by hand before its last day: remember the day; otherwise its last day says it all.
    const closedOn = today < survey.closes_on ? today : survey.closes_on;
    await updateSurveyRow(trx, survey.id, { status: 'closed', closed_on: closedOn, updated_at: new Date().toISOString() });
    return {
      result: { id: survey.id, closedOn },
      audit: [{ action: 'survey.close', entityType: 'survey', entityId: survey.id, before: { status: survey.status }, after: { status: 'closed', closed_on: closedOn } }],
    };
  },
});
