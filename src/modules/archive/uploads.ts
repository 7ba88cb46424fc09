import { ValidationError } from '../../platform/errors';
import { DOCX, PDF } from './archive.catalog';

export interface UploadedFile {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
}

/**
 * Checks one uploaded file field (what `c.req.parseBody()` gives: a File, a string, or nothing).
 * The type is read from the file's first bytes, not trusted from its name or the browser's claim.
 */
export async function acceptUpload(field: string, value: unknown, maxBytes: number): Promise<UploadedFile> {
  const refuse = (message: string): never => {
    throw new ValidationError({ [field]: [message] });
  };
  if (!(value instanceof Blob) || typeof (value as File).name !== 'string' || (value as File).name === '') {
    return refuse('choose a file to upload (PDF or Word .docx)');
  }
  const file = value as File;
  if (file.size === 0) refuse('the file is empty: choose a file with content');
  if (file.size > maxBytes) refuse(`the file is too large: at most ${formatMb(maxBytes)} MB is allowed`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mediaType = sniff(bytes);
  if (!mediaType) refuse('must be a PDF or a Word document (.docx); this file is neither');
  return { name: safeName(file.name), mediaType: mediaType!, bytes };
}

function sniff(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.startsWith('%PDF-')) return PDF;
  // A DOCX is a ZIP whose parts include word/document.xml; the name appears in the local headers.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const sample = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
    if (sample.includes('word/') || sample.includes('[Content_Types].xml')) return DOCX;
  }
  return null;
}

/** The file name without any folder part and without control characters. */
function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'dokument';
  return base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200) || 'dokument';
}

function formatMb(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1).replace('.', ',');
}
