import { get } from './http-client';

export interface SearchOutcome {
  queries: number;
  p50_ms: number;
  p95_ms: number;
  /** Queries that found nothing (the fixed list has a few on purpose). */
  empty: number;
}

/** The value below which the given share of the sorted samples fall (nearest rank). */
export function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}

/**
 * The fixed list of queries, one after another over one kept-alive connection, through the JSON API
 * (`GET /api/v1/search?q=`): the search itself and its JSON, without the page's HTML around it. One
 * query from outside the list first warms the connection and the statements.
 */
export async function runSearch(baseUrl: string, queries: string[]): Promise<SearchOutcome> {
  const url = (q: string) => `${baseUrl}/api/v1/search?q=${encodeURIComponent(q)}`;
  await get(url('oppvarming'));
  const times: number[] = [];
  let empty = 0;
  for (const q of queries) {
    const res = await get(url(q));
    if (res.status !== 200) throw new Error(`search for ${JSON.stringify(q)} answered ${res.status}: ${res.body.toString('utf8').slice(0, 300)}`);
    const body = JSON.parse(res.body.toString('utf8')) as { data?: unknown[] };
    if (!body.data || body.data.length === 0) empty++;
    times.push(res.ms);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { queries: queries.length, p50_ms: round(percentile(times, 0.5)), p95_ms: round(percentile(times, 0.95)), empty };
}
