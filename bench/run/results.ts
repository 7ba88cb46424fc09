import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One page measured at N connections: the shape the issue fixes, so that runs compare over time. */
export interface PageRow {
  name: string;
  rps: number;
  p50_ms: number;
  p99_ms: number;
  ceiling_rps: number;
  ratio: number;
  cached: boolean;
}

/** The results file, exactly the issue's shape; a part not run (--only) is null (pages: []). */
export interface BenchResult {
  database: 'sqlite' | 'postgres';
  date: string;
  commit: string | null;
  pages: PageRow[];
  search: { queries: number; p50_ms: number; p95_ms: number } | null;
  writes: { survey_responses_per_s: number | null; cases_per_s: number | null } | null;
  startup_ms: number | null;
  peak_rss_mb: number | null;
}

/** The issue's targets; `null` when the run did not measure what the target needs. */
export function targetChecks(r: BenchResult): { target: string; measured: string; met: boolean | null }[] {
  const cached = r.pages.filter((p) => p.cached);
  const uncachedCase = r.pages.find((p) => p.name === 'case' && !p.cached);
  const worstRatio = cached.length > 0 ? Math.min(...cached.map((p) => p.ratio)) : null;
  const responses = r.writes?.survey_responses_per_s ?? null;
  return [
    {
      target: 'Cached public pages ≥ 70 % of the bare-server ceiling',
      measured: worstRatio === null ? 'not run' : `lowest ${percent(worstRatio)} (${cached.find((p) => p.ratio === worstRatio)!.name})`,
      met: worstRatio === null ? null : worstRatio >= 0.7,
    },
    {
      target: 'Uncached case page ≥ 1,500 req/s with p99 ≤ 50 ms',
      measured: uncachedCase ? `${uncachedCase.rps} req/s, p99 ${uncachedCase.p99_ms} ms` : 'not run',
      met: uncachedCase ? uncachedCase.rps >= 1500 && uncachedCase.p99_ms <= 50 : null,
    },
    {
      target: 'Search p95 ≤ 50 ms',
      measured: r.search ? `p95 ${r.search.p95_ms} ms over ${r.search.queries} queries` : 'not run',
      met: r.search ? r.search.p95_ms <= 50 : null,
    },
    {
      target: '≥ 2,000 survey responses/s (SQLite)',
      measured: responses === null ? 'not run' : `${responses}/s`,
      met: responses === null ? null : r.database === 'sqlite' ? responses >= 2000 : null,
    },
    { target: 'Start-up ≤ 2 s', measured: r.startup_ms === null ? 'not run' : `${r.startup_ms} ms`, met: r.startup_ms === null ? null : r.startup_ms <= 2000 },
    { target: 'Peak RSS ≤ 400 MB', measured: r.peak_rss_mb === null ? 'not run' : `${r.peak_rss_mb} MB`, met: r.peak_rss_mb === null ? null : r.peak_rss_mb <= 400 },
  ];
}

const percent = (ratio: number) => `${Math.round(ratio * 100)} %`;
const num = (n: number) => n.toLocaleString('en-US').replace(/,/g, ' ');
const verdict = (met: boolean | null) => (met === null ? '–' : met ? 'met' : 'NOT met');

/** A readable table of the same figures, with the targets marked, and the notes on how they were taken. */
export function resultMarkdown(r: BenchResult, notes: string[]): string {
  const lines = [
    `# Benchmark ${r.date} · ${r.database}`,
    '',
    `Commit ${r.commit ?? 'unknown'}.`,
    '',
    '## Targets',
    '',
    '| target | measured | |',
    '|---|---|---|',
    ...targetChecks(r).map((t) => `| ${t.target} | ${t.measured} | ${verdict(t.met)} |`),
    '',
  ];
  if (r.pages.length > 0) {
    lines.push('## Public pages', '', '| page | cached | req/s | p50 ms | p99 ms | ceiling req/s | ratio |', '|---|---|---:|---:|---:|---:|---:|');
    for (const p of r.pages) {
      lines.push(`| ${p.name} | ${p.cached ? 'yes' : 'no'} | ${num(p.rps)} | ${p.p50_ms} | ${p.p99_ms} | ${num(p.ceiling_rps)} | ${percent(p.ratio)} |`);
    }
    lines.push('');
  }
  lines.push('## Other figures', '', '| | |', '|---|---:|');
  if (r.search) lines.push(`| search p50 / p95 (${r.search.queries} queries) | ${r.search.p50_ms} / ${r.search.p95_ms} ms |`);
  if (r.writes?.survey_responses_per_s != null) lines.push(`| survey responses per second | ${num(r.writes.survey_responses_per_s)} |`);
  if (r.writes?.cases_per_s != null) lines.push(`| cases created per second | ${num(r.writes.cases_per_s)} |`);
  if (r.startup_ms !== null) lines.push(`| start-up to first 200 | ${num(r.startup_ms)} ms |`);
  if (r.peak_rss_mb !== null) lines.push(`| peak RSS of the server | ${r.peak_rss_mb} MB |`);
  lines.push('', '## How', '', ...notes.map((n) => `- ${n}`), '');
  return lines.join('\n');
}

/** Writes `<date>-<db>[-<part>].json` and `.md`; returns the JSON file's path. */
export function writeResult(outDir: string, r: BenchResult, notes: string[], part: string | null): string {
  mkdirSync(outDir, { recursive: true });
  const base = join(outDir, `${r.date}-${r.database}${part ? `-${part}` : ''}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(`${base}.md`, resultMarkdown(r, notes));
  return `${base}.json`;
}
