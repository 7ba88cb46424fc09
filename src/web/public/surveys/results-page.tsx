import type { Context } from 'hono';
import { canSeeResults, surveyResults, type Dimension } from '../../../modules/surveys/results';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { Layout } from '../../components/layout';
import { LocalizedInline, textIn } from '../../components/localized';
import { surveys } from '../../locales/surveys';
import { pageContext } from '../../page-context';
import { publicSurvey } from './public-survey';
import { resultCharts } from './results-charts';
import { ResultsView } from './results-view';
import { SURVEY_PATHS, surveyShell } from './survey-shell';

/** `?by=role|municipality`; anything else shows the totals only. */
export function breakdownParam(value: string | undefined): Dimension | null {
  return value === 'role' || value === 'municipality' ? value : null;
}

/** `/:slug/undersokelser/:id/resultater`: published results (404 until they are published). */
export async function surveyResultsPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = surveys(p.locale);
  const survey = await publicSurvey(c);
  if (!survey.resultsPublic || !canSeeResults(p.actor, survey)) throw new NotFoundError('The results are not published.');
  const results = await surveyResults(c.var.db, survey, { smallCellMin: c.var.config.smallCellMin, by: breakdownParam(c.req.query('by')) });
  const charts = await resultCharts(results, p.locale);
  const path = SURVEY_PATHS.results(survey.cooperationSlug, survey.id);
  return c.html(
    <Layout p={p} title={t.resultsTitle(textIn(p, survey.title))} cooperation={await surveyShell(c, p, survey)}>
      <h1>
        {t.resultsTitle('')}
        <LocalizedInline p={p} text={survey.title} />
      </h1>
      {survey.isSynthetic ? <p class="muted">{t.illustrative}</p> : null}
      <p>
        <a href={p.href(SURVEY_PATHS.about(survey.cooperationSlug, survey.id))}>{t.aboutLink}</a>
      </p>
      <ResultsView p={p} results={results} charts={charts} path={path} />
    </Layout>,
  );
}
