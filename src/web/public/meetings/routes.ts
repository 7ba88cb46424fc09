import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context';
import { casePage } from './case-page';
import { allCalendar, bodyCalendar, casePaperDownload, minutesDownload, summonsDownload } from './downloads';
import { meetingPage } from './meeting-page';
import { meetingsPage } from './meetings-page';

const SLUG = ':slug{[a-z0-9][a-z0-9-]*}';
const ID = ':id{[0-9]+}';
const BODY = ':body{[a-z0-9][a-z0-9-]*}';

/** The meetings pages of the public site; mounted once per language prefix. Segments are bokmål in every language. */
export function meetingsPublicRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/moter/kalender.ics', allCalendar);
  app.get(`/${SLUG}/moter`, meetingsPage);
  app.get(`/${SLUG}/moter/${ID}`, meetingPage);
  app.get(`/${SLUG}/moter/${ID}/innkalling.pdf`, summonsDownload);
  app.get(`/${SLUG}/moter/${ID}/innkalling.docx`, summonsDownload);
  app.get(`/${SLUG}/moter/${ID}/protokoll.pdf`, minutesDownload);
  app.get(`/${SLUG}/moter/${ID}/protokoll.docx`, minutesDownload);
  app.get(`/${SLUG}/saker/${ID}`, casePage);
  app.get(`/${SLUG}/saker/${ID}/saksfremlegg.pdf`, casePaperDownload);
  app.get(`/${SLUG}/saker/${ID}/saksfremlegg.docx`, casePaperDownload);
  app.get(`/${SLUG}/organer/${BODY}/kalender.ics`, bodyCalendar);
  return app;
}
