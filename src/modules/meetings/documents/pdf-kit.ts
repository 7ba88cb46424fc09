/**
 * Renders an Outline as an A4 PDF with pdfkit's built-in Helvetica (no font files to ship).
 * The PDF is tagged (headings, paragraphs, lists, tables with header cells) with its language and
 * title set, so screen readers can follow it; page numbers are marked as pagination artifacts.
 */
import { fill, labelsFor } from './labels';
import { languageTag, type Block, type Outline } from './outline';
import { toWinAnsi } from './win-ansi';

const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const ITALIC = 'Helvetica-Oblique';
const BODY_SIZE = 11;
const HEADING_SIZE = { 1: 17, 2: 13, 3: 11.5 } as const;
const MARGIN = { top: 62, bottom: 72, left: 62, right: 62 };

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

export async function renderPdf(outline: Outline): Promise<Buffer> {
  // Loaded on first use: most requests and processes never write a PDF, and pdfkit takes a while to load.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    tagged: true,
    displayTitle: true,
    lang: languageTag(outline.locale),
    pdfVersion: '1.7',
    info: { Title: outline.title, Author: outline.author, Creator: 'Samråd', Producer: 'Samråd' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  doc.font(REGULAR).fontSize(9).fillColor('#444444');
  doc.text(toWinAnsi(outline.letterhead), { structParent: root, structType: 'P' });
  doc.fillColor('#000000').moveDown(0.8);
  for (const block of outline.blocks) drawBlock(doc, root, block);
  root.end();
  const pageLabel = labelsFor(outline.locale).page;
  numberPages(doc, (values) => fill(pageLabel, values));
  doc.end();
  return done;
}

function width(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page when less than `height` is left, so a heading never ends a page alone. */
function keepSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function drawBlock(doc: Doc, root: Struct, block: Block): void {
  doc.x = doc.page.margins.left;
  switch (block.kind) {
    case 'heading': {
      doc.moveDown(block.level === 1 ? 0.4 : 0.7);
      keepSpace(doc, HEADING_SIZE[block.level] * 4);
      doc.font(BOLD).fontSize(HEADING_SIZE[block.level]);
      doc.text(toWinAnsi(block.text), { structParent: root, structType: `H${block.level}` });
      doc.moveDown(0.3);
      return;
    }
    case 'paragraph': {
      doc.fontSize(BODY_SIZE);
      const text = toWinAnsi(block.text);
      const label = block.label ? toWinAnsi(`${block.label}: `) : '';
      root.add(
        doc.struct('P', {}, () => {
          if (label) doc.font(BOLD).text(label, { continued: true });
          doc.font(block.strong ? BOLD : block.note ? ITALIC : REGULAR).text(text, { lineGap: 1.5 });
        }),
      );
      doc.moveDown(0.45);
      return;
    }
    case 'list':
      return drawList(doc, root, block);
    case 'table':
      return drawTable(doc, root, block);
  }
}

function drawList(doc: Doc, root: Struct, block: Extract<Block, { kind: 'list' }>): void {
  const list = doc.struct('L');
  root.add(list);
  doc.font(REGULAR).fontSize(BODY_SIZE);
  const left = doc.page.margins.left;
  const indent = 24;
  block.items.forEach((item, i) => {
    keepSpace(doc, doc.currentLineHeight(true) * 2);
    const y = doc.y;
    const item_ = doc.struct('LI');
    list.add(item_);
    const label = block.ordered ? `${block.start + i}.` : '•';
    item_.add(doc.struct('Lbl', {}, () => doc.text(label, left, y, { width: indent - 6, align: 'right', lineBreak: false })));
    item_.add(doc.struct('LBody', {}, () => doc.text(toWinAnsi(item), left + indent, y, { width: width(doc) - indent, lineGap: 1.5 })));
    item_.end();
    doc.moveDown(0.25);
  });
  list.end();
  doc.x = left;
  doc.moveDown(0.3);
}

function drawTable(doc: Doc, root: Struct, block: Extract<Block, { kind: 'table' }>): void {
  const total = width(doc);
  const header = block.header.map((text) => ({ text: toWinAnsi(text), type: 'TH' as const, font: { src: BOLD }, backgroundColor: '#e8e8e8' }));
  const rows = block.rows.map((row) => row.map((text) => ({ text: toWinAnsi(text), type: 'TD' as const, font: { src: REGULAR } })));
  keepSpace(doc, BODY_SIZE * 5);
  doc.fontSize(BODY_SIZE - 1);
  // `structParent` tags the table (Table/TR/TH/TD); @types/pdfkit does not list it yet.
  const options = {
    structParent: root,
    columnStyles: block.widths.map((w) => ({ width: w * total })),
    defaultStyle: { border: 0.5, borderColor: '#888888', padding: 4 },
    data: [header, ...rows],
  } as unknown as PDFKit.Mixins.TableOptionsWithData;
  doc.table(options);
  doc.x = doc.page.margins.left;
  doc.fontSize(BODY_SIZE).moveDown(0.6);
}

function numberPages(doc: Doc, label: (values: Record<string, number>) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not start a new page
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font(REGULAR).fontSize(9).fillColor('#444444');
    doc.text(toWinAnsi(label({ n: i + 1, total: range.count })), doc.page.margins.left, doc.page.height - 42, {
      width: width(doc),
      align: 'center',
      lineBreak: false,
    });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}
