/**
 * Test helper: reads generated documents back the way a reader's tools would (pdf.js through unpdf,
 * mammoth for Word), so tests check what comes out, not what we meant to put in.
 */
import { inflateRawSync } from 'node:zlib';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';

export async function pdfText(pdf: Buffer): Promise<string> {
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  return text;
}

export interface PdfFacts {
  pages: number;
  title: string;
  language: string;
  /** Structure roles on page 1 (Document, H1, P, Table, TH, L, LI …) in reading order. */
  roles: string[];
}

export async function pdfFacts(pdf: Buffer): Promise<PdfFacts> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, string> };
  const roles: string[] = [];
  const walk = (node: { role?: string; children?: unknown[] }) => {
    if (node.role) roles.push(node.role);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk((await (await doc.getPage(1)).getStructTree()) as never);
  return { pages: doc.numPages, title: info.Title ?? '', language: info.Language ?? '', roles };
}

export async function docxText(docx: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: docx })).value;
}

/** mammoth's HTML shows whether headings, lists and tables are real Word structures. */
export async function docxHtml(docx: Buffer): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: docx })).value;
}

/** One part of the Word package (e.g. `word/styles.xml`), found through the zip's central directory. */
export function docxPart(docx: Buffer, name: string): string {
  const end = docx.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let offset = docx.readUInt32LE(end + 16);
  for (let i = 0, count = docx.readUInt16LE(end + 10); i < count; i++) {
    const method = docx.readUInt16LE(offset + 10);
    const size = docx.readUInt32LE(offset + 20);
    const nameLength = docx.readUInt16LE(offset + 28);
    const extra = docx.readUInt16LE(offset + 30) + docx.readUInt16LE(offset + 32);
    const local = docx.readUInt32LE(offset + 42);
    if (docx.toString('utf8', offset + 46, offset + 46 + nameLength) === name) {
      const start = local + 30 + docx.readUInt16LE(local + 26) + docx.readUInt16LE(local + 28);
      const data = docx.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    offset += 46 + nameLength + extra;
  }
  throw new Error(`${name} is not in the package`);
}
