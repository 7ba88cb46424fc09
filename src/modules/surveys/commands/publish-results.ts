import { defineCommand } from '../../../platform/command';
import { updateSurveyRow } from '../surveys.repository';
import { publishResultsInput } from '../surveys.schemas';
import { loadSurvey, mayManageSurvey } from './survey-access';

/** Makes the results public (on the site and in the API), or takes them down again. */
export const publishResults = defineCommand({
  name: 'publishResults',
  input: publishResultsInput,
  authorize: (actor, input, trx) => mayManageSurvey(trx, actor, input.survey_id),
  async run(trx, input) {
    const survey = await loadSurvey(trx, input.survey_id);
    const value = input.results_public ? 1 : 0;
    await updateSurveyRow(trx, survey.id, { results_public: value, updated_at: new Date().toISOString() });
    return {
      result: { id: survey.id, resultsPublic: input.results_public },
      audit: [
        {
          action: input.results_public ? 'survey.results.publish' : 'survey.results.unpublish',
          entityType: 'survey',
          entityId: survey.id,
          before: { results_public: survey.results_public },
          after: { results_public: value },
        },
      ],
    };
  },
});
