import type { Transaction } from 'kysely';
import { publishNews, publishPage, saveNews, savePage } from '../modules/site';
import { publishProcess, revisePlan, saveMilestone, saveProcess, type SaveMilestoneInput } from '../modules/processes';
import type { Actor } from '../platform/authz';
import { execute } from '../platform/command';
import type { Database } from '../platform/db/schema';
import { NO_LINKS, type DemoLinks } from './links';

/**
 * Vestregionen's website: the page «Vestregionens framtid» with its process and progress plan (seed 2,
 * quoted as it stands in bokmål; the English is a translation and flagged so), the plan as Sak 03/2018
 * revised it (seed 1), a small menu «Om Vestregionen», and two news items. Whatever we wrote ourselves
 * is flagged `illustrative` and shown as such. Seed 2 gives no years: Oct–Dec are 2017, Feb–Jun 2018,
 * as the process ran "fram til juni 2018".
 */
export async function seedSite(trx: Transaction<Database>, actor: Actor, links: DemoLinks = NO_LINKS): Promise<void> {
  const coop = await trx.selectFrom('cooperations').select('id').where('slug', '=', 'vestregionen').executeTakeFirst();
  if (!coop) return;
  const bodies = await trx.selectFrom('bodies').select(['id', 'slug']).where('cooperation_id', '=', coop.id).execute();
  const bodyId = (slug: string) => bodies.find((b) => b.slug === slug)?.id ?? null;

  // The survey of seed 2, when the surveys are seeded before the site (seed.ts runs them after for now: then null).
  const survey = await trx.selectFrom('surveys').select('id').where('cooperation_id', '=', coop.id).orderBy('id').executeTakeFirst();
  const surveyId = survey?.id ?? null;
  const process = await execute(trx, saveProcess, actor, { cooperation_id: coop.id, ...FRAMTID, survey_id: surveyId });
  const [original] = await trx.selectFrom('process_plan_versions').select('id').where('process_id', '=', process.id).execute();
  const add = (planVersionId: number, m: Milestone) =>
    execute(trx, saveMilestone, actor, {
      plan_version_id: planVersionId,
      kind: m.kind,
      title: m.title,
      starts_on: m.starts_on,
      ends_on: m.ends_on ?? null,
      body_id: m.body ? bodyId(m.body) : null,
      meeting_id: m.body && !m.ends_on ? (links.meetingId(m.body, m.starts_on) ?? (m.alsoBody ? links.meetingId(m.alsoBody, m.starts_on) : null)) : null,
      case_id: m.sak ? links.caseId('styringsgruppen', m.sak) : null,
      survey_id: m.kind === 'survey' ? surveyId : null,
      note: m.note ?? {},
    });
  await trx.updateTable('process_plan_versions').set({ note: JSON.stringify(ORIGINAL_NOTE) }).where('id', '=', original!.id).execute();
  for (const m of ORIGINAL_PLAN) await add(original!.id, m);

  const revised = await execute(trx, revisePlan, actor, {
    process_id: process.id,
    label: { nb: 'Revidert plan (Sak 03/2018)', nn: 'Revidert plan (Sak 03/2018)', en: 'Revised plan (case 03/2018)' },
    adopted_on: '2018-03-15',
    case_id: links.caseId('styringsgruppen', '03/2018'),
    note: REVISED_NOTE,
    copy_milestones: false,
  });
  for (const m of REVISED_PLAN) await add(revised.id, m);
  await execute(trx, publishProcess, actor, { id: process.id, publish: true });

  const framtid = await execute(trx, savePage, actor, {
    cooperation_id: coop.id,
    slug: 'vestregionens-framtid',
    menu_order: 1,
    show_in_menu: true,
    title: { nb: 'Vestregionens framtid', en: 'The future of Vestregionen' },
    summary: {
      nb: 'Vestregionen har besluttet å gjennomføre en prosess fram til juni 2018, for å avklare alliansens framtidige organisering.',
      en: 'Vestregionen has decided to run a process until June 2018 to clarify how the alliance will be organised in future.',
    },
    translations: ['en'],
    process_id: process.id,
  });
  const about = await execute(trx, savePage, actor, { cooperation_id: coop.id, ...ABOUT, menu_order: 2, show_in_menu: true, illustrative: true, translations: ['nn', 'en'] });
  const children = [
    await execute(trx, savePage, actor, { cooperation_id: coop.id, ...FOCUS_AREAS, parent_id: about.id, menu_order: 1, show_in_menu: true, illustrative: true, translations: ['en'] }),
    await execute(trx, savePage, actor, { cooperation_id: coop.id, ...JOINT_SERVICES, parent_id: about.id, menu_order: 2, show_in_menu: true, illustrative: true, translations: ['en'] }),
  ];
  for (const page of [framtid, about, ...children]) await execute(trx, publishPage, actor, { id: page.id, publish: true });

  for (const item of NEWS) {
    const news = await execute(trx, saveNews, actor, { cooperation_id: coop.id, ...item, illustrative: true, translations: ['en'] });
    await execute(trx, publishNews, actor, { id: news.id, publish: true });
  }
}

