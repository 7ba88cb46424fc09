import { defineCommand } from '../../../platform/command';
import { NotFoundError } from '../../../platform/errors';
import { todayInOslo } from '../../../platform/i18n';
import { checkAnswers } from '../answers';
import { assertAccepting } from '../availability';
import type { Section } from '../survey-definition';
import { AlreadyAnsweredError } from '../surveys.errors';
import { invitationByTokenHash, surveyById, upsertDraft } from '../surveys.repository';
import { saveDraftInput } from '../surveys.schemas';
import { hashToken } from '../tokens';

/**
 * Keeps unfinished answers behind a personal link, to be resumed before they are sent. The link is
 * the permission; the draft is deleted when the response is sent. Its audit entry names the survey
 * only, never the invitation: for an anonymous survey even that a draft exists is nobody's business.
 */
export const saveDraft = defineCommand({
  name: 'saveDraft',
  input: saveDraftInput,
  authorize: () => true,
  async run(trx, input) {
    const invitation = await invitationByTokenHash(trx, hashToken(input.token));
    const survey = invitation && (await surveyById(trx, invitation.survey_id));
    if (!invitation || !survey) throw new NotFoundError('This link is not valid. Check that the whole address was copied.');
    if (invitation.responded_on) throw new AlreadyAnsweredError();
    const today = todayInOslo();
    assertAccepting(survey, today);
    const answers = checkAnswers(JSON.parse(survey.definition) as Section[], input.answers, false);
    await upsertDraft(trx, invitation.id, JSON.stringify(answers), today);
    return {
      result: { savedOn: today },
      audit: [{ action: 'survey.draft.save', entityType: 'survey', entityId: survey.id }],
    };
  },
});
