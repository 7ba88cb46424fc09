import { anonymous } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { authorityNameOn } from '../../registry';
import { draftOf, invitationByTokenHash } from '../surveys.repository';
import { hashToken, isWellFormedToken } from '../tokens';
import { getSurvey } from './surveys';
import type { Answers, InvitationContext } from './views';

/** What a personal link opens: the survey, the invitee's role and municipality, and any saved draft. */
export async function invitationByToken(db: Db, token: string): Promise<InvitationContext | null> {
  if (!isWellFormedToken(token)) return null;
  const invitation = await invitationByTokenHash(db, hashToken(token));
  if (!invitation) return null;
  const survey = await getSurvey(db, invitation.survey_id, anonymous);
  if (!survey) return null;
  const draft = await draftOf(db, invitation.id);
  return {
    invitationId: invitation.id,
    survey,
    role: invitation.role,
    municipalityCode: invitation.municipality_code,
    municipalityName: (await authorityNameOn(db, invitation.municipality_code, survey.opensOn)) ?? invitation.municipality_code,
    draft: draft ? (JSON.parse(draft.answers) as Answers) : null,
    responded: invitation.responded_on !== null,
  };
}
