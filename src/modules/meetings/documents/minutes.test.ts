import { describe, expect, it } from 'vitest';
import { minutesDocx, minutesPdf } from './index';
import { docxHtml, docxText, pdfFacts, pdfText } from './read-back.fixture';
import { EXEMPT_TITLE, PROPOSAL_TEXT, RESOLUTION_TEXT, SKETCH, TITLE, minutes } from './sak-03-2018.fixture';

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('minutes (møteprotokoll) of Styringsgruppen 15 March 2018', () => {
  it('prints proposal, treatment and resolution apart, and the approval; the exempt case shows nothing but its basis', async () => {
    const [pdf, docx] = await Promise.all([minutesPdf(minutes()), minutesDocx(minutes())]);
    for (const text of [oneLine(await pdfText(pdf)), oneLine(await docxText(docx))]) {
      for (const expected of [
        'Møteprotokoll – Styringsgruppen', 'Tid: torsdag 15. mars 2018 kl. 10.00–12.30', 'Til stede', 'Ordfører i Øvre Eiker',
        'Forfall', 'Ordfører i Sande', 'Dessuten møtte', `Sak 03/2018 ${TITLE}`, 'Forslag til vedtak', oneLine(PROPOSAL_TEXT),
        'Behandling', 'Endringsforslag:', 'Votering: 14 for, 1 mot, 0 blanke', 'Utfall: Vedtatt med endringer',
        'Vedtak', RESOLUTION_TEXT, SKETCH[8]!, 'Sak 04/2018 Unntatt offentlighet, offl. § 25', 'Godkjent 24.05.2018 av Styringsgruppen',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toContain(EXEMPT_TITLE);
      expect(text).not.toContain('Hemmelig');
    }
    expect(oneLine(await pdfText(pdf))).toContain(`9. ${SKETCH[8]}`);
    expect((await pdfFacts(pdf)).language).toBe('nb-NO');
    const html = await docxHtml(docx);
    expect(html).toContain('<h3>Vedtak</h3>');
    expect(html.match(/<h3>Vedtak<\/h3><p>[^<]*<\/p><ol>(.*?)<\/ol>/)?.[1]?.match(/<li>/g)).toHaveLength(9);
  });

  it('says when minutes are not approved, and prints votes by name in nynorsk', async () => {
    const model = minutes({
      locale: 'nn',
      approval: null,
      items: [
        {
          caseNumber: '03/2018',
          title: TITLE,
          proposal: { text: PROPOSAL_TEXT },
          resolution: { text: RESOLUTION_TEXT },
          votes: { byName: [{ name: 'Ordførar i Bærum', vote: 'for' }, { name: 'Ordførar i Røyken', vote: 'for' }, { name: 'Ordførar i Øvre Eiker', vote: 'against' }] },
        },
      ],
    });
    for (const text of [oneLine(await pdfText(await minutesPdf(model))), oneLine(await docxText(await minutesDocx(model)))]) {
      expect(text).toContain('Til stades');
      expect(text).toContain('Framlegg til vedtak');
      expect(text).toContain('Handsaming');
      expect(text).toContain('Røysting: for (2): Ordførar i Bærum, Ordførar i Røyken; mot (1): Ordførar i Øvre Eiker');
      expect(text).toContain('Protokollen er ikkje godkjend.');
    }
  });

  it('marks demo content even without a note, and prints an approval without a name', async () => {
    const model = minutes({ illustrativeNote: '', approval: { approvedAt: '2018-05-24T10:00:00Z', approvedBy: ' ' } });
    const text = oneLine(await pdfText(await minutesPdf(model)));
    expect(text).toContain('Sted: Bærum rådhus, Sandvika Illustrasjon Til stede');
    expect(text).toMatch(/Godkjent 24\.05\.2018 Side/);
  });
});
