// TEST DATA, not demo data: short Norwegian texts for the search tests. Seed texts (marked `seed`)
// are quoted from /work/shared/seeds; the others are realistic sentences written for these tests.

export interface CorpusDocument {
  key: string;
  title: string;
  date: string;
  text: string;
  isPublic?: boolean;
  language?: 'nb' | 'nn' | 'en';
  seed?: boolean;
}

export const SEARCH_CORPUS: CorpusDocument[] = [
  {
    key: 'sak-03-2018',
    seed: true,
    title: 'Sak 03/2018 Vestregionens fremtid – skisse til fremtidig samarbeid',
    date: '2018-03-15',
    text:
      'Det utarbeides et felles saksgrunnlag som kan benyttes av den enkelte kommune som grunnlag for den politiske behandlingen, hvis ønskelig. ' +
      'Samtlige kommuner ga uttrykk for at de har positive erfaringer fra samarbeidet; særlig i forhold til innsatsområdene helse og kultur.',
  },
  {
    key: 'framtid-side',
    seed: true,
    title: 'Vestregionens framtid',
    date: '2017-10-01',
    text: 'Vestregionen har besluttet å gjennomføre en prosess fram til juni 2018, for å avklare alliansens framtidige organisering.',
  },
  {
    key: 'kunst-rett-vest',
    title: 'Kunst Rett Vest i framtiden',
    date: '2018-05-01',
    text: 'Kunst Rett Vest søkes fra 2020 videreført i et samarbeid mellom kommunene. Bærum arrangerer KRV i 2019. Kultur for alle.',
  },
  {
    key: 'ungdomssymfonikerne',
    title: 'Ungdomssymfonikerne',
    date: '2018-04-10',
    text: 'Videreføring av Ungdomssymfonikerne søkes i et samarbeid mellom kommuner som ønsker å bidra økonomisk og organisatorisk.',
  },
  {
    key: 'samarbeidsavtale',
    title: 'Samarbeidsavtale for Kommunehelsesamarbeidet',
    date: '2018-06-14',
    text: 'Avtalen gjelder for de 26 kommunene i Vestre Vikens opptaksområde.',
  },
  {
    key: 'drammen',
    title: 'Vedtak i Drammen, Svelvik og Nedre Eiker',
    date: '2017-12-07',
    text: 'Kommunene har vedtatt at Vestregionen bør avvikles.',
  },
  {
    key: 'ovre-eiker',
    title: 'Høringssvar fra Øvre Eiker kommune',
    date: '2018-05-20',
    text: 'Øvre Eiker kommune støtter skissen og ser fram til videre arbeid i regionen.',
  },
  {
    key: 'ovre-grense',
    title: 'Tilskudd til kommunene',
    date: '2018-01-10',
    text: 'Den øvre grensen for tilskudd gjelder også for Nedre Eiker.',
  },
  {
    key: 'baerum-vert',
    title: 'Bærum kommune tilrettelegger',
    date: '2018-02-01',
    text: 'Bærum kommune kan påta seg ansvaret for å tilrettelegge for dette samarbeidet.',
  },
  {
    key: 'baerum-ascii',
    title: 'Stavemåter',
    date: '2018-02-02',
    text: 'Navnet Baerum er her skrevet uten æ, og Bearum er en skrivefeil.',
  },
  {
    key: 'kultur-framtid',
    title: 'Kulturens framtid i regionen',
    date: '2018-03-01',
    text: 'Framtid for kultur og kunst i kommunene.',
  },
  {
    key: 'kommuner-viken',
    title: 'Kommuner i Viken',
    date: '2019-01-05',
    text: 'Alle kommuner i Viken fylkeskommune inviteres til møte.',
  },
  {
    key: 'helse',
    title: 'Helse og omsorg',
    date: '2017-11-23',
    text: 'Innsatsområdet helse oppfattes som relevant for alle.',
  },
  {
    key: 'bpa',
    title: 'Brukerstyrt personlig assistanse',
    date: '2018-04-01',
    text: 'Samarbeidet om BPA vurderes videreført som en integrert del av helsesamarbeidet.',
  },
  {
    key: 'internt-notat',
    title: 'Internt notat om budsjett',
    date: '2018-03-10',
    isPublic: false,
    text: 'Intern vurdering av samarbeid, budsjett og framtid for Bærum og Øvre Eiker.',
  },
  {
    key: 'komut',
    title: 'KomUt-prosjektet',
    date: '2018-03-20',
    text: 'Norsk Helsenetts prosjekt Elektronisk meldingsutveksling vurderes lagt til Kommunehelsesamarbeidet.',
  },
  {
    key: 'saksgrunnlag-delt',
    title: 'Grunnlag fra kommunene',
    date: '2018-02-15',
    text: 'Saksgrunnlag fra hver kommune er ikke felles.',
  },
  {
    key: 'generalforsamling',
    title: 'Generalforsamling 14. juni 2018',
    date: '2018-06-14',
    text: 'Vestregionen som § 27-samarbeid opphører fra 1.1.2019. Generalforsamlingen vedtok dette enstemmig.',
  },
  {
    key: 'regional-utvikling',
    title: 'Regional utvikling',
    date: '2017-12-01',
    text: 'Innsatsområdet regional utvikling oppfattes som mindre relevant.',
  },
  {
    key: 'english-summary',
    title: 'The future of Vestregionen',
    language: 'en',
    date: '2018-03-16',
    text: 'Summary in English: the municipalities cooperate on health and culture.',
  },
];