interface Milestone {
  kind: SaveMilestoneInput['kind'];
  title: { nb: string; en: string };
  starts_on: string;
  ends_on?: string;
  body?: string;
  /** Another body meeting that day (Styringsgruppen met with the Generalforsamling on 14.6.2018). */
  alsoBody?: string;
  /** The number of the case of Styringsgruppen it treats. */
  sak?: string;
  note?: { nb?: string; en?: string };
}

const FRAMTID = {
  slug: 'vestregionens-framtid',
  title: { nb: 'Vestregionens framtid', en: 'The future of Vestregionen' },
  introduction: {
    nb: 'Vestregionen har besluttet å gjennomføre en prosess fram til juni 2018, for å avklare alliansens framtidige organisering. Dokumenter som blir produsert i løpet av prosessen, og annen informasjon, vil du finne her.',
    en: 'Vestregionen has decided to run a process until June 2018 to clarify how the alliance will be organised in future. Documents produced during the process, and other information, can be found here.',
  },
  questions_intro: {
    nb: 'Rådmannsgruppen har utarbeidet et drøftingsnotat som beskriver utfordringsbildet og formulerer noen sentrale spørsmål som bør drøftes både lokalt i den enkelte kommune og deretter samlet i Vestregionen:',
    en: 'The chief executives’ group has prepared a discussion note that describes the challenges and sets out some key questions to be discussed first locally in each municipality and then jointly in Vestregionen:',
  },
  questions: [
    { nb: 'Hvilke av dagens oppgaver ønsker kommunene å samarbeide om?', en: 'Which of today’s tasks do the municipalities want to cooperate on?' },
    { nb: 'Hvilke aktører må kommunene samarbeide med?', en: 'Which parties must the municipalities cooperate with?' },
    { nb: 'Hvilke felles interesser bør vi samarbeide om?', en: 'Which common interests should we cooperate on?' },
    { nb: 'Alternative samarbeidsformer for kommunene i Vestregionen?', en: 'Alternative forms of cooperation for the municipalities in Vestregionen?' },
  ],
  alternatives_intro: {
    nb: 'Rådmannsgruppen ser at det grovt sett er to alternativer:',
    en: 'The chief executives’ group sees, broadly, two alternatives:',
  },
  alternatives: [
    {
      label: 'a',
      text: {
        nb: 'Bygge videre på dagens samarbeid i Vestregionen og tilpasse den til ny kommune- og regionstruktur, og til de oppgavene vi ønsker å samarbeide om.',
        en: 'Build on today’s cooperation in Vestregionen and adapt it to the new municipal and regional structure, and to the tasks we want to cooperate on.',
      },
    },
    {
      label: 'b',
      text: {
        nb: 'Avvikle Vestregionen i sin nåværende form og organisasjon. Og så bygge opp nye strukturer som kommunene i fellesskap kommer frem til, vil være nyttige. Det innebærer også fremtidig kommunehelsesamarbeid og samarbeidsstruktur inn mot Region Viken.',
        en: 'Dissolve Vestregionen in its present form and organisation, and then build new structures that the municipalities together find will be useful. This also covers future cooperation on municipal health and a structure for cooperation with the Viken region.',
      },
    },
  ],
  survey_text: {
    nb: 'Det er utarbeidet en spørreundersøkelse som fokuserer på kjennskap til Vestregionens arbeid og vurdering av nytten av arbeidet. Undersøkelsen er sendt til ordførere, varaordførere, rådmenn og kommunalsjefer. Det er også anledning for øvrige folkevalgte og ansatte til å svare. Link til undersøkelsen finner du her.',
    en: 'A survey has been prepared on how well Vestregionen’s work is known and how useful it is judged to be. It has been sent to mayors, deputy mayors, chief executives and heads of department. Other elected officials and staff may also answer. The link to the survey is here.',
  },
  translations: ['en' as const],
};

