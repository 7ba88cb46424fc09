import type { LocalizedText } from '../../../platform/i18n';
import type { ProposalKind } from '../cases.catalog';

/** A proposal or a resolution: free text, numbered points, or both (text first). */
export interface ResolutionView {
  text: string | null;
  points: string[];
}

export type VotesView =
  | { kind: 'counts'; for: number; against: number; blank: number }
  | { kind: 'by_name'; entries: { name: string; vote: 'for' | 'against' | 'blank' }[] };

/** How one agenda item was treated. Readers with 'public' visibility get it only once the minutes are approved. */
export interface TreatmentView {
  id: number;
  outcome: string;
  resolution: ResolutionView;
  amendments: string[];
  votes: VotesView | null;
  isUnanimous: boolean;
  notes: string | null;
  /** Set when the treatment was added for the demo: what is illustrative. */
  illustrativeNote: string | null;
  isIllustrative: boolean;
  recordedAt: string;
}

/** One body's treatment of a case: a row of the paper's Saksnr | Utvalg | Møtedato table. */
export interface CasePathStep {
  agendaItemId: number;
  meetingId: number;
  body: { id: number; slug: string; name: LocalizedText };
  /** `03/2018` */
  caseNumber: string;
  /** The meeting's day in Oslo, `2018-03-15`, and its start instant. */
  meetingDate: string;
  startsAt: string;
  meetingStatus: string;
  /** Null when not yet treated, or when the reader may not see it yet. */
  treatment: TreatmentView | null;
}

export interface CaseSummary {
  id: number;
  cooperationId: number;
  cooperationSlug: string;
  title: string;
  caseOfficer: string | null;
  archiveReference: string | null;
  isPublic: boolean;
  exemptBasis: string | null;
  isIllustrative: boolean;
  illustrativeNote: string | null;
  /** The bodies that have it on an agenda, in meeting order. */
  path: CasePathStep[];
  createdAt: string;
  updatedAt: string;
}

/** The case with its paper (saksfremlegg). */
export interface CaseView extends CaseSummary {
  proposalKind: ProposalKind;
  proposal: ResolutionView;
  background: string | null;
  assessment: string | null;
  language: 'nb' | 'nn' | 'en';
}
