import type { ColumnType, Generated } from 'kysely';

// The tables of site pages, menus, news and progress plans (migration 0007). Same conventions as schema.ts:
// dates ISO text, instants ISO UTC text, flags 0/1, text in several languages JSON {"nb","nn","en"}.
type Id = Generated<number>;
type Json = string;
type JsonWithDefault = ColumnType<Json, Json | undefined, Json>;
type Status = 'draft' | 'published';

export interface ProcessesTable {
  id: Id;
  cooperation_id: number;
  slug: string;
  title: Json;
  introduction: JsonWithDefault;
  /** The words before the questions ("Rådmannsgruppen har utarbeidet et drøftingsnotat …"). */
  questions_intro: JsonWithDefault;
  /** JSON array of localized texts. */
  questions: JsonWithDefault;
  alternatives_intro: JsonWithDefault;
  /** JSON array of `{ label: "a", text: {nb,nn,en} }`. */
  alternatives: JsonWithDefault;
  survey_text: JsonWithDefault;
  /** surveys.id (migration 0008 comes later, so no foreign key). */
  survey_id: number | null;
  /** Languages whose text is a translation, not the original: `{"en": true}`. */
  translations: JsonWithDefault;
  status: ColumnType<Status, Status | undefined, Status>;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ProcessPlanVersionsTable {
  id: Id;
  process_id: number;
  version: number;
  label: Json;
  /** null: the plan the process started with, adopted before our records. */
  adopted_on: string | null;
  /** cases.id of the case that revised the plan (Sak 03/2018). */
  case_id: number | null;
  note: JsonWithDefault;
  created_at: string;
}

export const MILESTONE_KINDS = ['survey', 'local_discussion', 'body_meeting', 'council_treatment', 'general_assembly', 'other'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export interface ProcessMilestonesTable {
  id: Id;
  plan_version_id: number;
  kind: MilestoneKind;
  title: Json;
  starts_on: string;
  /** The last day of a period (16.3.–30.5.2018); null for one day. */
  ends_on: string | null;
  body_id: number | null;
  meeting_id: number | null;
  case_id: number | null;
  survey_id: number | null;
  note: JsonWithDefault;
}

export interface SitePagesTable {
  id: Id;
  cooperation_id: number;
  slug: string;
  parent_id: number | null;
  menu_order: ColumnType<number, number | undefined, number>;
  show_in_menu: ColumnType<number, number | undefined, number>;
  title: Json;
  summary: JsonWithDefault;
  /** Markdown per language; rendered through the site module's sanitizer only. */
  body: JsonWithDefault;
  translations: JsonWithDefault;
  /** 1: written for the demo, not from a source; shown as "Illustrasjon". */
  illustrative: ColumnType<number, number | undefined, number>;
  process_id: number | null;
  status: ColumnType<Status, Status | undefined, Status>;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SitePageRevisionsTable {
  id: Id;
  page_id: number;
  saved_at: string;
  saved_by: string;
  /** The page as that save left it (JSON of its fields): every version is kept, the newest is the current one. */
  content: Json;
}

export interface SiteNewsTable {
  id: Id;
  cooperation_id: number;
  slug: string;
  title: Json;
  summary: JsonWithDefault;
  body: JsonWithDefault;
  translations: JsonWithDefault;
  illustrative: ColumnType<number, number | undefined, number>;
  published_on: string;
  status: ColumnType<Status, Status | undefined, Status>;
  created_at: string;
  updated_at: string;
}

export interface SiteTables {
  processes: ProcessesTable;
  process_plan_versions: ProcessPlanVersionsTable;
  process_milestones: ProcessMilestonesTable;
  site_pages: SitePagesTable;
  site_page_revisions: SitePageRevisionsTable;
  site_news: SiteNewsTable;
}
