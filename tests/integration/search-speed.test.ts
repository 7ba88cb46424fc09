import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_RANKED, searchDocuments } from '../../src/modules/archive/queries/search-documents';
import { isPostgres } from '../../src/platform/db/column-types';
import type { Db } from '../../src/platform/db/database';
import { up as searchSpeed } from '../../src/platform/db/migrations/0012_search_speed';
import { searchIndexFor } from '../../src/platform/search';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { EXPECTED_SEARCHES } from './search-expected';
import { archiveSearchCorpus } from './search-fixture';

// The national-scale paths (ADR 010): the filter index and, on SQLite, prefixes written out as the
// indexed words. They must give exactly the hand-checked answers, and a search that matches more than
// MAX_RANKED documents ranks the most recently archived ones and says there are more.

let t: TestDatabase;
let keyOf = new Map<number, string>();
let cooperationId = 0;

/** Migration 0012, unless the registered migrations have already run it. */
async function withSearchSpeed(db: Db) {
  const present = isPostgres(db)
    ? await sql`select 1 from pg_indexes where indexname = 'documents_search_filters'`.execute(db)
    : await sql`select 1 from sqlite_master where name = 'documents_search_filters'`.execute(db);
  if (present.rows.length === 0) await searchSpeed(db);
}

beforeAll(async () => {
  t = await createTestDatabase();
  ({ keyOf, cooperationId } = await archiveSearchCorpus(t.db));
  await withSearchSpeed(t.db);
});
afterAll(() => t?.close());

const search = async (q: string) => (await searchDocuments(t.db, q, { publicOnly: true }, { page: 1, limit: 50 })).items.map((hit) => keyOf.get(hit.id));

describe(`search at scale on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}`, () => {
  it.each(EXPECTED_SEARCHES)('keeps the hand-checked answer: $q', async ({ q, keys }) => {
    expect(await search(q)).toEqual(keys);
  });

  it('finds compounds indexed after the word list was made, and ranks only the newest matches when there are more', async () => {
    const rows = Array.from({ length: MAX_RANKED + 5 }, (_, i) => ({
      cooperation_id: cooperationId, kind: 'attachment' as const, title: `Gjennomgang ${i + 1}`, document_date: '2019-01-01',
      // The first document says it twice: it would rank first, but it is the oldest, beyond the ranked ones.
      text: i === 0 ? 'Skolebibliotekordningen og skolebibliotekordningen.' : 'Skolebibliotekordningen i kommunene.',
      is_public: 1, language: 'nb', created_at: '2026-11-23T00:00:00.000Z', updated_at: '2026-11-23T00:00:00.000Z',
    }));
    const ids = await t.db.transaction().execute(async (trx) => {
      const inserted = await trx.insertInto('documents').values(rows).returning('id').execute();
      await searchIndexFor(trx).putMany(inserted.map((r, i) => ({ documentId: r.id, text: `${rows[i]!.title}\n\n${rows[i]!.text}` })));
      return inserted.map((r) => r.id);
    });
    const result = await searchDocuments(t.db, 'skolebibliotek', { publicOnly: true }, { page: 1, limit: 3 });
    expect(result.total).toBe(MAX_RANKED);
    expect(result.capped).toBe(true);
    // Equal scores and dates: the higher id first; the oldest five are not ranked.
    expect(result.items.map((h) => h.id)).toEqual(ids.slice(-3).reverse());
    const narrowed = await searchDocuments(t.db, '"gjennomgang 1" skolebibliotekordningen', { publicOnly: true, cooperationId }, { page: 1, limit: 3 });
    expect(narrowed.items.map((h) => h.id)).toEqual([ids[0]]);
    expect(narrowed.capped).toBeUndefined();
  });
});
