import { afterAll, beforeAll, expect, it } from 'vitest';
import { getJointCase, jointCaseJobHandlers, JOINT_CASE_REMINDER, recordCouncilTreatment } from '../../src/modules/joint-cases';
import { anonymous } from '../../src/platform/authz';
import { execute } from '../../src/platform/command';
import { runDueJobs } from '../../src/platform/jobs';
import { createMailer, MailNotConfiguredError, type Mailer } from '../../src/platform/mail';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { createTestApp, type TestApp } from '../support/test-app';
import { referFresh, signedIn, system } from './joint-cases-support';

// The reminder N days before the deadline, through a real SMTP server on loopback: only the councils not
// yet treated get it, each recipient with a working personal link, and never twice.

let t: TestApp;
let smtp: TestSmtp;
let mailer: Mailer;
const baseUrl = 'https://samrad.example.test';

beforeAll(async () => {
  smtp = await startTestSmtp();
  mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'Samråd <post@samrad.example.test>' });
  t = await createTestApp({ seed: true });
  await signedIn(t.db, 'arkiv@baerum.example.test', { role: 'municipal_clerk', authorityCode: '0219' });
}, 60_000);
afterAll(async () => {
  await smtp?.stop();
  await t?.close();
});

function decodeQuotedPrintable(raw: string): string {
  const soft = raw.replace(/=\r?\n/g, '');
  return Buffer.from(soft.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
}
const inbox = () => smtp.messages.map((m) => ({ to: m.to, text: decodeQuotedPrintable(m.raw.toString('utf8')) }));
const tokenIn = (text: string) => /\/behandling\/([A-Za-z0-9_-]{43})/.exec(text)![1]!;

it('reminds the councils not treated, once, with a link that opens the form and records into the matrix', async () => {
  const id = await referFresh(t.db, {
    deadline: '2099-05-30',
    reminder_days_before: 7,
    clerk_emails: { '0220': 'post@asker.example.test', '0219': 'post@baerum.example.test', '0626': 'post@lier.example.test' },
  });
  const job = await t.db.selectFrom('jobs').select(['key', 'run_at', 'kind']).where('key', '=', `${JOINT_CASE_REMINDER}:${id}:2099-05-23`).executeTakeFirstOrThrow();
  expect(job.run_at).toBe('2099-05-23T06:00:00.000Z'); // 08:00 in Oslo (summer time)
  await execute(t.db, recordCouncilTreatment, system, { joint_case_id: id, member_code: '0220', status: 'treated', outcome: 'adopted_as_proposed', meeting_date: '2099-05-02' });

  const handlers = jointCaseJobHandlers({ mailer, baseUrl });
  smtp.clear();
  const report = await runDueJobs(t.db, { handlers, now: new Date('2099-05-23T06:00:00Z') });
  expect(report.done).toContain(job.key);
  const mails = inbox();
  expect(mails.flatMap((m) => m.to).sort()).toEqual(['arkiv@baerum.example.test', 'post@baerum.example.test', 'post@lier.example.test']);
  const baerum = mails.find((m) => m.to.includes('post@baerum.example.test'))!;
  expect(baerum.text).toContain('Påminnelse');
  expect(baerum.text).toContain('30.05.2099');
  expect(baerum.text).toContain(`${baseUrl}/behandling/`);

  // The job again (a second process, a retry): nothing new.
  await handlers[JOINT_CASE_REMINDER]!(t.db, { jointCaseId: id, dueOn: '2099-05-23' }, { key: job.key, now: new Date() });
  await runDueJobs(t.db, { handlers, now: new Date('2099-05-24T06:00:00Z') });
  expect(inbox()).toHaveLength(3);
  const rows = await t.db.selectFrom('joint_case_reminders').select('recipients').where('due_on', '=', '2099-05-23').execute();
  expect(rows).toHaveLength(2);

  // The link opens the recording form (no sign-in) and records into the matrix.
  const token = tokenIn(baerum.text);
  const page = await t.app.request(`/behandling/${token}`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('Bærum');
  await execute(t.db, recordCouncilTreatment, anonymous, {
    joint_case_id: id, member_code: '0219', link_token: token, status: 'treated', outcome: 'adopted_with_changes', meeting_date: '2099-05-24', resolution_text: 'Vedtatt med endringer fra Bærum.',
  });
  const view = (await getJointCase(t.db, id, system))!;
  expect(view.councils.find((c) => c.memberCode === '0219')).toMatchObject({ status: 'treated', resolutionText: 'Vedtatt med endringer fra Bærum.' });
  const csv = await t.app.request(`/api/v1/joint-cases/${id}/matrix.csv`, { headers: { cookie: '' } });
  expect(csv.status).toBe(404); // not published: the public cannot read it
});

it('gives a council back when its mail failed, so the retry reminds it; refuses when mail is not set up', async () => {
  const id = await referFresh(t.db, { members: ['0626'], clerk_emails: { '0626': 'full@lier.example.test' }, reminder_days_before: 3 });
  const handlers = jointCaseJobHandlers({ mailer, baseUrl });
  const payload = { jointCaseId: id, dueOn: '2099-05-27' };
  const context = { key: 'test', now: new Date() };
  smtp.clear();
  smtp.refuse.add('full@lier.example.test');
  await expect(handlers[JOINT_CASE_REMINDER]!(t.db, payload, context)).rejects.toThrow(/could not be sent/);
  const council = await t.db.selectFrom('joint_case_councils').select('id').where('joint_case_id', '=', id).executeTakeFirstOrThrow();
  expect(await t.db.selectFrom('joint_case_reminders').select('id').where('council_id', '=', council.id).execute()).toEqual([]);
  smtp.refuse.clear();
  await handlers[JOINT_CASE_REMINDER]!(t.db, payload, context);
  expect(inbox().map((m) => m.to)).toEqual([['full@lier.example.test']]);

  const none = jointCaseJobHandlers({ mailer: createMailer({ smtpUrl: undefined, mailFrom: 'x <x@example.test>' }), baseUrl });
  await expect(none[JOINT_CASE_REMINDER]!(t.db, payload, context)).rejects.toBeInstanceOf(MailNotConfiguredError);
});
