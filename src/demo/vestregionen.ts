import type { DemoCooperation } from './types';

/**
 * Vestregionen, from the two source documents (the page «Vestregionens framtid» and «Sak 03/2018» to
 * Styringsgruppen 15 March 2018) and the project's domain notes. What the sources do not say is left
 * empty (when it was founded, when members joined, who held the seats); what we worded or derived is
 * said so in `source_note`, which the pages show.
 */

/** The last day: the Generalforsamling decided in June 2018 that the § 27 cooperation ends 1.1.2019. */
export const VESTREGIONEN_LAST_DAY = '2018-12-31';

/** The 15 member municipalities, with the numbers they had in 2018 (SSB's 2018 list). */
export const VESTREGIONEN_MUNICIPALITIES = [
  { code: '0220', name: 'Asker' },
  { code: '0219', name: 'Bærum' },
  { code: '0602', name: 'Drammen' },
  { code: '0612', name: 'Hole' },
  { code: '0628', name: 'Hurum' },
  { code: '0622', name: 'Krødsherad' },
  { code: '0626', name: 'Lier' },
  { code: '0623', name: 'Modum' },
  { code: '0625', name: 'Nedre Eiker' },
  { code: '0605', name: 'Ringerike' },
  { code: '0627', name: 'Røyken' },
  { code: '0713', name: 'Sande' },
  { code: '0621', name: 'Sigdal' },
  { code: '0711', name: 'Svelvik' },
  { code: '0624', name: 'Øvre Eiker' },
] as const;

export const VESTREGIONEN_COUNTIES = [
  { code: '02', name: 'Akershus' },
  { code: '06', name: 'Buskerud' },
] as const;

/** Bærum chaired 2017–2018; the chair rotates every two years. Whole years, as the source gives only years. */
const CHAIR = { code: '0219', start_on: '2017-01-01', end_on: VESTREGIONEN_LAST_DAY } as const;

const ended = { end_on: VESTREGIONEN_LAST_DAY } as const;

