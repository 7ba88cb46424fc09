import type { Db } from '../../../platform/db/database';
import { norwegianCollator } from '../../../platform/i18n';
import { authorityNamesOn } from '../../registry';
import { surveyById } from '../surveys.repository';
import type { ResponseRateView } from './views';

/**
 * How many were invited and how many of them answered, by role and by municipality, plus the
 * responses through the open link. Counts only: the results page suppresses the small ones.
 */
export async function responseRate(db: Db, surveyId: number): Promise<ResponseRateView | null> {
  const survey = await surveyById(db, surveyId);
  if (!survey) return null;
  const { invited, respondedByInvitation, byRole, byCode } = await invitationCounts(db, surveyId);
  const channels = await db
    .selectFrom('survey_responses')
    .select(['channel', (eb) => eb.fn.countAll<number>().as('n')])
    .where('survey_id', '=', surveyId)
    .groupBy('channel')
    .execute();
  const count = (channel: string) => Number(channels.find((c) => c.channel === channel)?.n ?? 0);
  const names = await authorityNamesOn(db, [...byCode.keys()], survey.opens_on);
  return {
    invited,
    respondedByInvitation,
    openLinkResponses: count('open_link'),
    totalResponses: count('open_link') + count('invitation'),
    byRole: [...byRole].map(([role, r]) => ({ role, ...r })),
    byMunicipality: [...byCode]
      .map(([code, r]) => ({ code, name: names.get(code) ?? code, ...r }))
      .sort((a, b) => norwegianCollator.compare(a.name, b.name)),
  };
}

type Counts = { invited: number; responded: number };

/** Invited and answered, in all and by role and by municipality code (the results need no more than this). */
export async function invitationCounts(db: Db, surveyId: number) {
  const invitations = await db
    .selectFrom('survey_invitations')
    .select(['role', 'municipality_code', 'responded_on'])
    .where('survey_id', '=', surveyId)
    .execute();
  const byRole = new Map<string, Counts>();
  const byCode = new Map<string, Counts>();
  for (const i of invitations) {
    for (const [map, key] of [
      [byRole, i.role],
      [byCode, i.municipality_code],
    ] as const) {
      const row = map.get(key) ?? { invited: 0, responded: 0 };
      row.invited++;
      if (i.responded_on) row.responded++;
      map.set(key, row);
    }
  }
  return { invited: invitations.length, respondedByInvitation: invitations.filter((i) => i.responded_on).length, byRole, byCode };
}
