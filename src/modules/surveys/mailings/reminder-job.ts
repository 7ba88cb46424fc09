import { z } from 'zod';
import { systemActor } from '../../../platform/authz';
import type { JobHandlers } from '../../../platform/jobs';
import type { Mailer } from '../../../platform/mail';
import { availabilityOf } from '../availability';
import { surveyById } from '../surveys.repository';
import { sendReminders } from './send-mailing';

export const SURVEY_REMINDER_JOB = 'survey.reminder';

/** One reminder per survey and day: the job's key and the per-recipient delivery rows both use it. */
export const reminderKey = (surveyId: number, on: string) => `survey-reminder:${surveyId}:${on}`;

const payload = z.object({ surveyId: z.number().int().positive(), on: z.string() });

/** The handlers runDueJobs needs for the surveys' jobs (main.ts passes them to the job loop). */
export function surveyJobHandlers(deps: { mailer: Mailer; baseUrl: string }): JobHandlers {
  return {
    async [SURVEY_REMINDER_JOB](db, raw) {
      const { surveyId, on } = payload.parse(raw);
      const survey = await surveyById(db, surveyId);
      // A survey deleted or closed since the reminder was planned needs no reminder: the job is done.
      if (!survey || (!availabilityOf(survey).accepting && survey.status !== 'draft')) return;
      const report = await sendReminders(db, systemActor('job'), { surveyId, on, mailer: deps.mailer, baseUrl: deps.baseUrl });
      // Failed deliveries were released: failing the job makes the loop try them again later.
      if (report.failed.length > 0) throw new Error(`${report.failed.length} reminder(s) could not be sent: ${report.failed[0]!.error}`);
    },
  };
}
