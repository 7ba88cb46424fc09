import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context';
import { createNewsSubmit, newNewsForm, newsEditor, publishNewsSubmit, saveNewsSubmit } from './news-editor';
import { siteOverviewPage } from './overview-page';
import { createPageSubmit, newPageForm, pageEditor, publishPageSubmit, savePageSubmit } from './page-editor';
import { pageHistory, restoreRevisionSubmit } from './page-history';
import { SITE_ROUTES as R } from './paths';
import {
  createProcessSubmit,
  milestoneSubmit,
  newProcessForm,
  processEditor,
  publishProcessSubmit,
  removeMilestoneSubmit,
  revisePlanSubmit,
  saveProcessSubmit,
} from './process-editor';

/** The site's editing pages in the workspace (pages, history, news, processes); mounted once per language prefix. */
export function siteWorkspaceRoutes() {
  const app = new Hono<AppEnv>();
  app.get(R.home, siteOverviewPage);
  // "ny" before ":id", which takes only digits anyway.
  app.get(R.newPage, newPageForm);
  app.post(R.newPage, createPageSubmit);
  app.get(R.page, pageEditor);
  app.post(R.page, savePageSubmit);
  app.post(R.publishPage, publishPageSubmit);
  app.get(R.history, pageHistory);
  app.post(R.history, restoreRevisionSubmit);
  app.get(R.newNews, newNewsForm);
  app.post(R.newNews, createNewsSubmit);
  app.get(R.news, newsEditor);
  app.post(R.news, saveNewsSubmit);
  app.post(R.publishNews, publishNewsSubmit);
  app.get(R.newProcess, newProcessForm);
  app.post(R.newProcess, createProcessSubmit);
  app.get(R.process, processEditor);
  app.post(R.process, saveProcessSubmit);
  app.post(R.publishProcess, publishProcessSubmit);
  app.post(R.revisePlan, revisePlanSubmit);
  app.post(R.milestone, milestoneSubmit);
  app.post(R.removeMilestone, removeMilestoneSubmit);
  return app;
}
