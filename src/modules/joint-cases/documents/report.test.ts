import { describe, expect, it } from 'vitest';
import { pdfFacts, pdfText } from '../../meetings/documents/read-back.fixture';
import { isReadableDiff, jointCaseReportFile, jointCaseReportPdf, markedDiff } from './index';
import { jointCaseReportOutline } from './report';
import { ASKER_NOTE, CLERK_EMAIL, DRAMMEN_RESOLUTION, SKETCH, SUBMITTED_BY, TITLE, jointCaseView } from './sak-03-2018.fixture';

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('the joint case report (PDF)', () => {
  it('prints referral, outcome, counts, the matrix, who is late and every council’s record, tagged and numbered', async () => {
    const pdf = await jointCaseReportPdf(jointCaseView(), 'nb');
    const text = oneLine(await pdfText(pdf));
    for (const expected of [
      'Vestregionen', `Fellessak: ${TITLE}`, 'Illustrasjon: Frist, regel og følgebrev er laget for testen.',
      'Sak: 03/2018', 'Oversendt: 16.03.2018 (Sekretariatet)', 'Frist for behandling: 30.05.2018', 'Behandles: punkt for punkt',
      'Regel for samlet resultat: Kvalifisert flertall: minst 2/3', 'Vekting: én stemme per medlem', 'Påminnelse: 7 dager før fristen',
      'Følgebrev', 'Spørsmål kan rettes til sekretariatet.', `9. ${SKETCH[8]}`,
      'Samlet resultat: Ikke avgjort ennå', 'Behandlet: 3 av 15', 'For: 2', 'Mot: 1', 'Trukket: 1', 'Venter: 11', 'For sent ute: 11',
      'Punkt Samlet resultat For Mot Uten stilling Venter', '3 Ikke avgjort ennå 1 2 1 11', '4 Ikke avgjort ennå 3 0 1 11',
      'Tegnforklaring: + for, – mot',
      'Medlem Status 1 2 3 4 5 6 7 8 9', 'Asker (0220) Vedtatt med endringer + + – + + + + + +', 'Drammen (0602) Avvist – – – + – – – – +',
      'Sande (0713) Trukket / / / / / / / / /', 'Øvre Eiker (0624) Satt opp til behandling ? ? ?',
      '• Krødsherad (0622)', '• Øvre Eiker (0624)', 'Vurdert per 01.06.2018.',
      'Medlemmenes vedtak', 'Asker kommune (0220)', 'Organ: Kommunestyret', 'Møtedato: 24.04.2018', 'Lokalt saksnr.: 31/18', 'Lokal arkivsak: 18/1234',
      'Offentlig protokoll: https://asker.example.no/politikk/moter/2018-04-24',
      `Punkt 3: – Mot – ${ASKER_NOTE}`, 'Punkt 4: + For',
      'Endringer mot forslaget: Kommunestyret slutter seg til skissen til fremtidig samarbeid i Vestregionen [+med unntak av punkt 3,+] og ber rådmannen følge opp [+de øvrige+] punktene.',
      'Bærum kommune (0219)', 'Alle punktene: + For Endringer mot forslaget: Vedtaket har samme ordlyd som forslaget.',
      'Drammen kommune (0602)', 'Utfall: Avvist', DRAMMEN_RESOLUTION, 'Punkt 3: – Mot • Punkt 4: + For',
      // Hardly a word in common: bracketing every other word would hide the resolution, so the report says so.
      'Endringer mot forslaget: Vedtaket er formulert på en annen måte enn forslaget, så en sammenligning ord for ord sier lite; se hele vedtaket over.',
      'Hurum kommune (0628) Illustrasjon Status: Ikke påbegynt Ikke behandlet ennå.',
    ]) {
      expect(text).toContain(expected);
    }
    const facts = await pdfFacts(pdf);
    expect(text).toContain(`Side 1 av ${facts.pages}`);
    expect(text).toContain(`Side ${facts.pages} av ${facts.pages}`);
    expect(facts).toMatchObject({ language: 'nb-NO', title: `Fellessak 03/2018 ${TITLE} – rapport` });
    expect(facts.roles).toEqual(expect.arrayContaining(['Document', 'H1', 'H2', 'P', 'L', 'LI']));
    expect(facts.roles.filter((r) => r === 'H1')).toHaveLength(1);
    // The clerk's address, who submitted, and nothing marked as colour only.
    for (const hidden of [CLERK_EMAIL, SUBMITTED_BY]) expect(text).not.toContain(hidden);
  });

  it('in nynorsk, in whole mode, weighted by population: the tally in inhabitants, words in every cell', async () => {
    const view = jointCaseView({ proposalMode: 'whole', rule: { rule: 'qualified_majority', threshold: { numerator: 2, denominator: 3 }, weighting: 'population' } });
    const text = oneLine(await pdfText(await jointCaseReportPdf(view, 'nn')));
    for (const expected of [
      'Blir handsama: som heilskap', 'Vekting: etter folketal', 'Samla resultat: Ikkje avgjort enno', 'Handsama: 3 av 15',
      // Asker and Bærum for (187 564), of 431 683; 2/3 is 287 789 (rounded up).
      'Vekt for: 187 564 av 431 683.', 'For å bli vedteke må vekta for vere minst 287 789 av 431 683.',
      'Medlem Status Framlegg til vedtak', 'Asker (0220) Vedteke med endringar ± Endra', 'Bærum (0219) Vedteke som føreslått + For',
      'Drammen (0602) Avvist – Mot', 'Sande (0713) Trekt / Trekt', 'Hole (0612) Ikkje påbyrja ? Ventar',
      'Vedtaka til medlemmene', 'Endringar mot framlegget:', '[+med unntak av punkt 3,+]', 'Side 1 av',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Stilling til punkta');
  });

  it('is handed out as fellessak-<id>-rapport.pdf; in English, unanimity by population, the weight per point', async () => {
    const view = jointCaseView({ rule: { rule: 'unanimous', threshold: { numerator: 1, denominator: 1 }, weighting: 'population' } });
    const file = await jointCaseReportFile(view, 'en');
    expect(file.fileName).toBe('fellessak-12-rapport.pdf');
    expect(file.contentType).toBe('application/pdf');
    const text = oneLine(await pdfText(file.bytes));
    for (const expected of [
      'Joint case: Vestregionens fremtid', 'Rule for the joint outcome: Unanimity: every member must agree', 'Weighting: by population',
      // Drammen against: unanimity is lost at once, although eleven members have not treated it.
      'Joint outcome: Not adopted', 'To be adopted, the weight for must be at least 431 683 of 431 683.',
      'Point Joint outcome For Against No position Pending Weight for', '4 Not adopted 3 0 1 11 255 927',
      'Asker municipality (0220)', 'Changes from the proposal:', 'Page 1 of',
    ]) {
      expect(text).toContain(expected);
    }
  });
});

describe('the weight a population rule needs', () => {
  const needs = (rule: 'simple_majority' | 'qualified_majority', numerator: number, denominator: number) =>
    jointCaseReportOutline(jointCaseView({ proposalMode: 'whole', rule: { rule, threshold: { numerator, denominator }, weighting: 'population' } }), 'nb')
      .blocks.flatMap((b) => (b.kind === 'paragraph' && b.text.startsWith('For å bli vedtatt') ? [oneLine(b.text)] : []));

  it('is "more than" half exactly, and "at least" a qualified share rounded up to whole inhabitants', () => {
    expect(needs('simple_majority', 1, 2)).toEqual(['For å bli vedtatt må vekten for være mer enn 215 841,5 av 431 683.']);
    expect(needs('qualified_majority', 2, 3)).toEqual(['For å bli vedtatt må vekten for være minst 287 789 av 431 683.']);
  });
});

describe('changes against the proposal, written out', () => {
  it('are worth showing word by word only while at least half of the resolution stands as proposed', () => {
    expect(isReadableDiff([{ kind: 'same', text: 'ber sekretariatet lage ' }, { kind: 'removed', text: 'et felles saksgrunnlag' }, { kind: 'added', text: 'en plan' }])).toBe(true);
    expect(isReadableDiff([{ kind: 'same', text: 'og ' }, { kind: 'removed', text: 'ber rådmannen følge opp' }, { kind: 'added', text: 'bør avvikles nå' }])).toBe(false);
    expect(isReadableDiff([{ kind: 'removed', text: 'alt' }])).toBe(true);
  });

  it('brackets added and removed words and keeps the spaces outside the brackets', () => {
    expect(markedDiff([
      { kind: 'same', text: 'ber sekretariatet ' },
      { kind: 'removed', text: 'utarbeide ' },
      { kind: 'added', text: 'utrede ' },
      { kind: 'same', text: 'et felles saksgrunnlag' },
      { kind: 'added', text: ' innen 1. april' },
    ])).toBe('ber sekretariatet [-utarbeide-] [+utrede+] et felles saksgrunnlag [+innen 1. april+]');
  });
});