const ORIGINAL_NOTE = {
  nb: 'Følgende framdriftsplan er lagt til grunn for prosessen:',
  en: 'The following progress plan has been adopted for the process:',
};

const ORIGINAL_PLAN: Milestone[] = [
  { kind: 'survey', title: { nb: 'Gjennomføre spørreundersøkelse', en: 'Carry out the survey' }, starts_on: '2017-10-01', ends_on: '2017-11-30' },
  { kind: 'local_discussion', title: { nb: 'Drøfting i hver kommune', en: 'Discussion in each municipality' }, starts_on: '2017-10-01', ends_on: '2017-11-30' },
  { kind: 'body_meeting', title: { nb: 'Møte i Rådmannsgruppen', en: 'Meeting of the chief executives’ group' }, starts_on: '2017-11-23', body: 'radmannsgruppen' },
  { kind: 'body_meeting', title: { nb: 'Møte i Styringsgruppen', en: 'Meeting of the steering group' }, starts_on: '2017-12-07', body: 'styringsgruppen' },
  {
    kind: 'body_meeting',
    title: { nb: 'Møte i Rådmannsgruppen. Her inviteres øvrige rådmenn i Kommunehelsesamarbeidet', en: 'Meeting of the chief executives’ group. The other chief executives in the municipal health cooperation are invited' },
    starts_on: '2018-02-22',
    body: 'radmannsgruppen',
  },
  { kind: 'body_meeting', title: { nb: 'Møte i Styringsgruppen (kan utvides til hel dag)', en: 'Meeting of the steering group (may be extended to a full day)' }, starts_on: '2018-03-15', body: 'styringsgruppen' },
  { kind: 'body_meeting', title: { nb: 'Møte i Rådmannsgruppen', en: 'Meeting of the chief executives’ group' }, starts_on: '2018-05-03', body: 'radmannsgruppen' },
  { kind: 'body_meeting', title: { nb: 'Møte i Styringsgruppen', en: 'Meeting of the steering group' }, starts_on: '2018-05-24', body: 'styringsgruppen' },
  { kind: 'general_assembly', title: { nb: 'Generalforsamling', en: 'General assembly' }, starts_on: '2018-06-14', body: 'generalforsamlingen' },
];

const REVISED_NOTE = {
  nb: 'Dersom det er oppslutning om skissen til løsning beskrevet over, kan prosessen frem til juni organiseres slik:',
  en: 'If the sketch of a solution described above is supported, the process until June can be organised as follows:',
};

