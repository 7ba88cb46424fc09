import type { Transporter } from 'nodemailer';
import type { Config } from '../config';
import { AppError } from '../errors';

// E-mail over SMTP (SMTP_URL). Without SMTP_URL nothing is sent, and the features that send say so
// (MailNotConfiguredError) instead of pretending to have sent.

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Files sent with the mail (a summons as PDF …); optional, so plain mails stay as they are. */
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  content: Uint8Array;
  contentType: string;
}

export interface Mailer {
  /** False when SMTP_URL is unset: `send` then refuses. */
  configured: boolean;
  send(mail: Mail): Promise<void>;
}

export class MailNotConfiguredError extends AppError {
  constructor() {
    super('E-mail is not set up on this server: set SMTP_URL (smtp://host:port) and restart. Nothing was sent.', 409, 'mail_not_configured');
  }
}

export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom'>): Mailer {
  if (!config.smtpUrl) {
    return {
      configured: false,
      send: () => Promise.reject(new MailNotConfiguredError()),
    };
  }
  const smtpUrl = config.smtpUrl;
  // nodemailer is some forty modules: loaded with the first mail, not at every start-up.
  let transport: Promise<Transporter> | undefined;
  const transportOf = () => (transport ??= import('nodemailer').then((m) => m.default.createTransport(smtpUrl)));
  return {
    configured: true,
    async send(mail) {
      await (await transportOf()).sendMail({
        from: config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        attachments: mail.attachments?.map((a) => ({ filename: a.filename, content: Buffer.from(a.content), contentType: a.contentType })),
      });
    },
  };
}
