/**
 * Documents out of a joint case, all printed from the `JointCaseView` the reader got (getJointCase
 * already strips what the reader may not see; nothing here reads the database):
 * - memberCasePaperPdf / memberCasePaperDocx(view, memberCode, locale, base?): the member's own case
 *   paper, "Til: Asker kommune", with the deadline, the request and the covering letter. `base` is the
 *   case's own paper (meetings' casePaperModel) to carry its background, assessment and attachments.
 *   An unknown member code throws NotFoundError.
 * - jointCaseReportPdf(view, locale): the whole joint case as one tagged A4 PDF.
 * - matrixCsv(view, locale) → string; matrixXlsx(view, locale) → Buffer: one row per council.
 * - …File(…) → { bytes, fileName, contentType } for a download answer; file-name helpers.
 */
import { CSV_CONTENT_TYPE } from '../../../platform/export/csv';
import { XLSX_CONTENT_TYPE } from '../../../platform/export/xlsx';
import type { Locale } from '../../../platform/i18n';
import { DOCX_CONTENT_TYPE, PDF_CONTENT_TYPE, type CasePaperModel, type DocumentFile } from '../../meetings/documents';
import type { JointCaseView } from '../views';
import { jointCaseReportFileName, matrixFileName, memberCasePaperFileName, type MatrixFormat, type PaperFormat } from './file-names';
import { renderDocx, renderPdf } from './kit';
import { matrixCsv, matrixXlsx } from './matrix';
import { memberCasePaperOutline } from './member-case-paper';
import { jointCaseReportOutline } from './report';

export { matrixCsv, matrixXlsx } from './matrix';
export { jointCaseReportFileName, matrixFileName, memberCasePaperFileName, type MatrixFormat, type PaperFormat } from './file-names';
export { isReadableDiff, memberTitle, markOf, markSymbol, markText, markWord, markedDiff, type Mark } from './marks';
export { jointLabels, type JointLabels } from './labels';

export const memberCasePaperPdf = async (view: JointCaseView, memberCode: string, locale: Locale, base?: CasePaperModel): Promise<Buffer> =>
  renderPdf(memberCasePaperOutline(view, memberCode, locale, base));

export const memberCasePaperDocx = async (view: JointCaseView, memberCode: string, locale: Locale, base?: CasePaperModel): Promise<Buffer> =>
  renderDocx(memberCasePaperOutline(view, memberCode, locale, base));

export const jointCaseReportPdf = async (view: JointCaseView, locale: Locale): Promise<Buffer> => renderPdf(jointCaseReportOutline(view, locale));

export async function memberCasePaperFile(view: JointCaseView, memberCode: string, locale: Locale, format: PaperFormat, base?: CasePaperModel): Promise<DocumentFile> {
  const outline = memberCasePaperOutline(view, memberCode, locale, base);
  const fileName = memberCasePaperFileName(view, memberCode, format);
  return format === 'pdf'
    ? { bytes: await renderPdf(outline), fileName, contentType: PDF_CONTENT_TYPE }
    : { bytes: await renderDocx(outline), fileName, contentType: DOCX_CONTENT_TYPE };
}

export async function jointCaseReportFile(view: JointCaseView, locale: Locale): Promise<DocumentFile> {
  return { bytes: await jointCaseReportPdf(view, locale), fileName: jointCaseReportFileName(view), contentType: PDF_CONTENT_TYPE };
}

export async function matrixFile(view: JointCaseView, locale: Locale, format: MatrixFormat): Promise<DocumentFile> {
  return format === 'csv'
    ? { bytes: Buffer.from(matrixCsv(view, locale), 'utf8'), fileName: matrixFileName(view, 'csv'), contentType: CSV_CONTENT_TYPE }
    : { bytes: await matrixXlsx(view, locale), fileName: matrixFileName(view, 'xlsx'), contentType: XLSX_CONTENT_TYPE };
}
