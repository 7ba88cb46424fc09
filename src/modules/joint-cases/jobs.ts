import type { JobHandlers } from '../../platform/jobs';
import type { Mailer } from '../../platform/mail';

/** The scheduled work of joint cases (reminders to the councils not yet treated). */
export function jointCaseJobHandlers(_deps: { mailer: Mailer; baseUrl: string }): JobHandlers {
  return {};
}
