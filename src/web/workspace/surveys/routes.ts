import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context';
import { audiencePage, inviteSubmit, mailSubmit, reminderSubmit } from './audience-page';
import { definitionDownload, definitionPage, definitionSubmit } from './definition-page';
import { createSurveySubmit, importSurveySubmit, surveysPage } from './list-page';
import { surveyOverviewPage, surveySettingsSubmit, surveyStatusSubmit } from './overview-page';
import { MANAGE_SURVEY_ROUTES as R } from './paths';
import { editQuestionPage, editQuestionSubmit, newQuestionPage, newQuestionSubmit } from './question-page';
import { editSectionPage, editSectionSubmit } from './section-page';
import { moveQuestionSubmit, removeQuestionSubmit, removeSectionSubmit } from './structure-submit';
import { workspaceResultsExport, workspaceResultsPage } from './results-page';

/** The surveys pages of the workspace (tab 'surveys'); mounted once per language prefix. */
export function surveysWorkspaceRoutes() {
  const app = new Hono<AppEnv>();
  app.get(R.list, surveysPage);
  app.post(R.list, createSurveySubmit);
  app.post(R.import, importSurveySubmit);
  app.get(R.survey, surveyOverviewPage);
  app.post(R.survey, surveySettingsSubmit);
  app.post(R.status, surveyStatusSubmit);
  app.get(R.definitionJson, definitionDownload);
  app.get(R.definition, definitionPage);
  app.post(R.definition, definitionSubmit);
  app.get(R.newQuestion, newQuestionPage);
  app.post(R.newQuestion, newQuestionSubmit);
  app.get(R.editQuestion, editQuestionPage);
  app.post(R.editQuestion, editQuestionSubmit);
  app.get(R.editSection, editSectionPage);
  app.post(R.editSection, editSectionSubmit);
  app.post(R.moveQuestion, moveQuestionSubmit);
  app.post(R.removeQuestion, removeQuestionSubmit);
  app.post(R.removeSection, removeSectionSubmit);
  app.get(R.audience, audiencePage);
  app.post(R.audience, inviteSubmit);
  app.post(R.mail, mailSubmit);
  app.post(R.reminder, reminderSubmit);
  app.get(R.results, workspaceResultsPage);
  for (const path of R.exports) app.get(path, workspaceResultsExport);
  return app;
}
