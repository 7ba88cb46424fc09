import { defineCommand } from '../../../platform/command';
import { ValidationError, fieldErrorsFromZod } from '../../../platform/errors';
import { structureOf, surveyDefinitionSchema, type Section } from '../survey-definition';
import { responseCount, updateSurveyRow } from '../surveys.repository';
import { saveDefinitionInput } from '../surveys.schemas';
import { loadSurvey, mayManageSurvey } from './survey-access';

/**
 * Replaces the sections and questions. Once someone has answered, only the texts may change: the
 * stored answers refer to the keys, options and scales, and would no longer mean what they meant.
 */
export const saveDefinition = defineCommand({
  name: 'saveDefinition',
  input: saveDefinitionInput,
  authorize: (actor, input, trx) => mayManageSurvey(trx, actor, input.survey_id),
  async run(trx, input) {
    const survey = await loadSurvey(trx, input.survey_id);
    // The structure checks (unique keys, conditions pointing back) live on the whole definition.
    const whole = surveyDefinitionSchema.safeParse({
      format: 'samrad-survey/1',
      title: JSON.parse(survey.title),
      anonymity: survey.anonymity,
      opensOn: survey.opens_on,
      closesOn: survey.closes_on,
      sections: input.sections,
    });
    if (!whole.success) throw new ValidationError(fieldErrorsFromZod(whole.error.issues));
    const before = JSON.parse(survey.definition) as Section[];
    if ((await responseCount(trx, survey.id)) > 0 && structureOf(before) !== structureOf(whole.data.sections)) {
      throw new ValidationError(
        { sections: ['the survey has responses: only texts may change now, not questions, keys, options, scales or conditions'] },
        'The survey has responses; only its texts can be changed.',
      );
    }
    await updateSurveyRow(trx, survey.id, { definition: JSON.stringify(whole.data.sections), updated_at: new Date().toISOString() });
    return {
      result: { id: survey.id },
      audit: [{ action: 'survey.definition.save', entityType: 'survey', entityId: survey.id, before, after: whole.data.sections }],
    };
  },
});
