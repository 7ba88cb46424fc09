import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous } from '../../src/platform/authz';
import { execute } from '../../src/platform/command';
import { todayInOslo } from '../../src/platform/i18n';
import { runDueJobs } from '../../src/platform/jobs';
import { MailNotConfiguredError, createMailer, type Mailer } from '../../src/platform/mail';
import {
  invitationByToken,
  inviteAudience,
  invitationsOf,
  scheduleReminder,
  sendInvitations,
  sendReminders,
  submitResponse,
  surveyJobHandlers,
} from '../../src/modules/surveys';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { goodAnswers, openedSurvey, seed, surveyWorld } from './surveys-fixture';

// Invitations and reminders through a real SMTP server on loopback (smtp-server), started here.

interface Received {
  to: string[];
  text: string;
}

// One database per test: invitations reach every seat holder in the register, so worlds must not mix.
const databases: TestDatabase[] = [];
async function fresh(slug: string) {
  const database = await createTestDatabase();
  databases.push(database);
  t = database;
  return surveyWorld(database.db, slug);
}

let t: TestDatabase;
let smtp: TestSmtp;
let mailer: Mailer;
const baseUrl = 'https://samrad.example.test';

beforeAll(async () => {
  smtp = await startTestSmtp();
  mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'Samråd <post@samrad.example.test>' });
});
afterAll(async () => {
  await smtp?.stop();
  for (const database of databases) await database.close();
});