export const vestregionen: DemoCooperation = {
  cooperation: {
    slug: 'vestregionen',
    name: 'Vestregionen',
    short_name: null,
    legal_form: 'section_27',
    legal_basis: '§ 27 i kommuneloven (1992)',
    // The nb line is quoted from the site (seed «Vestregionens framtid»); nn and en are translations.
    tagline: {
      nb: '15 kommuner vest for Oslo',
      nn: '15 kommunar vest for Oslo',
      en: '15 municipalities west of Oslo',
    },
    purpose: {
      nb: 'En allianse av 15 kommuner vest for Oslo og to fylkeskommuner, Akershus og Buskerud. Innsatsområdene var blant annet helse, kultur og regional utvikling.',
      nn: 'Ein allianse av 15 kommunar vest for Oslo og to fylkeskommunar, Akershus og Buskerud. Innsatsområda var mellom anna helse, kultur og regional utvikling.',
      en: 'An alliance of 15 municipalities west of Oslo and two county authorities, Akershus and Buskerud. Its focus areas included health, culture and regional development.',
    },
    host_code: '0220',
    head_office_code: '0219',
    status: 'ended',
    established_on: null,
    ended_on: VESTREGIONEN_LAST_DAY,
    source_note: {
      nb: [
        'Kilder: nettsiden «Vestregionens framtid» og saksframlegget «Sak 03/2018 Vestregionens fremtid – skisse til fremtidig samarbeid» til Styringsgruppen 15. mars 2018. Opplysningene om organene, sekretariatet, vertskommunen og hovedkontoret er hentet fra Samråd-prosjektets beskrivelse av Vestregionen, ikke fra de to dokumentene.',
        'Linjen under navnet, «15 kommuner vest for Oslo», er sitert fra nettsiden. Formålsteksten er skrevet for denne demonstrasjonen med ord fra kildene («15 kommuner vest for Oslo», «alliansens», innsatsområdene helse, kultur og regional utvikling). Den er ikke Vestregionens egen formulering. Teksten på nynorsk og engelsk, også i linjen under navnet og i merknadene, er oversettelser.',
        'Skissen i Sak 03/2018 (punkt 9) sier at Vestregionen som § 27-samarbeid opphører fra 1.1.2019. Generalforsamlingen vedtok dette enstemmig i juni 2018; selve vedtaket er ikke blant kildedokumentene. Derfor er 31.12.2018 siste dag for samarbeidet, for medlemskapene og for plassene i organene.',
        'Kildene sier ikke når samarbeidet ble etablert eller når medlemmene gikk inn. Kommunene står med kommunenumrene de hadde i 2018.',
        'Plassene i organene er roller uten navn (for eksempel ordføreren i Asker), utledet av beskrivelsen av hvert organ. Bærum hadde ledervervet 2017–2018; datoene 1.1.2017–31.12.2018 er satt ut fra årstallene.',
      ].join('\n\n'),
      nn: [
        'Kjelder: nettsida «Vestregionens framtid» og saksframlegget «Sak 03/2018 Vestregionens fremtid – skisse til fremtidig samarbeid» til styringsgruppa 15. mars 2018. Opplysningane om organa, sekretariatet, vertskommunen og hovudkontoret er henta frå Samråd-prosjektet si skildring av Vestregionen, ikkje frå dei to dokumenta.',
        'Linja under namnet, «15 kommuner vest for Oslo», er sitert frå nettsida. Formålsteksten er skriven for denne demonstrasjonen med ord frå kjeldene («15 kommuner vest for Oslo», «alliansens», innsatsområda helse, kultur og regional utvikling). Han er ikkje Vestregionen si eiga formulering. Teksten på nynorsk og engelsk, også i linja under namnet og i merknadene, er omsetjingar.',
        'Skissa i Sak 03/2018 (punkt 9) seier at Vestregionen som § 27-samarbeid tek slutt frå 1.1.2019. Generalforsamlinga vedtok dette samrøystes i juni 2018; sjølve vedtaket er ikkje mellom kjeldedokumenta. Difor er 31.12.2018 siste dag for samarbeidet, for medlemskapa og for plassane i organa.',
        'Kjeldene seier ikkje når samarbeidet vart etablert eller når medlemene gjekk inn. Kommunane står med kommunenummera dei hadde i 2018.',
        'Plassane i organa er roller utan namn (til dømes ordføraren i Asker), utleidde av skildringa av kvart organ. Bærum hadde leiarvervet 2017–2018; datoane 1.1.2017–31.12.2018 er sette ut frå årstala.',
      ].join('\n\n'),
      en: [
        'Sources: the web page «Vestregionens framtid» and the case «Sak 03/2018 Vestregionens fremtid – skisse til fremtidig samarbeid» to the Steering Group on 15 March 2018 (both in Norwegian). What is said about the bodies, the secretariat, the host municipality and the head office comes from the Samråd project’s description of Vestregionen, not from the two documents.',
        'The line under the name, «15 kommuner vest for Oslo», is quoted from the web page. The purpose was written for this demonstration with words from the sources («15 kommuner vest for Oslo», «alliansens», the focus areas health, culture and regional development). It is not Vestregionen’s own wording. The Nynorsk and English texts, including the line under the name and the notes, are translations.',
        'The sketch in Sak 03/2018 (point 9) says that Vestregionen as a § 27 cooperation ends from 1 January 2019. The General Assembly decided this unanimously in June 2018; the decision itself is not among the source documents. So 31 December 2018 is the last day of the cooperation, of the memberships and of the seats in the bodies.',
        'The sources do not say when the cooperation was established or when the members joined. The municipalities are listed with the numbers they had in 2018.',
        'The seats in the bodies are roles without names (for example the mayor of Asker), derived from the description of each body. Bærum held the chair 2017–2018; the dates 1.1.2017–31.12.2018 were set from the years.',
      ].join('\n\n'),
    },
  },

  memberships: [...VESTREGIONEN_MUNICIPALITIES, ...VESTREGIONEN_COUNTIES].map((m) => ({
    member_code: m.code,
    start_on: null,
    ...ended,
  })),

  bodies: [
    {
      body: {
        slug: 'generalforsamlingen',
        name: { nb: 'Generalforsamling', nn: 'Generalforsamling', en: 'General Assembly' },
        kind: 'general_assembly',
        composition: {
          nb: 'Formannskapet i hver medlemskommune og fylkesutvalget i hver fylkeskommune. Vestregionens øverste organ.',
          nn: 'Formannskapet i kvar medlemskommune og fylkesutvalet i kvar fylkeskommune. Det øvste organet i Vestregionen.',
          en: 'The executive committee (formannskap) of each member municipality and the county committee of each county authority. The highest body of Vestregionen.',
        },
        sort_order: 1,
      },
      seats: [
        ...VESTREGIONEN_MUNICIPALITIES.map((m) => ({ on_behalf_of_code: m.code, office: 'formannskap' as const, ...ended })),
        ...VESTREGIONEN_COUNTIES.map((c) => ({ on_behalf_of_code: c.code, office: 'county_committee' as const, ...ended })),
      ],
    },
    {
      body: {
        slug: 'styringsgruppen',
        name: { nb: 'Styringsgruppen', nn: 'Styringsgruppa', en: 'Steering Group' },
        kind: 'political',
        composition: {
          nb: 'Ordførerne i de 15 kommunene og fylkesordførerne i de to fylkeskommunene. Minst fire møter i året. Ledervervet går på omgang hvert annet år (Bærum 2017–2018).',
          nn: 'Ordførarane i dei 15 kommunane og fylkesordførarane i dei to fylkeskommunane. Minst fire møte i året. Leiarvervet går på omgang annakvart år (Bærum 2017–2018).',
          en: 'The mayors of the 15 municipalities and the county mayors of the two county authorities. At least four meetings a year. The chair rotates every two years (Bærum 2017–2018).',
        },
        sort_order: 2,
      },
      seats: [
        ...VESTREGIONEN_MUNICIPALITIES.map((m) =>
          m.code === CHAIR.code
            ? {
                on_behalf_of_code: m.code,
                office: 'mayor' as const,
                position: 'chair' as const,
                start_on: CHAIR.start_on,
                end_on: CHAIR.end_on,
                note: {
                  nb: 'Leder 2017–2018. Ledervervet går på omgang hvert annet år; datoene er satt ut fra årstallene.',
                  nn: 'Leiar 2017–2018. Leiarvervet går på omgang annakvart år; datoane er sette ut frå årstala.',
                  en: 'Chair 2017–2018. The chair rotates every two years; the dates were set from the years.',
                },
              }
            : { on_behalf_of_code: m.code, office: 'mayor' as const, ...ended },
        ),
        ...VESTREGIONEN_COUNTIES.map((c) => ({ on_behalf_of_code: c.code, office: 'county_mayor' as const, ...ended })),
      ],
    },
    {
      body: {
        slug: 'radmannsgruppen',
        name: { nb: 'Rådmannsgruppen', nn: 'Rådmannsgruppa', en: 'Executives’ Group' },
        kind: 'administrative',
        composition: {
          nb: 'Rådmennene i medlemskommunene. Ledes av rådmannen i kommunen som har ledervervet i Styringsgruppen. Forbereder saker til Styringsgruppen.',
          nn: 'Rådmennene i medlemskommunane. Rådmannen i kommunen som har leiarvervet i styringsgruppa, leier gruppa. Førebur saker til styringsgruppa.',
          en: 'The chief executives of the member municipalities. Chaired by the chief executive of the municipality that chairs the Steering Group. Prepares cases for the Steering Group.',
        },
        sort_order: 3,
      },
      seats: VESTREGIONEN_MUNICIPALITIES.map((m) =>
        m.code === CHAIR.code
          ? {
              on_behalf_of_code: m.code,
              office: 'chief_executive' as const,
              position: 'chair' as const,
              start_on: CHAIR.start_on,
              end_on: CHAIR.end_on,
              note: {
                nb: 'Leder 2017–2018, fordi Bærum hadde ledervervet i Styringsgruppen; datoene er satt ut fra årstallene.',
                nn: 'Leiar 2017–2018, fordi Bærum hadde leiarvervet i styringsgruppa; datoane er sette ut frå årstala.',
                en: 'Chair 2017–2018, because Bærum chaired the Steering Group; the dates were set from the years.',
              },
            }
          : { on_behalf_of_code: m.code, office: 'chief_executive' as const, ...ended },
      ),
    },
    {
      body: {
        slug: 'sekretariatet',
        name: { nb: 'Sekretariatet', nn: 'Sekretariatet', en: 'Secretariat' },
        kind: 'secretariat',
        composition: {
          nb: 'Fire ansatte, med Asker som vertskommune.',
          nn: 'Fire tilsette, med Asker som vertskommune.',
          en: 'Four staff, hosted by Asker.',
        },
        sort_order: 4,
      },
      seats: [1, 2, 3, 4].map(() => ({ on_behalf_of_code: '0220', office: 'secretariat_staff' as const, ...ended })),
    },
  ],
};
