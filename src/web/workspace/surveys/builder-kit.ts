import type { Context } from 'hono';
import type { CooperationView } from '../../../modules/cooperations';
import { saveDefinition, type Section, type SurveyView } from '../../../modules/surveys';
import { execute } from '../../../platform/command';
import type { AppEnv } from '../../../platform/http/context';
import type { PageContext } from '../../page-context';
import { attempt, savedRedirect } from '../handler-kit';
import { MANAGE_SURVEYS } from './paths';

/** After the first response only texts may change (saveDefinition refuses the rest); the builder then offers only text edits. */
export const isLocked = (survey: Pick<SurveyView, 'responseCount'>) => survey.responseCount > 0;

/** Saves the builder's new sections through the module's command (which checks the whole definition again). */
export function saveSections(c: Context<AppEnv>, p: PageContext, survey: SurveyView, sections: Section[]) {
  return attempt(() => execute(c.var.db, saveDefinition, p.actor, { survey_id: survey.id, sections: sections as never }));
}

/** Back to the questions page with "Spørsmålene er lagret", at the question or section just saved. */
export function backToQuestions(c: Context<AppEnv>, p: PageContext, coop: CooperationView, survey: SurveyView) {
  return savedRedirect(c, p, MANAGE_SURVEYS.definition(coop.slug, survey.id), 'definisjon');
}
