import { todayInOslo } from '../../platform/i18n';
import { notOpenTexts, SurveyNotOpenError } from './surveys.errors';
import type { Availability } from './queries/views';

interface Dates {
  status: string;
  opens_on: string;
  closes_on: string;
  closed_on: string | null;
}

/**
 * Whether a survey takes answers on `today` (an Oslo calendar day): it must be open, and the day
 * within opens_on … closes_on, both inclusive.
 */
export function availabilityOf(survey: Dates, today = todayInOslo()): Availability {
  if (survey.status === 'draft') return { accepting: false, reason: 'draft', date: null, message: notOpenTexts('draft', null) };
  const closedOn = survey.status === 'closed' ? (survey.closed_on ?? survey.closes_on) : today > survey.closes_on ? survey.closes_on : null;
  if (closedOn) return { accepting: false, reason: 'closed', date: closedOn, message: notOpenTexts('closed', closedOn) };
  if (today < survey.opens_on) return { accepting: false, reason: 'not_yet_open', date: survey.opens_on, message: notOpenTexts('not_yet_open', survey.opens_on) };
  return { accepting: true };
}

export function assertAccepting(survey: Dates, today: string): void {
  const a = availabilityOf(survey, today);
  if (!a.accepting) throw new SurveyNotOpenError(a.reason, a.date, a.message);
}
