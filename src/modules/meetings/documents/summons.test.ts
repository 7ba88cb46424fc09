import { describe, expect, it } from 'vitest';
import { summonsDocx, summonsPdf } from './index';
import { docxHtml, docxText, pdfFacts, pdfText } from './read-back.fixture';
import { EXEMPT_TITLE, TITLE, summons } from './sak-03-2018.fixture';

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('summons (møteinnkalling) to Styringsgruppen 15 March 2018', () => {
  it('prints body, Oslo time, place and the agenda, with the exempt item under its legal basis only (PDF and Word)', async () => {
    const [pdf, docx] = await Promise.all([summonsPdf(summons()), summonsDocx(summons())]);
    for (const text of [oneLine(await pdfText(pdf)), oneLine(await docxText(docx))]) {
      for (const expected of [
        'Møteinnkalling – Styringsgruppen', 'Møtetype: Ordinært møte',
        // 09:00 UTC is 10.00 in Oslo (winter time).
        'Tid: torsdag 15. mars 2018 kl. 10.00–12.00', 'Sted: Bærum rådhus, Sandvika', 'Saksliste', 'Saksnr.', 'Sak',
        '03/2018', TITLE, '04/2018', 'Unntatt offentlighet, offl. § 25', 'Røyken, Øvre Eiker og Bærum', 'Med hilsen', 'Sekretariatet',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toContain(EXEMPT_TITLE);
    }
    expect(oneLine(await pdfText(pdf))).toContain('Side 1 av 1');
    expect(await pdfFacts(pdf)).toMatchObject({ pages: 1, language: 'nb-NO', title: 'Møteinnkalling – Styringsgruppen 15.03.2018' });
    expect(await docxHtml(docx)).toMatch(/<h1>Møteinnkalling – Styringsgruppen<\/h1>.*<h2>Saksliste<\/h2><table>/);
  });

  it('shows the exempt title only in a copy made for those who may read it', async () => {
    const model = summons({ agenda: summons().agenda.map((item) => ({ ...item, showExemptTitle: true })) });
    expect(oneLine(await pdfText(await summonsPdf(model)))).toContain(`04/2018 ${EXEMPT_TITLE} (Unntatt offentlighet, offl. § 25)`);
  });

  it('flows a long agenda over several pages without losing an item', async () => {
    const agenda = Array.from({ length: 70 }, (_, i) => ({ caseNumber: `${String(i + 1).padStart(2, '0')}/2018`, title: `Sak om Øvre Eiker nummer ${i + 1}`, isPublic: true }));
    const pdf = await summonsPdf(summons({ agenda }));
    const text = oneLine(await pdfText(pdf));
    expect((await pdfFacts(pdf)).pages).toBeGreaterThan(1);
    expect(text).toContain('70/2018 Sak om Øvre Eiker nummer 70');
    expect(text).toContain('Side 2 av');
  });

  it('writes English labels and summer time (14 June 2018 10:00 UTC = 12:00 in Oslo)', async () => {
    const model = summons({ locale: 'en', startsAt: '2018-06-14T10:00:00Z', endsAt: '2018-06-14T14:00:00Z', agenda: [] });
    const text = oneLine(await docxText(await summonsDocx(model)));
    expect(text).toContain('Notice of meeting – Styringsgruppen');
    expect(text).toContain('Time: Thursday 14 June 2018, 12:00–16:00');
    expect(text).toContain('No cases are on the agenda.');
  });

  it('refuses a start time without a zone, naming the field', async () => {
    await expect(summonsPdf(summons({ startsAt: '2018-03-15 10:00' }))).rejects.toThrow(/summons\.startsAt must be an ISO-8601 instant/);
  });
});
