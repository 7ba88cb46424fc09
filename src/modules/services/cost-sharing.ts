/**
 * Cost sharing: how a service's yearly budget is divided among its participants. Pure functions, no
 * database. Shares are whole kroner and always sum exactly to the budget (largest-remainder method):
 * each member first gets the whole kroner of its exact quota, then the kroner left over go one each
 * to the largest remainders. Quotas are computed as exact fractions in BigInt, so no float error can
 * move a krone; ties are broken by larger population, then by code, so the result never depends on
 * the order the members come in.
 */
export const COST_METHODS = ['per_inhabitant', 'fixed_plus_per_inhabitant', 'per_inhabitant_rate'] as const;
export type CostMethod = (typeof COST_METHODS)[number];

export interface CostKeyTerms {
  method: CostMethod;
  /** Whole kroner; ignored for per_inhabitant_rate (the budget is then the sum of the shares). */
  budget: number | null;
  /** Øre per inhabitant (200 = 2 kr), for per_inhabitant_rate. */
  rateOre: number | null;
  /** 0–100: the part split equally among the members, for fixed_plus_per_inhabitant. */
  fixedSharePercent: number | null;
  /** Members that pay a fixed amount (county authorities, say), whole kroner. */
  fixedAmounts: ReadonlyMap<string, number>;
}

export interface Payer {
  code: string;
  /** Inhabitants on 1 January of the key's population year; null when not known. */
  population: number | null;
}

export interface Share {
  code: string;
  population: number | null;
  /** Whole kroner. */
  amount: number;
  /** How the share was set: a fixed amount, or by the key. */
  basis: 'fixed' | 'key';
}

export interface Allocation {
  budget: number;
  shares: Share[];
}

/** Why an allocation cannot be made, in words that name the fix. */
export class CostSharingError extends Error {
  constructor(
    message: string,
    readonly missingPopulation: string[] = [],
  ) {
    super(message);
    this.name = 'CostSharingError';
  }
}

interface Quota {
  code: string;
  population: number;
  numerator: bigint;
}

/** Whole kroner from exact quotas `numerator / denominator` that sum to `total`. */
export function largestRemainder(quotas: readonly Quota[], denominator: bigint, total: number): Map<string, number> {
  const floors = quotas.map((q) => ({ ...q, floor: q.numerator / denominator, rest: q.numerator % denominator }));
  let left = BigInt(total) - floors.reduce((sum, q) => sum + q.floor, 0n);
  const order = [...floors].sort(
    (a, b) => (a.rest === b.rest ? 0 : a.rest > b.rest ? -1 : 1) || b.population - a.population || a.code.localeCompare(b.code),
  );
  const extra = new Set<string>();
  for (const q of order) {
    if (left <= 0n) break;
    extra.add(q.code);
    left -= 1n;
  }
  return new Map(floors.map((q) => [q.code, Number(q.floor) + (extra.has(q.code) ? 1 : 0)]));
}

/** Divides the budget among the payers by the key; throws CostSharingError when it cannot. */
export function allocateCosts(terms: CostKeyTerms, payers: readonly Payer[]): Allocation {
  const fixed = payers.filter((p) => terms.fixedAmounts.has(p.code));
  const byKey = payers.filter((p) => !terms.fixedAmounts.has(p.code));
  const fixedTotal = fixed.reduce((sum, p) => sum + (terms.fixedAmounts.get(p.code) ?? 0), 0);
  const missing = byKey.filter((p) => p.population === null || p.population < 0).map((p) => p.code);
  if (missing.length > 0) {
    throw new CostSharingError(`No population is recorded for ${missing.join(', ')}: import the population for the key's year.`, missing);
  }
  const counted = byKey.map((p) => ({ code: p.code, population: p.population ?? 0 }));
  const inhabitants = counted.reduce((sum, p) => sum + p.population, 0);

  let rest: number;
  let quotas: Quota[];
  let denominator: bigint;
  if (terms.method === 'per_inhabitant_rate') {
    const rate = terms.rateOre ?? 0;
    if (rate <= 0) throw new CostSharingError('The rate per inhabitant must be more than 0 øre.');
    // The budget is the sum: the exact total in øre, rounded to whole kroner (half up).
    rest = Math.floor((rate * inhabitants + 50) / 100);
    quotas = counted.map((p) => ({ ...p, numerator: BigInt(rate) * BigInt(p.population) }));
    denominator = 100n;
  } else {
    const budget = terms.budget ?? 0;
    rest = budget - fixedTotal;
    if (rest < 0) {
      throw new CostSharingError(`The fixed amounts (${fixedTotal} kr) are more than the budget (${budget} kr): raise the budget or lower them.`);
    }
    const percent = terms.method === 'fixed_plus_per_inhabitant' ? (terms.fixedSharePercent ?? 0) : 0;
    if (percent < 0 || percent > 100) throw new CostSharingError('The fixed share must be between 0 and 100 per cent.');
    const n = BigInt(counted.length);
    if (rest > 0 && counted.length === 0) throw new CostSharingError('No participant pays by the key: the budget beyond the fixed amounts has no one to pay it.');
    if (rest > 0 && percent < 100 && inhabitants === 0) {
      throw new CostSharingError('The participants have no inhabitants recorded: import the population for the key\'s year.');
    }
    // quota_i = rest × (percent/100 / n + (100 − percent)/100 × pop_i / inhabitants), over one denominator.
    const total = BigInt(Math.max(inhabitants, 1));
    denominator = 100n * (n === 0n ? 1n : n) * total;
    quotas = counted.map((p) => ({
      ...p,
      numerator:
        BigInt(rest) *
        (BigInt(percent) * total + (inhabitants === 0 ? 0n : BigInt(100 - percent) * n * BigInt(p.population))),
    }));
  }

  const amounts = largestRemainder(quotas, denominator, rest);
  const shares: Share[] = [
    ...fixed.map((p) => ({ code: p.code, population: p.population, amount: terms.fixedAmounts.get(p.code) ?? 0, basis: 'fixed' as const })),
    ...counted.map((p) => ({ code: p.code, population: p.population, amount: amounts.get(p.code) ?? 0, basis: 'key' as const })),
  ];
  return { budget: rest + fixedTotal, shares };
}
