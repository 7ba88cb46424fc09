// `npm run bench`: public pages against the bare-server ceiling, search, writes, start-up and memory, on
// the dataset built by `npm run bench:data`; results in bench/results (see bench/README.md).
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { todayInOslo } from '../../src/platform/i18n';
import { closeConnections } from './http-client';
import { warmUpSeconds } from './load';
import { planFor, readManifest } from './manifest';
import { OptionError, parseOptions, type BenchOptions, type Phase } from './options';
import { runPages } from './pages';
import { writeResult, type BenchResult } from './results';
import { percentile, runSearch } from './search';
import { startServer } from './server-process';
import { runStartups } from './startup';
import { openTarget, targetsFor, type Target } from './target';
import { runCaseWrites, runSurveyWrites } from './writes';

const log = (line: string) => process.stderr.write(`${line}\n`);

function commit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** One run against one database; returns the results file written. */
async function benchTarget(target: Target, o: BenchOptions): Promise<string> {
  const runs = (phase: Phase) => o.only === null || o.only === phase;
  const where = target.database === 'sqlite' ? target.file : 'DATABASE_URL';
  log(`\n== ${target.database}: ${where}`);
  const manifest = readManifest(target, o.pgManifest);
  const database = await openTarget(target);
  const result: BenchResult = {
    database: target.database,
    date: todayInOslo(),
    commit: commit(),
    pages: [],
    search: null,
    writes: null,
    startup_ms: null,
    peak_rss_mb: null,
  };
  const notes: string[] = [];
  const startLoad = loadavg()[0]!;
  try {
    const plan = await planFor(database.db, manifest);
    notes.push(
      `Dataset: ${where}${plan.dataset.scale !== undefined ? ` (scale ${String(plan.dataset.scale)}, seed ${String(plan.dataset.seed)})` : ' (no manifest: pages picked from the database)'}.`,
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}; load ${o.connections} connections × ${o.duration} s per figure (${warmUpSeconds(o.duration) > 0 ? `after a ${warmUpSeconds(o.duration)} s warm-up` : 'no warm-up'}), autocannon in its own process.`,
    );
    const startups: number[] = [];

    if (runs('startup') && o.startups > 0) {
      log(`start-up (${o.startups} starts, to the first 200 of the home page)`);
      const times = await runStartups(target, o.startups);
      log(`  ${times.map((t) => `${Math.round(t)} ms`).join(', ')}`);
      startups.push(...times);
    }

    if (runs('pages')) {
      log('pages (ceiling, cached, uncached)');
      notes.push(`Pages (${plan.pagesFrom}): ${plan.pages.filter((p) => o.pages.includes(p.name)).map((p) => `${p.name} \`${p.path}\``).join(', ')}.`);
      notes.push('Ceiling: a bare node:http server in its own process answering each path with the status, headers and body Samråd sent for it, measured right before the cached figure of the same page. Uncached: a second server with PAGE_CACHE=off.');
      const pages = await runPages(target, plan.pages.filter((p) => o.pages.includes(p.name)), { duration: o.duration, connections: o.connections, log });
      result.pages = pages.rows;
      result.peak_rss_mb = pages.peakRssMb;
      startups.push(...pages.startupsMs);
      notes.push('Peak RSS: the highest VmHWM (/proc/<pid>/status) of the two servers, read at the end of their page runs.');
      for (const name of o.pages.filter((n) => !plan.pages.some((p) => p.name === n))) notes.push(`Not measured: ${name} (the dataset has no such page).`);
      for (const s of pages.skipped) notes.push(`Not measured: ${s.name} \`${s.path}\` ${s.reason}.`);
      for (const f of pages.failures) notes.push(`Failures during load: ${f}.`);
    }

    if (runs('search') || runs('writes')) {
      const server = await startServer(target);
      startups.push(server.startupMs);
      try {
        if (runs('search')) {
          log(`search (${plan.queries.length} queries, one after another)`);
          const s = await runSearch(server.url, plan.queries);
          result.search = { queries: s.queries, p50_ms: s.p50_ms, p95_ms: s.p95_ms };
          log(`  p50 ${s.p50_ms} ms, p95 ${s.p95_ms} ms (${s.empty} without hits)`);
          notes.push(`Search: the ${plan.queriesFrom}'s ${s.queries} queries one after another through the JSON API \`GET /api/v1/search?q=\` on one kept-alive connection, timed to the last byte; ${s.empty} found nothing.`);
        }
        if (runs('writes')) {
          log('writes: survey responses over HTTP');
          const surveys = await runSurveyWrites(database.db, server.url, o);
          log(`  ${surveys.perSecond}/s (${surveys.stored} stored, ${surveys.load.ok} answered 2xx, ${surveys.load.non2xx} not)`);
          log('writes: cases through the command');
          const cases = await runCaseWrites(database.db, Math.min(o.duration, 10));
          log(`  ${cases}/s`);
          result.writes = { survey_responses_per_s: surveys.perSecond, cases_per_s: cases };
          notes.push(
            `Survey responses: a survey made for the run through the surveys module's commands (open link, open today, marked synthetic, closed afterwards); ${o.connections} connections posting \`POST /api/v1/surveys/:id/responses\`, each with its own idempotency key, so each is a distinct stored response. Per second = 201 answers in the measured ${o.duration} s (${surveys.load.ok}; ${surveys.load.non2xx} other answers, ${surveys.load.errors} errors; ${surveys.stored} rows stored, the rest were in flight when the load stopped), p50 ${surveys.load.p50_ms} ms, p99 ${surveys.load.p99_ms} ms.`,
            `Cases: \`execute(db, createCase, systemActor('cli'), …)\` (validation, permission, insert and audit entry in one transaction) one after another in the bench process for ${Math.min(o.duration, 10)} s; one writer, no HTTP.`,
          );
        }
      } finally {
        await server.stop();
      }
    }
    if (startups.length > 0) {
      result.startup_ms = Math.round(percentile([...startups].sort((a, b) => a - b), 0.5));
      notes.push(`Start-up: spawn of \`node dist/main.mjs\` (the bundle \`npm start\` builds and runs, ADR 015) to the first 200 of \`/\` (polled every 10 ms), median of ${startups.length} starts in this run: ${startups.map((t) => Math.round(t)).join(', ')} ms.`);
    }
    notes.push(`Load average of the machine (1 min) at the start and the end: ${startLoad.toFixed(1)} and ${loadavg()[0]!.toFixed(1)}; on a machine busy with other work every figure is low.`);
  } finally {
    closeConnections();
    await database.close();
  }
  const file = writeResult(o.out, result, notes, o.only);
  log(`wrote ${file} and its .md`);
  return file;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  for (const target of targetsFor(options.data, process.env.DATABASE_URL, options.database)) await benchTarget(target, options);
}

process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));
main().then(
  () => process.exit(0),
  (error) => {
    log(error instanceof OptionError ? error.message : `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(error instanceof OptionError ? 2 : 1);
  },
);