// «Poltisk» is quoted as the case paper spells it.
const REVISED_PLAN: Milestone[] = [
  { kind: 'body_meeting', title: { nb: 'Styringsgruppen – ordinært møte', en: 'Steering group – ordinary meeting' }, starts_on: '2018-03-15', body: 'styringsgruppen', sak: '03/2018' },
  { kind: 'council_treatment', title: { nb: 'Poltisk behandling i kommunene', en: 'Political treatment in the municipalities' }, starts_on: '2018-03-16', ends_on: '2018-05-30' },
  { kind: 'body_meeting', title: { nb: 'Rådmannsgruppen – ordinært møte', en: 'Chief executives’ group – ordinary meeting' }, starts_on: '2018-05-31', body: 'radmannsgruppen' },
  { kind: 'general_assembly', title: { nb: 'Styringsgruppemøte + Generalforsamling', en: 'Steering group meeting + general assembly' }, starts_on: '2018-06-14', body: 'generalforsamlingen', alsoBody: 'styringsgruppen' },
];

// The pages below are arranged for the demo; their sentences are built from the seeds' own words.
const ABOUT = {
  slug: 'om-vestregionen',
  title: { nb: 'Om Vestregionen', nn: 'Om Vestregionen', en: 'About Vestregionen' },
  summary: { nb: '15 kommuner vest for Oslo', nn: '15 kommunar vest for Oslo', en: '15 municipalities west of Oslo' },
  body: {
    nb: 'Vestregionen er en allianse av 15 kommuner vest for Oslo og to fylkeskommuner, Akershus og Buskerud.\n\nStyringsgruppen besluttet i møte 15.06.2017 å gjennomføre en prosess fram til juni 2018 for å avklare Vestregionens framtidige organisering. Les mer under [Vestregionens framtid](/vestregionen/vestregionens-framtid).',
    nn: 'Vestregionen er ein allianse av 15 kommunar vest for Oslo og to fylkeskommunar, Akershus og Buskerud.\n\nStyringsgruppa vedtok i møte 15.06.2017 å gjennomføre ein prosess fram til juni 2018 for å avklare korleis Vestregionen skal organiserast i framtida. Les meir under [Vestregionens framtid](/nn/vestregionen/vestregionens-framtid).',
    en: 'Vestregionen is an alliance of 15 municipalities west of Oslo and two county authorities, Akershus and Buskerud.\n\nAt its meeting on 15.06.2017 the steering group decided to run a process until June 2018 to clarify how Vestregionen will be organised in future. Read more under [The future of Vestregionen](/en/vestregionen/vestregionens-framtid).',
  },
};

const FOCUS_AREAS = {
  slug: 'innsatsomrader',
  title: { nb: 'Innsatsområder', en: 'Focus areas' },
  body: {
    nb: 'Vestregionens innsatsområder:\n\n- helse\n- kultur\n- regional utvikling\n\nI styringsgruppens møte 7.12.2017 ga samtlige kommuner uttrykk for at de har positive erfaringer fra samarbeidet; særlig i forhold til innsatsområdene helse og kultur. Innsatsområdet regional utvikling, oppfattes som mindre relevant.',
    en: 'Vestregionen’s focus areas:\n\n- health\n- culture\n- regional development\n\nAt the steering group’s meeting on 7.12.2017 every municipality said it had good experience of the cooperation, particularly in the focus areas of health and culture. The focus area of regional development is seen as less relevant.',
  },
};

