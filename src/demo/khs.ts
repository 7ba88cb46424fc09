import type { DemoCooperation } from './types';
import { VESTREGIONEN_MUNICIPALITIES } from './vestregionen';

/**
 * Kommunehelsesamarbeidet (KHS). «Sak 03/2018» (point 4) says only that KHS continues «for de 26
 * kommunene i Vestre Vikens opptaksområde med egen finansiering og organisering». The member list is
 * reconstructed (the 15 of Vestregionen plus 11 more) and uncertain as one list; the legal form is
 * not in the sources. Numbers are those of 2018 (SSB's 2018 list; Jevnaker was in Oppland).
 */
export const KHS_OTHER_MUNICIPALITIES = [
  { code: '0604', name: 'Kongsberg' },
  { code: '0631', name: 'Flesberg' },
  { code: '0632', name: 'Rollag' },
  { code: '0633', name: 'Nore og Uvdal' },
  { code: '0532', name: 'Jevnaker' },
  { code: '0615', name: 'Flå' },
  { code: '0616', name: 'Nes' },
  { code: '0617', name: 'Gol' },
  { code: '0618', name: 'Hemsedal' },
  { code: '0619', name: 'Ål' },
  { code: '0620', name: 'Hol' },
] as const;

export const KHS_MUNICIPALITIES = [...VESTREGIONEN_MUNICIPALITIES, ...KHS_OTHER_MUNICIPALITIES];

/** The seed's own count: «de 26 kommunene i Vestre Vikens opptaksområde». */
export const KHS_COUNT_IN_SOURCE = 26;

const MEMBERSHIP_NOTE = {
  nb: 'Rekonstruert: medlemslisten per 2018 er usikker som én liste, og kildene sier ikke når kommunen ble med.',
  nn: 'Rekonstruert: medlemslista per 2018 er uviss som éi liste, og kjeldene seier ikkje når kommunen vart med.',
  en: 'Reconstructed: the member list as of 2018 is uncertain as one list, and the sources do not say when the municipality joined.',
};

export const khs: DemoCooperation = {
  cooperation: {
    slug: 'kommunehelsesamarbeidet',
    name: 'Kommunehelsesamarbeidet',
    short_name: 'KHS',
    legal_form: 'agreement',
    legal_basis: null,
    // No tagline: the sources give KHS no line of its own, so none is made up.
    purpose: {
      nb: 'Et helsesamarbeid mellom de 26 kommunene i Vestre Vikens opptaksområde, med egen finansiering og organisering.',
      nn: 'Eit helsesamarbeid mellom dei 26 kommunane i opptaksområdet til Vestre Viken, med eiga finansiering og organisering.',
      en: 'A health cooperation between the 26 municipalities in the catchment area of the Vestre Viken hospital trust, with its own financing and organisation.',
    },
    host_code: null,
    head_office_code: null,
    status: 'active',
    established_on: null,
    ended_on: null,
    source_note: {
      nb: [
        'Kilde: saksframlegget «Sak 03/2018» til Styringsgruppen i Vestregionen 15. mars 2018, punkt 4: «Kommunehelsesamarbeidet (KHS) videreføres for de 26 kommunene i Vestre Vikens opptaksområde med egen finansiering og organisering.»',
        'Medlemslisten er rekonstruert og usikker som én liste: de 15 kommunene i Vestregionen og Kongsberg, Flesberg, Rollag, Nore og Uvdal, Jevnaker, Flå, Nes (Buskerud), Gol, Hemsedal, Ål og Hol, med kommunenumrene de hadde i 2018. Det er 26 kommuner, som i saksframlegget. Kildene sier ikke når kommunene ble med. Endringene 1.1.2020 er lagt inn etter regelen at etterfølgeren blir medlem når alle kommunene den ble dannet av var medlemmer; derfor er Holmestrand (med Sande) ikke medlem fra 2020.',
        'Samarbeidsformen står ikke i kildene. «Avtale» er satt bare som illustrasjon. Formålsteksten er skrevet for denne demonstrasjonen med ord fra kilden; teksten på nynorsk og engelsk, også i merknadene, er oversettelser.',
      ].join('\n\n'),
      nn: [
        'Kjelde: saksframlegget «Sak 03/2018» til styringsgruppa i Vestregionen 15. mars 2018, punkt 4: «Kommunehelsesamarbeidet (KHS) videreføres for de 26 kommunene i Vestre Vikens opptaksområde med egen finansiering og organisering.»',
        'Medlemslista er rekonstruert og uviss som éi liste: dei 15 kommunane i Vestregionen og Kongsberg, Flesberg, Rollag, Nore og Uvdal, Jevnaker, Flå, Nes (Buskerud), Gol, Hemsedal, Ål og Hol, med kommunenummera dei hadde i 2018. Det er 26 kommunar, som i saksframlegget. Kjeldene seier ikkje når kommunane vart med. Endringane 1.1.2020 er lagde inn etter regelen at etterfølgjaren blir medlem når alle kommunane han vart skipa av, var medlemer; difor er Holmestrand (med Sande) ikkje medlem frå 2020.',
        'Samarbeidsforma står ikkje i kjeldene. «Avtale» er sett berre som illustrasjon. Formålsteksten er skriven for denne demonstrasjonen med ord frå kjelda; teksten på nynorsk og engelsk, også i merknadene, er omsetjingar.',
      ].join('\n\n'),
      en: [
        'Source: the case «Sak 03/2018» to Vestregionen’s Steering Group on 15 March 2018, point 4: «Kommunehelsesamarbeidet (KHS) videreføres for de 26 kommunene i Vestre Vikens opptaksområde med egen finansiering og organisering» (KHS continues for the 26 municipalities in Vestre Viken’s catchment area, with its own financing and organisation).',
        'The member list is reconstructed and uncertain as one list: the 15 municipalities of Vestregionen and Kongsberg, Flesberg, Rollag, Nore og Uvdal, Jevnaker, Flå, Nes (Buskerud), Gol, Hemsedal, Ål and Hol, with the numbers they had in 2018. That is 26 municipalities, as in the case. The sources do not say when the municipalities joined. The changes of 1 January 2020 are applied under the rule that a successor becomes a member when every municipality it was formed from was one; so Holmestrand (with Sande) is not a member from 2020.',
        'The legal form is not in the sources. «Agreement» is set only as an illustration. The purpose was written for this demonstration with words from the source; the Nynorsk and English texts, including the notes, are translations.',
      ].join('\n\n'),
    },
  },

  memberships: KHS_MUNICIPALITIES.map((m) => ({ member_code: m.code, start_on: null, end_on: null, note: MEMBERSHIP_NOTE })),

  bodies: [],
};
