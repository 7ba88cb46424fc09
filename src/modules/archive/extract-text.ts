import { ValidationError } from '../../platform/errors';
import { DOCX, PDF } from './archive.catalog';
import type { UploadedFile } from './uploads';

/**
 * The plain text of an uploaded PDF or DOCX, for the search index and the text preview. A file that
 * cannot be read is a field error on `field` (the form's file field).
 */
export async function extractText(file: UploadedFile, field = 'file'): Promise<string> {
  try {
    if (file.mediaType === PDF) {
      const { extractText: pdfText, getDocumentProxy } = await import('unpdf');
      // pdf.js may detach the buffer it is given; hand it a copy so the caller's bytes stay usable.
      const pdf = await getDocumentProxy(new Uint8Array(file.bytes));
      const { text } = await pdfText(pdf, { mergePages: true });
      return tidy(text);
    }
    if (file.mediaType === DOCX) {
      const mammoth = await import('mammoth');
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file.bytes) });
      return tidy(value);
    }
  } catch {
    throw new ValidationError({ [field]: ['the file could not be read: it may be damaged or protected by a password'] });
  }
  throw new ValidationError({ [field]: ['must be a PDF or a Word document (.docx)'] });
}

function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
