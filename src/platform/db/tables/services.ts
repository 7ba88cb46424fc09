import type { ColumnType, Generated } from 'kysely';

// The tables of focus areas, joint services, cost keys, population and mergers (migration 0009).
// Same conventions as schema.ts: ISO dates as text, instants as ISO UTC text, JSON text for {nb, nn, en}.
type Id = Generated<number>;
type IsoDate = string;
type Instant = string;
type Json = string;
type JsonDefault = ColumnType<Json, Json | undefined, Json>;

export interface FocusAreasTable {
  id: Id;
  cooperation_id: number;
  slug: string;
  name: Json;
  sort_order: number;
}

export interface ServicesTable {
  id: Id;
  cooperation_id: number;
  focus_area_id: number | null;
  slug: string;
  name: string;
  short_name: string | null;
  description: JsonDefault;
  legal_form: string | null;
  /** As the source states it, even where the source is confused. */
  legal_basis: string | null;
  host_code: string | null;
  /** 'host' (vertskommune) or 'lead' (the municipality that leads it). */
  host_role: string;
  /** When set, the participants are this cooperation's members (KHS). */
  run_by_cooperation_id: number | null;
  agreement: JsonDefault;
  agreement_href: string | null;
  start_on: IsoDate | null;
  end_on: IsoDate | null;
  source_note: JsonDefault;
  created_at: Instant;
  updated_at: Instant;
}

export interface ServiceParticipantsTable {
  id: Id;
  service_id: number;
  member_code: string;
  role: string;
  start_on: IsoDate | null;
  end_on: IsoDate | null;
  note: JsonDefault;
}

export interface ServiceDecisionsTable {
  id: Id;
  service_id: number;
  kind: string;
  effective_on: IsoDate;
  target_service_id: number | null;
  target_authority_code: string | null;
  /** A body outside the register the service moves to (Norsk Helsenett, say); free text. */
  target_name: string | null;
  /** cases.id (MEETINGS-CORE); no foreign key so that services do not depend on the order of the modules. */
  case_id: number | null;
  text: JsonDefault;
  recorded_at: Instant;
}

export interface ServiceStatusEventsTable {
  id: Id;
  service_id: number;
  status: string;
  /** null: before our records. */
  effective_on: IsoDate | null;
  decision_id: number | null;
  decided_by_case_id: number | null;
  note: JsonDefault;
  recorded_at: Instant;
}

export interface CostKeysTable {
  id: Id;
  service_id: number;
  year: number;
  method: string;
  /** Whole kroner; null for per_inhabitant_rate, where the budget is the sum of the shares. */
  budget: number | null;
  /** Øre per inhabitant (200 = 2 kr), for per_inhabitant_rate. */
  rate_ore: number | null;
  /** The part of the budget split equally among the members, for fixed_plus_per_inhabitant. */
  fixed_share_percent: number | null;
  /** Population of 1 January of this year. */
  population_year: number;
  note: JsonDefault;
  updated_at: Instant;
}

export interface CostKeyFixedAmountsTable {
  id: Id;
  cost_key_id: number;
  member_code: string;
  amount: number;
}

export interface PopulationTable {
  code: string;
  year: number;
  count: number;
  source: string;
}

export interface CooperationMergerRulesTable {
  cooperation_id: number;
  rule: string;
  /** JSON {"30": "32"}: for a split, which successor takes the place. */
  split_successors: JsonDefault;
  updated_at: Instant;
}

export interface MergerApplicationsTable {
  id: Id;
  cooperation_id: number;
  effective_on: IsoDate;
  rule: string;
  summary: Json;
  applied_at: Instant;
  actor_label: string;
}

export interface ServicesTables {
  focus_areas: FocusAreasTable;
  services: ServicesTable;
  service_participants: ServiceParticipantsTable;
  service_decisions: ServiceDecisionsTable;
  service_status_events: ServiceStatusEventsTable;
  cost_keys: CostKeysTable;
  cost_key_fixed_amounts: CostKeyFixedAmountsTable;
  population: PopulationTable;
  cooperation_merger_rules: CooperationMergerRulesTable;
  merger_applications: MergerApplicationsTable;
}
