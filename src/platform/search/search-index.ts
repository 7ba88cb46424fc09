import { sql, type AliasedRawBuilder, type Kysely } from 'kysely';
import { isPostgres } from '../db/column-types';
import type { Database } from '../db/schema';
import type { SearchQuery, SearchTerm } from './query';
import { prefixExpansions, rememberTerms } from './terms';
import { stemsOf } from './tokens';

/**
 * The search index port: one entry of stemmed tokens per document id. Writes take the caller's
 * transaction so the index never lags the documents. `matches` is the set of matching document ids as
 * a table `f(document_id)` to join with the caller's own filters; read it `order by f.document_id desc`
 * with a limit and both engines walk their index in that order and stop early (ADR 010), however many
 * documents match. Ranking happens in JavaScript (rank.ts) so both engines order results identically.
 */
export interface SearchIndex {
  put(documentId: number, text: string): Promise<void>;
  /** `put` for many documents in batched statements (bulk loads such as the benchmark generator); `put` is one of these. */
  putMany(entries: ReadonlyArray<IndexEntry>): Promise<void>;
  remove(documentId: number): Promise<void>;
  matches(query: SearchQuery): Promise<AliasedRawBuilder<{ document_id: number }, 'f'>>;
  /** The stored stems of these documents, space-separated, and their number: for ranking. */
  stemsOf(documentIds: number[]): Promise<Map<number, { tokens: string; tokenCount: number }>>;
}

export interface IndexEntry {
  documentId: number;
  text: string;
}

type Q = Kysely<Database>;

/** Rows per statement: well under SQLite's 32 766 and PostgreSQL's 65 535 bound parameters. */
const BATCH = 500;

function batchesOf<T>(items: ReadonlyArray<T>): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

const stemmedAll = (entries: ReadonlyArray<IndexEntry>) => entries.map((e) => ({ id: e.documentId, stems: stemsOf(e.text) }));

export function searchIndexFor(db: Q): SearchIndex {
  return isPostgres(db) ? postgresIndex(db) : sqliteIndex(db);
}

function commonParts(db: Q) {
  return {
    async storedStems(ids: number[]) {
      const map = new Map<number, { tokens: string; tokenCount: number }>();
      if (ids.length === 0) return map;
      const rows = await db.selectFrom('search_entries').select(['document_id', 'tokens', 'token_count']).where('document_id', 'in', ids).execute();
      for (const row of rows) map.set(row.document_id, { tokens: row.tokens, tokenCount: row.token_count });
      return map;
    },
  };
}

// ---- SQLite: FTS5 over the stemmed string (its own tokenizer only splits on the spaces we put) ----

function sqliteIndex(db: Q): SearchIndex {
  const common = commonParts(db);
  return {
    put(documentId, text) {
      return this.putMany([{ documentId, text }]);
    },
    async putMany(entries) {
      for (const batch of batchesOf(stemmedAll(entries))) {
        const ids = batch.map((e) => e.id);
        await db.deleteFrom('search_entries').where('document_id', 'in', ids).execute();
        await db.insertInto('search_entries').values(batch.map((e) => ({ document_id: e.id, tokens: e.stems.join(' '), token_count: e.stems.length })) as never).execute();
        await sql`delete from search_fts where rowid in (${sql.join(ids)})`.execute(db);
        await sql`insert into search_fts (rowid, tokens) values ${sql.join(batch.map((e) => sql`(${e.id}, ${e.stems.join(' ')})`))}`.execute(db);
        await rememberTerms(db, batch.flatMap((e) => e.stems));
      }
    },
    async remove(documentId) {
      await sql`delete from search_fts where rowid = ${documentId}`.execute(db);
      await db.deleteFrom('search_entries').where('document_id', '=', documentId).execute();
    },
    // FTS5 hands out rowids in descending order itself, so an outer `order by f.document_id desc limit n`
    // streams: no sort, and it stops after n rows that pass the filters.
    // Prefixes are written out as the words they stand for (terms.ts), which keeps that streaming.
    async matches(query) {
      const expression = fts5Expression(query, await prefixExpansions(db, query));
      return sql<{ document_id: number }>`(select rowid as document_id from search_fts where search_fts match ${expression})`.as('f');
    },
    stemsOf: common.storedStems,
  };
}

