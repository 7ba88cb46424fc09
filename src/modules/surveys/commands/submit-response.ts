import { recordAudit } from '../../../platform/audit';
import { anonymous } from '../../../platform/authz';
import { defineCommand } from '../../../platform/command';
import { NotFoundError, ValidationError } from '../../../platform/errors';
import { todayInOslo } from '../../../platform/i18n';
import { membersOn } from '../../cooperations';
import { checkAnswers } from '../answers';
import { assertAccepting } from '../availability';
import type { Section } from '../survey-definition';
import { AlreadyAnsweredError } from '../surveys.errors';
import { maySetSeedFields } from '../surveys.policy';
import {
  claimSubmissionKey,
  deleteDraft,
  insertResponse,
  invitationByTokenHash,
  markResponded,
  surveyById,
  type InvitationRow,
} from '../surveys.repository';
import { submitResponseInput } from '../surveys.schemas';
import { hashToken, newResponseId } from '../tokens';

/**
 * Stores one response, through a personal link (the token is the permission, and gives one response)
 * or through the open link (the respondent states role and municipality). Everything happens in one
 * transaction: the invitation is marked used, the draft deleted and the response written together.
 *
 * For an anonymous survey the response row keeps no invitation, no person and no time, the invitation
 * only the day it was used, and the audit entry names the survey and an anonymous actor, whoever is
 * signed in (or the system actor that loads the demo) (docs/decisions/011-survey-anonymity.md).
 */
export const submitResponse = defineCommand({
  name: 'submitResponse',
  input: submitResponseInput,
  authorize: (actor, input) => (input.on === undefined && input.is_synthetic === undefined) || maySetSeedFields(actor),
  async run(trx, input, actor) {
    const survey = await surveyById(trx, input.survey_id);
    if (!survey || survey.status === 'draft') throw new NotFoundError('No such survey.');
    const today = input.on ?? todayInOslo();
    const sections = JSON.parse(survey.definition) as Section[];

    let invitation: InvitationRow | null = null;
    let role: string;
    let municipalityCode: string;
    if (input.token) {
      const found = await invitationByTokenHash(trx, hashToken(input.token));
      if (!found || found.survey_id !== survey.id) throw new NotFoundError('This link is not valid. Check that the whole address was copied.');
      if (found.responded_on) throw new AlreadyAnsweredError();
      invitation = found;
      role = found.role;
      municipalityCode = found.municipality_code;
    } else {
      if (!survey.open_link) throw new NotFoundError('This survey is answered through personal links only.');
      role = input.role!;
      municipalityCode = input.municipality_code!;
    }
    assertAccepting(survey, today);
    const answers = checkAnswers(sections, input.answers, true);

    if (invitation) {
      if (!(await markResponded(trx, invitation.id, today))) throw new AlreadyAnsweredError();
      await deleteDraft(trx, invitation.id);
    } else {
      const members = await membersOn(trx, survey.cooperation_id, today);
      if (!members.some((m) => m.code === municipalityCode)) {
        throw new ValidationError({ municipality_code: [`${municipalityCode} is not a member of the survey's cooperation; choose your municipality from the list`] });
      }
      if (input.idempotency_key && !(await claimSubmissionKey(trx, survey.id, hashToken(input.idempotency_key)))) {
        throw new AlreadyAnsweredError();
      }
    }

    const isAnonymous = survey.anonymity === 'anonymous';
    const id = newResponseId();
    await insertResponse(trx, {
      id,
      survey_id: survey.id,
      role,
      municipality_code: municipalityCode,
      channel: invitation ? 'invitation' : 'open_link',
      answers: JSON.stringify(answers),
      invitation_id: isAnonymous || !invitation ? null : invitation.id,
      submitted_at: isAnonymous ? null : new Date().toISOString(),
      is_synthetic: input.is_synthetic ? 1 : 0,
    });
    if (isAnonymous) {
      // A system actor (the demo loader) names no one; anyone else is recorded as anonymous.
      await recordAudit(trx, actor.kind === 'system' ? actor : anonymous, { action: 'survey.response.receive', entityType: 'survey', entityId: survey.id });
      return { result: { received: true as const, cooperationId: survey.cooperation_id }, audit: [] };
    }
    return {
      result: { received: true as const, cooperationId: survey.cooperation_id },
      audit: [
        {
          action: 'survey.response.receive',
          entityType: 'survey_response',
          entityId: id,
          after: { survey_id: survey.id, invitation_id: invitation?.id ?? null, channel: invitation ? 'invitation' : 'open_link' },
        },
      ],
    };
  },
  // A response changes only its own cooperation's pages (the results), never the others' cached pages.
  pageScope: (_trx, _input, result) => ({ cooperationId: result.cooperationId }),
});
