// The load generator's own process, so that it does not share an event loop with what it measures.
// Reads one JSON LoadSpec per line on stdin, runs autocannon with it, and answers one JSON line each:
// a LoadResult, or {"error": "..."}. Kept running for a whole phase, so no figure pays for a start.
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import type { LoadResult, LoadSpec } from './load';

async function measure(spec: LoadSpec): Promise<LoadResult> {
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.duration,
    method: spec.method ?? 'GET',
    headers: spec.headers,
    body: spec.body,
    // `[<id>]` in the body becomes a fresh random id in every request: each write is a distinct one.
    idReplacement: spec.idReplacement ?? false,
    timeout: 30,
  });
  const ok = result['2xx'];
  return {
    rps: ok / result.duration,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    ok,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: result.duration,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats?.count ?? 0])),
  };
}

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === '') continue;
  const answer = await measure(JSON.parse(line) as LoadSpec).catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
