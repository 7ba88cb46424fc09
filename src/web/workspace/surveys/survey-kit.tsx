import type { Context } from 'hono';
import type { CooperationView } from '../../../modules/cooperations';
import { canManageSurveys, getSurvey, type SurveyView } from '../../../modules/surveys';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { textIn } from '../../components/localized';
import { surveys } from '../../locales/surveys';
import type { PageContext } from '../../page-context';
import { onCooperation, refuseUnless, type OnCooperation } from '../cooperation-kit';
import { idOf } from '../handler-kit';
import { MANAGE_SURVEYS } from './paths';

/** What a handler of one survey's workspace pages works with. */
export interface OnSurvey extends OnCooperation {
  survey: SurveyView;
}

/**
 * A handler of one survey's pages: signed in, allowed to manage the cooperation's surveys, and the
 * survey belongs to the cooperation in the path; anything else is 404 (a refusal reveals nothing).
 */
export function onSurvey(page: (slug: string, id: string) => string, handle: (on: OnSurvey) => Promise<Response>) {
  return onCooperation(
    (slug, c) => page(slug, c.req.param('id') ?? ''),
    async (on) => {
      refuseUnless(canManageSurveys, on);
      const id = idOf(on.c.req.param('id'));
      const survey = id === null ? null : await getSurvey(on.c.var.db, id, on.p.actor);
      if (!survey || survey.cooperationId !== on.coop.id) throw new NotFoundError();
      return handle({ ...on, survey });
    },
  );
}

type Tab = 'overview' | 'questions' | 'audience' | 'results';

/** Links between one survey's pages, the current one marked. */
export function SurveyNav({ p, coop, survey, current }: { p: PageContext; coop: CooperationView; survey: SurveyView; current: Tab }) {
  const t = surveys(p.locale);
  const items: [Tab, string, string][] = [
    ['overview', t.tabOverview, MANAGE_SURVEYS.survey(coop.slug, survey.id)],
    ['questions', t.tabQuestions, MANAGE_SURVEYS.definition(coop.slug, survey.id)],
    ['audience', t.tabAudience, MANAGE_SURVEYS.audience(coop.slug, survey.id)],
    ['results', t.tabResults, MANAGE_SURVEYS.results(coop.slug, survey.id)],
  ];
  return (
    <nav aria-label={t.surveyNav(textIn(p, survey.title))}>
      <ul class="plain-list">
        {items.map(([tab, label, path]) => (
          <li>
            <a href={p.href(path)} aria-current={tab === current ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
        <li>
          <a href={p.href(MANAGE_SURVEYS.list(coop.slug))}>{t.backToSurveys}</a>
        </li>
      </ul>
    </nav>
  );
}

/** The message after a save (`?lagret=…`), in the survey pages' own words. */
export function Saved({ p, c }: { p: PageContext; c: Context<AppEnv> }) {
  const text = surveys(p.locale).saved(c.req.query('lagret') ?? '');
  if (!text) return null;
  return (
    <div class="ds-alert" data-color="success" role="status">
      <p>{text}</p>
    </div>
  );
}

export function statusText(p: PageContext, survey: Pick<SurveyView, 'status' | 'availability'>): string {
  const t = surveys(p.locale);
  const a = survey.availability;
  if (survey.status === 'draft') return t.statusDraft;
  if (a.accepting) return t.statusOpen;
  return a.reason === 'closed' ? t.statusClosed : t.statusUpcoming;
}
