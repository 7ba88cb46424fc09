import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { ArchiveTables } from './tables/archive';
import type { JointCasesTables } from './tables/joint-cases';
import type { MeetingsTables } from './tables/meetings';
import type { ServicesTables } from './tables/services';
import type { SiteTables } from './tables/site';
import type { SurveysTables } from './tables/surveys';

/**
 * The shape of every table, for Kysely's types. Conventions that hold on both engines:
 * - dates are ISO `YYYY-MM-DD` (SQLite text, PostgreSQL `date` read back as text);
 * - instants are ISO-8601 UTC strings (SQLite text, PostgreSQL `timestamptz` read back as ISO text);
 * - flags are 0/1 integers (better-sqlite3 cannot bind booleans);
 * - text that people write in several languages is JSON `{"nb": …, "nn": …, "en": …}` in a text column.
 */
type Id = Generated<number>;
type IsoDate = string;
type Instant = string;
type Flag = number;
type Json = string;

export interface AuthoritiesTable {
  code: string;
  kind: 'municipality' | 'county';
  name: string;
  valid_from: IsoDate | null;
  valid_to: IsoDate | null;
  county_code: string | null;
}

export interface AuthorityNamesTable {
  id: Id;
  code: string;
  name: string;
  valid_from: IsoDate | null;
  valid_to: IsoDate | null;
}

export interface AuthorityChangesTable {
  id: Id;
  from_code: string;
  to_code: string;
  effective_on: IsoDate;
  kind: string;
}

export interface CooperationsTable {
  id: Id;
  slug: string;
  name: string;
  short_name: string | null;
  legal_form: string;
  legal_basis: string | null;
  /** A line under the name, as on the seed site: "15 kommuner vest for Oslo". */
  tagline: ColumnType<Json, Json | undefined, Json>;
  purpose: Json;
  host_code: string | null;
  head_office_code: string | null;
  status: string;
  established_on: IsoDate | null;
  ended_on: IsoDate | null;
  source_note: Json;
  created_at: Instant;
  updated_at: Instant;
}

export interface MembershipsTable {
  id: Id;
  cooperation_id: number;
  member_code: string;
  start_on: IsoDate | null;
  end_on: IsoDate | null;
  note: ColumnType<Json, Json | undefined, Json>;
}

export interface BodiesTable {
  id: Id;
  cooperation_id: number;
  slug: string;
  name: Json;
  kind: string;
  composition: Json;
  sort_order: number;
}

export interface PersonsTable {
  id: Id;
  name: string;
  email: string | null;
  note: string | null;
  created_at: Instant;
}

export interface SeatsTable {
  id: Id;
  body_id: number;
  person_id: number | null;
  on_behalf_of_code: string | null;
  office: string;
  position: string;
  is_deputy: Flag;
  start_on: IsoDate | null;
  end_on: IsoDate | null;
  note: ColumnType<Json, Json | undefined, Json>;
}

export interface UsersTable {
  id: Id;
  email: string;
  name: string;
  password_hash: string;
  created_at: Instant;
  disabled_at: Instant | null;
  last_sign_in_at: Instant | null;
}

export interface UserRolesTable {
  id: Id;
  user_id: number;
  role: string;
  cooperation_id: number | null;
  authority_code: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the token in the cookie: a stolen database copy yields no usable session. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: Instant;
  expires_at: Instant;
  last_seen_at: Instant;
}

export interface SignInAttemptsTable {
  id: Id;
  email: string;
  ip: string;
  attempted_at: Instant;
  succeeded: Flag;
}

export interface AuditEventsTable {
  id: Id;
  occurred_at: Instant;
  actor_user_id: number | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before: Json | null;
  after: Json | null;
}

export interface Database extends MeetingsTables, ArchiveTables, SiteTables, SurveysTables, ServicesTables, JointCasesTables {
  authorities: AuthoritiesTable;
  authority_names: AuthorityNamesTable;
  authority_changes: AuthorityChangesTable;
  cooperations: CooperationsTable;
  memberships: MembershipsTable;
  bodies: BodiesTable;
  persons: PersonsTable;
  seats: SeatsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  sign_in_attempts: SignInAttemptsTable;
  audit_events: AuditEventsTable;
}

export type Row<T extends keyof Database> = Selectable<Database[T]>;
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;
export type RowUpdate<T extends keyof Database> = Updateable<Database[T]>;
export type { ColumnType };
