import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../platform/errors';
import { docxHtml, docxPart, docxText, pdfFacts, pdfText } from '../../meetings/documents/read-back.fixture';
import { casePaper } from '../../meetings/documents/sak-03-2018.fixture';
import { jointLabels, memberCasePaperDocx, memberCasePaperFile, memberCasePaperFileName, memberCasePaperPdf, memberTitle } from './index';
import { PROPOSAL, SKETCH, TITLE, jointCaseView } from './sak-03-2018.fixture';

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe("a member's own case paper", () => {
  it('is addressed to the member, with the deadline, the request, the covering letter and the nine points (PDF and Word)', async () => {
    const view = jointCaseView();
    const pdf = await memberCasePaperPdf(view, '0219', 'nb');
    const docx = await memberCasePaperDocx(view, '0219', 'nb');
    for (const text of [oneLine(await pdfText(pdf)), oneLine(await docxText(docx))]) {
      for (const expected of [
        'Vestregionen', 'Saksfremlegg', 'Til: Bærum kommune', 'Sak i Vestregionen: 03/2018', 'Frist for behandling: 30.05.2018', TITLE,
        'Oversendelse', 'Hvert medlem bes om å ta stilling til hvert av de nummererte punktene i forslaget og melde vedtaket til sekretariatet innen 30.05.2018.',
        'Følgebrev', 'Sekretariatet ber om at saken behandles i kommunestyret før fristen.', 'Forslag til vedtak', PROPOSAL, SKETCH[8]!,
        'Illustrasjon: Frist, regel og følgebrev er laget for testen.',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toContain('Asker');
    }
    expect(oneLine(await pdfText(pdf))).toContain(`9. ${SKETCH[8]}`);
    const facts = await pdfFacts(pdf);
    expect(facts).toMatchObject({ language: 'nb-NO', title: `Saksfremlegg 03/2018 ${TITLE}` });
    expect(facts.roles.filter((r) => r === 'H1')).toHaveLength(1);
    const html = await docxHtml(docx);
    expect(html).toContain('<h2>Oversendelse</h2>');
    expect(html.match(/<ol>(.*?)<\/ol>/)?.[1]?.match(/<li>/g)).toHaveLength(9);
    // The request and letter come before the proposal, the deadline right under the addressee.
    expect(html.indexOf('Oversendelse')).toBeLessThan(html.indexOf('Forslag til vedtak'));
    expect(html).toMatch(/Til: <\/strong>Bærum kommune<\/p><p><strong>Sak i Vestregionen: <\/strong>03\/2018<\/p><p><strong>Frist for behandling: <\/strong>30\.05\.2018/);
  });

  it('keeps the case’s own paper (path, background, attachments) but prints the proposal as referred, in nynorsk', async () => {
    const base = casePaper({ locale: 'nn', proposal: { text: 'Eit seinare endra framlegg.' } });
    const docx = await memberCasePaperDocx(jointCaseView({ proposalMode: 'whole', message: null }), '0624', 'nn', base);
    const text = oneLine(await docxText(docx));
    for (const expected of [
      'Saksframlegg', 'Til: Øvre Eiker kommune', 'Frist for handsaming: 30.05.2018', 'Sakshandsamar: Sekretariatet', '03/2018 Styringsgruppen',
      'Kvart medlem blir bede om å gjere eitt vedtak om framlegget som heilskap og melde vedtaket til sekretariatet innan 30.05.2018.',
      'Framlegg til vedtak', PROPOSAL, 'Bakgrunn', 'Drammen, Svelvik, og Nedre Eiker', 'drøftingsnotat.pdf',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Eit seinare endra framlegg.');
    expect(text).not.toContain('Følgjebrev');
    expect(text).not.toContain('Sak i Vestregionen'); // the path table already shows 03/2018
    expect(docxPart(docx, 'word/styles.xml')).toContain('w:lang w:val="nn-NO"');
  });

  it('names county authorities and English addressees properly', () => {
    expect(memberTitle({ memberCode: '02', memberName: 'Akershus' }, jointLabels('nb'))).toBe('Akershus fylkeskommune');
    expect(memberTitle({ memberCode: '0220', memberName: 'Asker' }, jointLabels('en'))).toBe('Asker municipality');
    expect(memberTitle({ memberCode: '3025', memberName: 'Asker kommune' }, jointLabels('nn'))).toBe('Asker kommune');
    expect(memberTitle({ memberCode: '0713', memberName: 'Sande (Vestfold)' }, jointLabels('nb'))).toBe('Sande kommune (Vestfold)');
  });

  it('refuses a member the case was not referred to, and names its files after the member', async () => {
    const view = jointCaseView();
    await expect(memberCasePaperPdf(view, '0301', 'nb')).rejects.toBeInstanceOf(NotFoundError);
    expect(memberCasePaperFileName(view, '0624', 'docx')).toBe('fellessak-12-saksfremlegg-0624-øvre-eiker.docx');
    const file = await memberCasePaperFile(view, '0220', 'en', 'pdf');
    expect(file).toMatchObject({ fileName: 'fellessak-12-saksfremlegg-0220-asker.pdf', contentType: 'application/pdf' });
    expect(oneLine(await pdfText(file.bytes))).toContain('To: Asker municipality Case in Vestregionen: 03/2018 Deadline for treatment: 30.05.2018');
  });
});
