import { z } from 'zod';
import { defineCommand } from '../../../platform/command';
import { ConflictError } from '../../../platform/errors';
import { recordId } from '../../../platform/input';
import { availabilityOf } from '../availability';
import {
  claimReminderRecipients,
  deleteLink,
  insertLink,
  releaseReminders,
  setInvitationSent,
  setRemindersSent,
  unsentInvitations,
} from '../surveys.repository';
import { hashToken, newToken } from '../tokens';
import { loadSurvey, mayManageSurvey } from '../commands/survey-access';

// The two database halves of a mailing; the e-mails go between them, outside any transaction (an SMTP
// conversation must not hold the database's write lock). Internal to the module: send-mailing.ts runs them.

const prepareInput = z.object({ survey_id: recordId, reminder_key: z.string().min(1).max(200).optional() });

/**
 * Picks the recipients and gives each a fresh personal link. For a reminder it first writes a delivery
 * row per recipient under the reminder's key: a second run of the same reminder finds them taken.
 */
export const prepareMailing = defineCommand({
  name: 'prepareMailing',
  input: prepareInput,
  authorize: (actor, input, trx) => mayManageSurvey(trx, actor, input.survey_id),
  async run(trx, input) {
    const survey = await loadSurvey(trx, input.survey_id);
    if (survey.status === 'draft') throw new ConflictError('status: the survey is a draft; open it before sending invitations or reminders.');
    const availability = availabilityOf(survey);
    if (!availability.accepting && availability.reason === 'closed') {
      throw new ConflictError(`status: the survey closed on ${availability.date}; no invitations or reminders are sent for it.`);
    }
    const now = new Date().toISOString();
    const recipients = input.reminder_key
      ? await claimReminderRecipients(trx, survey.id, input.reminder_key, now)
      : await unsentInvitations(trx, survey.id);
    const withLinks = [];
    for (const r of recipients) {
      const token = newToken();
      await insertLink(trx, r.id, hashToken(token), now);
      withLinks.push({ invitationId: r.id, email: r.email, personName: r.person_name, token });
    }
    return {
      result: { survey, recipients: withLinks },
      audit: [
        {
          action: input.reminder_key ? 'survey.reminder.prepare' : 'survey.invitations.prepare',
          entityType: 'survey',
          entityId: survey.id,
          after: { reminder_key: input.reminder_key ?? null, invitation_ids: withLinks.map((r) => r.invitationId) },
        },
      ],
    };
  },
});

const recordInput = z.object({
  survey_id: recordId,
  reminder_key: z.string().min(1).max(200).optional(),
  sent: z.array(z.number().int()),
  failed: z.array(z.object({ invitationId: z.number().int(), token: z.string(), error: z.string() })),
});

/** Records what went: sent invitations and reminders are marked; a failed one is released and its link removed. */
export const recordMailing = defineCommand({
  name: 'recordMailing',
  input: recordInput,
  authorize: (actor, input, trx) => mayManageSurvey(trx, actor, input.survey_id),
  async run(trx, input) {
    const now = new Date().toISOString();
    if (input.reminder_key) {
      await setRemindersSent(trx, input.reminder_key, input.sent, now);
      await releaseReminders(trx, input.reminder_key, input.failed.map((f) => f.invitationId));
    } else {
      await setInvitationSent(trx, input.sent, now);
    }
    for (const f of input.failed) await deleteLink(trx, hashToken(f.token));
    return {
      result: null,
      audit: [
        {
          action: input.reminder_key ? 'survey.reminder.send' : 'survey.invitations.send',
          entityType: 'survey',
          entityId: input.survey_id,
          after: { reminder_key: input.reminder_key ?? null, sent: input.sent, failed: input.failed.map(({ invitationId, error }) => ({ invitationId, error })) },
        },
      ],
    };
  },
});
