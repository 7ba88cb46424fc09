import { describe, expect, it } from 'vitest';
import { casePaperFileName, contentDisposition, minutesFileName, summonsFileName } from './index';
import { textBlocks } from './outline';
import { pdfText } from './read-back.fixture';
import { casePaper, minutes, summons } from './sak-03-2018.fixture';
import { renderPdf } from './pdf-kit';
import { meetingTime } from './when';
import { toWinAnsi } from './win-ansi';

describe('plain text to blocks', () => {
  it('makes paragraphs, bulleted lists ("- x" and the seed\'s "-Hvilke") and numbered lists that go on after a blank line', () => {
    const blocks = textBlocks('Innledning\nmed to linjer\n\n-Hvilke oppgaver?\n- Hvilke aktører?\n\n1. Én\n2. To\n\n3. Tre\n\n16.3 – 30.5: politisk behandling');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Innledning\nmed to linjer' },
      { kind: 'list', ordered: false, start: 1, items: ['Hvilke oppgaver?', 'Hvilke aktører?'] },
      { kind: 'list', ordered: true, start: 1, items: ['Én', 'To', 'Tre'] },
      { kind: 'paragraph', text: '16.3 – 30.5: politisk behandling' },
    ]);
  });
});

describe('PDF text encoding (Helvetica, WinAnsi)', () => {
  it('keeps æ ø å, quotes, dashes and ellipsis, and replaces what the font cannot show', async () => {
    expect(toWinAnsi('Bærum, Røyken, Øvre Eiker, Ål – «sitat» “sitat” … 5 %')).toBe('Bærum, Røyken, Øvre Eiker, Ål – «sitat» “sitat” … 5 %');
    expect(toWinAnsi('Porsáŋgu, Čáhcesuolu, 1 → 2, 10\u202F000, ≥ 3, 中')).toBe('Porsángu, Cáhcesuolu, 1 -> 2, 10\u00A0000, >= 3, ?');
    const pdf = await renderPdf({
      locale: 'nb', title: 'Test', letterhead: 'Vestregionen', author: 'Vestregionen',
      blocks: [{ kind: 'paragraph', text: 'Bærum, Røyken og Øvre Eiker – «sitat» “sitat” ‘enkelt’ … Porsáŋgu' }],
    });
    expect(await pdfText(pdf)).toContain('Bærum, Røyken og Øvre Eiker – «sitat» “sitat” ‘enkelt’ … Porsángu');
  });
});

describe('times in Oslo', () => {
  it('writes a meeting over two days in full', () => {
    expect(meetingTime('2018-06-13T16:00:00Z', '2018-06-14T12:00:00Z', 'nb')).toBe('onsdag 13. juni 2018 kl. 18.00 – torsdag 14. juni 2018 kl. 14.00');
    expect(meetingTime('2018-03-13T09:00:00Z', null, 'nn')).toBe('tysdag 13. mars 2018 kl. 10.00');
  });
});

describe('file names and Content-Disposition', () => {
  it('names files after the document and gives an ASCII fallback beside the UTF-8 name', () => {
    expect(casePaperFileName(casePaper(), 'pdf')).toBe('saksfremlegg-03-2018.pdf');
    expect(casePaperFileName(casePaper({ locale: 'en' }), 'docx')).toBe('case-presentation-03-2018.docx');
    expect(summonsFileName(summons(), 'pdf')).toBe('møteinnkalling-styringsgruppen-2018-03-15.pdf');
    const name = minutesFileName(minutes(), 'docx');
    expect(name).toBe('møteprotokoll-styringsgruppen-2018-03-15.docx');
    expect(contentDisposition(name)).toBe(
      `attachment; filename="moteprotokoll-styringsgruppen-2018-03-15.docx"; filename*=UTF-8''m%C3%B8teprotokoll-styringsgruppen-2018-03-15.docx`,
    );
    expect(contentDisposition('saksfremlegg-03-2018.pdf', 'inline')).toBe(
      `inline; filename="saksfremlegg-03-2018.pdf"; filename*=UTF-8''saksfremlegg-03-2018.pdf`,
    );
    // A quote or a line break in a name must not break out of the header.
    expect(contentDisposition('a"b\r\nc.pdf')).toBe(`attachment; filename="a-b-c.pdf"; filename*=UTF-8''a%22b%0D%0Ac.pdf`);
  });
});

describe('the smallest models', () => {
  it('render in both formats without optional parts', async () => {
    const { casePaperDocx, casePaperPdf, minutesDocx, minutesPdf, summonsDocx, summonsPdf } = await import('./index');
    const paper = { cooperationName: 'KHS', locale: 'en' as const, title: 'Kostnadsfordeling 2019', path: [], proposalKind: 'innstilling' as const, proposal: {}, attachments: [] };
    const meeting = { cooperationName: 'KHS', locale: 'nb' as const, bodyName: 'Rådmannsgruppen', startsAt: '2018-05-31T08:00:00Z' };
    const outputs = await Promise.all([
      casePaperPdf(paper), casePaperDocx(paper),
      summonsPdf({ ...meeting, agenda: [] }), summonsDocx({ ...meeting, agenda: [] }),
      minutesPdf({ ...meeting, present: [], absent: [], items: [], approval: null }), minutesDocx({ ...meeting, present: [], absent: [], items: [], approval: null }),
    ]);
    expect(outputs.every((b) => b.length > 1000)).toBe(true);
    expect(await pdfText(outputs[0]!)).toContain('No attachments.');
    expect(await pdfText(outputs[4]!)).toContain('Protokollen er ikke godkjent.');
  });
});
