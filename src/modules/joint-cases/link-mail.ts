import { formatDate, formatDateTime } from '../../platform/i18n';
import { MailNotConfiguredError, type Mail, type Mailer } from '../../platform/mail';
import { recordingLinkUrl } from './links';
import type { JointCaseSummary, RecordingLinkToSend } from './views';

type About = Pick<JointCaseSummary, 'title' | 'deadline'>;

/**
 * The e-mail with a personal recording link: a first request (`links`) or a reminder. Bokmål first,
 * English below; the link is the only thing the reader must act on, so it stands on its own line.
 */
export function recordingLinkMail(kind: 'links' | 'reminder', about: About, link: RecordingLinkToSend, baseUrl: string): Mail {
  const url = recordingLinkUrl(baseUrl, link.token);
  const deadline = formatDate(about.deadline, 'nb');
  const subject = kind === 'reminder'
    ? `Påminnelse: registrer vedtaket i ${link.memberName} om «${about.title}» innen ${deadline}`
    : `Registrer vedtaket i ${link.memberName} om «${about.title}»`;
  const text = [
    kind === 'reminder'
      ? `Fristen for politisk behandling av «${about.title}» er ${deadline}, og vi har ennå ikke registrert behandlingen i ${link.memberName}.`
      : `Saken «${about.title}» er sendt til politisk behandling i ${link.memberName}, med frist ${deadline}.`,
    'Registrer organ, møtedato, saksnummer og vedtaket her (ingen innlogging; lenken er personlig og kan brukes til én innsending):',
    '',
    url,
    '',
    `Lenken gjelder til ${formatDateTime(link.expiresAt, 'nb')}. Trenger du en ny lenke, svar på denne e-posten.`,
    '',
    '—',
    kind === 'reminder'
      ? `Reminder: the deadline for "${about.title}" is ${deadline}, and the treatment in ${link.memberName} is not yet recorded.`
      : `"${about.title}" has been referred to ${link.memberName} for political treatment, deadline ${deadline}.`,
    'Record the council\'s resolution with the personal link above (no sign-in; it works for one submission).',
  ].join('\n');
  return { to: link.email, subject, text };
}

export interface MailReport {
  sent: RecordingLinkToSend[];
  failed: { link: RecordingLinkToSend; error: string }[];
}

/** Sends the links created by `sendRecordingLinks` (after its transaction). Refuses up front when mail is not set up. */
export async function mailRecordingLinks(mailer: Mailer, baseUrl: string, about: About, links: RecordingLinkToSend[], kind: 'links' | 'reminder' = 'links'): Promise<MailReport> {
  if (!mailer.configured) throw new MailNotConfiguredError();
  const report: MailReport = { sent: [], failed: [] };
  for (const link of links) {
    try {
      await mailer.send(recordingLinkMail(kind, about, link, baseUrl));
      report.sent.push(link);
    } catch (error) {
      report.failed.push({ link, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}
