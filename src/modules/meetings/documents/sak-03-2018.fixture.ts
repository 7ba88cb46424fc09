/**
 * Test fixtures from the seed "Møte i Styringsgruppen 15. mars 2018, Sak 03/2018" (quoted exactly,
 * including its spelling). Agenda items other than 03/2018, outcomes, votes and the exempt item are
 * made up for the tests only and marked as illustrative.
 */
import type { CalendarMeeting, CasePaperModel, MinutesModel, SummonsModel } from './models';

export const TITLE = 'Vestregionens fremtid – skisse til fremtidig samarbeid';

export const PROPOSAL_TEXT = [
  'Styringsgruppen slutter seg til Rådmannsgruppens forslag til fremtidig samarbeid og organisering av prosessen fram til juni 2018.',
  'Det utarbeides et felles saksgrunnlag som kan benyttes av den enkelte kommune som grunnlag for den politiske behandlingen, hvis ønskelig.',
].join('\n\n');

export const SKETCH = [
  'Det politiske samarbeidet videreføres i 2019 og 2020 med årlig to fellesmøter og et todagers seminar. I løpet av denne perioden utformes en videre samarbeidsform for kommunene vest i Viken.',
  'Rådmennene møtes tilsvarende i forkant av de politiske møtene.',
  'Bærum kommune kan påta seg ansvaret for å tilrettelegge for dettes samarbeidet.',
  'Kommunehelsesamarbeidet (KHS) videreføres for de 26 kommunene i Vestre Vikens opptaksområde med egen finansiering og organisering.',
  'Samarbeidet om brukerstyrt personlig assistanse (BPA) vurderes videreført som en integrert del av Kommunehelsesamarbeidet.',
  'Norsk Helsenetts prosjekt Elektronisk meldingsutveksling (KomUt) vurderes lagt til Kommnehelsesamarbeidet.',
  'Kunst rett vest søkes fra 2020 videreført i et samarbeid mellom kommunene og med en eventuell sterkere involvering fra Viken fylkeskommune. Bærum arrangerer KRV i 2019.',
  'Videreføring av Ungdomssymfonikerne søkes i et samarbeid mellom kommuner som ønsker å bidra økonomisk og organisatorisk. Tiltaket drives foreløpig frem til sommeren 2019.',
  'Vestregionen som § 27-samarbeid opphører fra 1.1.2019.',
];

// As in the seed: a blank line between points 5 and 6, which must not restart the numbering.
const sketchText = `${SKETCH.slice(0, 5).map((p, i) => `${i + 1}. ${p}`).join('\n')}\n\n${SKETCH.slice(5).map((p, i) => `${i + 6}. ${p}`).join('\n\n')}`;

export const BACKGROUND = `Styringsgruppen besluttet i møte 15.06.2017 å gjennomføre en prosess fram til juni 2018 for å avklare Vestregionens framtidige organisering. Fremtidig organisering av Kommunehelsesamarbeidet som involverer alle kommuner i Vestre Vikens opptaksområde, skal behandles i et eget politisk møte i juni 2018.

Styringsgruppens behandling desember 2017

I styringsgruppens møte 7.12.2017 orienterte ordførerne om status og planlagt framdrift for politisk behandling av Vestregionens fremtid. Samtlige kommuner ga uttrykk for at de har positive erfaringer fra samarbeidet; særlig i forhold til innsatsområdene helse og kultur. Innsatsområdet regional utvikling, oppfattes som mindre relevant.

Drammen, Svelvik, og Nedre Eiker informerte om at kommunene har vedtatt at Vestregionen bør avvikles og at etablering av nye, regionale samarbeidsformer bør vurderes med utgangspunkt i ny kommune- og regionstruktur.

Rådmannsgruppens behandling februar 2018

Rådmannsgruppens leder var i forkant av møtet i kontakt med samtlige rådmenn for å innhente synspunkter med hensyn til videre organisering. Inntrykket fra styringsgruppens møte på Kleivstua 7.12 ble bekreftet. Alle ser behov for kontakt og samarbeid fremover bl.a. i forhold til Viken fylkeskommune som etableres fra 1.1.2020. Det oppfattes positivt at Kommunehelsesamarbeidet og samarbeid om BPA fortsetter, og mange ønsker også å videreføre Kunst Rett Vest; gjerne i regi av Viken fylkeskommune.

Rådmannsgruppen samlet seg om å legge fram følgende skisse til behandling i Styringsgruppen 15.3.2018:

${sketchText}`;

export const REVISED_PLAN = `Dersom det er oppslutning om skissen til løsning beskrevet over, kan prosessen frem til juni organiseres slik:

15.3: Styringsgruppen – ordinært møte

16.3 – 30.5:

 Poltisk behandling i kommunene

31.5: Rådmannsgruppen – ordinært møte

14.6: Styringsgruppemøte + Generalforsamling`;

