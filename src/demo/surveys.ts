import type { Transaction } from 'kysely';
import type { Actor } from '../platform/authz';
import { execute } from '../platform/command';
import type { Database } from '../platform/db/schema';
import { getCooperationBySlug } from '../modules/cooperations';
import {
  closeSurvey,
  createSurvey,
  openSurvey,
  publishResults,
  submitResponse,
  type RespondentRole,
  type SurveyDefinitionInput,
} from '../modules/surveys';
import { NO_LINKS, type DemoLinks } from './links';
import { VESTREGIONEN_MUNICIPALITIES } from './vestregionen';

/**
 * The survey of autumn 2017 that the page «Vestregionens framtid» describes: on knowledge of the
 * alliance's work and how useful it is, sent to mayors, deputy mayors, chief executives and heads of
 * department, open to other elected officials and staff. The seed gives its purpose and audience,
 * not its questions: every question is our wording and marked illustrative. The answers are
 * generated (a fixed-seed generator, so every load gives the same numbers), flagged synthetic, and
 * given through the open link with role and municipality only: no person is invented.
 */

const FOCUS_AREAS = [
  { key: 'helse', label: { nb: 'Helse', nn: 'Helse', en: 'Health' } },
  { key: 'kultur', label: { nb: 'Kultur', nn: 'Kultur', en: 'Culture' } },
  { key: 'regional_utvikling', label: { nb: 'Regional utvikling', nn: 'Regional utvikling', en: 'Regional development' } },
];

const USEFULNESS = [
  { key: 'ikke_nyttig', label: { nb: 'Ikke nyttig', nn: 'Ikkje nyttig', en: 'Not useful' } },
  { key: 'lite_nyttig', label: { nb: 'Lite nyttig', nn: 'Lite nyttig', en: 'Of little use' } },
  { key: 'noe_nyttig', label: { nb: 'Noe nyttig', nn: 'Noko nyttig', en: 'Somewhat useful' } },
  { key: 'nyttig', label: { nb: 'Nyttig', nn: 'Nyttig', en: 'Useful' } },
  { key: 'svaert_nyttig', label: { nb: 'Svært nyttig', nn: 'Svært nyttig', en: 'Very useful' } },
];

const KNOWLEDGE = [
  { key: 'svaert_godt', label: { nb: 'Svært godt', nn: 'Svært godt', en: 'Very well' } },
  { key: 'godt', label: { nb: 'Godt', nn: 'Godt', en: 'Well' } },
  { key: 'noe', label: { nb: 'Noe', nn: 'Noko', en: 'Somewhat' } },
  { key: 'lite', label: { nb: 'Lite', nn: 'Lite', en: 'A little' } },
  { key: 'ikke', label: { nb: 'Ikke i det hele tatt', nn: 'Ikkje i det heile', en: 'Not at all' } },
];

const illustrative = true;

