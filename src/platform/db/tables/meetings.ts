// The tables of meetings, agenda items, cases, case numbers, treatments and minutes (migration 0005).
// Same conventions as schema.ts: dates ISO text, instants ISO UTC text, flags 0/1, JSON in text columns.
import type { ColumnType, Generated } from 'kysely';

type Id = Generated<number>;
type Instant = string;
type Flag = number;
type Json = string;
/** A column with a database default: optional on insert. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface MeetingsTable {
  id: Id;
  body_id: number;
  starts_at: Instant;
  ends_at: Instant | null;
  place: string | null;
  /** ordinary | extended | seminar | general_assembly */
  kind: string;
  /** planned | summoned | held | minutes_approved | cancelled */
  status: Defaulted<string>;
  cancelled_reason: string | null;
  summoned_at: Instant | null;
  held_at: Instant | null;
  minutes_approved_at: Instant | null;
  /** Who approved, as words ("Styringsgruppen i møte 15.03.2018" or the user's name). */
  minutes_approved_by: string | null;
  /** A remark shown with the meeting (who sends apologies to whom …). */
  note: string | null;
  /** 1 when the record was added for the demo; `illustrative_note` says what is added. */
  is_illustrative: Defaulted<Flag>;
  illustrative_note: string | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface CasesTable {
  id: Id;
  cooperation_id: number;
  title: string;
  /** A role or unit ("Sekretariatet"), never required to be a person. */
  case_officer: string | null;
  /** The archive case number of whoever archives it, free text such as `2018/123`. */
  archive_reference: string | null;
  /** forslag_til_vedtak | innstilling */
  proposal_kind: Defaulted<string>;
  proposal_text: string | null;
  /** JSON array of strings: the proposal as numbered points; null when it has none. */
  proposal_points: Json | null;
  background: string | null;
  assessment: string | null;
  /** nb | nn | en: the language the paper is written in. */
  language: Defaulted<string>;
  is_public: Defaulted<Flag>;
  /** The legal basis when not public, e.g. "Offl. § 14". */
  exempt_basis: string | null;
  is_illustrative: Defaulted<Flag>;
  illustrative_note: string | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface AgendaItemsTable {
  id: Id;
  meeting_id: number;
  /** Copied from the meeting so that the unique (body_id, number_year, number) can hold the numbering. */
  body_id: number;
  position: number;
  /** null: an orientation item without a case. */
  case_id: number | null;
  /** The body's own case number and its year (`03/2018`); set only for items with a case. */
  number: number | null;
  number_year: number | null;
  /** Required for orientation items; overrides the case's title when given. */
  title: string | null;
  is_public: Defaulted<Flag>;
  exempt_basis: string | null;
  is_illustrative: Defaulted<Flag>;
  illustrative_note: string | null;
  created_at: Instant;
}

export interface CaseNumberSequencesTable {
  body_id: number;
  year: number;
  last_number: number;
}

export interface TreatmentsTable {
  id: Id;
  agenda_item_id: number;
  /** adopted_as_proposed | adopted_with_changes | rejected | postponed | noted */
  outcome: string;
  resolution_text: string | null;
  /** JSON array of strings, or null. */
  resolution_points: Json | null;
  /** JSON array of strings: amendments and statements, one each. */
  amendments: Defaulted<Json>;
  votes_for: number | null;
  votes_against: number | null;
  votes_blank: number | null;
  /** JSON array of { name, vote: 'for' | 'against' | 'blank' }, names being seats/roles; null when counted. */
  votes_by_name: Json | null;
  is_unanimous: Defaulted<Flag>;
  notes: string | null;
  is_illustrative: Defaulted<Flag>;
  illustrative_note: string | null;
  recorded_at: Instant;
  updated_at: Instant;
}

export interface MinutesTable {
  id: Id;
  meeting_id: number;
  intro: string | null;
  /** JSON arrays of strings: seats/roles present, absent, and others present. */
  present: Defaulted<Json>;
  absent: Defaulted<Json>;
  also_present: Defaulted<Json>;
  drafted_at: Instant;
  updated_at: Instant;
}

export interface MeetingsTables {
  meetings: MeetingsTable;
  cases: CasesTable;
  agenda_items: AgendaItemsTable;
  case_number_sequences: CaseNumberSequencesTable;
  treatments: TreatmentsTable;
  minutes: MinutesTable;
}
