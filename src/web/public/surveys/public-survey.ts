import type { Context } from 'hono';
import { getSurvey, type SurveyView } from '../../../modules/surveys';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { idOf } from '../../workspace/handler-kit';

/**
 * The survey in the path `/:slug/undersokelser/:id`, as the visitor may see it: drafts only to those
 * who manage them, and only under its own cooperation's address (else 404, as if it did not exist).
 */
export async function publicSurvey(c: Context<AppEnv>): Promise<SurveyView> {
  const id = idOf(c.req.param('id'));
  const survey = id === null ? null : await getSurvey(c.var.db, id, c.var.actor);
  if (!survey || survey.cooperationSlug !== c.req.param('slug')) throw new NotFoundError('No such survey.');
  return survey;
}
