import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context';
import {
  addParticipantSubmit,
  applyMergerSubmit,
  costKeySubmit,
  createFocusAreaSubmit,
  createServiceSubmit,
  decisionSubmit,
  endParticipantSubmit,
  importPopulationSubmit,
  servicesHome,
  serviceEditPage,
  setMergerRuleSubmit,
  statusSubmit,
  updateServiceSubmit,
} from './handlers';
import { SERVICES_ROUTES as R } from './paths';

/** The services pages of the workspace; mounted once per language prefix. Fixed paths (with `_`) before service slugs. */
export function servicesWorkspaceRoutes() {
  const app = new Hono<AppEnv>();
  app.get(R.home, servicesHome);
  app.post(R.home, createServiceSubmit);
  app.post(R.focusAreas, createFocusAreaSubmit);
  app.post(R.population, importPopulationSubmit);
  app.post(R.mergerRule, setMergerRuleSubmit);
  app.post(R.merger, applyMergerSubmit);
  app.get(R.service, serviceEditPage);
  app.post(R.service, updateServiceSubmit);
  app.post(R.participants, addParticipantSubmit);
  app.post(R.endParticipant, endParticipantSubmit);
  app.post(R.decision, decisionSubmit);
  app.post(R.status, statusSubmit);
  app.post(R.costKey, costKeySubmit);
  return app;
}
