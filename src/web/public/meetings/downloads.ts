import type { Context } from 'hono';
import {
  CALENDAR_CONTENT_TYPE,
  casePaperFile,
  contentDisposition,
  meetingsCalendar,
  minutesFile,
  summonsFile,
  type DocumentFile,
  type DocumentFormat,
} from '../../../modules/meetings/documents';
import { calendarMeetings, casePaperModel, minutesModel, summonsModel } from '../../../modules/meetings';
import { bodyBySlug } from '../../../modules/people';
import { NotFoundError } from '../../../platform/errors';
import type { AppEnv } from '../../../platform/http/context';
import { pickText } from '../../../platform/i18n';
import { requireCooperation } from '../shell';
import { caseInPath } from './case-page';
import { meetingInPath } from './meeting-page';

/**
 * The summons, minutes and case paper as PDF and Word, and the meetings as iCalendar. Each is built
 * from the module's model for this reader, so exempt content is left out exactly as on the pages.
 */

function send(c: Context<AppEnv>, file: DocumentFile) {
  return c.body(new Uint8Array(file.bytes), 200, {
    'Content-Type': file.contentType,
    'Content-Disposition': contentDisposition(file.fileName),
    // Papers change until the minutes are approved: always ask again.
    'Cache-Control': 'no-cache',
  });
}

const formatOf = (c: Context<AppEnv>): DocumentFormat => (c.req.path.endsWith('.docx') ? 'docx' : 'pdf');

/** `/:slug/moter/:id/innkalling.pdf|.docx` */
export async function summonsDownload(c: Context<AppEnv>) {
  const coop = await requireCooperation(c);
  const meeting = await meetingInPath(c, coop.slug);
  const model = await summonsModel(c.var.db, meeting.id, c.var.actor, c.var.locale);
  if (!model || meeting.status === 'planned' || meeting.status === 'cancelled') throw new NotFoundError('The summons has not been sent.');
  return send(c, await summonsFile(model, formatOf(c)));
}

/** `/:slug/moter/:id/protokoll.pdf|.docx` */
export async function minutesDownload(c: Context<AppEnv>) {
  const coop = await requireCooperation(c);
  const meeting = await meetingInPath(c, coop.slug);
  const model = await minutesModel(c.var.db, meeting.id, c.var.actor, c.var.locale);
  if (!model) throw new NotFoundError('There are no minutes of this meeting yet.');
  return send(c, await minutesFile(model, formatOf(c)));
}

/** `/:slug/saker/:id/saksfremlegg.pdf|.docx` */
export async function casePaperDownload(c: Context<AppEnv>) {
  const coop = await requireCooperation(c);
  const found = await caseInPath(c, coop.slug);
  const model = await casePaperModel(c.var.db, found.id, c.var.actor, c.var.locale);
  if (!model) throw new NotFoundError('No such case.');
  return send(c, await casePaperFile(model, formatOf(c)));
}

function sendCalendar(c: Context<AppEnv>, text: string) {
  return c.body(text, 200, { 'Content-Type': CALENDAR_CONTENT_TYPE, 'Cache-Control': 'no-cache' });
}

/** Absolute links in the feed: the configured public address, else the address this request came to. */
const publicUrl = (c: Context<AppEnv>) => c.var.config.publicUrl ?? new URL(c.req.url).origin;

/** `/:slug/organer/:body/kalender.ics`: one body's meetings. */
export async function bodyCalendar(c: Context<AppEnv>) {
  const coop = await requireCooperation(c);
  const body = await bodyBySlug(c.var.db, coop.id, c.req.param('body') ?? '');
  if (!body) throw new NotFoundError('No such body.');
  const meetings = await calendarMeetings(c.var.db, { bodyId: body.id, actor: c.var.actor }, c.var.locale);
  const name = `${pickText(body.name, c.var.locale)?.text ?? body.slug} – ${coop.name}`;
  return sendCalendar(c, meetingsCalendar({ name, meetings, publicUrl: publicUrl(c) }));
}

/** `/moter/kalender.ics`: every public meeting in this installation. */
export async function allCalendar(c: Context<AppEnv>) {
  const meetings = await calendarMeetings(c.var.db, { actor: c.var.actor }, c.var.locale);
  return sendCalendar(c, meetingsCalendar({ name: 'Samråd', meetings, publicUrl: publicUrl(c) }));
}
