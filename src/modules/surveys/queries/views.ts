import type { LocalizedText } from '../../../platform/i18n';
import type { AnonymityPromise, Section } from '../survey-definition';
import type { SurveyStatus } from '../surveys.catalog';

/** One answer: an option key, option keys, a number, a text, or for a matrix { rowKey: columnKey }. */
export type AnswerValue = string | number | string[] | Record<string, string>;
export type Answers = Record<string, AnswerValue>;

/** Whether the survey takes answers today, and if not why, in the three languages. */
export type Availability =
  | { accepting: true }
  | { accepting: false; reason: 'draft' | 'not_yet_open' | 'closed'; date: string | null; message: Required<LocalizedText> };

export interface SurveySummary {
  id: number;
  cooperationId: number;
  cooperationSlug: string;
  title: LocalizedText;
  anonymity: AnonymityPromise;
  status: SurveyStatus;
  opensOn: string;
  closesOn: string;
  /** The day it was closed (by hand before closesOn, else closesOn); null while not closed. */
  closedOn: string | null;
  openLink: boolean;
  resultsPublic: boolean;
  /** Demo data: the answers are generated, not real. */
  isSynthetic: boolean;
  responseCount: number;
  availability: Availability;
}

export interface SurveyView extends SurveySummary {
  intro: LocalizedText;
  audience: LocalizedText;
  sourceNote: LocalizedText;
  language: 'nb' | 'nn' | 'en';
  sections: Section[];
}

/** What a personal link opens. */
export interface InvitationContext {
  invitationId: number;
  survey: SurveyView;
  role: string;
  municipalityCode: string;
  municipalityName: string;
  /** Answers saved but not yet sent; null when none. */
  draft: Answers | null;
  /** True once the response is sent: the link gives no second one. */
  responded: boolean;
}

/** The choices of the open link's first two questions. */
export interface OpenLinkChoices {
  roles: { key: string; label: Required<LocalizedText> }[];
  municipalities: { code: string; name: string }[];
}

/** One response as the results read it: never who gave it. */
export interface ResponseForResults {
  role: string;
  municipalityCode: string;
  answers: Answers;
  isSynthetic: boolean;
}

export interface RateRow {
  invited: number;
  responded: number;
}

export interface ResponseRateView {
  invited: number;
  respondedByInvitation: number;
  openLinkResponses: number;
  totalResponses: number;
  byRole: (RateRow & { role: string })[];
  byMunicipality: (RateRow & { code: string; name: string })[];
}

/** One invitee, for the secretariat's list (who has answered; never what). */
export interface InvitationView {
  id: number;
  personName: string;
  email: string;
  role: string;
  municipalityCode: string;
  municipalityName: string;
  sentAt: string | null;
  respondedOn: string | null;
  remindersSent: number;
}

/** A link to hand out once (inviteAudience, sendInvitations): the token is never stored. */
export interface PersonalLink {
  invitationId: number;
  personName: string;
  email: string;
  token: string;
  /** `/svar/<token>`, to put after the site's address. */
  path: string;
}

/** What a mailing did (sendInvitations / sendReminders). */
export interface MailingReport {
  sent: number;
  failed: { invitationId: number; error: string }[];
}