const JOINT_SERVICES = {
  slug: 'felles-tiltak',
  title: { nb: 'Felles tiltak', en: 'Joint services' },
  body: {
    nb: 'Fra skissen til fremtidig samarbeid (Sak 03/2018):\n\n- Kommunehelsesamarbeidet (KHS) videreføres for de 26 kommunene i Vestre Vikens opptaksområde med egen finansiering og organisering.\n- Samarbeidet om brukerstyrt personlig assistanse (BPA) vurderes videreført som en integrert del av Kommunehelsesamarbeidet.\n- Norsk Helsenetts prosjekt Elektronisk meldingsutveksling (KomUt) vurderes lagt til Kommnehelsesamarbeidet.\n- Kunst rett vest søkes fra 2020 videreført i et samarbeid mellom kommunene og med en eventuell sterkere involvering fra Viken fylkeskommune. Bærum arrangerer KRV i 2019.\n- Videreføring av Ungdomssymfonikerne søkes i et samarbeid mellom kommuner som ønsker å bidra økonomisk og organisatorisk. Tiltaket drives foreløpig frem til sommeren 2019.',
    en: 'From the sketch of future cooperation (case 03/2018):\n\n- The municipal health cooperation (KHS) continues for the 26 municipalities in Vestre Viken hospital’s catchment area, with its own financing and organisation.\n- Continuing the cooperation on user-controlled personal assistance (BPA) as an integrated part of KHS is considered.\n- Moving Norsk Helsenett’s project on electronic messaging (KomUt) to KHS is considered.\n- Kunst Rett Vest is to continue from 2020 in a cooperation between the municipalities, possibly with more involvement from Viken county authority. Bærum hosts KRV in 2019.\n- Ungdomssymfonikerne is to continue in a cooperation between municipalities willing to contribute money and organisation; for now until summer 2019.',
  },
};

const NEWS = [
  {
    slug: 'skisse-til-fremtidig-samarbeid',
    published_on: '2018-03-15',
    title: { nb: 'Styringsgruppen behandler skisse til fremtidig samarbeid', en: 'Steering group considers a sketch of future cooperation' },
    summary: {
      nb: 'Sak 03/2018 legger fram Rådmannsgruppens skisse og en revidert framdrift fram til juni 2018.',
      en: 'Case 03/2018 presents the chief executives’ group’s sketch and a revised timetable until June 2018.',
    },
    body: {
      nb: 'Styringsgruppen møtes 15. mars 2018 og behandler Sak 03/2018 Vestregionens fremtid – skisse til fremtidig samarbeid.\n\nForslag til vedtak:\n\n> Styringsgruppen slutter seg til Rådmannsgruppens forslag til fremtidig samarbeid og organisering av prosessen fram til juni 2018.\n\nSe den reviderte framdriftsplanen under [Vestregionens framtid](/vestregionen/prosesser/vestregionens-framtid).',
      en: 'The steering group meets on 15 March 2018 and considers case 03/2018, the future of Vestregionen – a sketch of future cooperation.\n\nProposed resolution:\n\n> The steering group endorses the chief executives’ group’s proposal for future cooperation and for organising the process until June 2018.\n\nSee the revised progress plan under [The future of Vestregionen](/en/vestregionen/prosesser/vestregionens-framtid).',
    },
  },
  {
    slug: 'vestregionen-avvikles',
    published_on: '2018-06-14',
    title: { nb: 'Vestregionen som § 27-samarbeid opphører fra 1.1.2019', en: 'Vestregionen as a section 27 cooperation ends on 1.1.2019' },
    summary: {
      nb: 'Generalforsamlingen vedtok enstemmig at Vestregionen som § 27-samarbeid opphører fra 1.1.2019.',
      en: 'The general assembly decided unanimously that Vestregionen as a section 27 cooperation ends on 1 January 2019.',
    },
    body: {
      nb: 'Generalforsamlingen vedtok 14. juni 2018 enstemmig at Vestregionen som § 27-samarbeid opphører fra 1.1.2019.\n\nKommunehelsesamarbeidet (KHS) videreføres for de 26 kommunene i Vestre Vikens opptaksområde med egen finansiering og organisering.',
      en: 'On 14 June 2018 the general assembly decided unanimously that Vestregionen as a section 27 cooperation ends on 1.1.2019.\n\nThe municipal health cooperation (KHS) continues for the 26 municipalities in Vestre Viken hospital’s catchment area, with its own financing and organisation.',
    },
  },
];
