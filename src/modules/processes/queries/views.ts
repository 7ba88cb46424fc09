import type { Locale, LocalizedText } from '../../../platform/i18n';
import type { MilestoneKind } from '../../../platform/db/tables/site';
import type { MilestoneStatus } from '../milestone-status';

export interface MilestoneView {
  id: number;
  kind: MilestoneKind;
  title: LocalizedText;
  startsOn: string;
  endsOn: string | null;
  body: { id: number; slug: string; name: LocalizedText } | null;
  meetingId: number | null;
  caseId: number | null;
  surveyId: number | null;
  note: LocalizedText;
}

export interface PlanVersionView {
  id: number;
  version: number;
  label: LocalizedText;
  adoptedOn: string | null;
  caseId: number | null;
  note: LocalizedText;
  milestones: MilestoneView[];
}

export interface ProcessView {
  id: number;
  cooperationId: number;
  cooperationSlug: string;
  slug: string;
  title: LocalizedText;
  introduction: LocalizedText;
  questionsIntro: LocalizedText;
  questions: LocalizedText[];
  alternativesIntro: LocalizedText;
  alternatives: Array<{ label: string; text: LocalizedText }>;
  surveyText: LocalizedText;
  surveyId: number | null;
  translations: Locale[];
  status: 'draft' | 'published';
  publishedAt: string | null;
  updatedAt: string;
  /** Oldest first: the original plan, then each revision. */
  versions: PlanVersionView[];
}

export type MilestoneWithStatus = MilestoneView & { status: MilestoneStatus };
