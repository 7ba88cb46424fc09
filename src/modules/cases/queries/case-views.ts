import type { Actor } from '../../../platform/authz';
import type { Db } from '../../../platform/db/database';
import { parseLocalizedText, todayInOslo } from '../../../platform/i18n';
import { formatCaseNumber } from '../case-number';
import type { ProposalKind } from '../cases.catalog';
import { visibleTo } from '../cases.policy';
import { pathsOf, type CaseWithCooperation, type PathRow } from '../cases.repository';
import { resolutionOf, treatmentFromPrefixed, treatmentVisible } from './treatment-view';
import type { CasePathStep, CaseSummary, CaseView } from './views';

/** Rows → views for the reader: what it may not see is left out here, once for every query. */
export function mayRead(actor: Actor, row: { cooperation_id: number; is_public: number }): boolean {
  return row.is_public === 1 || visibleTo(actor, row.cooperation_id) === 'all';
}

function stepOf(row: PathRow, visibility: 'all' | 'public'): CasePathStep | null {
  if (visibility === 'public' && row.item_is_public !== 1) return null;
  return {
    agendaItemId: row.agenda_item_id,
    meetingId: row.meeting_id,
    body: { id: row.body_id, slug: row.body_slug, name: parseLocalizedText(row.body_name) },
    caseNumber: formatCaseNumber(row.number!, row.number_year!),
    // The calendar day in Oslo of the meeting's start (todayInOslo takes any instant).
    meetingDate: todayInOslo(new Date(row.starts_at)),
    startsAt: row.starts_at,
    meetingStatus: row.meeting_status,
    treatment: treatmentVisible(row.meeting_status, visibility) ? treatmentFromPrefixed(row) : null,
  };
}

export async function summariesOf(db: Db, rows: CaseWithCooperation[], actor: Actor): Promise<CaseSummary[]> {
  const paths = await pathsOf(db, rows.map((r) => r.id));
  return rows.map((row) => {
    const visibility = visibleTo(actor, row.cooperation_id);
    const path = paths.filter((p) => p.case_id === row.id).map((p) => stepOf(p, visibility)).filter((s): s is CasePathStep => s !== null);
    return {
      id: row.id,
      cooperationId: row.cooperation_id,
      cooperationSlug: row.cooperation_slug,
      title: row.title,
      caseOfficer: row.case_officer,
      archiveReference: row.archive_reference,
      isPublic: row.is_public === 1,
      exemptBasis: row.exempt_basis,
      isIllustrative: row.is_illustrative === 1,
      illustrativeNote: row.illustrative_note,
      path,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });
}

export async function caseViewOf(db: Db, row: CaseWithCooperation, actor: Actor): Promise<CaseView> {
  const [summary] = await summariesOf(db, [row], actor);
  return {
    ...summary!,
    proposalKind: row.proposal_kind as ProposalKind,
    proposal: resolutionOf(row.proposal_text, row.proposal_points),
    background: row.background,
    assessment: row.assessment,
    language: row.language as 'nb' | 'nn' | 'en',
  };
}
