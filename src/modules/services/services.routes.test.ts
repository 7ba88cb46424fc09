import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { getCooperationBySlug } from '../cooperations';
import { findCaseByNumber } from '../cases';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true });
});
afterAll(() => t?.close());

const json = async (path: string, status = 200) => {
  const res = await t.app.request(path);
  expect(res.status, path).toBe(status);
  return (await res.json()) as any;
};

describe('GET /api/v1/cooperations/{slug}/services', () => {
  it('lists the services as of a date in the OParl envelope, by focus area', async () => {
    const june = await json('/api/v1/cooperations/vestregionen/services?at=2018-06-14');
    expect(june.pagination.totalElements).toBe(5);
    const bpa = june.data.find((s: any) => s.slug === 'bpa');
    expect(bpa).toMatchObject({ status: { status: 'active' }, decision: null, focusArea: { slug: 'helse' } });
    const later = await json('/api/v1/cooperations/vestregionen/services?at=2019-01-01');
    expect(later.data.find((s: any) => s.slug === 'bpa')).toMatchObject({
      status: { status: 'integrated', startDate: '2019-01-01' },
      decision: { classification: 'integrate', targetService: { name: 'Kommunehelsesamarbeidet' } },
    });
    expect(later.data.find((s: any) => s.slug === 'kommunehelsesamarbeidet').participantCount).toBe(26);
    // The decisions link to Sak 03/2018 of Styringsgruppen when the meetings demo has seeded it.
    const vr = await getCooperationBySlug(t.db, 'vestregionen');
    const sak = await findCaseByNumber(t.db, { cooperationId: vr!.id, bodySlug: 'styringsgruppen', number: '03/2018' });
    expect(later.data.every((s: any) => s.decision.caseId === sak)).toBe(true);
  });

  it('answers 400 naming `at` for a date that does not exist, and 404 for an unknown cooperation', async () => {
    const bad = await json('/api/v1/cooperations/vestregionen/services?at=2019-02-29', 400);
    expect(Object.keys(bad.error.fields)).toEqual(['at']);
    await json('/api/v1/cooperations/finnes-ikke/services', 404);
  });
});

describe('GET /api/v1/services/{id} and /cost-shares', () => {
  it('gives participants as of the date, under the numbers they had then', async () => {
    const list = await json('/api/v1/cooperations/vestregionen/services?at=2019-12-31');
    const khs = list.data.find((s: any) => s.slug === 'kommunehelsesamarbeidet');
    const before = await json(`${khs.id}?at=2019-12-31`);
    const after = await json(`${khs.id}?at=2020-01-01`);
    expect(before.participants).toHaveLength(26);
    expect(after.participants).toHaveLength(21);
    expect(before.participants.find((p: any) => p.member.name === 'Bærum').member.code).toBe('0219');
    expect(after.participants.find((p: any) => p.member.name === 'Bærum').member.code).toBe('3024');
    expect(after.costKeyYears).toEqual([2018, 2019, 2020]);
  });

  it('shares a year\'s budget to the krone, validates `year`, and says which years have a key', async () => {
    const list = await json('/api/v1/cooperations/vestregionen/services?at=2018-06-14');
    const krv = list.data.find((s: any) => s.slug === 'kunst-rett-vest');
    const shares = await json(`${krv.costSharesUrl}?year=2018`);
    expect(shares).toMatchObject({ method: 'fixed_plus_per_inhabitant', budget: 1_500_000, total: 1_500_000, fixedSharePercent: 30 });
    expect(shares.shares.reduce((sum: number, s: any) => sum + s.amount, 0)).toBe(1_500_000);
    expect(shares.shares.filter((s: any) => s.basis === 'fixed').map((s: any) => [s.code, s.amount])).toEqual([['02', 150_000], ['06', 150_000]]);
    const bad = await json(`${krv.costSharesUrl}?year=20x9`, 400);
    expect(Object.keys(bad.error.fields)).toEqual(['year']);
    const none = await json(`${krv.costSharesUrl}?year=2030`, 404);
    expect(none.error.message).toContain('2018');
    await json('/api/v1/services/999999', 404);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = await json('/api/v1/openapi.json');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/cooperations/{slug}/services', '/services/{id}', '/services/{id}/cost-shares']));
  });
});
