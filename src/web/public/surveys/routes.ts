import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context';
import { surveyAboutPage } from './about-page';
import { surveyListPage } from './list-page';
import { openLinkForm, openLinkSubmit, openLinkThanks } from './open-link';
import { personalForm, personalReceipt, personalSubmit } from './personal-link';
import { surveyResultsPage } from './results-page';

const SLUG = ':slug{[a-z0-9][a-z0-9-]*}';
const ID = ':id{[0-9]{1,12}}';
const TOKEN = ':token{[A-Za-z0-9_-]{1,100}}';

/** The surveys pages of the public site; mounted once per language prefix, before the generic `/:slug` pages. */
export function surveysPublicRoutes() {
  const app = new Hono<AppEnv>();
  app.get(`/${SLUG}/undersokelser`, surveyListPage);
  app.get(`/${SLUG}/undersokelser/${ID}`, surveyAboutPage);
  app.get(`/${SLUG}/undersokelser/${ID}/resultater`, surveyResultsPage);
  app.get(`/${SLUG}/undersokelser/${ID}/svar`, openLinkForm);
  app.post(`/${SLUG}/undersokelser/${ID}/svar`, openLinkSubmit);
  app.get(`/${SLUG}/undersokelser/${ID}/svar/takk`, openLinkThanks);
  app.get(`/svar/${TOKEN}`, personalForm);
  app.post(`/svar/${TOKEN}`, personalSubmit);
  app.get(`/svar/${TOKEN}/kvittering`, personalReceipt);
  return app;
}
