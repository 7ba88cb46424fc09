import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { SearchQuery } from './query';

// Prefixes are written out as the indexed words they stand for, on both engines. FTS5 answers a prefix
// query ("kommun"*) by merging the posting lists of every word that starts with it before it returns a
// row: at 300 000 documents a hundred times the cost of the words written out ("kommun" OR
// "kommunestyr" OR …), which stream in rowid order and stop at the caller's limit. PostgreSQL's planner
// has no statistics for a prefix and guesses; for the words themselves it has them, so it no longer
// walks every row looking for a word that nobody wrote. FTS5's own word list (fts5vocab) counts every
// posting as it lists the words, so the index keeps its own: search_terms (migration 0012), every stem
// ever indexed, in byte order on both engines. Words are never removed: a stale one matches nothing.

type Q = Kysely<Database>;

/** More words than this behind one prefix: let the engine expand it (an expression that long costs too). */
const MAX_EXPANSION = 300;
const BATCH = 500;

export async function rememberTerms(db: Q, stems: Iterable<string>): Promise<void> {
  const distinct = [...new Set(stems)];
  if (distinct.length === 0) return;
  for (let i = 0; i < distinct.length; i += BATCH) {
    const values = distinct.slice(i, i + BATCH).map((t) => sql`(${t})`);
    await sql`insert into search_terms (term) values ${sql.join(values)} on conflict (term) do nothing`.execute(db);
  }
}

/** For each prefix stem of the query, the indexed words that start with it (absent: leave it to the engine). */
export async function prefixExpansions(db: Q, query: SearchQuery): Promise<Map<string, string[]>> {
  const expansions = new Map<string, string[]>();
  const prefixes = [...query.include, ...query.exclude].filter((t) => t.prefix).map((t) => t.stems[0]!);
  if (prefixes.length === 0) return expansions;
  for (const prefix of new Set(prefixes)) {
    // A range on the primary key: every word from the prefix up to the prefix followed by the highest character.
    const { rows } = await sql<{ term: string }>`select term from search_terms where term >= ${prefix} and term < ${prefix + '\uffff'} limit ${MAX_EXPANSION + 1}`.execute(db);
    if (rows.length <= MAX_EXPANSION) expansions.set(prefix, rows.map((r) => r.term));
  }
  return expansions;
}
