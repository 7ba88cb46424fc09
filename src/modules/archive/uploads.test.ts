import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../platform/errors';
import { DOCX, PDF } from './archive.catalog';
import { extractText } from './extract-text';
import { docxWith, fileOf, pdfWith } from './test-files';
import { acceptUpload } from './uploads';

const MB = 1024 * 1024;

async function fieldError(promise: Promise<unknown>, field: string): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  const messages = (error as ValidationError).fieldErrors[field];
  expect(messages, `an error on ${field}`).toBeDefined();
  return messages!.join(' ');
}

describe('acceptUpload and extractText', () => {
  it('accepts a real PDF, detects its type from its bytes and extracts Norwegian text', async () => {
    const bytes = await pdfWith(['Sak 03/2018 Vestregionens fremtid', 'Bærum, Øvre Eiker og Asker samarbeider.']);
    const file = await acceptUpload('file', fileOf(bytes, 'sak.pdf'), 20 * MB);
    expect(file).toMatchObject({ name: 'sak.pdf', mediaType: PDF });
    const text = await extractText(file);
    expect(text).toContain('Vestregionens fremtid');
    expect(text).toContain('Bærum, Øvre Eiker og Asker samarbeider.');
  });

  it('accepts a real DOCX and extracts its paragraphs', async () => {
    const bytes = await docxWith(['Felles saksgrunnlag', 'Kommunehelsesamarbeidet videreføres for de 26 kommunene.']);
    const file = await acceptUpload('vedlegg', fileOf(bytes, 'C:\\Users\\x\\notat.docx'), 20 * MB);
    expect(file).toMatchObject({ name: 'notat.docx', mediaType: DOCX });
    const text = await extractText(file);
    expect(text).toBe('Felles saksgrunnlag\n\nKommunehelsesamarbeidet videreføres for de 26 kommunene.');
  });

  it('refuses missing, empty, too large and wrongly typed files, naming the field', async () => {
    expect(await fieldError(acceptUpload('file', undefined, MB), 'file')).toMatch(/choose a file/);
    expect(await fieldError(acceptUpload('file', '', MB), 'file')).toMatch(/choose a file/);
    expect(await fieldError(acceptUpload('file', fileOf(new Uint8Array(), 'tom.pdf'), MB), 'file')).toMatch(/empty/);
    const pdf = await pdfWith(['x'.repeat(100)]);
    expect(await fieldError(acceptUpload('file', fileOf(pdf, 'stor.pdf'), 100), 'file')).toMatch(/too large/);
    // A text file named .pdf and claiming to be a PDF is still refused: the bytes decide.
    const fake = fileOf(new TextEncoder().encode('hello'), 'fake.pdf', 'application/pdf');
    expect(await fieldError(acceptUpload('file', fake, MB), 'file')).toMatch(/PDF or a Word/);
  });

  it('says the limit in MB', async () => {
    const big = new Uint8Array(2 * MB + 1);
    big.set(new TextEncoder().encode('%PDF-1.7'));
    expect(await fieldError(acceptUpload('file', fileOf(big, 'a.pdf'), 2 * MB), 'file')).toBe('the file is too large: at most 2 MB is allowed');
    expect((await acceptUpload('file', fileOf(big, 'a.pdf'), 3 * MB)).mediaType).toBe(PDF);
  });
});

describe('a damaged file', () => {
  it('passes the magic-byte check but is refused when its text cannot be read, naming the field', async () => {
    const broken = new TextEncoder().encode('%PDF-1.7\nnot really a pdf');
    const file = await acceptUpload('vedlegg', fileOf(broken, 'skadet.pdf'), MB);
    expect(await fieldError(extractText(file, 'vedlegg'), 'vedlegg')).toMatch(/could not be read/);
  });
});
