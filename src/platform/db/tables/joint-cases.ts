// The tables of joint cases (migration 0010). Same conventions as schema.ts: dates ISO text, instants
// ISO UTC text, flags 0/1, JSON in text columns.
import type { ColumnType, Generated } from 'kysely';

type Id = Generated<number>;
type IsoDate = string;
type Instant = string;
type Flag = number;
type Json = string;
/** A column with a database default: optional on insert. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;

/** A referral: one case sent to several member councils, with what they were asked, by when, and the rule that decides. */
export interface JointCasesTable {
  id: Id;
  case_id: number;
  cooperation_id: number;
  /** Copied from the case at referral. */
  title: string;
  /** The last day the councils are asked to treat it by. */
  deadline: IsoDate;
  /** whole: one resolution on the whole proposal; points: a position per numbered point. */
  proposal_mode: 'whole' | 'points';
  /** The proposal as referred (copied from the case, so a later edit of the case changes nothing here). */
  proposal_text: string | null;
  /** JSON array of strings when proposal_mode is 'points'. */
  proposal_points: Json | null;
  /** unanimous | qualified_majority | simple_majority */
  outcome_rule: 'unanimous' | 'qualified_majority' | 'simple_majority';
  /** The share needed for a qualified majority (2/3 → 2 and 3); a simple majority is more than 1/2. */
  threshold_numerator: Defaulted<number>;
  threshold_denominator: Defaulted<number>;
  /** equal: one vote per council; population: each council weighs its population as copied at referral. */
  weighting: Defaulted<'equal' | 'population'>;
  /** Remind the councils not yet treated this many days before the deadline; null for no reminder. */
  reminder_days_before: number | null;
  /** A covering note to the councils. */
  message: string | null;
  is_published: Defaulted<Flag>;
  published_at: Instant | null;
  referred_at: Instant;
  /** Who referred it, as words (the user's name, or "Sekretariatet"). */
  referred_by: string;
  is_illustrative: Defaulted<Flag>;
  illustrative_note: string | null;
  created_at: Instant;
  updated_at: Instant;
}

/** One member council's handling of a joint case: the current record; earlier submissions are revisions. */
export interface JointCaseCouncilsTable {
  id: Id;
  joint_case_id: number;
  /** The member's authority code (municipality or county). */
  member_code: string;
  /** The member's name as it was at referral. */
  member_name: string;
  /** The member's population as copied at referral (the weight under a population rule); null when unknown. */
  population: number | null;
  /** Where personal links and reminders go (the municipal clerk's office); clerks with an account get them too. */
  clerk_email: string | null;
  /** The council body that treats it: kommunestyre, bystyre, formannskap, fylkesting … */
  council_body: string | null;
  meeting_date: IsoDate | null;
  local_case_number: string | null;
  local_archive_number: string | null;
  status: Defaulted<'not_started' | 'scheduled' | 'treated' | 'withdrawn'>;
  /** Set only when treated. */
  outcome: 'adopted_as_proposed' | 'adopted_with_changes' | 'rejected' | 'postponed' | null;
  resolution_text: string | null;
  /** JSON array of { point: number (1-based), position: 'for' | 'against' | 'changed' | 'none', note?: string }. */
  point_positions: Defaulted<Json>;
  public_record_url: string | null;
  /** The uploaded minute extract (møtebokutskrift), kept in the archive. */
  minute_extract_document_id: number | null;
  /** 0 until the first submission; bumped by each submission (optimistic concurrency and history). */
  revision: Defaulted<number>;
  submitted_at: Instant | null;
  submitted_by: string | null;
  is_illustrative: Defaulted<Flag>;
  illustrative_note: string | null;
  updated_at: Instant;
}

/** Every submission of a council's record, as it was submitted. */
export interface JointCaseCouncilRevisionsTable {
  id: Id;
  council_id: number;
  revision: number;
  /** JSON snapshot of the record's fields as submitted. */
  record: Json;
  submitted_at: Instant;
  submitted_by: string;
  submitted_via: 'account' | 'link' | 'secretariat' | 'seed';
}

/** A personal recording link sent by e-mail: only the token's SHA-256 is stored; it expires and is spent by one submission. */
export interface JointCaseLinksTable {
  id: Id;
  council_id: number;
  token_hash: string;
  email: string;
  expires_at: Instant;
  used_at: Instant | null;
  created_at: Instant;
}

/** A reminder sent to a council: one per council and due day, so a reminder is never sent twice. */
export interface JointCaseRemindersTable {
  id: Id;
  council_id: number;
  due_on: IsoDate;
  /** JSON array of the addresses it went to. */
  recipients: Json;
  sent_at: Instant;
}

export interface JointCasesTables {
  joint_cases: JointCasesTable;
  joint_case_councils: JointCaseCouncilsTable;
  joint_case_council_revisions: JointCaseCouncilRevisionsTable;
  joint_case_links: JointCaseLinksTable;
  joint_case_reminders: JointCaseRemindersTable;
}
