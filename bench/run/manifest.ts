import { sql } from 'kysely';
import type { Db } from '../../src/platform/db/database';
import { readManifest as readManifestFile, type BenchPages, type Manifest } from '../data/manifest';
import type { Target } from './target';

/** The six public pages the issue names, in its order. */
export const PAGE_NAMES = ['home', 'case', 'meeting', 'members', 'search', 'joint_case_matrix'] as const;
export type PageName = (typeof PAGE_NAMES)[number];

export interface BenchPlan {
  pages: { name: PageName; path: string }[];
  /** The fixed list the search runs through (300 at national scale). */
  queries: string[];
  /** Where each came from, for the report: the dataset's manifest, or picked from the database. */
  pagesFrom: 'manifest' | 'database';
  queriesFrom: 'manifest' | 'built-in list';
  /** Seed and scale of the dataset when the manifest says. */
  dataset: { seed?: number; scale?: number };
}

/**
 * bench:data's manifest: `<file>.manifest.json` beside the SQLite file, or the PostgreSQL run's (by default
 * data/bench/postgres.manifest.json); null when there is none (the demo database).
 */
export function readManifest(target: Target, pgManifest: string): Manifest | null {
  return readManifestFile(target.database === 'sqlite' ? `${target.file}.manifest.json` : pgManifest);
}

/** Words of the domain, for a dataset without a manifest (the demo): the bench still runs, and says so. */
const BUILT_IN_QUERIES = [
  'samarbeid', 'kommune', 'vedtak', 'framtid', 'styringsgruppen', 'rådmannsgruppen', 'generalforsamling',
  'felles saksgrunnlag', 'spørreundersøkelse', 'helse', 'kultur', '"politisk behandling"', 'asker bærum',
  'kommunehelsesamarbeidet', 'ungdomssymfonikerne', 'kunst rett vest', 'framdriftsplan', 'innstilling', 'møte',
  'regional utvikling', 'samarb', 'oppløse', 'vertskommune', 'budsjett', 'xylofonkvartett',
];

/**
 * What to load: the manifest's paths and queries where it has them, otherwise pages picked from the
 * database by the same rule (the busiest meeting, a public case on it, its cooperation's members).
 */
export async function planFor(db: Db, manifest: Manifest | null): Promise<BenchPlan> {
  const fromManifest = manifestPages(manifest);
  const picked = fromManifest ?? (await pickPages(db));
  const queries = manifestQueries(manifest);
  const search = picked.find((p) => p.name === 'search');
  if (search && !search.path) search.path = `/sok?q=${encodeURIComponent((queries ?? BUILT_IN_QUERIES)[0]!)}`;
  return {
    pages: picked.filter((p) => p.path !== ''),
    queries: queries ?? Array.from({ length: 300 }, (_, i) => BUILT_IN_QUERIES[i % BUILT_IN_QUERIES.length]!),
    pagesFrom: fromManifest ? 'manifest' : 'database',
    queriesFrom: queries ? 'manifest' : 'built-in list',
    dataset: { seed: manifest?.seed, scale: manifest?.scale },
  };
}

/** Where bench:data's manifest keeps each page. */
const MANIFEST_KEYS: Record<PageName, keyof BenchPages> = {
  home: 'home',
  case: 'casePage',
  meeting: 'meetingPage',
  members: 'membersPage',
  search: 'searchPage',
  joint_case_matrix: 'jointCase',
};

function manifestPages(manifest: Manifest | null): { name: PageName; path: string }[] | null {
  const pages = manifest?.pages;
  if (!pages) return null;
  return PAGE_NAMES.map((name) => {
    const page = pages[MANIFEST_KEYS[name]];
    return { name, path: typeof page === 'string' ? page : page.path };
  });
}

function manifestQueries(manifest: Manifest | null): string[] | null {
  const list = manifest?.queries;
  return list && list.length > 0 ? list.map((query) => query.q) : null;
}

async function pickPages(db: Db): Promise<{ name: PageName; path: string }[]> {
  // The meeting with the most public agenda items: the heaviest ordinary page of its kind.
  const meeting = await db
    .selectFrom('agenda_items as a')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .innerJoin('bodies as b', 'b.id', 'm.body_id')
    .innerJoin('cooperations as c', 'c.id', 'b.cooperation_id')
    .where('a.is_public', '=', 1)
    .where('m.status', '!=', 'cancelled')
    .select(['m.id', 'c.slug', 'c.id as cooperation_id', sql<number>`count(*)`.as('items')])
    .groupBy(['m.id', 'c.slug', 'c.id'])
    .orderBy('items', 'desc')
    .orderBy('m.id')
    .limit(1)
    .executeTakeFirst();
  const theCase = meeting
    ? await db
        .selectFrom('agenda_items as a')
        .innerJoin('cases as k', 'k.id', 'a.case_id')
        .where('a.meeting_id', '=', meeting.id)
        .where('k.is_public', '=', 1)
        .select('k.id')
        .orderBy('a.id')
        .limit(1)
        .executeTakeFirst()
    : undefined;
  const joint = await db
    .selectFrom('joint_case_councils as jc')
    .innerJoin('joint_cases as j', 'j.id', 'jc.joint_case_id')
    .innerJoin('cooperations as c', 'c.id', 'j.cooperation_id')
    .where('j.is_published', '=', 1)
    .select(['j.id', 'c.slug', sql<number>`count(*)`.as('councils')])
    .groupBy(['j.id', 'c.slug'])
    .orderBy('councils', 'desc')
    .orderBy('j.id')
    .limit(1)
    .executeTakeFirst();
  const slug = meeting?.slug ?? (await db.selectFrom('cooperations').select('slug').orderBy('id').executeTakeFirst())?.slug;
  return [
    { name: 'home', path: '/' },
    { name: 'case', path: meeting && theCase ? `/${meeting.slug}/saker/${theCase.id}` : '' },
    { name: 'meeting', path: meeting ? `/${meeting.slug}/moter/${meeting.id}` : '' },
    { name: 'members', path: slug ? `/${slug}/medlemmer` : '' },
    { name: 'search', path: '' },
    { name: 'joint_case_matrix', path: joint ? `/${joint.slug}/fellessaker/${joint.id}` : '' },
  ];
}
