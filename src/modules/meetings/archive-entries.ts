import type { Transaction } from 'kysely';
import { anonymous } from '../../platform/authz';
import type { Database } from '../../platform/db/schema';
import { formatDate } from '../../platform/i18n';
import { registerDocument, withdrawDocument } from '../archive';
import { getCase, type ResolutionView } from '../cases';
import { nameIn } from './queries/case-paper-model';
import { outcomeLabel } from './queries/document-models';
import { getMeeting } from './queries/meetings';
import type { MeetingView } from './queries/views';

/**
 * Generated documents go into the archive so that search finds them: the summons and the papers of
 * its cases when a meeting is summoned, the minutes when they are approved. Only what the public may
 * read goes in (the views are read as an anonymous reader), so exempt text never reaches search.
 * Runs inside the calling command's transaction; the command's audit entry lists what was registered.
 */
export async function registerSummons(trx: Transaction<Database>, meetingId: number): Promise<string[]> {
  const meeting = (await getMeeting(trx, meetingId, anonymous))!;
  const keys = [`summons:${meeting.id}`];
  await registerDocument(trx, {
    ...common(meeting),
    source_key: keys[0]!,
    kind: 'summons',
    title: `Møteinnkalling – ${nameIn(meeting.body.name, 'nb')} ${formatDate(meeting.date)}`,
    text: [meeting.place, meeting.note, ...meeting.agenda.map(agendaLine)].filter(Boolean).join('\n'),
    href: `/${meeting.cooperationSlug}/moter/${meeting.id}`,
  });
  for (const item of meeting.agenda) {
    if (item.withheld || item.caseId === null) continue;
    const paper = await getCase(trx, item.caseId, anonymous);
    if (!paper) continue;
    const key = `case-paper:${paper.id}`;
    keys.push(key);
    await registerDocument(trx, {
      ...common(meeting),
      source_key: key,
      kind: 'case_paper',
      title: `Saksfremlegg – Sak ${item.caseNumber} ${paper.title}`,
      language: paper.language,
      case_id: paper.id,
      text: [paper.title, resolutionPlain(paper.proposal), paper.background, paper.assessment].filter(Boolean).join('\n\n'),
      href: `/${meeting.cooperationSlug}/saker/${paper.id}`,
    });
  }
  return keys;
}

export async function registerMinutes(trx: Transaction<Database>, meetingId: number): Promise<string[]> {
  const meeting = (await getMeeting(trx, meetingId, anonymous))!;
  const key = `minutes:${meeting.id}`;
  const items = meeting.agenda.map((item) =>
    [agendaLine(item), item.treatment ? outcomeLabel(item.treatment.outcome, item.treatment.isUnanimous, 'nb') : null, item.treatment ? resolutionPlain(item.treatment.resolution) : null]
      .filter(Boolean)
      .join('\n'),
  );
  await registerDocument(trx, {
    ...common(meeting),
    source_key: key,
    kind: 'minutes',
    title: `Møteprotokoll – ${nameIn(meeting.body.name, 'nb')} ${formatDate(meeting.date)}`,
    text: [meeting.minutes?.intro, ...items].filter(Boolean).join('\n\n'),
    href: `/${meeting.cooperationSlug}/moter/${meeting.id}`,
  });
  return [key];
}

/**
 * After a change of what the public may see (an item or a case made exempt, a title changed), the
 * documents already registered are written again from the current state, and a case paper that is
 * no longer public is withdrawn, so that search never keeps what the public may no longer read.
 */
export async function refreshArchiveForMeeting(trx: Transaction<Database>, meetingId: number): Promise<string[]> {
  const meeting = await trx.selectFrom('meetings').select(['summoned_at', 'status']).where('id', '=', meetingId).executeTakeFirst();
  if (!meeting) return [];
  const keys: string[] = [];
  if (meeting.summoned_at !== null) keys.push(...(await registerSummons(trx, meetingId)));
  if (meeting.status === 'minutes_approved') keys.push(...(await registerMinutes(trx, meetingId)));
  return keys;
}

export async function refreshArchiveForCase(trx: Transaction<Database>, caseId: number): Promise<string[]> {
  if (!(await getCase(trx, caseId, anonymous))) await withdrawDocument(trx, `case-paper:${caseId}`);
  const meetings = await trx.selectFrom('agenda_items').select('meeting_id').distinct().where('case_id', '=', caseId).execute();
  const keys: string[] = [];
  for (const { meeting_id } of meetings) keys.push(...(await refreshArchiveForMeeting(trx, meeting_id)));
  return keys;
}

function common(meeting: MeetingView) {
  return {
    cooperation_id: meeting.cooperationId,
    body_id: meeting.body.id,
    meeting_id: meeting.id,
    document_date: meeting.date,
    is_public: true,
  };
}

function agendaLine(item: MeetingView['agenda'][number]): string {
  const title = item.withheld ? `Unntatt offentlighet${item.exemptBasis ? `, ${item.exemptBasis}` : ''}` : (item.title ?? '');
  return item.caseNumber ? `Sak ${item.caseNumber} ${title}` : title;
}

function resolutionPlain(resolution: ResolutionView): string {
  return [resolution.text, ...resolution.points.map((p, i) => `${i + 1}. ${p}`)].filter(Boolean).join('\n');
}
