import type { Transaction } from 'kysely';
import {
  addAgendaItem,
  approveMinutes,
  cancelMeeting,
  draftMinutes,
  markMeetingHeld,
  recordTreatment,
  scheduleMeeting,
  summonMeeting,
  type MeetingKind,
  type RecordTreatmentInput,
} from '../modules/meetings';
import { createCase, type CreateCaseInput } from '../modules/cases';
import type { Actor } from '../platform/authz';
import type { z } from 'zod';
import { execute, type Command } from '../platform/command';
import type { Database } from '../platform/db/schema';
import { SEED_CASE_PAPER } from './archive';
import { NO_LINKS, type DemoLinks } from './links';

/**
 * Vestregionen's meetings and cases 2017–2018, as the two source documents tell them: the progress
 * plan on the page «Vestregionens framtid» and «Sak 03/2018» to Styringsgruppen 15.3.2018, whose
 * background tells how the earlier meetings treated the matter and whose revised plan replaced the
 * meetings of 3 and 24 May. Text from the sources is quoted as it stands (Sak 03/2018 is taken from
 * the archive demo's copy of the seed, so there is one copy of it). Everything added for the demo —
 * times, approvals, case numbers the sources do not give, wordings of resolutions not in the
 * sources, the exempt staff case — carries `is_illustrative` and a note saying what is added,
 * which the pages show as "Illustrasjon".
 */

type Trx = Transaction<Database>;
type Step = { body: string; date: string };

const OFFICER = 'Sekretariatet';
const TIME_NOTE = 'Klokkeslett er lagt til for demonstrasjonen; kildene oppgir bare datoen.';

/** Sak 03/2018 in the seed: the proposal and the background, cut out of the quoted text. */
function sak032018() {
  const text = SEED_CASE_PAPER.text;
  const between = (start: string, end?: string) => {
    const from = text.indexOf(start);
    const to = end === undefined ? text.length : text.indexOf(end, from);
    if (from < 0 || to < 0) throw new Error(`The seed text of Sak 03/2018 has changed: "${start}" not found.`);
    return text.slice(from + start.length, to).trim();
  };
  const proposal = between('Forslag til vedtak:', '\n\nBakgrunn');
  return {
    proposal,
    background: between('\n\nBakgrunn\n\n'),
    orientationDecember: between('Styringsgruppens behandling desember 2017\n\n', '\n\nRådmannsgruppens behandling februar 2018'),
    treatmentFebruary: between('Rådmannsgruppens behandling februar 2018\n\n', '\n\nRådmannsgruppen samlet seg om'),
    sketchIntro: 'Rådmannsgruppen samlet seg om å legge fram følgende skisse til behandling i Styringsgruppen 15.3.2018:',
    sketch: between('behandling i Styringsgruppen 15.3.2018:', '\n\nForslag til revidert fremdrift')
      .split(/\n+/)
      .map((line) => line.replace(/^\d+\.\s+/, '').trim())
      .filter(Boolean),
  };
}

