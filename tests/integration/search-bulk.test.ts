import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDocument, searchDocuments } from '../../src/modules/archive';
import { createCooperation } from '../../src/modules/cooperations';
import { systemActor } from '../../src/platform/authz';
import { execute } from '../../src/platform/command';
import { searchIndexFor } from '../../src/platform/search';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// The bulk writer must leave exactly what `put` leaves, so a generated archive searches like a typed one.

let t: TestDatabase;
const ids: number[] = [];
const system = systemActor('cli');

beforeAll(async () => {
  t = await createTestDatabase();
  const { id: cooperationId } = await execute(t.db, createCooperation, system, {
    slug: 'bulkindeks', name: 'Bulkindeks (testdata)', legal_form: 'political_council', status: 'active',
  });
  for (const [n, text] of ['Rådmannsutvalget møtes i Asker.', 'Kulturkontakter i Bærum.', 'Helse og omsorg.'].entries()) {
    const doc = await execute(t.db, addDocument, system, {
      cooperation_id: cooperationId, kind: 'attachment', title: `Notat ${n + 1}`, document_date: `2018-0${n + 1}-01`, is_public: true, text, language: 'nb',
    });
    ids.push(doc.id);
  }
});
afterAll(() => t?.close());

const found = async (q: string) => (await searchDocuments(t.db, q, { publicOnly: true }, { page: 1, limit: 10 })).items.map((h) => h.id);
const stored = () => t.db.selectFrom('search_entries').select(['document_id', 'tokens', 'token_count']).orderBy('document_id').execute();

describe('putMany', () => {
  it('replaces the entries of many documents at once, the same as put one by one', async () => {
    const texts = ['Notat 1\nSamarbeidsavtalen om barnevern i Asker', 'Notat 2\nBarnevernet i Bærum og Asker', 'Notat 3\nKultur for alle'];
    await t.db.transaction().execute((trx) => searchIndexFor(trx).putMany(ids.map((documentId, i) => ({ documentId, text: texts[i]! }))));
    const bulk = await stored();
    expect(await found('rådmannsutvalget')).toEqual([]);
    expect(await found('barnevern')).toEqual([ids[1], ids[0]]);
    expect(await found('"kultur for alle"')).toEqual([ids[2]]);

    for (const [i, documentId] of ids.entries()) await searchIndexFor(t.db).put(documentId, texts[i]!);
    expect(await stored()).toEqual(bulk);
    await searchIndexFor(t.db).putMany([]);
    expect(await stored()).toEqual(bulk);
  });
});
