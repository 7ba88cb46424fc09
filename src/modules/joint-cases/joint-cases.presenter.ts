import type { CouncilJson, JointCaseJson, JointCaseSummaryJson } from './joint-cases.api-schemas';
import { API_BASE } from './queries/view-of';
import type { CouncilView, JointCaseSummary, JointCaseView } from './views';

export const jointCasePath = (id: number) => `${API_BASE}/joint-cases/${id}`;

export function presentJointCaseSummary(j: JointCaseSummary): JointCaseSummaryJson {
  return {
    id: jointCasePath(j.id),
    type: 'JointCase',
    name: j.title,
    paper: `${API_BASE}/cases/${j.caseId}`,
    reference: j.caseNumber,
    cooperation: j.cooperation.slug,
    deadline: j.deadline,
    proposalMode: j.proposalMode,
    rule: j.rule,
    reminderDaysBefore: j.reminderDaysBefore,
    published: j.isPublished,
    publishedAt: j.publishedAt,
    referredAt: j.referredAt,
    counts: j.counts,
    outcome: j.outcome,
    illustrative: j.isIllustrative ? { note: j.illustrativeNote } : null,
  };
}

function presentCouncil(c: CouncilView): CouncilJson {
  return {
    memberCode: c.memberCode,
    memberName: c.memberName,
    population: c.population,
    councilBody: c.councilBody,
    meetingDate: c.meetingDate,
    localCaseNumber: c.localCaseNumber,
    localArchiveNumber: c.localArchiveNumber,
    status: c.status,
    outcome: c.outcome,
    resolutionText: c.resolutionText,
    points: c.points,
    publicRecordUrl: c.publicRecordUrl,
    minuteExtract: c.minuteExtractDocumentId === null ? null : `${API_BASE}/documents/${c.minuteExtractDocumentId}`,
    revision: c.revision,
    submittedAt: c.submittedAt,
    late: c.isLate,
    illustrative: c.isIllustrative ? { note: c.illustrativeNote } : null,
  };
}

export function presentJointCase(j: JointCaseView): JointCaseJson {
  return {
    ...presentJointCaseSummary(j),
    proposal: j.proposal,
    message: j.message,
    councils: j.councils.map(presentCouncil),
    late: j.late.map((l) => l.memberCode),
    today: j.today,
  };
}
