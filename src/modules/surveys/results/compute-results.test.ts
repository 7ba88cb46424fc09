import { describe, expect, it } from 'vitest';
import { computeResults } from './compute-results';
import { FIXTURE_INPUT } from './results.fixture';
import type { GroupDistribution, SurveyResults } from './results.types';

const byMunicipality = computeResults(FIXTURE_INPUT, { smallCellMin: 5, by: 'municipality' });
const byRole = computeResults(FIXTURE_INPUT, { smallCellMin: 5, by: 'role' });

/** Every group's distribution in every table of the results. */
function allGroups(r: SurveyResults): GroupDistribution[] {
  return r.distributions.flatMap((d) => d.breakdown?.groups ?? []);
}

describe('computeResults', () => {
  it('counts response rates per group, hiding the small one and its complement', () => {
    const hole = byMunicipality.rates.byMunicipality.find((g) => g.key === '0612')!;
    expect(hole).toMatchObject({ hidden: true, responses: null, answeredInvitations: null, rate: null, invited: 3 });
    expect(byMunicipality.rates.byMunicipality.find((g) => g.key === '0626')).toMatchObject({ hidden: true, responses: null });
    expect(byMunicipality.rates.byMunicipality.find((g) => g.key === '0220')).toMatchObject({ hidden: false, responses: 6, invited: 6, rate: 1 });
    expect(byMunicipality.hiddenGroups).toEqual({ role: ['head_of_department', 'other_staff'], municipality: ['0612', '0626'] });
    expect(byMunicipality.rates.total).toMatchObject({ invited: 20, responses: 19, answeredInvitations: 19, openLinkResponses: 0 });
  });

  it('never shows the 2-respondent cell: not as a group, not by subtraction from the total', () => {
    for (const r of [byRole, byMunicipality]) {
      for (const d of r.distributions) {
        const groups = d.breakdown!.groups;
        for (const g of groups) {
          if (g.key === '0612' || g.key === 'other_staff') expect(g).toMatchObject({ hidden: true, n: null, counts: null, mean: null });
          if (!g.hidden) expect(g.n).toBeGreaterThanOrEqual(5);
        }
        const shown = groups.filter((g) => !g.hidden).reduce((s, g) => s + g.n!, 0);
        // What subtraction leaves is a group of at least 5 (Hole's 2 with Lier's 5), never the 2 alone.
        expect(d.overall.n! - shown).toBeGreaterThanOrEqual(5);
      }
    }
    // The answers only Hole's two gave ('lite', rating 1) appear only inside the overall counts of 19.
    const kjennskap = byMunicipality.distributions.find((d) => d.id === 'kjennskap')!;
    expect(kjennskap.overall.counts).toEqual([6, 11, 2]);
    for (const g of allGroups(byMunicipality)) if (!g.hidden) expect(g.n).not.toBe(2);
  });

  it('splits a matrix into one distribution per row and averages ratings', () => {
    const ids = byRole.distributions.map((d) => d.id);
    expect(ids).toEqual(['kjennskap', 'nytte', 'omrader', 'matrise.helse', 'matrise.kultur', 'moter']);
    const nytte = byRole.distributions.find((d) => d.id === 'nytte')!;
    expect(nytte.overall.mean).toBeCloseTo((6 * 4 + 11 * 3 + 2 * 1) / 19);
    const omrader = byRole.distributions.find((d) => d.id === 'omrader')!;
    expect(omrader.multiple).toBe(true);
    expect(omrader.overall.counts).toEqual([12, 11, 2]);
    const moter = byRole.distributions.find((d) => d.id === 'moter')!;
    expect(moter.categories.map((c) => c.label.nb)).toEqual(['0–4', '5–9', '10–14', '15–19', '20–24']);
    expect(moter.overall.counts).toEqual([5, 6, 6, 2, 0]);
  });

  it('lists free text for the whole survey only, in alphabetical order, and not at all below the threshold', () => {
    expect(byRole.freeText).toEqual([{ questionKey: 'kommentar', title: expect.anything(), answers: Array(6).fill('Nyttig samarbeid'), count: 6 }]);
    const few = computeResults({ ...FIXTURE_INPUT, responses: FIXTURE_INPUT.responses.slice(0, 4) }, { smallCellMin: 5, by: 'role' });
    expect(few.freeText[0]).toMatchObject({ answers: null, count: null });
    expect(few.distributions[0]!.overall).toMatchObject({ hidden: true, counts: null });
  });

  it('respects a configured threshold above 5', () => {
    const strict = computeResults(FIXTURE_INPUT, { smallCellMin: 7, by: 'municipality' });
    expect(strict.smallCellMin).toBe(7);
    for (const g of allGroups(strict)) if (!g.hidden) expect(g.n).toBeGreaterThanOrEqual(7);
  });
});
