import type { ColumnType, Generated } from 'kysely';

// The tables of surveys, invitations and responses, and the job schedule (migration 0008).
// Same conventions as schema.ts: ISO dates and instants as text, flags 0/1, texts per language as JSON.
type IsoDate = string;
type Instant = string;
type Flag = number;
type Json = string;

export interface SurveysTable {
  id: Generated<number>;
  cooperation_id: number;
  title: Json;
  intro: ColumnType<Json, Json | undefined, Json>;
  /** Who is asked, in words ("sent to mayors … other elected officials and staff may also answer"). */
  audience: ColumnType<Json, Json | undefined, Json>;
  /** Where the survey comes from and what is illustrative (the demo says so here). */
  source_note: ColumnType<Json, Json | undefined, Json>;
  /** The language of its e-mails. */
  language: 'nb' | 'nn' | 'en';
  anonymity: 'anonymous' | 'confidential' | 'named';
  status: 'draft' | 'open' | 'closed';
  opens_on: IsoDate;
  closes_on: IsoDate;
  /** The day it was closed with closeSurvey (closes_on when closed on or after it); null otherwise. */
  closed_on: IsoDate | null;
  open_link: Flag;
  results_public: Flag;
  is_synthetic: Flag;
  /** The sections and questions, as `SurveyDefinition['sections']` (survey-definition.ts). */
  definition: Json;
  created_at: Instant;
  updated_at: Instant;
}

export interface SurveyInvitationsTable {
  id: Generated<number>;
  survey_id: number;
  person_id: number;
  email: string;
  role: string;
  municipality_code: string;
  created_at: Instant;
  sent_at: Instant | null;
  responded_on: IsoDate | null;
}

export interface SurveyInvitationLinksTable {
  token_hash: string;
  invitation_id: number;
  created_at: Instant;
}

export interface SurveyDraftsTable {
  invitation_id: number;
  answers: Json;
  saved_on: IsoDate;
}

export interface SurveyResponsesTable {
  /** A random UUID: no order of arrival. */
  id: string;
  survey_id: number;
  role: string;
  municipality_code: string;
  channel: 'invitation' | 'open_link';
  answers: Json;
  /** Null when the survey is anonymous. */
  invitation_id: number | null;
  /** Null when the survey is anonymous. */
  submitted_at: Instant | null;
  is_synthetic: Flag;
}

export interface SurveySubmissionKeysTable {
  survey_id: number;
  key_hash: string;
}

export interface SurveyReminderDeliveriesTable {
  reminder_key: string;
  invitation_id: number;
  claimed_at: Instant;
  sent_at: Instant | null;
}

export interface JobsTable {
  id: Generated<number>;
  key: string;
  kind: string;
  run_at: Instant;
  payload: ColumnType<Json, Json | undefined, Json>;
  claimed_at: Instant | null;
  done_at: Instant | null;
  failed_at: Instant | null;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  created_at: Instant;
}

export interface SurveysTables {
  surveys: SurveysTable;
  survey_invitations: SurveyInvitationsTable;
  survey_invitation_links: SurveyInvitationLinksTable;
  survey_drafts: SurveyDraftsTable;
  survey_responses: SurveyResponsesTable;
  survey_submission_keys: SurveySubmissionKeysTable;
  survey_reminder_deliveries: SurveyReminderDeliveriesTable;
  jobs: JobsTable;
}
