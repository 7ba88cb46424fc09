import type { Db } from '../../../platform/db/database';
import { parseLocalizedText, type LocalizedText } from '../../../platform/i18n';
import { populationOf } from '../../registry';
import { allocateCosts, CostSharingError, type CostMethod } from '../cost-sharing';
import { costKeyOf, fixedAmountsOf, serviceById } from '../services.repository';
import { participantsOn } from './participants-on';

export interface CostShareLine {
  code: string;
  name: string;
  kind: 'municipality' | 'county';
  population: number | null;
  amount: number;
  basis: 'fixed' | 'key';
}

export interface CostShares {
  serviceId: number;
  year: number;
  method: CostMethod;
  budget: number | null;
  rateOre: number | null;
  fixedSharePercent: number | null;
  populationYear: number;
  note: LocalizedText;
  /** The participants on 1 January of the year pay. */
  payersOn: string;
  /** Where the population figures come from (SSB, or "illustrative"). */
  populationSources: string[];
  /** Null when the shares could not be made; then `problem` says why and `missingPopulation` names the codes. */
  total: number | null;
  shares: CostShareLine[];
  problem: string | null;
  missingPopulation: string[];
}

/**
 * The shares of one year's budget: the participants on 1 January of the year pay, by the year's key
 * and the population of 1 January of the key's population year. Null when the service has no key for
 * that year (or does not exist).
 */
export async function costShares(db: Db, serviceId: number, year: number): Promise<CostShares | null> {
  const [service, key] = await Promise.all([serviceById(db, serviceId), costKeyOf(db, serviceId, year)]);
  if (!service || !key) return null;
  const payersOn = `${year}-01-01`;
  const [participants, fixed] = await Promise.all([participantsOn(db, service, payersOn), fixedAmountsOf(db, key.id)]);
  const population = await populationOf(db, participants.map((p) => p.code), key.population_year);
  const fixedAmounts = new Map(fixed.map((f) => [f.member_code, f.amount]));
  const base = {
    serviceId,
    year,
    method: key.method as CostMethod,
    budget: key.budget,
    rateOre: key.rate_ore,
    fixedSharePercent: key.fixed_share_percent,
    populationYear: key.population_year,
    note: parseLocalizedText(key.note),
    payersOn,
    populationSources: [...new Set([...population.values()].map((p) => p.source))].sort(),
  };
  try {
    const allocation = allocateCosts(
      { method: base.method, budget: key.budget, rateOre: key.rate_ore, fixedSharePercent: key.fixed_share_percent, fixedAmounts },
      participants.map((p) => ({ code: p.code, population: population.get(p.code)?.count ?? null })),
    );
    const byCode = new Map(allocation.shares.map((s) => [s.code, s]));
    return {
      ...base,
      total: allocation.budget,
      shares: participants.map((p) => ({
        code: p.code,
        name: p.name,
        kind: p.kind,
        population: byCode.get(p.code)?.population ?? null,
        amount: byCode.get(p.code)?.amount ?? 0,
        basis: byCode.get(p.code)?.basis ?? 'key',
      })),
      problem: null,
      missingPopulation: [],
    };
  } catch (error) {
    if (!(error instanceof CostSharingError)) throw error;
    return { ...base, total: null, shares: [], problem: error.message, missingPopulation: error.missingPopulation };
  }
}
