/** The job kind of reminders (key `joint-case-reminder:<jointCaseId>:<dueOn>`). */
export const JOINT_CASE_REMINDER = 'joint-case-reminder';

/** The day a reminder is due: `daysBefore` calendar days before the deadline. */
export function reminderDueOn(deadline: string, daysBefore: number): string {
  const day = new Date(`${deadline}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - daysBefore);
  return day.toISOString().slice(0, 10);
}
