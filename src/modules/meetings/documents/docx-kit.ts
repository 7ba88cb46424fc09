/**
 * Renders an Outline as a Word document (A4) with real heading styles, real numbered lists and
 * tables whose header row repeats on each page, the language set on every run (so spelling and
 * screen readers use Norwegian), and page numbers in the footer.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
} from 'docx';
import { labelsFor } from './labels';
import { languageTag, type Block, type Outline } from './outline';

const FONT = 'Arial';
const A4 = { width: 11906, height: 16838 }; // twips
const MARGIN = 1247; // 2.2 cm
const TEXT_WIDTH = A4.width - 2 * MARGIN;
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Control characters other than tab and newline are not allowed in XML. */
function clean(text: string): string {
  return text.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** One run per line, joined by line breaks (Word ignores "\n" inside a run). */
function runs(text: string, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return clean(text)
    .split('\n')
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...style }));
}

function listLevel(ordered: boolean, start: number): ILevelsOptions {
  return {
    level: 0,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? '%1.' : '•',
    start,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 567, hanging: 397 } } },
  };
}

function table(block: Extract<Block, { kind: 'table' }>): Table {
  const widths = block.widths.map((w) => Math.round(w * TEXT_WIDTH));
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8E8E8' } : undefined,
      children: [new Paragraph({ children: runs(text, { bold: header }) })],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((t, i) => cell(t, i, true)) }),
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((t, i) => cell(t, i, false)) })),
    ],
  });
}

export async function renderDocx(outline: Outline): Promise<Buffer> {
  const numbering: { reference: string; levels: ILevelsOptions[] }[] = [];
  const children: (Paragraph | Table)[] = [new Paragraph({ style: 'Letterhead', children: runs(outline.letterhead) })];
  for (const block of outline.blocks) {
    switch (block.kind) {
      case 'heading':
        children.push(new Paragraph({ heading: HEADINGS[block.level], children: runs(block.text) }));
        break;
      case 'paragraph':
        children.push(
          new Paragraph({
            children: [...(block.label ? [new TextRun({ text: `${clean(block.label)}: `, bold: true })] : []), ...runs(block.text, { bold: block.strong, italics: block.note })],
          }),
        );
        break;
      case 'list': {
        // A configuration per list, so each numbered list starts at its own number.
        const reference = `list-${numbering.length + 1}`;
        numbering.push({ reference, levels: [listLevel(block.ordered, block.start)] });
        for (const item of block.items) children.push(new Paragraph({ numbering: { reference, level: 0 }, children: runs(item) }));
        break;
      }
      case 'table':
        children.push(table(block), new Paragraph({ children: [] }));
        break;
    }
  }
  const [before, after] = labelsFor(outline.locale).page.split('{n}') as [string, string];
  const [middle, end] = after.split('{total}') as [string, string];
  const document = new Document({
    title: outline.title,
    creator: outline.author,
    description: outline.letterhead,
    numbering: { config: numbering },
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, language: { value: languageTag(outline.locale) } }, paragraph: { spacing: { after: 120, line: 276 } } },
        heading1: { run: { font: FONT, size: 34, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 26, bold: true, color: '000000' }, paragraph: { spacing: { before: 280, after: 80 }, keepNext: true } },
        heading3: { run: { font: FONT, size: 23, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
      },
      paragraphStyles: [{ id: 'Letterhead', name: 'Letterhead', basedOn: 'Normal', run: { size: 18, color: '444444' } }],
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ size: 18, children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, end] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
