import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { authorityNamesOn } from '../../registry';
import { canManageSurveys } from '../surveys.policy';
import { invitationsWithPersons, surveyById } from '../surveys.repository';
import type { InvitationView } from './views';

/**
 * The invitees of a survey, for its secretariat: who was invited, sent, reminded and has answered
 * (the day only). Never what anyone answered. Null for those who may not see it, as if no survey.
 */
export async function invitationsOf(db: Db, surveyId: number, actor: Actor): Promise<InvitationView[] | null> {
  const survey = await surveyById(db, surveyId);
  if (!survey || !canManageSurveys(actor, survey.cooperation_id)) return null;
  const rows = await invitationsWithPersons(db, surveyId);
  const names = await authorityNamesOn(db, [...new Set(rows.map((r) => r.municipality_code))], survey.opens_on);
  return rows.map((r) => ({
    id: r.id,
    personName: r.person_name,
    email: r.email,
    role: r.role,
    municipalityCode: r.municipality_code,
    municipalityName: names.get(r.municipality_code) ?? r.municipality_code,
    sentAt: r.sent_at,
    respondedOn: r.responded_on,
    remindersSent: Number(r.reminders_sent ?? 0),
  }));
}
