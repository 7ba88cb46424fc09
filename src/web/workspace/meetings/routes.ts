import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context';
import { MANAGE } from '../manage-paths';
import { caseWorkPage, updateCaseSubmit, uploadSubmit } from './case-page';
import { casesPage, createCaseSubmit } from './cases-page';
import {
  addCaseSubmit,
  approveSubmit,
  cancelSubmit,
  detailsSubmit,
  heldSubmit,
  minutesSubmit,
  moveSubmit,
  newCaseSubmit,
  summonSubmit,
  treatmentSubmit,
} from './meeting-steps';
import { meetingWorkPage } from './meeting-page';
import { planPage, scheduleSubmit } from './plan-page';

const BASE = MANAGE.meetings(':slug{[a-z0-9][a-z0-9-]*}');
const ID = ':id{[0-9]+}';

/** The secretariat's meetings and cases pages under `MANAGE.meetings(slug)`; mounted once per language prefix. */
export function meetingsWorkspaceRoutes() {
  const app = new Hono<AppEnv>();
  app.get(BASE, planPage);
  app.post(BASE, scheduleSubmit);
  app.get(`${BASE}/saker`, casesPage);
  app.post(`${BASE}/saker`, createCaseSubmit);
  app.get(`${BASE}/saker/${ID}`, caseWorkPage);
  app.post(`${BASE}/saker/${ID}`, updateCaseSubmit);
  app.post(`${BASE}/saker/${ID}/vedlegg`, uploadSubmit);
  app.get(`${BASE}/${ID}`, meetingWorkPage);
  const steps = {
    opplysninger: detailsSubmit,
    saksliste: addCaseSubmit,
    'ny-sak': newCaseSubmit,
    flytt: moveSubmit,
    innkalling: summonSubmit,
    gjennomfort: heldSubmit,
    avlys: cancelSubmit,
    behandling: treatmentSubmit,
    protokoll: minutesSubmit,
    godkjenn: approveSubmit,
  };
  for (const [step, handler] of Object.entries(steps)) app.post(`${BASE}/${ID}/${step}`, handler);
  return app;
}
