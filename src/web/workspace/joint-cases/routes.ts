import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context';
import { clerkPage } from './clerk-page';
import { RECEIPT, linkPage, linkSubmit, receiptPage } from './link-page';
import { jointCasesWorkPage } from './list-page';
import { JOINT_ROUTES as R } from './paths';
import { recordPage, recordSubmit } from './record-page';
import { referralPage, referralSubmit } from './referral-page';
import { linksSubmit, paperDownload, publishSubmit } from './rollup-actions';
import { rollupPage } from './rollup-page';

/** The joint cases' workspace pages: referral, roll-up, and the clerks' recording forms. Fixed paths before ids. */
export function jointCasesWorkspaceRoutes() {
  const app = new Hono<AppEnv>();
  app.get(R.list, jointCasesWorkPage);
  app.get(R.refer, referralPage);
  app.post(R.refer, referralSubmit);
  app.get(R.rollup, rollupPage);
  app.post(R.publish, publishSubmit);
  app.post(R.links, linksSubmit);
  app.get(R.paperPdf, paperDownload);
  app.get(R.paperDocx, paperDownload);
  app.get(R.record, recordPage);
  app.post(R.record, recordSubmit);
  app.get(R.clerk, clerkPage);
  app.get(RECEIPT, receiptPage);
  app.get(R.link, linkPage);
  app.post(R.link, linkSubmit);
  return app;
}
