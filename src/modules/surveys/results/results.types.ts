import type { LocalizedText } from '../../../platform/i18n';
import type { Question } from '../survey-definition';

/** The two ways results are broken down. */
export const DIMENSIONS = ['role', 'municipality'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface GroupLabel {
  key: string;
  label: LocalizedText;
}

/** One response as results see it: the group it belongs to and its answers, nothing about the person. */
export interface ResponseForResults {
  role: string;
  municipalityCode: string;
  answers: Record<string, unknown>;
}

/** Everything results are computed from; plain data, so the computation is a pure function. */
export interface SurveyResultsInput {
  questions: readonly Question[];
  responses: readonly ResponseForResults[];
  /** Invitations per group: how many were invited and how many of them have answered. */
  invitations: Record<Dimension, readonly { key: string; invited: number; answered: number }[]>;
  /** The groups in the order to show them, with their names. Unknown keys are shown as they are. */
  groups: Record<Dimension, readonly GroupLabel[]>;
}

/** A count that may be hidden: null means suppressed (never a number in any output). */
export type Shown = number | null;

export interface RateRow {
  key: string;
  label: LocalizedText;
  hidden: boolean;
  invited: number;
  responses: Shown;
  /** Invitations answered. */
  answeredInvitations: Shown;
  /** answeredInvitations / invited, 0–1; null when hidden or nobody was invited. */
  rate: Shown;
}

export interface ResponseRates {
  total: { invited: number; responses: Shown; answeredInvitations: Shown; rate: Shown; openLinkResponses: Shown };
  byRole: RateRow[];
  byMunicipality: RateRow[];
}

export interface Category {
  key: string;
  label: LocalizedText;
}

/** Counts of one group (or of everyone) for one distribution. */
export interface GroupDistribution {
  key: string;
  label: LocalizedText;
  hidden: boolean;
  /** How many in the group answered this question. */
  n: Shown;
  /** One count per category, in the categories' order; null when hidden. */
  counts: Shown[] | null;
  /** Average of a rating or number, null when hidden or not a scale. */
  mean: Shown;
}

/**
 * One distribution: a choice, rating or number question, or one row of a matrix. `multiple` when a
 * respondent can be counted in more than one category (percentages then sum to more than 100).
 */
export interface Distribution {
  id: string;
  questionKey: string;
  kind: Question['kind'];
  title: LocalizedText;
  /** The matrix row this is for. */
  rowLabel?: LocalizedText;
  multiple: boolean;
  categories: Category[];
  overall: GroupDistribution;
  breakdown: { by: Dimension; groups: GroupDistribution[] } | null;
}

export interface FreeTextResult {
  questionKey: string;
  title: LocalizedText;
  /** Sorted alphabetically (never in the order they came in); null when the survey has too few respondents. */
  answers: string[] | null;
  count: Shown;
}

export interface SurveyResults {
  smallCellMin: number;
  /** The same as rates.total.responses (null when that must be hidden). */
  respondents: Shown;
  rates: ResponseRates;
  by: Dimension | null;
  distributions: Distribution[];
  freeText: FreeTextResult[];
  /** The groups hidden in the whole survey's tables, per dimension (also hidden in every question). */
  hiddenGroups: Record<Dimension, string[]>;
}
