import type { DocumentSummary } from '../archive';
import type { ConsultationJson, PaperJson, PaperSummaryJson, TreatmentJson } from './cases.api-schemas';
import type { CasePathStep, CaseSummary, CaseView, TreatmentView } from './queries/views';

/** Where the API is mounted; ids are paths under it (OParl's `id` is the object's own address). */
export const API_BASE = '/api/v1';

export const casePath = (id: number) => `${API_BASE}/cases/${id}`;
export const meetingPath = (id: number) => `${API_BASE}/meetings/${id}`;
export const bodyPath = (cooperationSlug: string, bodySlug: string) =>
  `${API_BASE}/cooperations/${encodeURIComponent(cooperationSlug)}/bodies/${encodeURIComponent(bodySlug)}`;

export function presentTreatment(t: TreatmentView): TreatmentJson {
  return {
    result: t.outcome,
    resolution: t.resolution,
    amendments: t.amendments,
    votes: t.votes,
    unanimous: t.isUnanimous,
    notes: t.notes,
    illustrative: t.isIllustrative ? { note: t.illustrativeNote } : null,
  };
}

function presentStep(cooperationSlug: string, step: CasePathStep): ConsultationJson {
  return {
    type: 'https://schema.oparl.org/1.1/Consultation',
    meeting: meetingPath(step.meetingId),
    agendaItem: `${meetingPath(step.meetingId)}#agenda-item-${step.agendaItemId}`,
    organization: bodyPath(cooperationSlug, step.body.slug),
    organizationSlug: step.body.slug,
    caseNumber: step.caseNumber,
    meetingDate: step.meetingDate,
    meetingState: step.meetingStatus,
    treatment: step.treatment ? presentTreatment(step.treatment) : null,
  };
}

export function presentPaperSummary(c: CaseSummary): PaperSummaryJson {
  return {
    id: casePath(c.id),
    type: 'https://schema.oparl.org/1.1/Paper',
    name: c.title,
    reference: c.path.at(-1)?.caseNumber ?? null,
    archiveReference: c.archiveReference,
    caseOfficer: c.caseOfficer,
    cooperation: c.cooperationSlug,
    public: c.isPublic,
    exemptBasis: c.isPublic ? null : c.exemptBasis,
    consultation: c.path.map((s) => presentStep(c.cooperationSlug, s)),
    web: `/${c.cooperationSlug}/saker/${c.id}`,
    mainFile: { pdf: `${casePath(c.id)}/paper.pdf`, docx: `${casePath(c.id)}/paper.docx` },
    illustrative: c.isIllustrative ? { note: c.illustrativeNote } : null,
    created: c.createdAt,
    modified: c.updatedAt,
  };
}

export function presentPaper(c: CaseView, attachments: DocumentSummary[]): PaperJson {
  return {
    ...presentPaperSummary(c),
    paperType: c.proposalKind,
    proposal: c.proposal,
    background: c.background,
    assessment: c.assessment,
    language: c.language,
    auxiliaryFile: attachments.map((a) => ({
      id: a.id,
      name: a.title,
      fileName: a.fileName,
      mediaType: a.mediaType,
      accessUrl: a.downloadHref,
      public: a.isPublic,
    })),
  };
}
