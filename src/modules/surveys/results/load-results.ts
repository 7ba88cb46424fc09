import type { Db } from '../../../platform/db/database';
import { norwegianCollator } from '../../../platform/i18n';
import { authoritiesNamedOn } from '../../registry';
import { invitationCounts } from '../queries/response-rate';
import { responsesForResults } from '../queries/responses-for-results';
import type { SurveyView } from '../queries/views';
import { questionsOf } from '../survey-definition';
import { RESPONDENT_ROLES } from '../surveys.catalog';
import { computeResults } from './compute-results';
import type { Dimension, SurveyResults, SurveyResultsInput } from './results.types';

/**
 * Reads what a survey's results are computed from: its questions, its responses (role, municipality,
 * answers; never a person) and its invitation counts, with the groups' names in display order.
 */
export async function surveyResultsInput(db: Db, survey: SurveyView): Promise<SurveyResultsInput> {
  const [responses, counts] = await Promise.all([responsesForResults(db, survey.id), invitationCounts(db, survey.id)]);
  const codes = [...new Set([...responses.map((r) => r.municipalityCode), ...counts.byCode.keys()])];
  // Named as on the day the survey opened, else (renumbered since) by the register's own name: two queries for any number.
  const named = await authoritiesNamedOn(db, codes, survey.opensOn);
  const municipalities = codes
    .map((code) => ({ key: code, name: named.get(code)?.name ?? code }))
    .sort((a, b) => norwegianCollator.compare(a.name, b.name))
    .map((m) => ({ key: m.key, label: { nb: m.name, nn: m.name, en: m.name } }));
  return {
    questions: questionsOf(survey.sections),
    responses: responses.map((r) => ({ role: r.role, municipalityCode: r.municipalityCode, answers: r.answers })),
    invitations: {
      role: [...counts.byRole].map(([key, c]) => ({ key, invited: c.invited, answered: c.responded })),
      municipality: [...counts.byCode].map(([key, c]) => ({ key, invited: c.invited, answered: c.responded })),
    },
    groups: { role: RESPONDENT_ROLES.map((r) => ({ key: r.key, label: r.label })), municipality: municipalities },
  };
}

/** The survey's results with small cells suppressed (the threshold from config.smallCellMin). */
export async function surveyResults(db: Db, survey: SurveyView, options: { smallCellMin: number; by: Dimension | null }): Promise<SurveyResults> {
  return computeResults(await surveyResultsInput(db, survey), options);
}
