import type { LocalizedText } from '../../../platform/i18n';

export interface Place {
  code: string;
  name: string;
}

export interface FocusAreaView {
  id: number;
  slug: string;
  name: LocalizedText;
  sortOrder: number;
}

export interface StatusView {
  id: number;
  status: string;
  effectiveOn: string | null;
  decisionId: number | null;
  caseId: number | null;
  note: LocalizedText;
  recordedAt: string;
}

export interface DecisionView {
  id: number;
  kind: string;
  effectiveOn: string;
  targetService: { id: number; slug: string; name: string } | null;
  targetAuthority: Place | null;
  targetName: string | null;
  caseId: number | null;
  text: LocalizedText;
  recordedAt: string;
}

export interface ParticipantView {
  /** The participant row, or null when the participants are another cooperation's members. */
  participantId: number | null;
  code: string;
  /** The name on the date asked for. */
  name: string;
  kind: 'municipality' | 'county';
  role: string;
  startOn: string | null;
  endOn: string | null;
  note: LocalizedText;
}

/** A service in the portfolio as of one date. */
export interface ServiceSummary {
  id: number;
  cooperationId: number;
  slug: string;
  name: string;
  shortName: string | null;
  focusArea: FocusAreaView | null;
  /** The status on the date; null when none had taken effect by then. */
  status: StatusView | null;
  host: Place | null;
  hostRole: string;
  runBy: { id: number; slug: string; name: string } | null;
  startOn: string | null;
  endOn: string | null;
  participantCount: number;
  /** The latest decision effective on or before the date. */
  decision: DecisionView | null;
}

export interface ServiceDetail extends ServiceSummary {
  cooperation: { id: number; slug: string; name: string };
  description: LocalizedText;
  legalForm: string | null;
  legalBasis: string | null;
  agreement: LocalizedText;
  agreementHref: string | null;
  sourceNote: LocalizedText;
  at: string;
  participants: ParticipantView[];
  history: StatusView[];
  decisions: DecisionView[];
  costKeyYears: number[];
}
