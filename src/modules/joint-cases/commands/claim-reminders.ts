import { z } from 'zod';
import { isAdministrator } from '../../../platform/authz';
import { defineCommand } from '../../../platform/command';
import { isoDateParam } from '../../../platform/http/query';
import { recordId } from '../../../platform/input';
import { claimReminder, councilsOf, jointCaseById, releaseReminders } from '../joint-cases.repository';
import { issueLinks, recipientsOf } from '../link-issue';
import type { RecordingLinkToSend } from '../views';

/**
 * The reminder job's write: claims the (council, due day) reminder rows of every council not yet
 * treated or withdrawn — a row that exists already means that reminder went out, so it is skipped, also
 * when the job runs twice or in two processes at once — and issues a fresh personal link per recipient.
 * The mails are sent after the commit; `releaseReminder` gives a council back when its mail failed.
 */
export const claimReminders = defineCommand({
  name: 'claimReminders',
  input: z.object({ joint_case_id: recordId, due_on: isoDateParam }),
  authorize: (actor) => isAdministrator(actor),
  pageScope: () => 'none' as const, // reminders and links change no page
  async run(trx, input) {
    const jointCase = await jointCaseById(trx, input.joint_case_id);
    if (!jointCase) return { result: null, audit: [] };
    const open = (await councilsOf(trx, [jointCase.id])).filter((c) => c.status === 'not_started' || c.status === 'scheduled');
    const recipients = await recipientsOf(trx, open);
    const now = new Date();
    const claimed = [];
    for (const council of open) {
      const emails = recipients.get(council.member_code) ?? [];
      if (emails.length === 0) continue;
      if (await claimReminder(trx, { council_id: council.id, due_on: input.due_on, recipients: JSON.stringify(emails), sent_at: now.toISOString() })) claimed.push(council);
    }
    const { links } = await issueLinks(trx, claimed, jointCase.deadline, now, { recipients });
    const result: { title: string; deadline: string; links: RecordingLinkToSend[] } = { title: jointCase.title, deadline: jointCase.deadline, links };
    return {
      result,
      audit: claimed.length
        ? [{ action: 'joint_case.remind', entityType: 'joint_case', entityId: jointCase.id, after: { due_on: input.due_on, reminded: links.map((l) => ({ member_code: l.memberCode, email: l.email })) } }]
        : [],
    };
  },
});

/** Gives back the claims of councils whose reminder mail failed, so that the job's retry reminds them. */
export const releaseReminderClaims = defineCommand({
  name: 'releaseReminderClaims',
  input: z.object({ joint_case_id: recordId, due_on: isoDateParam, council_ids: z.array(recordId), error: z.string() }),
  authorize: (actor) => isAdministrator(actor),
  pageScope: () => 'none' as const,
  async run(trx, input) {
    await releaseReminders(trx, input.council_ids, input.due_on);
    return {
      result: null,
      audit: [{ action: 'joint_case.remind_failed', entityType: 'joint_case', entityId: input.joint_case_id, after: { due_on: input.due_on, council_ids: input.council_ids, error: input.error } }],
    };
  },
});
