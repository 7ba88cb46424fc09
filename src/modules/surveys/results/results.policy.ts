import type { Actor } from '../../../platform/authz';
import type { SurveySummary } from '../queries/views';
import { canManageSurveys } from '../surveys.policy';

/** Published results are for everyone; until then only for those who manage the cooperation's surveys. */
export function canSeeResults(actor: Actor, survey: Pick<SurveySummary, 'cooperationId' | 'resultsPublic' | 'status'>): boolean {
  if (canManageSurveys(actor, survey.cooperationId)) return true;
  return survey.resultsPublic && survey.status !== 'draft';
}
