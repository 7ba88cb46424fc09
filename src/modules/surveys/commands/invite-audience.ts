import { defineCommand } from '../../../platform/command';
import { ValidationError } from '../../../platform/errors';
import { membersOn } from '../../cooperations';
import { RESPONDENT_ROLE_KEYS } from '../surveys.catalog';
import { insertInvitation, insertLink, invitedPersonIds, seatHolders } from '../surveys.repository';
import { inviteAudienceInput } from '../surveys.schemas';
import { hashToken, newToken } from '../tokens';
import type { PersonalLink } from '../queries/views';
import { loadSurvey, mayManageSurvey } from './survey-access';

/**
 * Invites the persons in the people register who hold a seat with one of the roles on behalf of one
 * of the municipalities (all members when none is named) on the day the survey opens. Each person is
 * invited once, in the role listed first among their seats; persons without an e-mail address are
 * counted, not invited. The links come back once, here: only their hashes are stored.
 */
export const inviteAudience = defineCommand({
  name: 'inviteAudience',
  input: inviteAudienceInput,
  authorize: (actor, input, trx) => mayManageSurvey(trx, actor, input.survey_id),
  async run(trx, input) {
    const survey = await loadSurvey(trx, input.survey_id);
    const on = input.on ?? survey.opens_on;
    const members = new Set((await membersOn(trx, survey.cooperation_id, on)).map((m) => m.code));
    const strangers = input.municipality_codes.filter((code) => !members.has(code));
    if (strangers.length > 0) {
      throw new ValidationError({ municipality_codes: [`not members of the survey's cooperation on ${on}: ${strangers.join(', ')}`] });
    }
    const codes = input.municipality_codes.length > 0 ? input.municipality_codes : [...members];
    const holders = codes.length === 0 ? [] : await seatHolders(trx, input.roles, codes, on);

    const rank = (office: string) => RESPONDENT_ROLE_KEYS.indexOf(office as (typeof RESPONDENT_ROLE_KEYS)[number]);
    const byPerson = new Map<number, (typeof holders)[number]>();
    for (const h of holders) {
      const current = byPerson.get(h.person_id);
      if (!current || rank(h.office) < rank(current.office)) byPerson.set(h.person_id, h);
    }
    const already = new Set((await invitedPersonIds(trx, survey.id)).map((r) => r.person_id));

    const now = new Date().toISOString();
    const links: PersonalLink[] = [];
    let alreadyInvited = 0;
    let withoutEmail = 0;
    for (const h of byPerson.values()) {
      if (already.has(h.person_id)) {
        alreadyInvited++;
        continue;
      }
      if (!h.email) {
        withoutEmail++;
        continue;
      }
      const invitation = await insertInvitation(trx, {
        survey_id: survey.id,
        person_id: h.person_id,
        email: h.email,
        role: h.office,
        municipality_code: h.on_behalf_of_code!,
        created_at: now,
        sent_at: null,
        responded_on: null,
      });
      const token = newToken();
      await insertLink(trx, invitation.id, hashToken(token), now);
      links.push({ invitationId: invitation.id, personName: h.name, email: h.email, token, path: `/svar/${token}` });
    }
    return {
      result: { created: links.length, alreadyInvited, withoutEmail, links },
      audit: [
        {
          action: 'survey.invite',
          entityType: 'survey',
          entityId: survey.id,
          after: { roles: input.roles, municipality_codes: codes, on, invitation_ids: links.map((l) => l.invitationId), withoutEmail, alreadyInvited },
        },
      ],
    };
  },
});
