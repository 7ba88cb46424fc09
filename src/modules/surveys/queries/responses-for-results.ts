import type { Db } from '../../../platform/db/database';
import { responsesOf } from '../surveys.repository';
import type { Answers, ResponseForResults } from './views';

/**
 * Every response of a survey as the results aggregate them: role, municipality and answers. Never who
 * answered (not even for named surveys: results show groups, the secretariat's lists show names).
 * Ordered by the random response id, which says nothing about when each came in.
 */
export async function responsesForResults(db: Db, surveyId: number): Promise<ResponseForResults[]> {
  return (await responsesOf(db, surveyId)).map((r) => ({
    role: r.role,
    municipalityCode: r.municipality_code,
    answers: JSON.parse(r.answers) as Answers,
    isSynthetic: r.is_synthetic === 1,
  }));
}
