import { Document, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';

// Real small files for tests, made with the same libraries the product uses to write documents.

export async function pdfWith(lines: string[]): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', info: { Title: lines[0] ?? '' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  for (const line of lines) doc.text(line);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

export async function docxWith(lines: string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** What `c.req.parseBody()` gives for a file field. */
export const fileOf = (bytes: Uint8Array, name: string, type = 'application/octet-stream') => new File([bytes], name, { type });