export const VESTREGIONEN_SURVEY: SurveyDefinitionInput = {
  format: 'samrad-survey/1',
  title: {
    nb: 'Spørreundersøkelse om kjennskap til og nytten av Vestregionens arbeid',
    nn: 'Spørjeundersøking om kjennskap til og nytten av arbeidet i Vestregionen',
    en: 'Survey on knowledge of Vestregionen’s work and its usefulness',
  },
  // Quoted from the page «Vestregionens framtid» (nb); nn and en are translations.
  intro: {
    nb: 'Det er utarbeidet en spørreundersøkelse som fokuserer på kjennskap til Vestregionens arbeid og vurdering av nytten av arbeidet.',
    nn: 'Det er utarbeidd ei spørjeundersøking som fokuserer på kjennskap til arbeidet i Vestregionen og vurdering av nytten av arbeidet.',
    en: 'A survey has been prepared that focuses on knowledge of Vestregionen’s work and an assessment of how useful the work is.',
  },
  audience: {
    nb: 'Undersøkelsen er sendt til ordførere, varaordførere, rådmenn og kommunalsjefer. Det er også anledning for øvrige folkevalgte og ansatte til å svare.',
    nn: 'Undersøkinga er send til ordførarar, varaordførarar, rådmenn og kommunalsjefar. Det er òg høve for andre folkevalde og tilsette til å svare.',
    en: 'The survey was sent to mayors, deputy mayors, chief executives and heads of department. Other elected officials and staff may also answer.',
  },
  sourceNote: {
    nb: 'Kilde: nettsiden «Vestregionens framtid», som sier hva undersøkelsen handlet om og hvem den gikk til. Spørsmålene er ikke gjengitt i kilden: alle spørsmålene her er formulert for denne demonstrasjonen (illustrasjon). Datoene 2.10.–15.11.2017 er satt ut fra framdriftsplanen («Oktober – november: Gjennomføre spørreundersøkelse»). Svarene er generert (syntetiske) og er ikke virkelige svar.',
    nn: 'Kjelde: nettsida «Vestregionens framtid», som seier kva undersøkinga handla om og kven ho gjekk til. Spørsmåla er ikkje gjevne att i kjelda: alle spørsmåla her er formulerte for denne demonstrasjonen (illustrasjon). Datoane 2.10.–15.11.2017 er sette ut frå framdriftsplanen («Oktober – november: Gjennomføre spørreundersøkelse»). Svara er genererte (syntetiske) og er ikkje verkelege svar.',
    en: 'Source: the web page «Vestregionens framtid», which says what the survey was about and whom it went to. The source does not give the questions: every question here was worded for this demonstration (illustrative). The dates 2 October–15 November 2017 were set from the progress plan («Oktober – november: Gjennomføre spørreundersøkelse»). The answers are generated (synthetic), not real answers.',
  },
  language: 'nb',
  anonymity: 'anonymous',
  opensOn: '2017-10-02',
  closesOn: '2017-11-15',
  openLink: true,
  sections: [
    {
      key: 'kjennskap',
      title: { nb: 'Kjennskap til Vestregionens arbeid', nn: 'Kjennskap til arbeidet i Vestregionen', en: 'Knowledge of Vestregionen’s work' },
      questions: [
        {
          key: 'kjennskap',
          kind: 'single_choice',
          illustrative,
          required: true,
          text: { nb: 'Hvor godt kjenner du til Vestregionens arbeid?', nn: 'Kor godt kjenner du til arbeidet i Vestregionen?', en: 'How well do you know Vestregionen’s work?' },
          options: KNOWLEDGE,
        },
        {
          key: 'mer_informasjon',
          kind: 'single_choice',
          illustrative,
          condition: { questionKey: 'kjennskap', equals: 'lite' },
          text: { nb: 'Ønsker du mer informasjon om Vestregionens arbeid?', nn: 'Ønskjer du meir informasjon om arbeidet i Vestregionen?', en: 'Would you like more information about Vestregionen’s work?' },
          options: [
            { key: 'ja', label: { nb: 'Ja', nn: 'Ja', en: 'Yes' } },
            { key: 'nei', label: { nb: 'Nei', nn: 'Nei', en: 'No' } },
          ],
        },
        {
          key: 'kilder',
          kind: 'multiple_choice',
          illustrative,
          text: { nb: 'Hvor har du fått vite om Vestregionens arbeid?', nn: 'Kvar har du fått vite om arbeidet i Vestregionen?', en: 'Where have you learnt about Vestregionen’s work?' },
          help: { nb: 'Kryss av for alt som passer.', nn: 'Kryss av for alt som passar.', en: 'Tick all that apply.' },
          options: [
            { key: 'moter', label: { nb: 'Møter i Styringsgruppen eller Rådmannsgruppen', nn: 'Møte i styringsgruppa eller rådmannsgruppa', en: 'Meetings of the Steering Group or the Executives’ Group' } },
            { key: 'egen_kommune', label: { nb: 'Saker og orienteringer i egen kommune', nn: 'Saker og orienteringar i eigen kommune', en: 'Cases and briefings in my own municipality' } },
            { key: 'prosjekter', label: { nb: 'Prosjekter og nettverk', nn: 'Prosjekt og nettverk', en: 'Projects and networks' } },
            { key: 'nettsted', label: { nb: 'Vestregionens nettsted', nn: 'Nettstaden til Vestregionen', en: 'Vestregionen’s website' } },
          ],
        },
        {
          key: 'moter_deltatt',
          kind: 'number',
          illustrative,
          text: {
            nb: 'Hvor mange møter eller samlinger i regi av Vestregionen har du deltatt på det siste året?',
            nn: 'Kor mange møte eller samlingar i regi av Vestregionen har du vore med på det siste året?',
            en: 'How many meetings or gatherings run by Vestregionen have you attended in the past year?',
          },
          min: 0,
          max: 50,
          integer: true,
        },
      ],
    },
    {
      key: 'nytte',
      title: { nb: 'Nytten av arbeidet', nn: 'Nytten av arbeidet', en: 'The usefulness of the work' },
      questions: [
        {
          key: 'nytte_samlet',
          kind: 'rating',
          illustrative,
          required: true,
          text: {
            nb: 'Hvor nyttig er Vestregionens arbeid for din kommune, samlet sett?',
            nn: 'Kor nyttig er arbeidet i Vestregionen for kommunen din, samla sett?',
            en: 'How useful is Vestregionen’s work for your municipality, overall?',
          },
          scale: { min: 1, max: 5, minLabel: { nb: 'Ikke nyttig', nn: 'Ikkje nyttig', en: 'Not useful' }, maxLabel: { nb: 'Svært nyttig', nn: 'Svært nyttig', en: 'Very useful' } },
        },
        {
          key: 'nytte_omrader',
          kind: 'matrix',
          illustrative,
          required: true,
          text: {
            nb: 'Hvor nyttig er arbeidet innenfor hvert av innsatsområdene?',
            nn: 'Kor nyttig er arbeidet innanfor kvart av innsatsområda?',
            en: 'How useful is the work in each of the focus areas?',
          },
          rows: FOCUS_AREAS,
          columns: USEFULNESS,
        },
        {
          key: 'kommentar',
          kind: 'text',
          illustrative,
          maxLength: 2000,
          text: { nb: 'Har du andre kommentarer til Vestregionens arbeid?', nn: 'Har du andre kommentarar til arbeidet i Vestregionen?', en: 'Do you have other comments on Vestregionen’s work?' },
        },
      ],
    },
  ],
};

