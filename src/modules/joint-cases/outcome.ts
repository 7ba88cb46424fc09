import type {
  ComputedResult, CouncilOutcome, CouncilStatus, OutcomeView, PointOutcomeView, PointPosition, ProposalMode, RuleView, TallyView,
} from './views';

/** The rule of a referral and what it asked: the whole proposal, or each of its numbered points. */
export interface OutcomeRuleInput extends RuleView {
  mode: ProposalMode;
  /** The proposal's points (mode points); ignored in mode whole. */
  points: string[];
}

/** What the roll-up needs of each council. */
export interface CouncilVoteInput {
  status: CouncilStatus;
  outcome: CouncilOutcome | null;
  points: { point: number; position: PointPosition }[];
  population: number | null;
}

type Vote = 'for' | 'against' | 'abstaining' | 'pending';

/**
 * The joint outcome under the referral's rule. Semantics (also in README.md of this module):
 *
 * - The base is every council referred to. A share is measured against the weight of all of them,
 *   not only of those that have answered, so silence never helps a proposal through.
 * - Weight: 1 per council (equal), or the population copied at referral (population; an unknown
 *   population weighs 0, which is why a referral refuses population weighting when one is missing).
 * - A council counts FOR when it adopted (as proposed or with changes; per point: position for or
 *   changed), AGAINST when it rejected (per point: against). A point without a position takes the
 *   council's outcome on the whole; position `none` abstains.
 * - WITHDRAWN: the council took the case off its agenda for good. It is settled but gives no
 *   support, so under unanimity it blocks adoption, and under a majority it weighs like a no.
 * - POSTPONED (treated, outcome postponed) and NOT STARTED / SCHEDULED: still pending; the council
 *   is expected to come back to it.
 * - unanimous: adopted when the whole weight is for. qualified_majority n/d: adopted when the weight
 *   for is at least n/d of the total. simple_majority: adopted when the weight for is MORE than
 *   n/d (1/2) of the total, so exactly half is not adopted.
 * - The result is final as soon as the pending councils can no longer change it: `adopted` when the
 *   weight for already suffices, `rejected` when even every pending council voting for would not;
 *   otherwise `pending`. So one council against under unanimity rejects at once, and one pending
 *   council with all others for leaves it pending.
 */
export function computeOutcome(rule: OutcomeRuleInput, councils: CouncilVoteInput[]): OutcomeView {
  if (rule.mode === 'whole') {
    const tally = tallyOf(rule, councils, (c) => wholeVote(c));
    return { result: resultOf(rule, tally), tally, points: [] };
  }
  const points: PointOutcomeView[] = rule.points.map((text, index) => {
    const tally = tallyOf(rule, councils, (c) => pointVote(c, index + 1));
    return { point: index + 1, text, result: resultOf(rule, tally), tally };
  });
  return { result: combined(points.map((p) => p.result)), tally: null, points };
}

function wholeVote(c: CouncilVoteInput): Vote {
  if (c.status === 'withdrawn') return 'abstaining';
  if (c.status !== 'treated' || c.outcome === null || c.outcome === 'postponed') return 'pending';
  return c.outcome === 'rejected' ? 'against' : 'for';
}

function pointVote(c: CouncilVoteInput, point: number): Vote {
  const whole = wholeVote(c);
  if (whole === 'pending' || whole === 'abstaining') return whole;
  const position = c.points.find((p) => p.point === point)?.position;
  if (position === undefined) return whole;
  if (position === 'none') return 'abstaining';
  return position === 'against' ? 'against' : 'for';
}

function tallyOf(rule: OutcomeRuleInput, councils: CouncilVoteInput[], voteOf: (c: CouncilVoteInput) => Vote): TallyView {
  const t: TallyView = { for: 0, against: 0, abstaining: 0, pending: 0, weightFor: 0, weightAgainst: 0, weightPending: 0, weightTotal: 0, weightNeeded: 0 };
  for (const council of councils) {
    const weight = rule.weighting === 'population' ? (council.population ?? 0) : 1;
    const vote = voteOf(council);
    t[vote] += 1;
    t.weightTotal += weight;
    if (vote === 'for') t.weightFor += weight;
    if (vote === 'against') t.weightAgainst += weight;
    if (vote === 'pending') t.weightPending += weight;
  }
  const { numerator, denominator } = effectiveThreshold(rule);
  t.weightNeeded = (t.weightTotal * numerator) / denominator;
  return t;
}

function effectiveThreshold(rule: RuleView): { numerator: number; denominator: number } {
  return rule.rule === 'unanimous' ? { numerator: 1, denominator: 1 } : rule.threshold;
}

/** Whether a weight for passes the rule; integer arithmetic, so 2/3 of 15 is exact. */
function passes(rule: RuleView, weightFor: number, total: number): boolean {
  if (total <= 0) return false;
  const { numerator, denominator } = effectiveThreshold(rule);
  return rule.rule === 'simple_majority' ? weightFor * denominator > numerator * total : weightFor * denominator >= numerator * total;
}

function resultOf(rule: RuleView, t: TallyView): ComputedResult {
  if (passes(rule, t.weightFor, t.weightTotal)) return 'adopted';
  if (!passes(rule, t.weightFor + t.weightPending, t.weightTotal)) return 'rejected';
  return 'pending';
}

function combined(results: ComputedResult[]): OutcomeView['result'] {
  if (results.length === 0 || results.includes('pending')) return 'pending';
  if (results.every((r) => r === 'adopted')) return 'adopted';
  if (results.every((r) => r === 'rejected')) return 'rejected';
  return 'partly_adopted';
}