function fts5Term(t: SearchTerm, expansions: Map<string, string[]>): string {
  const words = t.prefix ? expansions.get(t.stems[0]!) : undefined;
  if (words) return words.length === 0 ? `"${t.stems[0]}"` : `(${words.map((w) => `"${w}"`).join(' OR ')})`;
  return `"${t.stems.join(' ')}"${t.prefix ? '*' : ''}`;
}

/** The FTS5 expression of a query; `expansions` replaces a prefix with the words it stands for. */
export function fts5Expression(query: SearchQuery, expansions = new Map<string, string[]>()): string {
  const term = (t: SearchTerm) => fts5Term(t, expansions);
  const include = query.include.map(term).join(' AND ');
  if (query.exclude.length === 0) return include;
  return `(${include}) NOT (${query.exclude.map(term).join(' OR ')})`;
}

// ---- PostgreSQL: a tsvector written from the same stems with their positions; no dictionary ----

function postgresIndex(db: Q): SearchIndex {
  const common = commonParts(db);
  return {
    put(documentId, text) {
      return this.putMany([{ documentId, text }]);
    },
    async putMany(entries) {
      for (const batch of batchesOf(stemmedAll(entries))) {
        await db.deleteFrom('search_entries').where('document_id', 'in', batch.map((e) => e.id)).execute();
        const rows = batch.map((e) => sql`(${e.id}, ${e.stems.join(' ')}, ${e.stems.length}, cast(${tsvectorLiteral(e.stems)} as tsvector))`);
        await sql`insert into search_entries (document_id, tokens, token_count, vector) values ${sql.join(rows)}`.execute(db);
        await rememberTerms(db, batch.flatMap((e) => e.stems));
      }
    },
    async remove(documentId) {
      await db.deleteFrom('search_entries').where('document_id', '=', documentId).execute();
    },
    // The planner picks from the GIN index's statistics: a backward walk of the primary key that checks
    // each row for a common word, or the GIN index and a top-n sort for a rare one.
    async matches(query) {
      const tsquery = tsqueryLiteral(query, await prefixExpansions(db, query));
      return sql<{ document_id: number }>`(select document_id from search_entries where vector @@ cast(${tsquery} as tsquery))`.as('f');
    },
    stemsOf: common.storedStems,
  };
}

/** `'stem':1,4 'other':2` — stems are letters and digits only, so they need no escaping. */
export function tsvectorLiteral(stems: string[]): string {
  const positions = new Map<string, number[]>();
  stems.forEach((s, i) => {
    const list = positions.get(s) ?? positions.set(s, []).get(s)!;
    list.push(i + 1);
  });
  return [...positions].map(([s, p]) => `'${s}':${p.join(',')}`).join(' ');
}

function tsTerm(t: SearchTerm, expansions: Map<string, string[]>): string {
  const words = t.prefix ? expansions.get(t.stems[0]!) : undefined;
  if (words) return words.length === 0 ? `'${t.stems[0]}'` : `(${words.map((w) => `'${w}'`).join(' | ')})`;
  return t.stems.length === 1 ? `'${t.stems[0]}'${t.prefix ? ':*' : ''}` : `(${t.stems.map((s) => `'${s}'`).join(' <-> ')})`;
}

/** The tsquery of a query; `expansions` replaces a prefix with the words it stands for. */
export function tsqueryLiteral(query: SearchQuery, expansions = new Map<string, string[]>()): string {
  const term = (t: SearchTerm) => tsTerm(t, expansions);
  const include = query.include.map(term).join(' & ');
  if (query.exclude.length === 0) return include;
  return `(${include}) & !(${query.exclude.map(term).join(' | ')})`;
}