/** A small fixed-seed generator (mulberry32): the same demo numbers on every load. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    /** A value near `mean` on 1…5. */
    score: (mean: number) => Math.min(5, Math.max(1, Math.round(mean + (next() + next() + next() - 1.5) * 1.4))),
  };
}

/** Larger municipalities send more heads of department and other respondents. */
const SIZE: Record<string, number> = { '0219': 3, '0220': 3, '0602': 3, '0605': 2, '0626': 2, '0624': 2, '0625': 2, '0627': 2, '0623': 1, '0628': 1, '0711': 1, '0713': 1, '0612': 1, '0621': 0, '0622': 0 };
/** The three councils that had resolved that the alliance should be dissolved (Sak 03/2018). */
const DISSOLVING = new Set(['0602', '0711', '0625']);

function syntheticResponses(): { role: RespondentRole; municipality_code: string; answers: Record<string, unknown>; on: string }[] {
  const r = generator(2017);
  const out: { role: RespondentRole; municipality_code: string; answers: Record<string, unknown>; on: string }[] = [];
  for (const { code } of VESTREGIONEN_MUNICIPALITIES) {
    const size = SIZE[code] ?? 1;
    const counts: [RespondentRole, number][] = [
      ['mayor', r.next() < 0.85 ? 1 : 0],
      ['deputy_mayor', r.next() < 0.7 ? 1 : 0],
      ['chief_executive', r.next() < 0.9 ? 1 : 0],
      ['head_of_department', r.int(1, 2 + size * 2)],
      ['other_elected', r.int(0, 1 + size * 2)],
      ['other_staff', r.int(0, size + 1)],
    ];
    for (const [role, n] of counts) {
      for (let i = 0; i < n; i++) out.push({ role, municipality_code: code, answers: answersFor(r, role, code), on: dayIn(r) });
    }
  }
  return out;
}

