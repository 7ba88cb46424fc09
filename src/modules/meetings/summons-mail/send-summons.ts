import { anonymous, type Actor } from '../../../platform/authz';
import { execute } from '../../../platform/command';
import type { Db } from '../../../platform/db/database';
import { NotFoundError } from '../../../platform/errors';
import type { Locale } from '../../../platform/i18n';
import type { Mail, Mailer } from '../../../platform/mail';
import { recordSummonsDispatch } from '../commands/record-summons-dispatch';
import { summonMeeting } from '../commands/summon-meeting';
import { PDF_CONTENT_TYPE, summonsFileName, summonsPdf } from '../documents';
import { summonsModel } from '../queries/document-models';
import { meetingWithBody } from '../meetings.repository';
import { parseExtraAddresses } from './addresses';
import { meetingUrl, summonsSubject, summonsText } from './mail-text';
import { summonsRecipients, withExtraAddresses, type SummonsRecipient } from './recipients';

export interface SummonsMailOptions {
  meetingId: number;
  mailer: Mailer;
  /** The site's address, for the link to the meeting page: config.publicUrl, or the request's origin. */
  baseUrl: string;
  /** The language of the e-mail and its PDF; bokmål unless given. */
  locale?: Locale;
  /** Addresses beyond the body's seat holders, as typed in the summons form (one per line, or comma-separated). */
  extraAddresses?: string;
}

export interface SummonsDispatchReport {
  mailConfigured: boolean;
  sent: string[];
  failed: { email: string; error: string }[];
}

/**
 * Summons the meeting (its own transaction, committed), then e-mails the summons and records who got
 * it. The extra addresses are checked first, so a typo refuses the form before anything happens.
 */
export async function summonAndSend(db: Db, actor: Actor, options: SummonsMailOptions): Promise<SummonsDispatchReport> {
  const extra = parseExtraAddresses(options.extraAddresses);
  await execute(db, summonMeeting, actor, { meeting_id: options.meetingId });
  return sendSummons(db, actor, options, extra);
}

/**
 * E-mails a summoned meeting's summons to the seat holders and `extra`, one message each with the
 * PDF attached, and records the outcome with recordSummonsDispatch. Failed addresses are named in
 * the record rather than thrown: the summons is published whatever the mail server says.
 */
export async function sendSummons(db: Db, actor: Actor, options: SummonsMailOptions, extra: string[] = []): Promise<SummonsDispatchReport> {
  const seatHolders = await summonsRecipients(db, options.meetingId, actor);
  if (!seatHolders) throw new NotFoundError('No meeting has this id.');
  const recipients = options.mailer.configured ? withExtraAddresses(seatHolders, extra) : [];
  const sent: SummonsRecipient[] = [];
  const failed: { email: string; error: string }[] = [];
  if (recipients.length > 0) {
    const compose = await composer(db, options).catch((error: unknown) => error as Error);
    for (const recipient of recipients) {
      try {
        if (compose instanceof Error) throw compose;
        await options.mailer.send(compose(recipient));
        sent.push(recipient);
      } catch (error) {
        failed.push({ email: recipient.email, error: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  await execute(db, recordSummonsDispatch, actor, {
    meeting_id: options.meetingId,
    mail_configured: options.mailer.configured,
    sent: sent.map((r) => ({ email: r.email, name: r.name, is_deputy: r.isDeputy })),
    failed,
  });
  return { mailConfigured: options.mailer.configured, sent: sent.map((r) => r.email), failed };
}

/**
 * The mail for each recipient. Built from what the public may read (the summoned meeting as an
 * anonymous reader sees it), so neither the text nor the PDF can carry an exempt title.
 */
async function composer(db: Db, options: SummonsMailOptions): Promise<(recipient: SummonsRecipient) => Mail> {
  const locale = options.locale ?? 'nb';
  // Only the slug is wanted from the meeting itself; summonsModel loads the agenda.
  const meeting = await meetingWithBody(db, options.meetingId);
  const published = await summonsModel(db, options.meetingId, anonymous, locale);
  if (!meeting || !published) throw new Error('The summons could not be built: the meeting is not summoned or has no agenda.');
  const model = { ...published, agenda: published.agenda.map((item) => ({ ...item, showExemptTitle: false })) };
  const pdf = await summonsPdf(model);
  const attachment = { filename: summonsFileName(model, 'pdf'), content: pdf, contentType: PDF_CONTENT_TYPE };
  const url = meetingUrl(options.baseUrl, locale, meeting.cooperation_slug, meeting.id);
  const subject = summonsSubject(model);
  return (recipient) => ({ to: recipient.email, subject, text: summonsText(model, recipient, url), attachments: [attachment] });
}
