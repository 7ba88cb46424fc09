import type { Context } from 'hono';
import { jointCaseReportFile, matrixFile } from '../../../modules/joint-cases/documents';
import { contentDisposition, type DocumentFile } from '../../../modules/meetings/documents';
import type { AppEnv } from '../../../platform/http/context';
import { requireCooperation } from '../shell';
import { publishedJointCase } from './case-page';

/**
 * The published joint case's matrix (CSV, XLSX) and the whole report (PDF), built from the same view
 * the page shows, so nothing an anonymous reader may not see goes into a file.
 */

export function sendDocument(c: Context<AppEnv>, file: DocumentFile) {
  return c.body(new Uint8Array(file.bytes), 200, {
    'Content-Type': file.contentType,
    'Content-Disposition': contentDisposition(file.fileName),
    // The councils keep recording: always ask again.
    'Cache-Control': 'no-cache',
  });
}

const published = async (c: Context<AppEnv>) => publishedJointCase(c, (await requireCooperation(c)).id);

/** `/:slug/fellessaker/:id/matrise.csv|.xlsx` */
export async function matrixDownload(c: Context<AppEnv>) {
  const view = await published(c);
  return sendDocument(c, await matrixFile(view, c.var.locale, c.req.path.endsWith('.xlsx') ? 'xlsx' : 'csv'));
}

/** `/:slug/fellessaker/:id/rapport.pdf` */
export async function reportDownload(c: Context<AppEnv>) {
  return sendDocument(c, await jointCaseReportFile(await published(c), c.var.locale));
}
