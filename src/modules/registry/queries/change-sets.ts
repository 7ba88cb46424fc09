import type { Db } from '../../../platform/db/database';

/** One set of changes to the codes that took effect on one 1 January (2020: the reform; 2024: Viken split). */
export interface ChangeSet {
  effectiveOn: string;
  changes: Array<{ fromCode: string; toCode: string; kind: string }>;
}

/**
 * The change sets the product ships, derived from SSB's change lists in the register (synced at
 * start-up from the files in data/ssb), newest first. Nothing is downloaded.
 */
export async function changeSets(db: Db, options: { from?: string } = {}): Promise<ChangeSet[]> {
  let query = db.selectFrom('authority_changes').select(['from_code', 'to_code', 'effective_on', 'kind']);
  if (options.from) query = query.where('effective_on', '>=', options.from);
  const rows = await query.orderBy('effective_on', 'desc').orderBy('from_code').orderBy('to_code').execute();
  const sets = new Map<string, ChangeSet>();
  for (const row of rows) {
    let set = sets.get(row.effective_on);
    if (!set) sets.set(row.effective_on, (set = { effectiveOn: row.effective_on, changes: [] }));
    set.changes.push({ fromCode: row.from_code, toCode: row.to_code, kind: row.kind });
  }
  return [...sets.values()];
}

/** The change set of one date, or null when no code changed then. */
export async function changeSetOn(db: Db, effectiveOn: string): Promise<ChangeSet | null> {
  const rows = await db
    .selectFrom('authority_changes')
    .select(['from_code', 'to_code', 'kind'])
    .where('effective_on', '=', effectiveOn)
    .orderBy('from_code')
    .orderBy('to_code')
    .execute();
  if (rows.length === 0) return null;
  return { effectiveOn, changes: rows.map((r) => ({ fromCode: r.from_code, toCode: r.to_code, kind: r.kind })) };
}
