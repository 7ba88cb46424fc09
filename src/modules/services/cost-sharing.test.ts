import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateCosts, CostSharingError, type CostKeyTerms, type Payer } from './cost-sharing';

const terms = (t: Partial<CostKeyTerms>): CostKeyTerms => ({
  method: 'per_inhabitant',
  budget: null,
  rateOre: null,
  fixedSharePercent: null,
  fixedAmounts: new Map(),
  ...t,
});
const amounts = (shares: { code: string; amount: number }[]) => Object.fromEntries(shares.map((s) => [s.code, s.amount]));

describe('allocateCosts', () => {
  it('charges 2 kr per inhabitant, and the budget is the sum', () => {
    const result = allocateCosts(terms({ method: 'per_inhabitant_rate', rateOre: 200 }), [
      { code: '0219', population: 124_008 },
      { code: '0220', population: 61_523 },
    ]);
    expect(amounts(result.shares)).toEqual({ '0219': 248_016, '0220': 123_046 });
    expect(result.budget).toBe(371_062);
  });

  it('gives the krone left over to the largest remainder, and a tie to the larger population, then the lower code', () => {
    // 100 kr over three equal members: 33.33 each, one krone left; equal populations, so the lowest code gets it.
    const equal = allocateCosts(terms({ budget: 100 }), [
      { code: '0605', population: 10 },
      { code: '0602', population: 10 },
      { code: '0612', population: 10 },
    ]);
    expect(amounts(equal.shares)).toEqual({ '0602': 34, '0605': 33, '0612': 33 });
    // 1 kr split equally between two: a tie of .5 each, which the larger population wins.
    const tie = allocateCosts(terms({ method: 'fixed_plus_per_inhabitant', budget: 1, fixedSharePercent: 100 }), [
      { code: '0602', population: 10 },
      { code: '0612', population: 20 },
    ]);
    expect(amounts(tie.shares)).toEqual({ '0602': 0, '0612': 1 });
    // Quotas 3.3, 3.3, 4.4: floors 3, 3, 4 leave 1; the remainders .3, .3, .4 → C.
    const byRemainder = allocateCosts(terms({ budget: 11 }), [
      { code: 'B', population: 3 },
      { code: 'A', population: 3 },
      { code: 'C', population: 4 },
    ]);
    expect(amounts(byRemainder.shares)).toEqual({ A: 3, B: 3, C: 5 });
  });

  it('splits a fixed share equally and the rest by inhabitants, after the fixed amounts of county authorities', () => {
    const result = allocateCosts(
      terms({ method: 'fixed_plus_per_inhabitant', budget: 1_100_000, fixedSharePercent: 40, fixedAmounts: new Map([['06', 100_000]]) }),
      [
        { code: '06', population: null },
        { code: '0602', population: 300 },
        { code: '0612', population: 100 },
      ],
    );
    // 1 000 000 left: 400 000 equally (200 000 each), 600 000 by 3:1 (450 000 and 150 000).
    expect(amounts(result.shares)).toEqual({ '06': 100_000, '0602': 650_000, '0612': 350_000 });
    expect(result.shares.find((s) => s.code === '06')?.basis).toBe('fixed');
  });

  it('names the members without population, and refuses fixed amounts above the budget', () => {
    expect(() => allocateCosts(terms({ budget: 10 }), [{ code: '0219', population: null }])).toThrow(/0219/);
    expect(() => allocateCosts(terms({ budget: 10, fixedAmounts: new Map([['02', 11]]) }), [{ code: '02', population: null }])).toThrow(
      CostSharingError,
    );
  });

  // The property the issue asks for: whatever the key, whole kroner that sum exactly to the budget,
  // each within one krone of its exact quota, independent of the order of the members.
  it('always sums exactly to the budget (property)', () => {
    const payer = fc.record({ population: fc.integer({ min: 0, max: 2_000_000 }), fixed: fc.option(fc.integer({ min: 0, max: 50_000 }), { freq: 5 }) });
    fc.assert(
      fc.property(
        fc.array(payer, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 2_000_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom('per_inhabitant' as const, 'fixed_plus_per_inhabitant' as const),
        (rows, extra, percent, method) => {
          const payers: Payer[] = rows.map((r, i) => ({ code: String(1000 + i), population: r.population }));
          const fixedAmounts = new Map(rows.flatMap((r, i) => (r.fixed === null ? [] : [[String(1000 + i), r.fixed] as const])));
          const byKey = payers.filter((p) => !fixedAmounts.has(p.code));
          const fixedTotal = [...fixedAmounts.values()].reduce((a, b) => a + b, 0);
          const budget = fixedTotal + extra;
          const inhabitants = byKey.reduce((sum, p) => sum + (p.population ?? 0), 0);
          const key = terms({ method, budget, fixedSharePercent: percent, fixedAmounts });
          const impossible = extra > 0 && (byKey.length === 0 || (inhabitants === 0 && (method === 'per_inhabitant' || percent < 100)));
          if (impossible) {
            expect(() => allocateCosts(key, payers)).toThrow(CostSharingError);
            return;
          }
          const result = allocateCosts(key, payers);
          expect(result.budget).toBe(budget);
          expect(result.shares.reduce((sum, s) => sum + s.amount, 0)).toBe(budget);
          const p = method === 'per_inhabitant' ? 0 : percent;
          for (const share of result.shares.filter((s) => s.basis === 'key')) {
            const exact = extra * (p / 100 / byKey.length + (inhabitants === 0 ? 0 : ((100 - p) / 100) * ((share.population ?? 0) / inhabitants)));
            expect(Number.isInteger(share.amount)).toBe(true);
            expect(share.amount).toBeGreaterThanOrEqual(Math.floor(exact - 1e-6));
            expect(share.amount).toBeLessThanOrEqual(Math.ceil(exact + 1e-6));
          }
          const reversed = allocateCosts(key, [...payers].reverse());
          expect(amounts(reversed.shares)).toEqual(amounts(result.shares));
        },
      ),
      { numRuns: 300 },
    );
  });
});
