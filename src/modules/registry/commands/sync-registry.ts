import { sql } from 'kysely';
import type { Db } from '../../../platform/db/database';
import { isPostgres } from '../../../platform/db/column-types';
import type { NewRow } from '../../../platform/db/schema';
import { loadRegistryData } from '../registry-data';
import {
  allAuthorities,
  allChanges,
  allNames,
  replaceChanges,
  replaceNames,
  upsertAuthorities,
  type AuthorityRow,
} from '../registry.repository';

export interface SyncResult {
  /** Records in the shipped register (what the tables hold for them after the sync). */
  authorities: number;
  names: number;
  changes: number;
  /** False when the tables already matched the shipped data and nothing was written. */
  changed: boolean;
}

/** Any constant: it only has to differ from other advisory locks the application takes. */
const SYNC_LOCK = 131_104;

/**
 * Makes the register tables match the data shipped with the product, at every start-up.
 *
 * Not a `defineCommand`: this is reference data that belongs to the release, not a user's write, so
 * it has no actor, no permission check and no audit entry. It runs in one transaction. Authorities
 * are upserted by code and never deleted (memberships, seats and roles refer to them); name periods
 * and changes have no identity of their own, so they are replaced as a whole when they differ.
 * The comparison reads the three small tables (about 2 000 rows) and writes nothing when they match.
 */
export async function syncRegistry(db: Db): Promise<SyncResult> {
  const shipped = loadRegistryData();
  const authorities: NewRow<'authorities'>[] = shipped.authorities.map((a) => ({
    code: a.code,
    kind: a.kind,
    name: a.name,
    valid_from: a.validFrom,
    valid_to: a.validTo,
    county_code: a.countyCode,
  }));
  const names: NewRow<'authority_names'>[] = shipped.names.map((n) => ({
    code: n.code,
    name: n.name,
    valid_from: n.validFrom,
    valid_to: n.validTo,
  }));
  const changes: NewRow<'authority_changes'>[] = shipped.changes.map((c) => ({
    from_code: c.fromCode,
    to_code: c.toCode,
    effective_on: c.effectiveOn,
    kind: c.kind,
  }));

  const changed = await db.transaction().execute(async (trx) => {
    // Two servers starting at once against one PostgreSQL must not both replace the names.
    if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(${SYNC_LOCK})`.execute(trx);
    const [storedAuthorities, storedNames, storedChanges] = await Promise.all([allAuthorities(trx), allNames(trx), allChanges(trx)]);

    const byCode = new Map(storedAuthorities.map((a) => [a.code, a]));
    const stale = authorities.filter((a) => !sameAuthority(byCode.get(a.code), a));
    const namesDiffer = !sameSet(storedNames.map(nameKey), names.map(nameKey));
    const changesDiffer = !sameSet(storedChanges.map(changeKey), changes.map(changeKey));

    // Authorities first: names and changes refer to them.
    if (stale.length > 0) await upsertAuthorities(trx, stale);
    if (namesDiffer) await replaceNames(trx, names);
    if (changesDiffer) await replaceChanges(trx, changes);
    return stale.length > 0 || namesDiffer || changesDiffer;
  });

  return { authorities: authorities.length, names: names.length, changes: changes.length, changed };
}

function sameAuthority(stored: AuthorityRow | undefined, wanted: NewRow<'authorities'>): boolean {
  return (
    stored !== undefined &&
    stored.kind === wanted.kind &&
    stored.name === wanted.name &&
    stored.valid_from === (wanted.valid_from ?? null) &&
    stored.valid_to === (wanted.valid_to ?? null) &&
    stored.county_code === (wanted.county_code ?? null)
  );
}

type NameFields = Pick<NewRow<'authority_names'>, 'code' | 'name' | 'valid_from' | 'valid_to'>;
type ChangeFields = Pick<NewRow<'authority_changes'>, 'from_code' | 'to_code' | 'effective_on' | 'kind'>;

const nameKey = (n: NameFields) => JSON.stringify([n.code, n.name, n.valid_from ?? null, n.valid_to ?? null]);
const changeKey = (c: ChangeFields) => JSON.stringify([c.from_code, c.to_code, c.effective_on, c.kind]);

/** Equal as multisets: the order rows come back in is not part of the data. */
function sameSet(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((value, i) => value === y[i]);
}
