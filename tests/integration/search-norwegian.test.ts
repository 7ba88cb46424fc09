import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchDocuments } from '../../src/modules/archive';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { EXPECTED_SEARCHES } from './search-expected';
import { archiveSearchCorpus } from './search-fixture';

// Runs on whichever engine DATABASE_URL picks; CI runs it on both, so both must match the one table.

let t: TestDatabase;
let keyOf = new Map<number, string>();
let idOf = new Map<string, number>();

beforeAll(async () => {
  t = await createTestDatabase();
  ({ keyOf, idOf } = await archiveSearchCorpus(t.db));
});
afterAll(() => t?.close());

const search = async (q: string, filters: Partial<Parameters<typeof searchDocuments>[2]> = {}) =>
  (await searchDocuments(t.db, q, { publicOnly: true, ...filters }, { page: 1, limit: 50 })).items.map((hit) => keyOf.get(hit.id));

describe(`Norwegian search on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}`, () => {
  it.each(EXPECTED_SEARCHES)('$q → $keys', async ({ q, keys }) => {
    expect(await search(q)).toEqual(keys);
  });

  it('shows internal documents only when asked to, and never in public answers', async () => {
    expect(await search('budsjett')).toEqual([]);
    expect(await search('budsjett', { publicOnly: false })).toEqual(['internt-notat']);
  });

  it('narrows by year and pages through the ranked answer', async () => {
    expect(await search('kommunene', { year: 2019 })).toEqual(['kommuner-viken']);
    const second = await searchDocuments(t.db, 'samarbeid', { publicOnly: true }, { page: 2, limit: 3 });
    expect(second.total).toBe(7);
    expect(second.items.map((hit) => keyOf.get(hit.id))).toEqual(['generalforsamling', 'ungdomssymfonikerne', 'kunst-rett-vest']);
  });

  it('marks the searched words in the snippet, compounds included', async () => {
    const [hit] = (await searchDocuments(t.db, 'samarbeid', { publicOnly: true, caseId: undefined }, { page: 7, limit: 1 })).items;
    expect(hit?.id).toBe(idOf.get('samarbeidsavtale'));
    const [phrase] = (await searchDocuments(t.db, '"felles saksgrunnlag"', { publicOnly: true }, { page: 1, limit: 1 })).items;
    expect(phrase!.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['felles saksgrunnlag']);
    expect(phrase!.snippet.map((p) => p.text).join('')).toMatch(/^Det utarbeides et felles saksgrunnlag som kan benyttes/);
  });
});
