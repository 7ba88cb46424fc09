import type { Actor } from '../../../platform/authz';
import { norwegianCollator } from '../../../platform/i18n';
import { formatCaseNumber } from '../../cases';
import { wordDiff } from '../diff';
import { canManageJointCases, mayRecordAsClerk } from '../joint-cases.policy';
import type { CouncilRow, JointCaseRow } from '../joint-cases.repository';
import { computeOutcome } from '../outcome';
import type { CountsView, CouncilView, JointCaseSummary, JointCaseView, PointPositionView, RuleView } from '../views';

// Rows → views. The roll-up (outcome, counts, who is late) is computed here on every read, from the
// councils' current records, so it can never disagree with them.

export const API_BASE = '/api/v1';

export function ruleOf(row: JointCaseRow): RuleView {
  return { rule: row.outcome_rule, threshold: { numerator: row.threshold_numerator, denominator: row.threshold_denominator }, weighting: row.weighting };
}

export const pointsOf = (row: Pick<JointCaseRow, 'proposal_points'>): string[] => (row.proposal_points ? (JSON.parse(row.proposal_points) as string[]) : []);

/** The proposal as one text (free text, then the numbered points), the text a council's resolution is compared with. */
export function proposalAsText(text: string | null, points: string[]): string {
  return [text ?? '', points.map((p, i) => `${i + 1}. ${p}`).join('\n')].filter((s) => s !== '').join('\n\n');
}

const isLate = (c: Pick<CouncilRow, 'status'>, deadline: string, today: string) =>
  (c.status === 'not_started' || c.status === 'scheduled') && today > deadline;

/**
 * One position per point. A point the council gave no position on takes its outcome on the whole
 * (adopted → for, rejected → against), as the roll-up counts it (outcome.ts), so the matrix shows
 * what is counted.
 */
function positionsOf(council: CouncilRow, pointCount: number): PointPositionView[] {
  const given = JSON.parse(council.point_positions) as { point: number; position: PointPositionView['position']; note?: string }[];
  const fallback: PointPositionView['position'] =
    council.status !== 'treated' ? 'none'
      : council.outcome === 'adopted_as_proposed' || council.outcome === 'adopted_with_changes' ? 'for'
        : council.outcome === 'rejected' ? 'against' : 'none';
  return Array.from({ length: pointCount }, (_, i) => {
    const p = given.find((g) => g.point === i + 1);
    return { point: i + 1, position: p?.position ?? fallback, note: p?.note ?? null };
  });
}

export function councilViewOf(row: JointCaseRow, council: CouncilRow, actor: Actor, today: string, proposal: string | null): CouncilView {
  const manage = canManageJointCases(actor, row.cooperation_id);
  const points = row.proposal_mode === 'points' ? positionsOf(council, pointsOf(row).length) : [];
  return {
    id: council.id,
    memberCode: council.member_code,
    memberName: council.member_name,
    population: council.population,
    clerkEmail: manage || mayRecordAsClerk(actor, council.member_code) ? council.clerk_email : null,
    councilBody: council.council_body,
    meetingDate: council.meeting_date,
    localCaseNumber: council.local_case_number,
    localArchiveNumber: council.local_archive_number,
    status: council.status,
    outcome: council.outcome,
    resolutionText: council.resolution_text,
    points,
    publicRecordUrl: council.public_record_url,
    minuteExtractDocumentId: council.minute_extract_document_id,
    revision: council.revision,
    submittedAt: council.submitted_at,
    submittedBy: manage ? council.submitted_by : null,
    isLate: isLate(council, row.deadline, today),
    diff: proposal !== null && council.resolution_text ? wordDiff(proposal, council.resolution_text) : null,
    isIllustrative: council.is_illustrative === 1,
    illustrativeNote: council.illustrative_note,
    links: {
      record: `/arbeidsflate/fellessaker/${row.id}/kommuner/${council.member_code}`,
      treatment: `${API_BASE}/joint-cases/${row.id}/councils/${council.member_code}/treatment`,
    },
  };
}

export function countsOf(councils: CouncilRow[], deadline: string, today: string): CountsView {
  const treated = councils.filter((c) => c.status === 'treated');
  return {
    total: councils.length,
    treated: treated.length,
    withdrawn: councils.filter((c) => c.status === 'withdrawn').length,
    pending: councils.filter((c) => c.status === 'not_started' || c.status === 'scheduled').length,
    for: treated.filter((c) => c.outcome === 'adopted_as_proposed' || c.outcome === 'adopted_with_changes').length,
    against: treated.filter((c) => c.outcome === 'rejected').length,
    late: councils.filter((c) => isLate(c, deadline, today)).length,
  };
}

export function summaryOf(row: JointCaseRow, councils: CouncilRow[], caseNumber: string | null, today: string): JointCaseSummary {
  const rule = ruleOf(row);
  const outcome = computeOutcome(
    { ...rule, mode: row.proposal_mode, points: pointsOf(row) },
    councils.map((c) => ({ status: c.status, outcome: c.outcome, population: c.population, points: JSON.parse(c.point_positions) })),
  );
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber,
    cooperation: { id: row.cooperation_id, slug: row.cooperation_slug, name: row.cooperation_name },
    title: row.title,
    deadline: row.deadline,
    proposalMode: row.proposal_mode,
    rule,
    reminderDaysBefore: row.reminder_days_before,
    isPublished: row.is_published === 1,
    publishedAt: row.published_at,
    referredAt: row.referred_at,
    referredBy: row.referred_by,
    counts: countsOf(councils, row.deadline, today),
    outcome,
    isIllustrative: row.is_illustrative === 1,
    illustrativeNote: row.illustrative_note,
  };
}

export function viewOf(row: JointCaseRow, councils: CouncilRow[], caseNumber: string | null, actor: Actor, today: string): JointCaseView {
  const points = pointsOf(row);
  const proposal = proposalAsText(row.proposal_text, points);
  const councilViews = councils
    .map((c) => councilViewOf(row, c, actor, today, proposal || null))
    .sort((a, b) => norwegianCollator.compare(a.memberName, b.memberName) || a.memberCode.localeCompare(b.memberCode));
  return {
    ...summaryOf(row, councils, caseNumber, today),
    proposal: { text: row.proposal_text, points },
    message: row.message,
    councils: councilViews,
    late: councilViews.filter((c) => c.isLate).map((c) => ({ memberCode: c.memberCode, memberName: c.memberName })),
    today,
    canManage: canManageJointCases(actor, row.cooperation_id),
  };
}

/** caseId → `03/2018`: the number of the latest body that has it on an agenda (as the cases API's `reference`). */
export function caseNumberMap(rows: { case_id: number | null; number: number | null; number_year: number | null }[]): Map<number, string> {
  const map = new Map<number, string>();
  // Rows come newest meeting first: the first number seen for a case is kept.
  for (const r of rows) {
    if (r.case_id !== null && r.number !== null && r.number_year !== null && !map.has(r.case_id)) map.set(r.case_id, formatCaseNumber(r.number, r.number_year));
  }
  return map;
}
