import { sql } from 'kysely';
import type { Db } from '../../platform/db/database';
import type { NewRow, Row } from '../../platform/db/schema';
import { coversDate } from '../../platform/db/periods';

// All SQL of the register, and no rules. Every function takes a `Db` or a transaction (a Db too).

export type AuthorityRow = Row<'authorities'>;
export type AuthorityNameRow = Row<'authority_names'>;
export type AuthorityChangeRow = Row<'authority_changes'>;
export type AuthorityKindValue = AuthorityRow['kind'];

/** SQLite refuses statements with more than 999 bound values (older builds); stay under it everywhere. */
const MAX_PARAMS = 900;

function inBatches<T>(rows: T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMS / columns));
  const batches: T[][] = [];
  for (let i = 0; i < rows.length; i += size) batches.push(rows.slice(i, i + size));
  return batches;
}

// --- reading everything (sync compares the stored register with the shipped one) ---

export function allAuthorities(db: Db): Promise<AuthorityRow[]> {
  return db.selectFrom('authorities').selectAll().execute();
}

export function allNames(db: Db): Promise<AuthorityNameRow[]> {
  return db.selectFrom('authority_names').selectAll().execute();
}

export function allChanges(db: Db): Promise<AuthorityChangeRow[]> {
  return db.selectFrom('authority_changes').selectAll().execute();
}

// --- writing (sync only) ---

export async function upsertAuthorities(db: Db, rows: NewRow<'authorities'>[]): Promise<void> {
  for (const batch of inBatches(rows, 6)) {
    await db
      .insertInto('authorities')
      .values(batch)
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          kind: eb.ref('excluded.kind'),
          name: eb.ref('excluded.name'),
          valid_from: eb.ref('excluded.valid_from'),
          valid_to: eb.ref('excluded.valid_to'),
          county_code: eb.ref('excluded.county_code'),
        })),
      )
      .execute();
  }
}

export async function replaceNames(db: Db, rows: NewRow<'authority_names'>[]): Promise<void> {
  await db.deleteFrom('authority_names').execute();
  for (const batch of inBatches(rows, 4)) await db.insertInto('authority_names').values(batch).execute();
}

export async function replaceChanges(db: Db, rows: NewRow<'authority_changes'>[]): Promise<void> {
  await db.deleteFrom('authority_changes').execute();
  for (const batch of inBatches(rows, 4)) await db.insertInto('authority_changes').values(batch).execute();
}

// --- reading for the queries ---

// "Valid on D" everywhere below: from is null or from <= D, and to is null or to >= D (both inclusive).

/** Authorities valid on `at`, each with its county's base name (null when the county is unknown). */
export function authoritiesValidOn(db: Db, at: string, kind?: AuthorityKindValue) {
  let query = db
    .selectFrom('authorities as a')
    .leftJoin('authorities as county', 'county.code', 'a.county_code')
    .select([
      'a.code',
      'a.kind',
      'a.name',
      'a.valid_from',
      'a.valid_to',
      'a.county_code',
      'county.name as county_name',
    ])
    .where(coversDate('a.valid_from', 'a.valid_to', at));
  if (kind) query = query.where('a.kind', '=', kind);
  return query.execute();
}

/** Name periods that cover `at`, for all authorities or only the given codes. */
export function namesCovering(db: Db, at: string, codes?: readonly string[]) {
  let query = db
    .selectFrom('authority_names')
    .select(['code', 'name', 'valid_from', 'valid_to'])
    .where(coversDate('valid_from', 'valid_to', at));
  if (codes) {
    if (codes.length === 0) return Promise.resolve([]);
    query = query.where('code', 'in', [...codes]);
  }
  return query.execute();
}

export function authorityByCode(db: Db, code: string): Promise<AuthorityRow | undefined> {
  return db.selectFrom('authorities').selectAll().where('code', '=', code).executeTakeFirst();
}

export function authoritiesByCodes(db: Db, codes: readonly string[]): Promise<AuthorityRow[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('authorities').selectAll().where('code', 'in', [...codes]).execute();
}

/** Every name period of the given authorities, oldest first. */
export function namesOf(db: Db, codes: readonly string[]): Promise<AuthorityNameRow[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('authority_names')
    .selectAll()
    .where('code', 'in', [...codes])
    .orderBy('code')
    // Open starts first on both engines (PostgreSQL puts nulls last, SQLite first).
    .orderBy(sql`case when valid_from is null then 0 else 1 end`)
    .orderBy('valid_from')
    .execute();
}

/** Changes whose old code is one of `codes` (the successors' side). */
export function changesFrom(db: Db, codes: readonly string[]): Promise<AuthorityChangeRow[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('authority_changes').selectAll().where('from_code', 'in', [...codes]).execute();
}

/** Changes whose new code is one of `codes` (the predecessors' side). */
export function changesTo(db: Db, codes: readonly string[]): Promise<AuthorityChangeRow[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('authority_changes').selectAll().where('to_code', 'in', [...codes]).execute();
}

/** The municipalities whose code belongs to a county, over all time. */
export function municipalitiesOfCounty(db: Db, countyCode: string): Promise<AuthorityRow[]> {
  return db
    .selectFrom('authorities')
    .selectAll()
    .where('kind', '=', 'municipality')
    .where('county_code', '=', countyCode)
    .execute();
}
