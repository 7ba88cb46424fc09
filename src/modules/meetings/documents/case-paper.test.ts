import { describe, expect, it } from 'vitest';
import { casePaperDocx, casePaperPdf } from './index';
import { docxHtml, docxPart, docxText, pdfFacts, pdfText } from './read-back.fixture';
import { PROPOSAL_TEXT, SKETCH, TITLE, casePaper } from './sak-03-2018.fixture';

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('case paper (saksfremlegg), Sak 03/2018', () => {
  it('prints the header, the proposal and the 9-point sketch in the PDF, tagged and in Norwegian', async () => {
    const pdf = await casePaperPdf(casePaper());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = oneLine(await pdfText(pdf));
    for (const expected of [
      'Vestregionen', 'Saksfremlegg', 'Saksbehandler: Sekretariatet', 'Arkivsak: 2018/123',
      'Saksnr. Utvalg Møtedato', '03/2018 Styringsgruppen 15.03.2018', '02/2018 Rådmannsgruppen 22.02.2018',
      TITLE, 'Forslag til vedtak', oneLine(PROPOSAL_TEXT), 'Bakgrunn', 'Vurdering', 'Vedlegg',
      `9. ${SKETCH[8]}`, 'Drammen, Svelvik, og Nedre Eiker', 'Side 1 av 2', 'Side 2 av 2',
    ]) {
      expect(text).toContain(expected);
    }
    const facts = await pdfFacts(pdf);
    expect(facts).toMatchObject({ pages: 2, language: 'nb-NO', title: `Saksfremlegg 03/2018 ${TITLE}` });
    expect(facts.roles).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'P', 'Table', 'TR', 'TH', 'TD', 'L', 'LI', 'Lbl', 'LBody']));
    expect(facts.roles.filter((r) => r === 'H1')).toHaveLength(1);
  });

  it('writes Word with a real table, real headings and one numbered list of nine points, language nb-NO', async () => {
    const docx = await casePaperDocx(casePaper());
    const text = oneLine(await docxText(docx));
    for (const expected of ['03/2018', TITLE, oneLine(PROPOSAL_TEXT), 'Saksbehandler: Sekretariatet', 'Bærum kommune', SKETCH[5]!]) {
      expect(text).toContain(expected);
    }
    const html = await docxHtml(docx);
    expect(html).toContain(`<h1>${TITLE}</h1>`);
    expect(html).toContain('<h2>Forslag til vedtak</h2>');
    expect(html).toMatch(/<th><p><strong>Saksnr\.<\/strong><\/p><\/th><th><p><strong>Utvalg<\/strong><\/p><\/th><th><p><strong>Møtedato<\/strong><\/p><\/th>/);
    // The blank line between points 5 and 6 in the seed must not split the list.
    const sketch = html.match(/<ol>(.*?)<\/ol>/)?.[1] ?? '';
    expect(sketch.match(/<li>/g)).toHaveLength(9);
    expect(docxPart(docx, 'word/styles.xml')).toContain('w:lang w:val="nb-NO"');
    expect(docxPart(docx, 'word/footer1.xml')).toMatch(/Side .*PAGE.*av .*NUMPAGES/s);
    expect(docxPart(docx, 'docProps/core.xml')).toContain(`<dc:title>Saksfremlegg 03/2018 ${TITLE}</dc:title>`);
  });

  it('uses nynorsk labels, an Innstilling, earlier treatment, an addressee and an exemption', async () => {
    const model = casePaper({
      locale: 'nn',
      proposalKind: 'innstilling',
      addressee: 'Asker kommunestyre',
      exemptBasis: 'offl. § 14',
      proposal: { points: ['Asker kommune sluttar seg til skissa.', 'Vestregionen som § 27-samarbeid opphøyrer.'] },
      earlierResolutions: [
        { bodyName: 'Styringsgruppen', caseNumber: '03/2018', date: '2018-03-15', outcomeLabel: 'Vedteke', resolution: { text: 'Styringsgruppen sluttar seg til skissa.' } },
      ],
    });
    const pdf = oneLine(await pdfText(await casePaperPdf(model)));
    const docx = await casePaperDocx(model);
    for (const text of [pdf, oneLine(await docxText(docx))]) {
      for (const expected of [
        'Saksframlegg', 'Til: Asker kommunestyre', 'Sakshandsamar: Sekretariatet', 'Unnateke offentlegheit: offl. § 14',
        'Utval', 'Innstilling', 'Tidlegare handsaming', 'Styringsgruppen 15.03.2018 – sak 03/2018', 'Utfall: Vedteke',
        'Styringsgruppen sluttar seg til skissa.', 'Vestregionen som § 27-samarbeid opphøyrer.',
      ]) {
        expect(text).toContain(expected);
      }
    }
    expect(pdf).toContain('2. Vestregionen som § 27-samarbeid opphøyrer.');
    expect(await docxHtml(docx)).toContain('<h2>Innstilling</h2><ol><li>Asker kommune sluttar seg til skissa.</li><li>Vestregionen');
    expect(docxPart(docx, 'word/styles.xml')).toContain('w:lang w:val="nn-NO"');
  });

  it('refuses a model with an unreadable date, naming the field', async () => {
    const model = casePaper({ path: [{ caseNumber: '03/2018', bodyName: 'Styringsgruppen', meetingDate: '15.03.2018' }] });
    await expect(casePaperPdf(model)).rejects.toThrow(/casePaper\.path\[0\]\.meetingDate must be an ISO date such as 2018-03-15/);
  });
});
