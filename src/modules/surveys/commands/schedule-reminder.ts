import { defineCommand } from '../../../platform/command';
import { ValidationError } from '../../../platform/errors';
import { scheduleJob } from '../../../platform/jobs';
import { SURVEY_REMINDER_JOB, reminderKey } from '../mailings/reminder-job';
import { scheduleReminderInput } from '../surveys.schemas';
import { loadSurvey, mayManageSurvey } from './survey-access';

/**
 * Plans a reminder to everyone invited who has not answered, on a day (Oslo time of day `at`). The
 * job's key is the survey and the day, so planning the same day twice plans one reminder.
 */
export const scheduleReminder = defineCommand({
  name: 'scheduleReminder',
  input: scheduleReminderInput,
  authorize: (actor, input, trx) => mayManageSurvey(trx, actor, input.survey_id),
  async run(trx, input) {
    const survey = await loadSurvey(trx, input.survey_id);
    if (input.on < survey.opens_on || input.on > survey.closes_on) {
      throw new ValidationError({ on: [`must be a day while the survey is open, ${survey.opens_on} to ${survey.closes_on}`] });
    }
    const key = reminderKey(survey.id, input.on);
    const created = await scheduleJob(trx, {
      key,
      kind: SURVEY_REMINDER_JOB,
      runAt: osloInstant(input.on, input.at),
      payload: { surveyId: survey.id, on: input.on },
    });
    return {
      result: { key, created },
      audit: created ? [{ action: 'survey.reminder.schedule', entityType: 'survey', entityId: survey.id, after: { key, on: input.on, at: input.at } }] : [],
    };
  },
});

/** The UTC instant of a wall-clock time in Oslo on a day (daylight saving included). */
export function osloInstant(day: string, time: string): string {
  const guess = new Date(`${day}T${time}:00Z`);
  const oslo = new Date(guess.toLocaleString('en-US', { timeZone: 'Europe/Oslo' }));
  const utc = new Date(guess.toLocaleString('en-US', { timeZone: 'UTC' }));
  return new Date(guess.getTime() - (oslo.getTime() - utc.getTime())).toISOString();
}
