import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/platform/db/schema';
import type { BenchQuery } from './queries';
import type { World } from './world';

/**
 * What the benchmark reads beside the database: how it was made (seed, scale), the stages done (for
 * --resume), the rows per table, and the pages and ids to measure.
 */
export interface Manifest {
  format: 'samrad-bench-data/1';
  seed: number;
  scale: number;
  database: 'sqlite' | 'postgres';
  /** The SQLite file, or host:port/database (never a password). */
  location: string;
  completedStages: string[];
  stageSeconds: Record<string, number>;
  /** What each completed stage wrote (kept so that a resumed run can still report every stage). */
  stageCounts: Record<string, Record<string, number>>;
  complete: boolean;
  totalSeconds?: number;
  counts?: Record<string, number>;
  pages?: BenchPages;
  queries?: BenchQuery[];
}

export interface BenchPages {
  home: string;
  cooperation: { slug: string; path: string };
  casePage: { caseId: number; path: string };
  meetingPage: { meetingId: number; path: string; agendaItems: number };
  membersPage: { path: string; members: number };
  searchPage: { path: string };
  jointCase: { id: number; councils: number; path: string };
  openSurvey: { id: number; cooperationSlug: string; path: string; formPath: string };
}

export function readManifest(path: string): Manifest | null {
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** Written whole to a temporary file and renamed, so a crash never leaves half a manifest. */
export function writeManifest(path: string, manifest: Manifest): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}

/** The tables the dataset fills, counted at the end (survey answers are counted from the JSON). */
export const COUNTED_TABLES = [
  'authorities', 'cooperations', 'memberships', 'bodies', 'seats', 'persons', 'meetings', 'cases', 'agenda_items',
  'case_number_sequences', 'treatments', 'minutes', 'documents', 'search_entries', 'joint_cases', 'joint_case_councils',
  'joint_case_council_revisions', 'surveys', 'survey_invitations', 'survey_responses',
] as const;

export async function countRows(db: Kysely<Database>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    counts[table] = Number(rows[0]!.n);
  }
  return counts;
}

/** Representative pages of the national cooperation (id 1), found by fixed orderings. */
export async function findPages(db: Kysely<Database>, world: World, firstQuery: string): Promise<BenchPages> {
  const national = world.cooperations[0]!;
  const slug = national.slug;
  const steering = national.bodies[0]!.id;
  // A case from 2018 treated by the steering group, public: the case page shows its path and resolution.
  const kase = await db
    .selectFrom('cases as c')
    .innerJoin('agenda_items as a', 'a.case_id', 'c.id')
    .innerJoin('treatments as t', 't.agenda_item_id', 'a.id')
    .select('c.id')
    .where('c.cooperation_id', '=', national.id)
    .where('c.is_public', '=', 1)
    .where('a.body_id', '=', steering)
    .orderBy('a.number_year', 'desc')
    .orderBy('c.id')
    .executeTakeFirstOrThrow();
  // The steering group's meeting with the longest agenda whose minutes are approved.
  const meeting = await db
    .selectFrom('meetings as m')
    .innerJoin('agenda_items as a', 'a.meeting_id', 'm.id')
    .select(['m.id', (eb) => eb.fn.countAll<number>().as('items')])
    .where('m.body_id', '=', steering)
    .where('m.status', '=', 'minutes_approved')
    .groupBy('m.id')
    .orderBy('items', 'desc')
    .orderBy('m.id')
    .executeTakeFirstOrThrow();
  const joint = await db
    .selectFrom('joint_case_councils')
    .select(['joint_case_id', (eb) => eb.fn.countAll<number>().as('councils')])
    .groupBy('joint_case_id')
    .orderBy('councils', 'desc')
    .orderBy('joint_case_id')
    .executeTakeFirstOrThrow();
  const jointCooperation = await db
    .selectFrom('joint_cases as j')
    .innerJoin('cooperations as c', 'c.id', 'j.cooperation_id')
    .select('c.slug')
    .where('j.id', '=', joint.joint_case_id)
    .executeTakeFirstOrThrow();
  const survey = await db
    .selectFrom('surveys as s')
    .innerJoin('cooperations as c', 'c.id', 's.cooperation_id')
    .select(['s.id', 'c.slug'])
    .where('s.status', '=', 'open')
    .orderBy('s.id')
    .executeTakeFirstOrThrow();
  return {
    home: '/',
    cooperation: { slug, path: `/${slug}` },
    casePage: { caseId: kase.id, path: `/${slug}/saker/${kase.id}` },
    meetingPage: { meetingId: meeting.id, path: `/${slug}/moter/${meeting.id}`, agendaItems: Number(meeting.items) },
    membersPage: { path: `/${slug}/medlemmer`, members: national.current.length },
    searchPage: { path: `/sok?q=${encodeURIComponent(firstQuery)}` },
    jointCase: { id: joint.joint_case_id, councils: Number(joint.councils), path: `/${jointCooperation.slug}/fellessaker/${joint.joint_case_id}` },
    openSurvey: { id: survey.id, cooperationSlug: survey.slug, path: `/${survey.slug}/undersokelser/${survey.id}`, formPath: `/${survey.slug}/undersokelser/${survey.id}/svar` },
  };
}
