import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { capturePage, startCeiling, type CapturedPage } from './ceiling';
import { get } from './http-client';
import { LoadGenerator, warmUpSeconds, type LoadResult } from './load';
import type { PageName } from './manifest';
import type { PageRow } from './results';
import { startServer, type ServerProcess } from './server-process';
import type { Target } from './target';

export interface PagesOutcome {
  rows: PageRow[];
  peakRssMb: number;
  /** Start-up of the two servers (cached and uncached), to first 200. */
  startupsMs: number[];
  /** Pages left out, with why (e.g. the joint-case page answered 404). */
  skipped: { name: PageName; path: string; reason: string }[];
  /** Responses that were not 2xx or failed, per page and mode: a figure with failures is not a clean figure. */
  failures: string[];
}

interface Settings {
  duration: number;
  connections: number;
  log: (line: string) => void;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Each page at N connections against the server with its page cache (the default), then against a second
 * server with PAGE_CACHE=off; and the same bytes from a bare node:http server, measured the same way
 * right before the cached run of the page, so both meet the same moment of a shared machine.
 */
export async function runPages(target: Target, pages: { name: PageName; path: string }[], s: Settings): Promise<PagesOutcome> {
  const work = mkdtempSync(join(tmpdir(), 'samrad-bench-pages-'));
  const generator = new LoadGenerator();
  const out: PagesOutcome = { rows: [], peakRssMb: 0, startupsMs: [], skipped: [], failures: [] };
  const load = async (name: string, url: string): Promise<LoadResult> => {
    const r = await generator.warmThenRun({ url, connections: s.connections, duration: s.duration }, warmUpSeconds(s.duration));
    if (r.non2xx + r.errors > 0) out.failures.push(`${name}: ${r.non2xx} non-2xx (${JSON.stringify(r.statusCodes)}), ${r.errors} errors`);
    if (r.ok === 0) out.failures.push(`${name}: no response completed within the ${s.duration} s`);
    s.log(`  ${name.padEnd(34)} ${Math.round(r.rps).toString().padStart(7)} req/s  p50 ${r.p50_ms} ms  p99 ${r.p99_ms} ms`);
    return r;
  };
  try {
    const cached = await startServer(target);
    out.startupsMs.push(cached.startupMs);
    const captured: { name: PageName; page: CapturedPage }[] = [];
    const ceilings = new Map<PageName, LoadResult>();
    const cachedRuns = new Map<PageName, LoadResult>();
    try {
      for (const { name, path } of pages) {
        const first = await get(`${cached.url}${path}`);
        if (first.status !== 200) {
          out.skipped.push({ name, path, reason: `answered ${first.status}` });
          continue;
        }
        // The second answer is the one the load generator will mostly get (a cache hit when caching).
        captured.push({ name, page: await capturePage(cached.url, path) });
      }
      const ceiling = await startCeiling(captured.map((c) => c.page), work);
      try {
        for (const { name, page } of captured) {
          ceilings.set(name, await load(`${name} ceiling (node:http)`, `${ceiling.url}${page.path}`));
          cachedRuns.set(name, await load(`${name} cached`, `${cached.url}${page.path}`));
        }
      } finally {
        await ceiling.stop();
      }
    } finally {
      out.peakRssMb = await stopWithPeak(cached);
    }

    const uncached = await startServer(target, { PAGE_CACHE: 'off' });
    out.startupsMs.push(uncached.startupMs);
    const uncachedRuns = new Map<PageName, LoadResult>();
    try {
      for (const { name, page } of captured) uncachedRuns.set(name, await load(`${name} uncached`, `${uncached.url}${page.path}`));
    } finally {
      out.peakRssMb = Math.max(out.peakRssMb, await stopWithPeak(uncached));
    }

    for (const { name } of captured) {
      const c = ceilings.get(name)!;
      for (const [isCached, run] of [[true, cachedRuns.get(name)!], [false, uncachedRuns.get(name)!]] as const) {
        out.rows.push({
          name,
          rps: Math.round(run.rps),
          p50_ms: round(run.p50_ms),
          p99_ms: round(run.p99_ms),
          ceiling_rps: Math.round(c.rps),
          ratio: c.rps > 0 ? round(run.rps / c.rps, 3) : 0,
          cached: isCached,
        });
      }
    }
    return out;
  } finally {
    await generator.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

async function stopWithPeak(server: ServerProcess): Promise<number> {
  const peak = server.peakRssMb();
  await server.stop();
  return Math.round(peak);
}
