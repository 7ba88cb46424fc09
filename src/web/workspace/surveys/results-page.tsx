import type { Context } from 'hono';
import { answersCsv, resultsPdf, resultsXlsx, surveyResults, surveyResultsInput, computeResults } from '../../../modules/surveys/results';
import { CSV_CONTENT_TYPE } from '../../../platform/export/csv';
import { XLSX_CONTENT_TYPE } from '../../../platform/export/xlsx';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { Layout } from '../../components/layout';
import { textIn } from '../../components/localized';
import { surveys } from '../../locales/surveys';
import { breakdownParam } from '../../public/surveys/results-page';
import { resultCharts } from '../../public/surveys/results-charts';
import { ResultsView } from '../../public/surveys/results-view';
import { CooperationNav } from '../cooperation-kit';
import { MANAGE_SURVEYS } from './paths';
import { SurveyNav, onSurvey } from './survey-kit';

/** `GET …/:id/resultater`: the same results as the public page (published or not), with the downloads. */
export const workspaceResultsPage = onSurvey(MANAGE_SURVEYS.results, async ({ c, p, coop, survey }) => {
  const t = surveys(p.locale);
  const results = await surveyResults(c.var.db, survey, { smallCellMin: c.var.config.smallCellMin, by: breakdownParam(c.req.query('by')) });
  const charts = await resultCharts(results, p.locale);
  const title = t.resultsTitle(textIn(p, survey.title));
  return c.html(
    <Layout p={p} title={title}>
      <h1>{title}</h1>
      <CooperationNav p={p} coop={coop} current="surveys" />
      <SurveyNav p={p} coop={coop} survey={survey} current="results" />
      <section class="section" aria-labelledby="exports-heading">
        <h2 id="exports-heading">{t.exportsHeading}</h2>
        <p>{t.exportsNote}</p>
        <ul class="plain-list">
          <li>
            <a href={p.href(MANAGE_SURVEYS.export(coop.slug, survey.id, 'csv'))}>{t.exportCsv}</a>
          </li>
          <li>
            <a href={p.href(MANAGE_SURVEYS.export(coop.slug, survey.id, 'xlsx'))}>{t.exportXlsx}</a>
          </li>
          <li>
            <a href={p.href(MANAGE_SURVEYS.export(coop.slug, survey.id, 'pdf'))}>{t.exportPdf}</a>
          </li>
        </ul>
      </section>
      <ResultsView p={p} results={results} charts={charts} path={MANAGE_SURVEYS.results(coop.slug, survey.id)} />
    </Layout>,
  );
});

/** `GET …/:id/resultater.csv|xlsx|pdf`: the exports, made from the same suppressed results, in the page's language. */
export const workspaceResultsExport = onSurvey(MANAGE_SURVEYS.results, async ({ c, p, coop, survey }) => {
  const ext = /\.(csv|xlsx|pdf)$/.exec(c.req.path)?.[1];
  const min = c.var.config.smallCellMin;
  const input = await surveyResultsInput(c.var.db, survey);
  const name = `undersokelse-${survey.id}`;
  const send = (body: string | Buffer, type: string, file: string) =>
    new Response(body, { headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${file}"`, 'Cache-Control': 'no-store' } });
  if (ext === 'csv') return send(answersCsv(input, min, p.locale), CSV_CONTENT_TYPE, `${name}-svar.csv`);
  if (ext === 'xlsx') return send(await resultsXlsx(input, min, p.locale), XLSX_CONTENT_TYPE, `${name}.xlsx`);
  if (ext === 'pdf') {
    const results = computeResults(input, { smallCellMin: min, by: breakdownParam(c.req.query('by')) ?? 'role' });
    const pdf = await resultsPdf({ title: survey.title, cooperationName: coop.name, period: { opensOn: survey.opensOn, closesOn: survey.closesOn }, results }, p.locale);
    return send(pdf, 'application/pdf', `${name}.pdf`);
  }
  throw new NotFoundError();
});
