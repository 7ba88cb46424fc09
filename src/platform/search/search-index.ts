import { sql, type Kysely, type RawBuilder } from 'kysely';
import { isPostgres } from '../db/column-types';
import type { Database } from '../db/schema';
import type { SearchQuery, SearchTerm } from './query';
import { stemsOf } from './tokens';

/**
 * The search index port: one entry of stemmed tokens per document id. Writes take the caller's
 * transaction so the index never lags the documents. `matching` is a subquery of document ids, for
 * `where id in (…)` beside the caller's own filters; ranking happens in JavaScript (rank.ts) so both
 * engines order results identically.
 */
export interface SearchIndex {
  put(documentId: number, text: string): Promise<void>;
  remove(documentId: number): Promise<void>;
  matching(query: SearchQuery): RawBuilder<number>;
  /** The stored stems of these documents, for ranking and snippets. */
  stemsOf(documentIds: number[]): Promise<Map<number, string[]>>;
}

type Q = Kysely<Database>;

export function searchIndexFor(db: Q): SearchIndex {
  return isPostgres(db) ? postgresIndex(db) : sqliteIndex(db);
}

function commonParts(db: Q) {
  return {
    async storedStems(ids: number[]) {
      const map = new Map<number, string[]>();
      if (ids.length === 0) return map;
      const rows = await db.selectFrom('search_entries').select(['document_id', 'tokens']).where('document_id', 'in', ids).execute();
      for (const row of rows) map.set(row.document_id, row.tokens ? row.tokens.split(' ') : []);
      return map;
    },
    async writeEntry(documentId: number, stems: string[]) {
      await db.deleteFrom('search_entries').where('document_id', '=', documentId).execute();
      await db.insertInto('search_entries').values({ document_id: documentId, tokens: stems.join(' '), token_count: stems.length } as never).execute();
    },
  };
}

// ---- SQLite: FTS5 over the stemmed string (its own tokenizer only splits on the spaces we put) ----

function sqliteIndex(db: Q): SearchIndex {
  const common = commonParts(db);
  return {
    async put(documentId, text) {
      const stems = stemsOf(text);
      await common.writeEntry(documentId, stems);
      await sql`delete from search_fts where rowid = ${documentId}`.execute(db);
      await sql`insert into search_fts (rowid, tokens) values (${documentId}, ${stems.join(' ')})`.execute(db);
    },
    async remove(documentId) {
      await sql`delete from search_fts where rowid = ${documentId}`.execute(db);
      await db.deleteFrom('search_entries').where('document_id', '=', documentId).execute();
    },
    matching: (query) => sql<number>`(select rowid from search_fts where search_fts match ${fts5Expression(query)})`,
    stemsOf: common.storedStems,
  };
}

const fts5Term = (t: SearchTerm) => `"${t.stems.join(' ')}"${t.prefix ? '*' : ''}`;

export function fts5Expression(query: SearchQuery): string {
  const include = query.include.map(fts5Term).join(' AND ');
  if (query.exclude.length === 0) return include;
  return `(${include}) NOT (${query.exclude.map(fts5Term).join(' OR ')})`;
}

// ---- PostgreSQL: a tsvector written from the same stems with their positions; no dictionary ----

function postgresIndex(db: Q): SearchIndex {
  const common = commonParts(db);
  return {
    async put(documentId, text) {
      const stems = stemsOf(text);
      await db.deleteFrom('search_entries').where('document_id', '=', documentId).execute();
      await sql`insert into search_entries (document_id, tokens, token_count, vector)
        values (${documentId}, ${stems.join(' ')}, ${stems.length}, cast(${tsvectorLiteral(stems)} as tsvector))`.execute(db);
    },
    async remove(documentId) {
      await db.deleteFrom('search_entries').where('document_id', '=', documentId).execute();
    },
    matching: (query) => sql<number>`(select document_id from search_entries where vector @@ cast(${tsqueryLiteral(query)} as tsquery))`,
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

const tsTerm = (t: SearchTerm) =>
  t.stems.length === 1 ? `'${t.stems[0]}'${t.prefix ? ':*' : ''}` : `(${t.stems.map((s) => `'${s}'`).join(' <-> ')})`;

export function tsqueryLiteral(query: SearchQuery): string {
  const include = query.include.map(tsTerm).join(' & ');
  if (query.exclude.length === 0) return include;
  return `(${include}) & !(${query.exclude.map(tsTerm).join(' | ')})`;
}
