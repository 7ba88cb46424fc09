import { casePaperOutline } from './case-paper';
import { renderDocx } from './docx-kit';
import { DOCX_CONTENT_TYPE, PDF_CONTENT_TYPE, casePaperFileName, minutesFileName, summonsFileName, type DocumentFormat } from './file-names';
import { minutesOutline } from './minutes';
import type { CasePaperModel, MinutesModel, SummonsModel } from './models';
import type { Outline } from './outline';
import { renderPdf } from './pdf-kit';
import { summonsOutline } from './summons';

/** A rendered document with what a download answer needs: the bytes, the file name and the media type. */
export interface DocumentFile {
  bytes: Buffer;
  fileName: string;
  contentType: string;
}

/**
 * The API and the public pages hand out the same summons, minutes and case papers in the same two
 * formats: choosing the renderer, file name and media type here keeps the two downloads identical.
 */
async function documentFile(outline: Outline, format: DocumentFormat, fileName: string): Promise<DocumentFile> {
  return format === 'pdf'
    ? { bytes: await renderPdf(outline), fileName, contentType: PDF_CONTENT_TYPE }
    : { bytes: await renderDocx(outline), fileName, contentType: DOCX_CONTENT_TYPE };
}

export const summonsFile = (model: SummonsModel, format: DocumentFormat) => documentFile(summonsOutline(model), format, summonsFileName(model, format));
export const minutesFile = (model: MinutesModel, format: DocumentFormat) => documentFile(minutesOutline(model), format, minutesFileName(model, format));
export const casePaperFile = (model: CasePaperModel, format: DocumentFormat) => documentFile(casePaperOutline(model), format, casePaperFileName(model, format));
