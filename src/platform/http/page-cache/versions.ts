import { sql, type Kysely, type Transaction } from 'kysely';
import type { Db } from '../../db/database';

/** The table of migration 0011, typed here so that the platform's schema needs no entry for it. */
interface PageVersionsTable {
  page_versions: { cooperation_id: number; version: number };
}

/** Row 0 counts the writes that belong to no single cooperation (or that did not say which). */
const SHARED = 0;

/**
 * Which public pages a write changes: one cooperation's pages (and the pages that show every
 * cooperation), every page, or none (a sign-in, a draft only its author sees).
 */
export type PageScope = { cooperationId: number } | 'all' | 'none';

/**
 * Called last in a write's transaction, so the new version commits with the data: a reader that
 * sees the new version also sees the data. On PostgreSQL the row lock orders concurrent writers.
 */
export async function bumpPageVersion(trx: Transaction<any>, scope: PageScope): Promise<void> {
  if (scope === 'none') return;
  const id = scope === 'all' ? SHARED : scope.cooperationId;
  await (trx as unknown as Kysely<PageVersionsTable>)
    .insertInto('page_versions')
    .values({ cooperation_id: id, version: 1 })
    .onConflict((oc) => oc.column('cooperation_id').doUpdateSet({ version: sql`${sql.ref('page_versions.version')} + 1` }))
    .execute();
}

/** Every counter at one moment. */
export interface VersionSnapshot {
  shared: number;
  byCooperation: Map<number, number>;
  /** Sum of all counters: grows with every write anywhere. */
  total: number;
}

/**
 * The version a page must have been rendered at to be current: a cooperation's page depends on its
 * cooperation's counter and the shared one; any other page (home, search, a municipality) on all.
 */
export function versionFor(snapshot: VersionSnapshot, cooperationId: number | null): string {
  return cooperationId === null ? `t${snapshot.total}` : `c${snapshot.shared}.${snapshot.byCooperation.get(cooperationId) ?? 0}`;
}

export async function readSnapshot(db: Db): Promise<VersionSnapshot> {
  const rows = await (db as unknown as Kysely<PageVersionsTable>).selectFrom('page_versions').select(['cooperation_id', 'version']).execute();
  return snapshotOf(rows);
}

export function snapshotOf(rows: { cooperation_id: number; version: number }[]): VersionSnapshot {
  const byCooperation = new Map<number, number>();
  let shared = 0;
  let total = 0;
  for (const row of rows) {
    const version = Number(row.version);
    total += version;
    if (row.cooperation_id === SHARED) shared = version;
    else byCooperation.set(Number(row.cooperation_id), version);
  }
  return { shared, byCooperation, total };
}

/**
 * Reads the counters for requests, one read for all the requests that arrived in the same turn of
 * the event loop: the read starts after the turn (setImmediate), so it began after each of them
 * arrived and sees any write committed before them — an edit is visible on the next request — while
 * fifty connections' hits share one read instead of making fifty.
 */
export class VersionReader {
  private next: Promise<VersionSnapshot> | null = null;

  constructor(private readonly read: () => Promise<VersionSnapshot> | VersionSnapshot) {}

  current(): Promise<VersionSnapshot> {
    this.next ??= new Promise<VersionSnapshot>((resolve, reject) => {
      setImmediate(() => {
        this.next = null;
        try {
          Promise.resolve(this.read()).then(resolve, reject);
        } catch (error) {
          reject(error);
        }
      });
    });
    return this.next;
  }
}
