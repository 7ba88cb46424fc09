import type { LocalizedText } from '../../../platform/i18n';
import type { ResolutionView, TreatmentView, Visibility } from '../../cases';

export interface MeetingBodyRef {
  id: number;
  slug: string;
  name: LocalizedText;
}

export interface MeetingSummary {
  id: number;
  cooperationId: number;
  cooperationSlug: string;
  body: MeetingBodyRef;
  /** Instants in UTC; show them in Oslo time. */
  startsAt: string;
  endsAt: string | null;
  /** The meeting's day in Oslo, `2018-03-15`. */
  date: string;
  place: string | null;
  kind: string;
  status: string;
  cancelledReason: string | null;
  summonedAt: string | null;
  heldAt: string | null;
  minutesApprovedAt: string | null;
  minutesApprovedBy: string | null;
  /** True once the minutes are approved: nothing of the meeting may change. */
  locked: boolean;
  note: string | null;
  isIllustrative: boolean;
  illustrativeNote: string | null;
  /** Items on the agenda (exempt ones included: their existence is public, their content is not). */
  agendaItemCount: number;
}

export interface AgendaItemView {
  id: number;
  position: number;
  caseId: number | null;
  /** The body's case number, `03/2018`; null for orientation items. */
  caseNumber: string | null;
  /** Null when the reader may not see it (exempt): show "Unntatt offentlighet" and the basis instead. */
  title: string | null;
  isPublic: boolean;
  exemptBasis: string | null;
  /** True when the content is withheld from this reader. */
  withheld: boolean;
  /** The case's proposal, for the minutes and the agenda; null for orientation items or when withheld. */
  proposal: ResolutionView | null;
  proposalKind: string | null;
  treatment: TreatmentView | null;
  isIllustrative: boolean;
  illustrativeNote: string | null;
}

export interface MinutesView {
  intro: string | null;
  present: string[];
  absent: string[];
  alsoPresent: string[];
  draftedAt: string;
  updatedAt: string;
  approvedAt: string | null;
  approvedBy: string | null;
}

export interface MeetingView extends MeetingSummary {
  agenda: AgendaItemView[];
  /** Null when there are none yet, or when the reader may not see drafts. */
  minutes: MinutesView | null;
  /** What the reader was allowed to see. */
  visibility: Visibility;
}

export interface MeetingFilter {
  cooperationId?: number;
  bodyId?: number;
  /** ISO dates, inclusive, of the meeting's day in Oslo. */
  from?: string;
  to?: string;
  status?: string;
  limit?: number;
  offset?: number;
  /** 'asc' (default) or 'desc' by start. */
  order?: 'asc' | 'desc';
}
