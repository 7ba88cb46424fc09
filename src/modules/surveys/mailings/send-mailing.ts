import type { Actor } from '../../../platform/authz';
import { execute } from '../../../platform/command';
import type { Db } from '../../../platform/db/database';
import { parseLocalizedText, todayInOslo } from '../../../platform/i18n';
import { MailNotConfiguredError, type Mailer } from '../../../platform/mail';
import type { MailingReport } from '../queries/views';
import { personalLinkUrl, surveyMail } from './mail-texts';
import { prepareMailing, recordMailing } from './mailing-commands';
import { reminderKey } from './reminder-job';

export interface MailingOptions {
  surveyId: number;
  mailer: Mailer;
  /** The site's address, for the links: config.publicUrl, or the address the request came to. */
  baseUrl: string;
}

/** E-mails the invitations not yet sent, each with a fresh personal link. */
export function sendInvitations(db: Db, actor: Actor, options: MailingOptions): Promise<MailingReport> {
  return mail(db, actor, options, 'invitation');
}

/**
 * Reminds those invited who have not answered. One reminder per survey and day (`on`, default today):
 * whoever has had that day's reminder is skipped, however often this runs, so no one gets it twice.
 */
export function sendReminders(db: Db, actor: Actor, options: MailingOptions & { on?: string }): Promise<MailingReport> {
  return mail(db, actor, options, 'reminder', reminderKey(options.surveyId, options.on ?? todayInOslo()));
}

async function mail(db: Db, actor: Actor, options: MailingOptions, kind: 'invitation' | 'reminder', key?: string): Promise<MailingReport> {
  if (!options.mailer.configured) throw new MailNotConfiguredError();
  const { survey, recipients } = await execute(db, prepareMailing, actor, { survey_id: options.surveyId, reminder_key: key });
  const about = {
    title: parseLocalizedText(survey.title),
    language: survey.language,
    anonymity: survey.anonymity,
    closesOn: survey.closes_on,
  };
  const sent: number[] = [];
  const failed: { invitationId: number; token: string; error: string }[] = [];
  for (const r of recipients) {
    try {
      await options.mailer.send(surveyMail(kind, about, r.email, personalLinkUrl(options.baseUrl, survey.language, r.token)));
      sent.push(r.invitationId);
    } catch (error) {
      failed.push({ invitationId: r.invitationId, token: r.token, error: error instanceof Error ? error.message : String(error) });
    }
  }
  if (recipients.length > 0) await execute(db, recordMailing, actor, { survey_id: options.surveyId, reminder_key: key, sent, failed });
  return { sent: sent.length, failed: failed.map(({ invitationId, error }) => ({ invitationId, error })) };
}
