import { defineCommand } from '../../../platform/command';
import { ValidationError, fieldErrorsFromZod } from '../../../platform/errors';
import { surveyDefinitionSchema } from '../survey-definition';
import { importDefinitionInput } from '../surveys.schemas';
import { authorizeForCooperation, storeNewSurvey } from './create-survey';

/**
 * A new draft survey from the JSON text of a definition (docs/survey-definition.md). Errors are keyed
 * by the path inside that JSON, such as `sections.0.questions.2.options`, so the author can find them.
 */
export const importDefinition = defineCommand({
  name: 'importDefinition',
  input: importDefinitionInput,
  authorize: (actor, input, trx) => authorizeForCooperation(trx, actor, input.cooperation_id),
  async run(trx, input) {
    let data: unknown;
    try {
      data = JSON.parse(input.json);
    } catch (error) {
      throw new ValidationError({ json: [`is not valid JSON: ${(error as Error).message}`] }, 'The file is not a survey definition.');
    }
    const parsed = surveyDefinitionSchema.safeParse(data);
    if (!parsed.success) throw new ValidationError(fieldErrorsFromZod(parsed.error.issues), 'The survey definition is not valid.');
    const stored = await storeNewSurvey(trx, input.cooperation_id, parsed.data, false);
    return { result: stored.result, audit: stored.audit.map((a) => ({ ...a, action: 'survey.import' })) };
  },
});