export function casePaper(overrides: Partial<CasePaperModel> = {}): CasePaperModel {
  return {
    cooperationName: 'Vestregionen',
    locale: 'nb',
    title: TITLE,
    caseNumber: '03/2018',
    caseOfficer: 'Sekretariatet',
    archiveReference: '2018/123',
    path: [
      { caseNumber: '02/2018', bodyName: 'Rådmannsgruppen', meetingDate: '2018-02-22' },
      { caseNumber: '03/2018', bodyName: 'Styringsgruppen', meetingDate: '2018-03-15' },
    ],
    proposalKind: 'forslag_til_vedtak',
    proposal: { text: PROPOSAL_TEXT },
    background: BACKGROUND,
    assessment: `Forslag til revidert fremdrift\n\n${REVISED_PLAN}`,
    attachments: [{ title: 'Drøftingsnotat om Vestregionens framtid', fileName: 'drøftingsnotat.pdf' }],
    illustrativeNote: 'Saksnummeret i Rådmannsgruppen, arkivsaken og vedlegget er laget for testen.',
    ...overrides,
  };
}

export const EXEMPT_TITLE = 'Tilsetting av ny leder for sekretariatet';

export function summons(overrides: Partial<SummonsModel> = {}): SummonsModel {
  return {
    cooperationName: 'Vestregionen',
    locale: 'nb',
    bodyName: 'Styringsgruppen',
    meetingKindLabel: 'Ordinært møte',
    startsAt: '2018-03-15T09:00:00Z',
    endsAt: '2018-03-15T11:00:00Z',
    place: 'Bærum rådhus, Sandvika',
    agenda: [
      { caseNumber: '01/2018', title: 'Godkjenning av innkalling og saksliste', isPublic: true },
      { caseNumber: '03/2018', title: TITLE, isPublic: true },
      { caseNumber: '04/2018', title: EXEMPT_TITLE, isPublic: false, exemptBasis: 'offl. § 25' },
    ],
    note: 'Forfall meldes til sekretariatet. Røyken, Øvre Eiker og Bærum har meldt at de kommer.',
    sender: 'Sekretariatet',
    illustrativeNote: 'Sted, saksliste og merknad er laget for testen.',
    ...overrides,
  };
}

export const RESOLUTION_TEXT = 'Styringsgruppen slutter seg til skissen til fremtidig samarbeid og ber sekretariatet utarbeide et felles saksgrunnlag.';

export function minutes(overrides: Partial<MinutesModel> = {}): MinutesModel {
  return {
    cooperationName: 'Vestregionen',
    locale: 'nb',
    bodyName: 'Styringsgruppen',
    meetingKindLabel: 'Ordinært møte',
    startsAt: '2018-03-15T09:00:00Z',
    endsAt: '2018-03-15T11:30:00Z',
    place: 'Bærum rådhus, Sandvika',
    present: ['Ordfører i Bærum (leder)', 'Ordfører i Røyken', 'Ordfører i Øvre Eiker'],
    absent: ['Ordfører i Sande'],
    alsoPresent: ['Sekretariatet'],
    items: [
      {
        caseNumber: '03/2018',
        title: TITLE,
        isPublic: true,
        proposal: { text: PROPOSAL_TEXT },
        outcomeLabel: 'Vedtatt med endringer',
        amendments: ['Ordfører i Øvre Eiker foreslo å be om et felles saksgrunnlag innen 1. april.'],
        votes: { for: 14, against: 1, blank: 0 },
        resolution: { text: RESOLUTION_TEXT, points: SKETCH },
      },
      {
        caseNumber: '04/2018',
        title: EXEMPT_TITLE,
        isPublic: false,
        exemptBasis: 'offl. § 25',
        proposal: { text: 'Hemmelig forslag om tilsetting.' },
        resolution: { text: 'Hemmelig vedtak om tilsetting.' },
        votes: null,
      },
    ],
    approval: { approvedAt: '2018-05-24', approvedBy: 'Styringsgruppen' },
    illustrativeNote: 'Behandling, votering og vedtak er laget for testen.',
    ...overrides,
  };
}

export const calendarMeetings: CalendarMeeting[] = [
  { id: 11, title: 'Møte i Styringsgruppen', bodyName: 'Styringsgruppen', startsAt: '2017-12-07T09:00:00Z', endsAt: '2017-12-07T12:00:00Z', place: 'Kleivstua', status: 'held', url: '/vestregionen/moter/11' },
  { id: 12, title: 'Møte i Styringsgruppen', bodyName: 'Styringsgruppen', startsAt: '2018-03-15T09:00:00Z', endsAt: '2018-03-15T11:00:00Z', place: 'Bærum rådhus', status: 'summoned', url: '/vestregionen/moter/12' },
  { id: 13, title: 'Møte i Styringsgruppen', bodyName: 'Styringsgruppen', startsAt: '2018-05-24T08:00:00Z', status: 'cancelled', url: 'https://samrad.example.no/vestregionen/moter/13' },
  { id: 14, title: 'Generalforsamling', bodyName: 'Generalforsamlingen', startsAt: '2018-06-14T10:00:00Z', endsAt: '2018-06-14T14:00:00Z', place: 'Asker', status: 'planned' },
];