function decodeQuotedPrintable(raw: string): string {
  const soft = raw.replace(/=\r?\n/g, '');
  return Buffer.from(soft.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
}
const inbox = (): Received[] => smtp.messages.map((m) => ({ to: m.to, text: decodeQuotedPrintable(m.raw.toString('utf8')) }));
const tokenIn = (mail: Received) => /\/svar\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
const recipients = () => inbox().flatMap((m) => m.to).sort();

describe('e-mail', () => {
  it('refuses clearly when SMTP_URL is not set', async () => {
    const none = createMailer({ smtpUrl: undefined, mailFrom: 'x <x@example.test>' });
    expect(none.configured).toBe(false);
    const world = await fresh('uten-epost');
    const surveyId = await openedSurvey(t.db, world.cooperationId);
    await expect(sendInvitations(t.db, seed, { surveyId, mailer: none, baseUrl })).rejects.toBeInstanceOf(MailNotConfiguredError);
  });

  it('sends invitations with working personal links, then reminds only those who have not answered, once a day', async () => {
    const world = await fresh('med-epost');
    const surveyId = await openedSurvey(t.db, world.cooperationId);
    const invited = await execute(t.db, inviteAudience, seed, { survey_id: surveyId, roles: ['mayor', 'chief_executive', 'head_of_department'] });
    smtp.clear();

    const sent = await sendInvitations(t.db, seed, { surveyId, mailer, baseUrl });
    expect(sent).toEqual({ sent: 8, failed: [] });
    expect(recipients()).toEqual(invited.links.map((l) => l.email).sort());
    const first = inbox()[0]!;
    expect(first.text).toContain('du er invitert til å svare på spørreundersøkelsen «Kjennskap og nytte».');
    expect(first.text).toMatch(/^Subject: =\?UTF-8\?Q\?Invitasjon_til_/m);
    expect(first.text).toContain('Undersøkelsen er åpen til og med 31.12.2099.');
    expect(first.text).toContain('Anonym: svarene kan ikke knyttes til deg.');
    expect(first.text).toMatch(new RegExp(`${baseUrl}/svar/[A-Za-z0-9_-]{43}`));
    // Sending again sends nothing: every invitation has gone.
    expect(await sendInvitations(t.db, seed, { surveyId, mailer, baseUrl })).toEqual({ sent: 0, failed: [] });

    // Two answer through the links in their e-mails.
    const answered = inbox().slice(0, 2);
    for (const mail of answered) {
      expect(await invitationByToken(t.db, tokenIn(mail))).toMatchObject({ responded: false });
      await execute(t.db, submitResponse, anonymous, { survey_id: surveyId, token: tokenIn(mail), answers: goodAnswers });
    }
    const respondents = answered.flatMap((m) => m.to);

    smtp.clear();
    expect(await sendReminders(t.db, seed, { surveyId, mailer, baseUrl })).toEqual({ sent: 6, failed: [] });
    expect(recipients()).toEqual(invited.links.map((l) => l.email).filter((e) => !respondents.includes(e)).sort());
    expect(inbox()[0]!.text).toContain('vi har ikke fått svaret ditt på spørreundersøkelsen «Kjennskap og nytte».');
    // The reminder's link works too, and leads to the same invitation.
    expect(await invitationByToken(t.db, tokenIn(inbox()[0]!))).toMatchObject({ responded: false });

    smtp.clear();
    expect(await sendReminders(t.db, seed, { surveyId, mailer, baseUrl })).toEqual({ sent: 0, failed: [] });
    expect(inbox()).toEqual([]);
    const list = await invitationsOf(t.db, surveyId, seed);
    expect(list!.filter((i) => i.respondedOn === todayInOslo())).toHaveLength(2);
    expect(list!.filter((i) => i.remindersSent === 1)).toHaveLength(6);
  });

  it('runs a scheduled reminder once, even with two runners at once and the job scheduled twice', async () => {
    const world = await fresh('planlagt');
    const surveyId = await openedSurvey(t.db, world.cooperationId);
    await execute(t.db, inviteAudience, seed, { survey_id: surveyId, roles: ['mayor', 'chief_executive'] });
    await sendInvitations(t.db, seed, { surveyId, mailer, baseUrl });

    const first = await execute(t.db, scheduleReminder, seed, { survey_id: surveyId, on: '2030-03-04', at: '09:00' });
    const again = await execute(t.db, scheduleReminder, seed, { survey_id: surveyId, on: '2030-03-04', at: '10:00' });
    expect(first).toEqual({ key: `survey-reminder:${surveyId}:2030-03-04`, created: true });
    expect(again.created).toBe(false);
    const [job] = await t.db.selectFrom('jobs').selectAll().where('key', '=', first.key).execute();
    expect(job!.run_at).toBe('2030-03-04T08:00:00.000Z'); // 09:00 in Oslo, winter time

    const handlers = surveyJobHandlers({ mailer, baseUrl });
    smtp.clear();
    expect(await runDueJobs(t.db, { handlers, now: new Date('2030-03-04T07:59:00Z') })).toEqual({ done: [], failed: [] });
    expect(inbox()).toEqual([]);

    const now = new Date('2030-03-04T08:01:00Z');
    const [a, b] = await Promise.all([runDueJobs(t.db, { handlers, now }), runDueJobs(t.db, { handlers, now })]);
    expect([...a.done, ...b.done]).toEqual([first.key]);
    expect(inbox()).toHaveLength(6);
    expect(new Set(recipients()).size).toBe(6);

    smtp.clear();
    await runDueJobs(t.db, { handlers, now: new Date('2030-03-05T08:00:00Z') });
    // The same day's reminder by hand reaches no one a second time.
    expect(await sendReminders(t.db, seed, { surveyId, mailer, baseUrl, on: '2030-03-04' })).toEqual({ sent: 0, failed: [] });
    expect(inbox()).toEqual([]);
  });

  it('retries a reminder the SMTP server refused, and then sends it to that one only', async () => {
    const world = await fresh('avvist');
    const surveyId = await openedSurvey(t.db, world.cooperationId);
    const { links } = await execute(t.db, inviteAudience, seed, { survey_id: surveyId, roles: ['mayor'] });
    await sendInvitations(t.db, seed, { surveyId, mailer, baseUrl });
    const { key } = await execute(t.db, scheduleReminder, seed, { survey_id: surveyId, on: '2031-01-10' });

    smtp.refuse.add(links[0]!.email);
    smtp.clear();
    const handlers = surveyJobHandlers({ mailer, baseUrl });
    const failedRun = await runDueJobs(t.db, { handlers, now: new Date('2031-01-10T12:00:00Z') });
    expect(failedRun.failed).toEqual([{ key, error: expect.stringMatching(/1 reminder\(s\) could not be sent/), givenUp: false }]);
    expect(recipients()).toEqual(links.slice(1).map((l) => l.email).sort());

    smtp.refuse.clear();
    smtp.clear();
    const retry = await runDueJobs(t.db, { handlers, now: new Date('2031-01-10T12:06:00Z') });
    expect(retry).toEqual({ done: [key], failed: [] });
    expect(recipients()).toEqual([links[0]!.email]);
  });
});
