import type { Db } from '../../../platform/db/database';
import { todayInOslo } from '../../../platform/i18n';
import { membersOn } from '../../cooperations';
import { RESPONDENT_ROLES } from '../surveys.catalog';
import { surveyById } from '../surveys.repository';
import type { OpenLinkChoices } from './views';

/**
 * The role and municipality an open-link respondent chooses from: the six roles, and the cooperation's
 * members on the day (today while the survey runs, else its last day), in the order of member lists.
 */
export async function openLinkChoices(db: Db, surveyId: number): Promise<OpenLinkChoices | null> {
  const survey = await surveyById(db, surveyId);
  if (!survey) return null;
  const today = todayInOslo();
  const day = today < survey.opens_on ? survey.opens_on : today > survey.closes_on ? survey.closes_on : today;
  const members = await membersOn(db, survey.cooperation_id, day);
  return { roles: RESPONDENT_ROLES, municipalities: members.map((m) => ({ code: m.code, name: m.name })) };
}
