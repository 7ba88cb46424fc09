import { z } from 'zod';
import { systemActor } from '../../platform/authz';
import { execute } from '../../platform/command';
import type { JobHandlers } from '../../platform/jobs';
import { MailNotConfiguredError, type Mailer } from '../../platform/mail';
import { claimReminders, releaseReminderClaims } from './commands/claim-reminders';
import { mailRecordingLinks } from './link-mail';
import { JOINT_CASE_REMINDER } from './reminder-schedule';

export { JOINT_CASE_REMINDER } from './reminder-schedule';

const payload = z.object({ jointCaseId: z.number().int().positive(), dueOn: z.string() });

/**
 * The scheduled work of joint cases: the reminder N days before the deadline to every council not yet
 * treated (its clerk_email and the accounts clerking for it), each with a fresh personal link. Never
 * twice for the same council and day: the claim is a unique row, written before the mail goes out.
 */
export function jointCaseJobHandlers(deps: { mailer: Mailer; baseUrl: string }): JobHandlers {
  return {
    async [JOINT_CASE_REMINDER](db, raw) {
      if (!deps.mailer.configured) throw new MailNotConfiguredError();
      const { jointCaseId, dueOn } = payload.parse(raw);
      const claimed = await execute(db, claimReminders, systemActor('job'), { joint_case_id: jointCaseId, due_on: dueOn });
      if (!claimed || claimed.links.length === 0) return; // deleted since, or every council has answered
      const report = await mailRecordingLinks(deps.mailer, deps.baseUrl, claimed, claimed.links, 'reminder');
      // A council none of whose recipients could be reached is given back, so the retry reminds it;
      // a council reached by at least one address counts as reminded (never twice).
      const reached = new Set(report.sent.map((l) => l.councilId));
      const unreached = [...new Set(report.failed.map((f) => f.link.councilId))].filter((id) => !reached.has(id));
      if (unreached.length > 0) {
        const error = `the reminder could not be sent to ${unreached.length} council(s): ${report.failed[0]!.error}`;
        await execute(db, releaseReminderClaims, systemActor('job'), { joint_case_id: jointCaseId, due_on: dueOn, council_ids: unreached, error });
        throw new Error(error);
      }
    },
  };
}
