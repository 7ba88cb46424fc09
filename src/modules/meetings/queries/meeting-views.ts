import { parseLocalizedText } from '../../../platform/i18n';
import { formatCaseNumber, resolutionOf, stringList, treatmentViewOf, treatmentVisible, type Visibility } from '../../cases';
import { isLocked } from '../meeting-status';
import type { AgendaItemWithCase, MeetingWithBody, MinutesRow, TreatmentRow } from '../meetings.repository';
import { osloDate } from '../oslo-time';
import type { AgendaItemView, MeetingSummary, MinutesView } from './views';

/** Rows → views. What a reader may not see is left out here, once, for every page, API and document. */
export function meetingSummaryOf(row: MeetingWithBody): MeetingSummary {
  return {
    id: row.id,
    cooperationId: row.cooperation_id,
    cooperationSlug: row.cooperation_slug,
    body: { id: row.body_id, slug: row.body_slug, name: parseLocalizedText(row.body_name) },
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    date: osloDate(row.starts_at),
    place: row.place,
    kind: row.kind,
    status: row.status,
    cancelledReason: row.cancelled_reason,
    summonedAt: row.summoned_at,
    heldAt: row.held_at,
    minutesApprovedAt: row.minutes_approved_at,
    minutesApprovedBy: row.minutes_approved_by,
    locked: isLocked(row.status),
    note: row.note,
    isIllustrative: row.is_illustrative === 1,
    illustrativeNote: row.illustrative_note,
    agendaItemCount: Number(row.agenda_item_count ?? 0),
  };
}

/** An item is withheld from a public reader when it, or its case, is not public. */
export function agendaItemViewOf(
  row: AgendaItemWithCase,
  treatment: TreatmentRow | undefined,
  meetingStatus: string,
  visibility: Visibility,
): AgendaItemView {
  const isPublic = row.is_public === 1 && (row.case_id === null || row.case_is_public === 1);
  const exemptBasis = isPublic ? null : (row.exempt_basis ?? row.case_exempt_basis ?? null);
  const withheld = !isPublic && visibility === 'public';
  const hasCase = row.case_id !== null;
  return {
    id: row.id,
    position: row.position,
    caseId: withheld ? null : row.case_id,
    caseNumber: row.number !== null && row.number_year !== null ? formatCaseNumber(row.number, row.number_year) : null,
    title: withheld ? null : (row.title ?? row.case_title ?? null),
    isPublic,
    exemptBasis,
    withheld,
    proposal: withheld || !hasCase ? null : resolutionOf(row.proposal_text, row.proposal_points),
    proposalKind: withheld || !hasCase ? null : row.proposal_kind,
    treatment: !withheld && treatment && treatmentVisible(meetingStatus, visibility) ? treatmentViewOf(treatment) : null,
    isIllustrative: row.is_illustrative === 1,
    illustrativeNote: withheld ? null : row.illustrative_note,
  };
}

export function minutesViewOf(row: MinutesRow, meeting: MeetingWithBody): MinutesView {
  return {
    intro: row.intro,
    present: stringList(row.present),
    absent: stringList(row.absent),
    alsoPresent: stringList(row.also_present),
    draftedAt: row.drafted_at,
    updatedAt: row.updated_at,
    approvedAt: meeting.minutes_approved_at,
    approvedBy: meeting.minutes_approved_by,
  };
}
