import { defineCommand } from '../../../platform/command';
import { ConflictError, ValidationError } from '../../../platform/errors';
import { isWeakerPromise } from '../surveys.catalog';
import { responseCount, scrubResponses, updateSurveyRow } from '../surveys.repository';
import { updateSurveyInput } from '../surveys.schemas';
import { loadSurvey, mayManageSurvey } from './survey-access';

/**
 * The survey's settings. Its promise of anonymity may not be weakened once anyone has answered on
 * the strength of it; strengthening it makes the responses already stored as anonymous as promised.
 */
export const updateSurvey = defineCommand({
  name: 'updateSurvey',
  input: updateSurveyInput,
  authorize: (actor, input, trx) => mayManageSurvey(trx, actor, input.survey_id),
  async run(trx, input) {
    const before = await loadSurvey(trx, input.survey_id);
    const answered = (await responseCount(trx, before.id)) > 0;
    if (input.anonymity && answered && isWeakerPromise(input.anonymity, before.anonymity)) {
      throw new ConflictError(
        `anonymity: the survey promised "${before.anonymity}" and has responses; the promise cannot be weakened to "${input.anonymity}".`,
      );
    }
    const opensOn = input.opens_on ?? before.opens_on;
    const closesOn = input.closes_on ?? before.closes_on;
    if (closesOn < opensOn) throw new ValidationError({ closes_on: [`must be on or after the opening date ${opensOn}`] });

    const json = (value: object | null | undefined, current: string) => (value === undefined ? current : JSON.stringify(value ?? {}));
    const after = await updateSurveyRow(trx, before.id, {
      title: json(input.title, before.title),
      intro: json(input.intro, before.intro),
      audience: json(input.audience, before.audience),
      source_note: json(input.source_note, before.source_note),
      language: input.language ?? before.language,
      anonymity: input.anonymity ?? before.anonymity,
      opens_on: opensOn,
      closes_on: closesOn,
      open_link: input.open_link === undefined ? before.open_link : input.open_link ? 1 : 0,
      updated_at: new Date().toISOString(),
    });
    if (after.anonymity === 'anonymous' && before.anonymity !== 'anonymous') await scrubResponses(trx, before.id);
    return {
      result: { id: after.id },
      audit: [{ action: 'survey.update', entityType: 'survey', entityId: after.id, before: settingsOf(before), after: settingsOf(after) }],
    };
  },
});

const settingsOf = ({ definition: _definition, ...rest }: { definition: string } & Record<string, unknown>) => rest;
