import { formatDate, formatNumber, pickText, todayInOslo, type Locale, type LocalizedText } from '../../../platform/i18n';
import { exportLabels } from './export-labels';
import { rateRows, resultRows } from './exports';
import type { SurveyResults } from './results.types';

/**
 * The results report as an A4 PDF: title, the rule for hidden groups, response rates, and each
 * question's table (overall and by the chosen breakdown), then the free text; page numbers at the
 * foot. Made from the suppressed results, like every other output. pdfkit's built-in Helvetica
 * writes Latin-1 (æ ø å); other characters are replaced by their base letter or "?".
 */
export interface ResultsReport {
  title: LocalizedText;
  cooperationName: string;
  period: { opensOn: string; closesOn: string };
  results: SurveyResults;
}

const MARGIN = 56;

export async function resultsPdf(report: ResultsReport, locale: Locale): Promise<Buffer> {
  const l = exportLabels(locale);
  const title = latin1(pickText(report.title, locale)?.text ?? '');
  // Loaded on first use: most requests never write a PDF, and pdfkit takes a while to load.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, lang: locale === 'en' ? 'en' : locale === 'nn' ? 'nn-NO' : 'nb-NO', info: { Title: title, Creator: 'Samråd' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const r = report.results;
  doc.font('Helvetica').fontSize(9).fillColor('#444444').text(latin1(`${report.cooperationName} · ${formatDate(report.period.opensOn)}–${formatDate(report.period.closesOn)} · ${l.generated(formatDate(todayInOslo()))}`));
  doc.moveDown(0.5).fillColor('#000000').font('Helvetica-Bold').fontSize(17).text(title);
  doc.moveDown(0.5).font('Helvetica').fontSize(10).text(latin1(l.rule(r.smallCellMin)));

  heading(doc, l.responseRates);
  table(doc, [l.group, l.invited, l.responses, l.answeredInvitations, l.rate], rateRows(r, locale), [190, 60, 60, 90, 80]);

  const by = r.by ?? 'role';
  const rows = resultRows(r, by, locale, true);
  for (const question of [...new Set(rows.map((row) => String(row[0])))]) {
    heading(doc, question);
    const own = rows.filter((row) => row[0] === question).map((row) => row.slice(1));
    table(doc, [l.group, l.respondents, l.answer, l.count, l.percent, l.mean], own, [150, 70, 110, 50, 50, 75]);
  }
  for (const f of r.freeText) {
    heading(doc, `${l.freeText}: ${pickText(f.title, locale)?.text ?? ''}`);
    doc.font('Helvetica').fontSize(10);
    if (f.answers === null) doc.text(latin1(l.freeTextHidden));
    else for (const a of f.answers) doc.text(latin1(`• ${a}`), { paragraphGap: 3 });
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would make pdfkit add a page; lift the margin while we write.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(9).fillColor('#444444').text(l.page(i + 1, range.count), MARGIN, doc.page.height - 36, { width: doc.page.width - 2 * MARGIN, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

function heading(doc: PDFKit.PDFDocument, text: string) {
  if (doc.y > doc.page.height - 160) doc.addPage();
  doc.moveDown(1).font('Helvetica-Bold').fontSize(12).fillColor('#000000').text(latin1(text), MARGIN);
  doc.moveDown(0.3);
}

function table(doc: PDFKit.PDFDocument, header: string[], rows: (string | number | null)[][], widths: number[]) {
  const line = (cells: (string | number | null)[], bold: boolean) => {
    const texts = cells.map((c) => latin1(c === null ? '' : typeof c === 'number' ? formatNumber(c) : c));
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    const height = Math.max(...texts.map((t, i) => doc.heightOfString(t, { width: widths[i]! - 6 })));
    if (doc.y + height > doc.page.height - MARGIN - 20) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    texts.forEach((t, i) => {
      doc.text(t, x, y, { width: widths[i]! - 6 });
      x += widths[i]!;
    });
    doc.x = MARGIN;
    doc.y = y + height + 3;
  };
  line(header, true);
  for (const row of rows) line(row, false);
}

/** What Helvetica can print: Latin-1 (with æ ø å), other letters without their accents, else "?". */
function latin1(text: string): string {
  return [...text.normalize('NFC')]
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code === 10 || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) return ch;
      if ('–—‘’“”…•'.includes(ch)) return ch;
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
      return base.length === 1 && base.codePointAt(0)! < 0x100 ? base : '?';
    })
    .join('');
}
