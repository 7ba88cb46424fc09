import type { Transaction } from 'kysely';
import type { Actor } from '../platform/authz';
import { execute } from '../platform/command';
import type { Database } from '../platform/db/schema';
import { recordCouncilTreatment, referJointCase, setJointCasePublished, type RecordCouncilTreatmentInput } from '../modules/joint-cases';
import { SEED_CASE_PAPER } from './archive';
import type { DemoLinks } from './links';
import { VESTREGIONEN_MUNICIPALITIES } from './vestregionen';

/**
 * «Sak 03/2018» referred to the 15 member councils, as its revised plan says («16.3 – 30.5: Poltisk
 * behandling i kommunene»), with the sketch's nine points quoted as the points the councils take a
 * position on. The seed tells what three councils had resolved (Drammen, Svelvik and Nedre Eiker,
 * reported to the Steering Group 7.12.2017): those are recorded with the seed's words; their dates and
 * bodies are not in the seed and are marked illustrative. Every other council's record is illustrative.
 */

const SEED_SENTENCE =
  'Drammen, Svelvik, og Nedre Eiker informerte om at kommunene har vedtatt at Vestregionen bør avvikles og at etablering av nye, regionale samarbeidsformer bør vurderes med utgangspunkt i ny kommune- og regionstruktur.';

/** The nine points of the sketch, cut out of the seed's text as they stand. */
export function sketchPoints(): string[] {
  const text = SEED_CASE_PAPER.text;
  const from = text.indexOf('behandling i Styringsgruppen 15.3.2018:');
  const to = text.indexOf('\n\nForslag til revidert fremdrift');
  if (from < 0 || to < 0 || !text.includes(SEED_SENTENCE)) throw new Error('The seed text of Sak 03/2018 has changed: the sketch or the December sentence is not found.');
  return text.slice(from, to).split(/\n+/).slice(1).map((line) => line.replace(/^\d+\.\s+/, '').trim()).filter(Boolean);
}

const REFERRAL_NOTE =
  'Fristen 30.5.2018 og de ni punktene (skissen) er fra Sak 03/2018. At saken ble sendt som fellessak 16.3.2018, regelen for samlet utfall (simpelt flertall, én stemme per kommune) og påminnelsen er lagt til for demonstrasjonen.';

const DECEMBER_NOTE =
  `Vedtaket er sitert fra Sak 03/2018: «${SEED_SENTENCE}» Kilden oppgir ikke organ, møtedato eller saksnummer: organet og datoen 7.12.2017 (styringsgruppens møte, der kommunen informerte om vedtaket) er illustrasjon, og det samme er tolkningen som «vedtatt med endringer» med tilslutning til punkt 9.`;

const ILLUSTRATIVE_NOTE = 'Kommunens behandling er lagt til for demonstrasjonen; kildene sier ikke hva kommunen vedtok.';

type Record = Omit<RecordCouncilTreatmentInput, 'joint_case_id' | 'member_code'>;

/** Drammen, Svelvik, Nedre Eiker: the resolution the seed reports, as a position for point 9 (the end of the § 27 cooperation). */
const december = (body: string): Record => ({
  council_body: body,
  meeting_date: '2017-12-07',
  status: 'treated',
  outcome: 'adopted_with_changes',
  resolution_text: '… Vestregionen bør avvikles og … etablering av nye, regionale samarbeidsformer bør vurderes med utgangspunkt i ny kommune- og regionstruktur.',
  // Points 1–8 were not before these councils: no position, rather than the "adopted" the outcome would imply.
  point_positions: [
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((point) => ({ point, position: 'none' as const })),
    { point: 9, position: 'for' as const, note: '«Vestregionen bør avvikles»' },
  ],
  is_illustrative: true,
  illustrative_note: DECEMBER_NOTE,
});

const asProposed = (meetingDate: string): Record => ({
  council_body: 'kommunestyret',
  meeting_date: meetingDate,
  status: 'treated',
  outcome: 'adopted_as_proposed',
  is_illustrative: true,
  illustrative_note: ILLUSTRATIVE_NOTE,
});

function illustrativeRecords(points: string[]): Array<[string, Record]> {
  const changedPoint7 = 'Kunst rett vest søkes fra 2020 videreført i et samarbeid mellom kommunene og Viken fylkeskommune. Bærum arrangerer KRV i 2019.';
  return [
    ['0220', asProposed('2018-05-07')],
    ['0219', asProposed('2018-05-09')],
    ['0612', asProposed('2018-04-23')],
    ['0622', asProposed('2018-04-26')],
    ['0626', asProposed('2018-05-08')],
    ['0627', asProposed('2018-05-03')],
    ['0621', asProposed('2018-04-19')],
    ['0624', asProposed('2018-05-02')],
    ['0623', {
      ...asProposed('2018-04-24'),
      outcome: 'adopted_with_changes',
      resolution_text: points.map((p, i) => `${i + 1}. ${i === 6 ? changedPoint7 : p}`).join('\n'),
      point_positions: [{ point: 7, position: 'changed', note: 'Samarbeid med Viken fylkeskommune, ikke «eventuell sterkere involvering».' }],
    }],
    ['0605', {
      ...asProposed('2018-05-24'),
      outcome: 'adopted_with_changes',
      point_positions: [{ point: 1, position: 'against', note: 'Vil ikke videreføre fellesmøtene etter 2019.' }],
    }],
    ['0628', { council_body: 'kommunestyret', meeting_date: '2018-06-05', status: 'scheduled', is_illustrative: true, illustrative_note: ILLUSTRATIVE_NOTE }],
    ['0713', { status: 'not_started', is_illustrative: true, illustrative_note: ILLUSTRATIVE_NOTE }],
  ];
}

export async function seedJointCases(trx: Transaction<Database>, actor: Actor, links: DemoLinks): Promise<void> {
  const caseId = links.caseId('styringsgruppen', '03/2018');
  if (caseId === null) return; // the meetings demo was not loaded: nothing to refer
  const points = sketchPoints();
  const { id } = await execute(trx, referJointCase, actor, {
    case_id: caseId,
    members: VESTREGIONEN_MUNICIPALITIES.map((m) => m.code),
    deadline: '2018-05-30',
    referred_on: '2018-03-16',
    proposal_mode: 'points',
    proposal_points: points,
    outcome_rule: 'simple_majority',
    weighting: 'equal',
    reminder_days_before: 7,
    message: 'Det utarbeides et felles saksgrunnlag som kan benyttes av den enkelte kommune som grunnlag for den politiske behandlingen, hvis ønskelig.',
    is_illustrative: true,
    illustrative_note: REFERRAL_NOTE,
  });
  const records: Array<[string, Record]> = [
    ['0602', december('bystyret')],
    ['0711', december('kommunestyret')],
    ['0625', december('kommunestyret')],
    ...illustrativeRecords(points),
  ];
  for (const [code, record] of records) {
    await execute(trx, recordCouncilTreatment, actor, { ...record, joint_case_id: id, member_code: code });
  }
  await execute(trx, setJointCasePublished, actor, { joint_case_id: id, is_published: true });
}