export async function seedMeetings(trx: Trx, actor: Actor, _links: DemoLinks = NO_LINKS): Promise<DemoLinks> {
  const cooperation = await trx.selectFrom('cooperations').select('id').where('slug', '=', 'vestregionen').executeTakeFirst();
  if (!cooperation) return NO_LINKS;
  const bodies = new Map(
    (await trx.selectFrom('bodies').select(['id', 'slug']).where('cooperation_id', '=', cooperation.id).execute()).map((b) => [b.slug, b.id]),
  );
  const meetings = new Map<string, number>();
  const numbers = new Map<string, number>();
  const run = <S extends z.ZodType, R>(command: Command<S, R>, input: z.input<S>) => execute(trx, command, actor, input);

  const meeting = async (body: string, date: string, input: { from: string; to: string; kind?: MeetingKind; place?: string; note?: string; illustrative: string }) => {
    const { id } = await run(scheduleMeeting, {
      body_id: bodies.get(body)!,
      starts_at: `${date}T${input.from}`,
      ends_at: `${date}T${input.to}`,
      kind: input.kind ?? 'ordinary',
      place: input.place ?? null,
      note: input.note ?? null,
      is_illustrative: true,
      illustrative_note: `${TIME_NOTE} ${input.illustrative}`.trim(),
    });
    meetings.set(`${body}:${date}`, id);
    return id;
  };
  const newCase = async (input: Omit<CreateCaseInput, 'cooperation_id'>) =>
    (await run(createCase, { cooperation_id: cooperation.id, case_officer: OFFICER, ...input })).id;
  const place = async (meetingId: number, at: Step, item: { case_id?: number; title?: string; illustrative?: string }) => {
    const placed = await run(addAgendaItem, {
      meeting_id: meetingId,
      case_id: item.case_id ?? null,
      title: item.title ?? null,
      is_illustrative: Boolean(item.illustrative),
      illustrative_note: item.illustrative ?? null,
    });
    if (placed.caseNumber && item.case_id) numbers.set(`${at.body}:${placed.caseNumber}`, item.case_id);
    return placed.id;
  };
  const treat = (agendaItemId: number, input: Omit<RecordTreatmentInput, 'agenda_item_id'>) =>
    run(recordTreatment, { agenda_item_id: agendaItemId, ...input });
  /** Summons a week ahead, held on the day. */
  const hold = async (meetingId: number, date: string) => {
    await run(summonMeeting, { meeting_id: meetingId, at: `${shiftDays(date, -7)}T12:00` });
    await run(markMeetingHeld, { meeting_id: meetingId, at: `${date}T16:00` });
  };
  /** Minutes drafted after the treatments, then approved by `by` at `at` (Oslo time). */
  const approve = async (meetingId: number, by: string, at: string) => {
    await run(draftMinutes, { meeting_id: meetingId, intro: 'Protokollen er satt sammen for demonstrasjonen ut fra kildedokumentene.' });
    await run(approveMinutes, { meeting_id: meetingId, approved_by: by, approved_at: at });
  };

  const sak = sak032018();

  // --- 2017 -------------------------------------------------------------------------------------
  const sg2017June = await meeting('styringsgruppen', '2017-06-15', {
    from: '10:00', to: '14:00',
    illustrative: 'Møtet er nevnt i bakgrunnen til Sak 03/2018; saksnummer, sakstittel og protokoll er lagt til.',
  });
  const processCase = await newCase({
    title: 'Vestregionens framtidige organisering – prosess fram til juni 2018',
    proposal_text: 'Det gjennomføres en prosess fram til juni 2018 for å avklare Vestregionens framtidige organisering.',
    is_illustrative: true,
    illustrative_note: 'Saken er lagt til for demonstrasjonen ut fra setningen «Styringsgruppen besluttet i møte 15.06.2017 å gjennomføre en prosess fram til juni 2018 for å avklare Vestregionens framtidige organisering.» i Sak 03/2018.',
  });
  const processItem = await place(sg2017June, { body: 'styringsgruppen', date: '2017-06-15' }, { case_id: processCase });
  await hold(sg2017June, '2017-06-15');
  await treat(processItem, {
    outcome: 'adopted_as_proposed',
    resolution_text: 'Det gjennomføres en prosess fram til juni 2018 for å avklare Vestregionens framtidige organisering.',
    is_illustrative: true,
    illustrative_note: 'Ordlyden er laget ut fra bakgrunnen i Sak 03/2018.',
  });
  await approve(sg2017June, 'Styringsgruppen i møte 07.12.2017', '2017-12-07T12:00');

  const rg2017Nov = await meeting('radmannsgruppen', '2017-11-23', {
    from: '09:00', to: '12:00',
    illustrative: 'Møtet står i framdriftsplanen på nettsiden «Vestregionens framtid». Kildene sier ikke hva som ble behandlet.',
  });
  await place(rg2017Nov, { body: 'radmannsgruppen', date: '2017-11-23' }, {
    title: 'Vestregionens framtid',
    illustrative: 'Punktet er lagt til ut fra framdriftsplanen; kildene sier ikke hva møtet behandlet.',
  });
  await hold(rg2017Nov, '2017-11-23');

  const sg2017Dec = await meeting('styringsgruppen', '2017-12-07', {
    from: '10:00', to: '15:00', place: 'Kleivstua',
    illustrative: 'Stedet Kleivstua er fra Sak 03/2018.',
  });
  const orientation = await place(sg2017Dec, { body: 'styringsgruppen', date: '2017-12-07' }, {
    title: 'Vestregionens fremtid – orientering fra ordførerne om status og planlagt framdrift for politisk behandling',
    illustrative: 'Tittelen er laget ut fra bakgrunnen i Sak 03/2018.',
  });
  await hold(sg2017Dec, '2017-12-07');
  await treat(orientation, {
    outcome: 'noted',
    notes: sak.orientationDecember,
    is_illustrative: true,
    illustrative_note: 'Teksten er sitert fra Sak 03/2018 («Styringsgruppens behandling desember 2017»); at saken ble tatt til orientering, er lagt til.',
  });
  await approve(sg2017Dec, 'Styringsgruppen i møte 15.03.2018', '2018-03-15T12:00');

  // --- 2018: Sak 03/2018 and the revised plan ------------------------------------------------------
  const futureCase = await newCase({
    title: 'Vestregionens fremtid – skisse til fremtidig samarbeid',
    proposal_kind: 'forslag_til_vedtak',
    proposal_text: sak.proposal,
    background: sak.background,
  });

  const rg2018Feb = await meeting('radmannsgruppen', '2018-02-22', {
    from: '09:00', to: '13:00', kind: 'extended',
    note: 'Her inviteres øvrige rådmenn i Kommunehelsesamarbeidet',
    illustrative: 'Merknaden om de inviterte er sitert fra framdriftsplanen.',
  });
  const febItem = await place(rg2018Feb, { body: 'radmannsgruppen', date: '2018-02-22' }, {
    case_id: futureCase,
    illustrative: 'Rådmannsgruppens saksnummer er ikke oppgitt i kildene; det er gitt av Samråd.',
  });
  await hold(rg2018Feb, '2018-02-22');
  await treat(febItem, {
    outcome: 'adopted_as_proposed',
    resolution_text: sak.sketchIntro,
    resolution_points: sak.sketch,
    notes: sak.treatmentFebruary,
    is_illustrative: true,
    illustrative_note: 'Teksten er sitert fra Sak 03/2018 («Rådmannsgruppens behandling februar 2018»); utfallet er lagt til.',
  });
  await approve(rg2018Feb, 'Rådmannsgruppen i møte 31.05.2018', '2018-05-31T12:00');

  const sg2018Mar = await meeting('styringsgruppen', '2018-03-15', {
    from: '09:00', to: '15:00',
    note: 'Møte i Styringsgruppen (kan utvides til hel dag)',
    illustrative: 'Merknaden er sitert fra framdriftsplanen. Sak 01/2018 og 02/2018 er lagt til, slik at Sak 03/2018 får nummeret sitt.',
  });
  const s = { body: 'styringsgruppen', date: '2018-03-15' };
  const routine = 'Vanlig fast sak, lagt til for demonstrasjonen.';
  const approveAgenda = await place(sg2018Mar, s, { case_id: await newCase({ title: 'Godkjenning av innkalling og saksliste', proposal_text: 'Innkalling og saksliste godkjennes.', is_illustrative: true, illustrative_note: routine }) });
  const approvePrevious = await place(sg2018Mar, s, { case_id: await newCase({ title: 'Godkjenning av protokoll fra møtet 7.12.2017', proposal_text: 'Protokollen fra møtet 7.12.2017 godkjennes.', is_illustrative: true, illustrative_note: routine }) });
  const sak03 = await place(sg2018Mar, s, { case_id: futureCase });
  await hold(sg2018Mar, '2018-03-15');
  for (const [item, text] of [[approveAgenda, 'Innkalling og saksliste godkjennes.'], [approvePrevious, 'Protokollen fra møtet 7.12.2017 godkjennes.']] as const) {
    await treat(item, { outcome: 'adopted_as_proposed', resolution_text: text, is_illustrative: true, illustrative_note: routine });
  }
  await treat(sak03, {
    outcome: 'adopted_as_proposed',
    resolution_text: sak.proposal,
    is_illustrative: true,
    illustrative_note:
      'Vedtaket er ikke blant kildedokumentene. At forslaget ble vedtatt, er utledet av at den reviderte fremdriften ble fulgt (Rådmannsgruppen 31.5, Styringsgruppen og Generalforsamlingen 14.6.2018).',
  });
  await approve(sg2018Mar, 'Styringsgruppen i møte 14.06.2018', '2018-06-14T12:00');

  // The first plan's May meetings, replaced by the revised plan in Sak 03/2018.
  const replaced = 'Møtet står i den første framdriftsplanen. At det ble avlyst, er utledet av forslaget til revidert fremdrift i Sak 03/2018.';
  for (const [body, date, reason] of [
    ['radmannsgruppen', '2018-05-03', 'Erstattet av revidert fremdrift i Sak 03/2018: «31.5: Rådmannsgruppen – ordinært møte».'],
    ['styringsgruppen', '2018-05-24', 'Erstattet av revidert fremdrift i Sak 03/2018: «14.6: Styringsgruppemøte + Generalforsamling».'],
  ] as const) {
    const id = await meeting(body, date, { from: '09:00', to: '12:00', illustrative: replaced });
    await run(cancelMeeting, { meeting_id: id, reason });
  }

  // --- The end: Rådmannsgruppen 31.5, Styringsgruppen and Generalforsamling 14.6.2018 ----------------
  const endCase = await newCase({
    title: 'Vestregionens fremtid – avvikling av Vestregionen som § 27-samarbeid',
    proposal_text: 'Vestregionen som § 27-samarbeid opphører fra 1.1.2019.',
    background: 'Saken følger opp Sak 03/2018 i Styringsgruppen 15.3.2018 og den politiske behandlingen i kommunene 16.3–30.5.2018.',
    is_illustrative: true,
    illustrative_note:
      'Saken er lagt til for demonstrasjonen. Forslaget er punkt 9 i skissen i Sak 03/2018; at Generalforsamlingen vedtok det enstemmig i juni 2018, er oppgitt i prosjektets beskrivelse av Vestregionen.',
  });
  const rg2018May = await meeting('radmannsgruppen', '2018-05-31', { from: '09:00', to: '12:00', illustrative: 'Sakene på sakslisten er lagt til.' });
  const r = { body: 'radmannsgruppen', date: '2018-05-31' };
  const endAtRg = await place(rg2018May, r, { case_id: endCase });
  const staffCase = await newCase({
    title: 'Avvikling av sekretariatet – personalmessige forhold',
    proposal_text: 'Rådmannsgruppen tar orienteringen til etterretning.',
    is_public: false,
    exempt_basis: 'Offl. § 25 første ledd',
    is_illustrative: true,
    illustrative_note: 'En tenkt sak unntatt offentlighet, lagt til for å vise hvordan unntatte saker vises.',
  });
  const staffItem = await place(rg2018May, r, { case_id: staffCase });
  await hold(rg2018May, '2018-05-31');
  await treat(endAtRg, { outcome: 'adopted_as_proposed', resolution_text: 'Saken legges fram for Styringsgruppen og Generalforsamlingen 14.6.2018.', is_illustrative: true, illustrative_note: 'Ordlyden er lagt til.' });
  await treat(staffItem, { outcome: 'noted', resolution_text: 'Rådmannsgruppen tar orienteringen til etterretning.', is_illustrative: true, illustrative_note: 'Tenkt sak.' });
  await approve(rg2018May, 'Rådmannsgruppens leder', '2018-06-07T12:00');

  const sg2018Jun = await meeting('styringsgruppen', '2018-06-14', { from: '10:00', to: '12:00', illustrative: 'Sakslisten er lagt til.' });
  const endAtSg = await place(sg2018Jun, { body: 'styringsgruppen', date: '2018-06-14' }, { case_id: endCase });
  await hold(sg2018Jun, '2018-06-14');
  await treat(endAtSg, {
    outcome: 'adopted_as_proposed',
    resolution_text: 'Styringsgruppen anbefaler Generalforsamlingen å vedta at Vestregionen som § 27-samarbeid opphører fra 1.1.2019.',
    is_illustrative: true,
    illustrative_note: 'Ordlyden er lagt til.',
  });
  await approve(sg2018Jun, 'Styringsgruppens leder', '2018-06-14T14:00');

  const gf2018Jun = await meeting('generalforsamlingen', '2018-06-14', { from: '12:30', to: '14:00', kind: 'general_assembly', illustrative: 'Sakslisten er lagt til.' });
  const endAtGf = await place(gf2018Jun, { body: 'generalforsamlingen', date: '2018-06-14' }, { case_id: endCase });
  await hold(gf2018Jun, '2018-06-14');
  await treat(endAtGf, {
    outcome: 'adopted_as_proposed',
    resolution_text: 'Vestregionen som § 27-samarbeid opphører fra 1.1.2019.',
    is_unanimous: true,
    is_illustrative: true,
    illustrative_note:
      'Selve vedtaket er ikke blant kildedokumentene. Ordlyden er punkt 9 i skissen i Sak 03/2018; at det ble vedtatt enstemmig i juni 2018, er oppgitt i prosjektets beskrivelse av Vestregionen.',
  });
  await approve(gf2018Jun, 'Generalforsamlingens møteleder', '2018-06-14T14:30');

  return {
    caseId: (body, number) => numbers.get(`${body}:${number}`) ?? null,
    meetingId: (body, date) => meetings.get(`${body}:${date}`) ?? null,
  };
}

function shiftDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
