/**
 * Documents out of the meetings and cases modules: case papers, summons and minutes as PDF and
 * Word, and meeting calendars as iCalendar. Callers build the plain models (./models) from their
 * tables, already filtered for the reader; nothing here reads the database.
 */
import { casePaperOutline } from './case-paper';
import { renderDocx } from './docx-kit';
import { minutesOutline } from './minutes';
import type { CasePaperModel, MinutesModel, SummonsModel } from './models';
import { renderPdf } from './pdf-kit';
import { summonsOutline } from './summons';

export type * from './models';
export { meetingsCalendar } from './calendar';
export { casePaperFile, minutesFile, summonsFile, type DocumentFile } from './document-file';
export {
  CALENDAR_CONTENT_TYPE,
  DOCX_CONTENT_TYPE,
  PDF_CONTENT_TYPE,
  asciiFileName,
  casePaperFileName,
  contentDisposition,
  minutesFileName,
  summonsFileName,
  type DocumentFormat,
} from './file-names';

// The kit itself, for other modules' documents (joint cases) that must look, tag and number their
// pages exactly like these.
export { casePaperOutline, renderDocx, renderPdf };
export { fill, labelsFor } from './labels';
export { fieldBlocks, illustrativeBlocks, resolutionBlocks, textBlocks, type Block, type Outline } from './outline';

export const casePaperPdf = async (model: CasePaperModel): Promise<Buffer> => renderPdf(casePaperOutline(model));
export const casePaperDocx = async (model: CasePaperModel): Promise<Buffer> => renderDocx(casePaperOutline(model));
export const summonsPdf = async (model: SummonsModel): Promise<Buffer> => renderPdf(summonsOutline(model));
export const summonsDocx = async (model: SummonsModel): Promise<Buffer> => renderDocx(summonsOutline(model));
export const minutesPdf = async (model: MinutesModel): Promise<Buffer> => renderPdf(minutesOutline(model));
export const minutesDocx = async (model: MinutesModel): Promise<Buffer> => renderDocx(minutesOutline(model));