function answersFor(r: ReturnType<typeof generator>, role: RespondentRole, code: string): Record<string, unknown> {
  // Those who sit in the bodies know the work best; the seed says health and culture were valued,
  // regional development less so, and three councils wanted the alliance dissolved.
  const close = ['mayor', 'chief_executive'].includes(role) ? 1.2 : role === 'deputy_mayor' || role === 'head_of_department' ? 0.4 : -0.5;
  const knowledge = KNOWLEDGE[Math.min(4, Math.max(0, Math.round(2 - close + (r.next() - 0.5) * 2.2)))]!.key;
  const doubt = DISSOLVING.has(code) ? -0.8 : 0;
  const areas = { helse: 4 + doubt, kultur: 3.8 + doubt, regional_utvikling: 2.5 + doubt };
  const answers: Record<string, unknown> = {
    kjennskap: knowledge,
    kilder: ['moter', 'egen_kommune', 'prosjekter', 'nettsted'].filter((_, i) => r.next() < [0.3 + close * 0.4, 0.6, 0.4, 0.25][i]!),
    nytte_samlet: r.score(3.5 + doubt),
    nytte_omrader: Object.fromEntries(Object.entries(areas).map(([area, mean]) => [area, USEFULNESS[r.score(mean) - 1]!.key])),
  };
  if (knowledge === 'lite') answers.mer_informasjon = r.next() < 0.6 ? 'ja' : 'nei';
  if (r.next() < 0.15) answers.kommentar = COMMENTS[r.int(0, COMMENTS.length - 1)];
  if (r.next() < 0.7) answers.moter_deltatt = Math.max(0, Math.round((close + 1) * r.int(1, 6)));
  return answers;
}

/** Generated comments, echoing what the seed reports was said (health and culture valued, regional development less so). */
const COMMENTS = [
  'Samarbeidet innenfor helse har vært nyttig for vår kommune.',
  'Kunst Rett Vest bør videreføres.',
  'Regional utvikling oppleves som mindre relevant for oss.',
  'Vi trenger fortsatt en arena for kontakt med Viken fylkeskommune.',
  'Det er vanskelig å se hva Vestregionen har betydd for egen kommune.',
  'Nettverkene for fagfolk har vært verdifulle.',
];

/** A day in the survey's weeks (2.10.–15.11.2017); only used to check it was open: anonymous responses keep no date. */
function dayIn(r: ReturnType<typeof generator>): string {
  const day = new Date(Date.UTC(2017, 9, 2) + r.int(0, 44) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** The demo's survey, written through the module's commands as `actor`. */
export async function seedSurveys(trx: Transaction<Database>, actor: Actor, _links: DemoLinks = NO_LINKS): Promise<void> {
  const cooperation = await getCooperationBySlug(trx, 'vestregionen');
  if (!cooperation) return;
  const { id } = await execute(trx, createSurvey, actor, { cooperation_id: cooperation.id, definition: VESTREGIONEN_SURVEY, is_synthetic: true });
  await execute(trx, openSurvey, actor, { survey_id: id });
  for (const response of syntheticResponses()) {
    await execute(trx, submitResponse, actor, { survey_id: id, ...response, is_synthetic: true });
  }
  await execute(trx, closeSurvey, actor, { survey_id: id, on: '2017-11-15' });
  await execute(trx, publishResults, actor, { survey_id: id, results_public: true });
}
