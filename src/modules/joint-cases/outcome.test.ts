import { describe, expect, it } from 'vitest';
import { computeOutcome, type CouncilVoteInput, type OutcomeRuleInput } from './outcome';

// Hand-checked cases: each expectation is worked out in the comment beside it.

const forC = (population: number | null = null): CouncilVoteInput => ({ status: 'treated', outcome: 'adopted_as_proposed', points: [], population });
const againstC = (population: number | null = null): CouncilVoteInput => ({ status: 'treated', outcome: 'rejected', points: [], population });
const pendingC = (population: number | null = null): CouncilVoteInput => ({ status: 'scheduled', outcome: null, points: [], population });

const whole = (rule: OutcomeRuleInput['rule'], weighting: OutcomeRuleInput['weighting'] = 'equal', n = 1, d = 2): OutcomeRuleInput => ({
  rule, weighting, threshold: { numerator: n, denominator: d }, mode: 'whole', points: [],
});

describe('unanimity', () => {
  const rule = whole('unanimous');
  it('one council against rejects at once, even with others still pending', () => {
    expect(computeOutcome(rule, [forC(), forC(), forC(), againstC()]).result).toBe('rejected');
    expect(computeOutcome(rule, [againstC(), pendingC(), pendingC()]).result).toBe('rejected');
  });
  it('one council pending and all others for is pending; all for is adopted', () => {
    expect(computeOutcome(rule, [forC(), forC(), forC(), pendingC()]).result).toBe('pending');
    expect(computeOutcome(rule, [forC(), forC(), forC(), forC()]).result).toBe('adopted');
  });
  it('a withdrawn council gives no consent, so unanimity fails; postponed is still pending', () => {
    const withdrawn: CouncilVoteInput = { status: 'withdrawn', outcome: null, points: [], population: null };
    const postponed: CouncilVoteInput = { status: 'treated', outcome: 'postponed', points: [], population: null };
    expect(computeOutcome(rule, [forC(), forC(), withdrawn]).result).toBe('rejected');
    expect(computeOutcome(rule, [forC(), forC(), postponed]).result).toBe('pending');
  });
  it('adopted with changes counts as for', () => {
    expect(computeOutcome(rule, [forC(), { ...forC(), outcome: 'adopted_with_changes' }]).result).toBe('adopted');
  });
});

describe('2/3 qualified majority weighted by population', () => {
  // Bærum 124 000, Asker 61 500, Hole 6 800, Sigdal 3 500, Krødsherad 2 200: total 198 000; 2/3 of it = 132 000.
  const rule = whole('qualified_majority', 'population', 2, 3);
  const pops = { baerum: 124_000, asker: 61_500, hole: 6_800, sigdal: 3_500, krodsherad: 2_200 };

  it('the two big members decide: 185 500 for is at least 132 000, although only 2 of 5 councils are for', () => {
    const out = computeOutcome(rule, [forC(pops.baerum), forC(pops.asker), againstC(pops.hole), againstC(pops.sigdal), againstC(pops.krodsherad)]);
    expect(out.result).toBe('adopted');
    expect(out.tally).toMatchObject({ for: 2, against: 3, weightFor: 185_500, weightTotal: 198_000, weightNeeded: 132_000 });
  });
  it('the same votes with equal weight: 2 of 5 is less than 2/3, and nobody is pending, so rejected', () => {
    const equal = whole('qualified_majority', 'equal', 2, 3);
    expect(computeOutcome(equal, [forC(), forC(), againstC(), againstC(), againstC()]).result).toBe('rejected');
  });
  it('Bærum against with everyone else for: 73 000 for can never reach 132 000 → rejected', () => {
    expect(computeOutcome(rule, [againstC(pops.baerum), forC(pops.asker), forC(pops.hole), forC(pops.sigdal), forC(pops.krodsherad)]).result).toBe('rejected');
  });
  it('the threshold is exact: 130 800 for is pending, 133 000 for is adopted', () => {
    // Bærum + Hole = 130 800 < 132 000, Asker still pending could carry it.
    expect(computeOutcome(rule, [forC(pops.baerum), forC(pops.hole), pendingC(pops.asker), againstC(pops.sigdal), pendingC(pops.krodsherad)]).result).toBe('pending');
    // Bærum + Hole + Krødsherad = 133 000 ≥ 132 000.
    expect(computeOutcome(rule, [forC(pops.baerum), forC(pops.hole), pendingC(pops.asker), againstC(pops.sigdal), forC(pops.krodsherad)]).result).toBe('adopted');
  });
  it('15 equal members: 10 for is exactly 2/3 and passes; 9 for with nobody pending fails', () => {
    const equal = whole('qualified_majority', 'equal', 2, 3);
    const councils = (n: number) => [...Array(n)].map(() => forC()).concat([...Array(15 - n)].map(() => againstC()));
    expect(computeOutcome(equal, councils(10)).result).toBe('adopted');
    expect(computeOutcome(equal, councils(9)).result).toBe('rejected');
  });
});

describe('simple majority', () => {
  const rule = whole('simple_majority');
  it('exactly half for is not adopted', () => {
    expect(computeOutcome(rule, [forC(), forC(), againstC(), againstC()]).result).toBe('rejected');
  });
  it('more than half is adopted; half for with the rest pending is still open', () => {
    expect(computeOutcome(rule, [forC(), forC(), forC(), againstC()]).result).toBe('adopted');
    expect(computeOutcome(rule, [forC(), forC(), pendingC(), pendingC()]).result).toBe('pending');
  });
});

describe('points', () => {
  const rule: OutcomeRuleInput = { rule: 'unanimous', weighting: 'equal', threshold: { numerator: 1, denominator: 1 }, mode: 'points', points: ['A', 'B', 'C'] };
  it('decides each point: changed counts for, against blocks, a missing position takes the outcome on the whole, none abstains', () => {
    const councils: CouncilVoteInput[] = [
      { status: 'treated', outcome: 'adopted_with_changes', points: [{ point: 1, position: 'changed' }, { point: 2, position: 'against' }], population: null },
      { status: 'treated', outcome: 'adopted_as_proposed', points: [], population: null },
    ];
    const out = computeOutcome(rule, councils);
    expect(out.points.map((p) => p.result)).toEqual(['adopted', 'rejected', 'adopted']);
    expect(out.result).toBe('partly_adopted');
    expect(out.tally).toBeNull();
    const abstain = computeOutcome(rule, [{ ...councils[1]!, points: [{ point: 3, position: 'none' }] }]);
    expect(abstain.points[2]).toMatchObject({ result: 'rejected', tally: { abstaining: 1 } });
  });
  it('any point pending leaves the whole pending', () => {
    const out = computeOutcome(rule, [forC(), pendingC()]);
    expect(out.points.every((p) => p.result === 'pending')).toBe(true);
    expect(out.result).toBe('pending');
  });
});
