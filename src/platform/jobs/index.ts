import type { Kysely } from 'kysely';
import type { Db } from '../db/database';
import type { Database } from '../db/schema';

/**
 * A small schedule of jobs in the database (table `jobs`, migration 0008), for work that must happen
 * later and exactly once per key, such as a survey reminder. Every instance of the server may run the
 * loop: a job is claimed by a conditional update, which only one of them can win.
 */

export interface JobContext {
  key: string;
  now: Date;
}
export type JobHandler = (db: Db, payload: unknown, context: JobContext) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

export interface NewJob {
  /** Unique: scheduling the same key again changes nothing ("never twice for the same reminder"). */
  key: string;
  kind: string;
  runAt: string;
  payload: unknown;
}

/** Called inside the caller's transaction. Returns false when a job with this key already exists. */
export async function scheduleJob(trx: Kysely<Database>, job: NewJob): Promise<boolean> {
  const rows = await trx
    .insertInto('jobs')
    .values({ key: job.key, kind: job.kind, run_at: job.runAt, payload: JSON.stringify(job.payload ?? {}), attempts: 0, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('id')
    .execute();
  return rows.length === 1;
}

export interface RunOptions {
  handlers: JobHandlers;
  now?: Date;
  /** After this many failed tries a job is given up (failed_at is set). */
  maxAttempts?: number;
  /** A claim older than this is taken to belong to a process that died; the job is run again. */
  staleAfterMs?: number;
}

export interface RunReport {
  done: string[];
  failed: { key: string; error: string; givenUp: boolean }[];
}

/** Runs every job that is due and not yet done, each by one runner only. */
export async function runDueJobs(db: Db, options: RunOptions): Promise<RunReport> {
  const now = options.now ?? new Date();
  const maxAttempts = options.maxAttempts ?? 5;
  const staleBefore = new Date(now.getTime() - (options.staleAfterMs ?? 15 * 60_000)).toISOString();
  const due = await db
    .selectFrom('jobs')
    .select(['id', 'key', 'kind', 'payload', 'attempts'])
    .where('done_at', 'is', null)
    .where('failed_at', 'is', null)
    .where('run_at', '<=', now.toISOString())
    .orderBy('run_at')
    .orderBy('id')
    .limit(100)
    .execute();

  const report: RunReport = { done: [], failed: [] };
  for (const job of due) {
    const claim = await db
      .updateTable('jobs')
      .set({ claimed_at: now.toISOString(), attempts: job.attempts + 1 })
      .where('id', '=', job.id)
      .where('done_at', 'is', null)
      .where('attempts', '=', job.attempts)
      .where((eb) => eb.or([eb('claimed_at', 'is', null), eb('claimed_at', '<', staleBefore)]))
      .executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) continue;

    const handler = options.handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for jobs of kind ${job.kind}`);
      await handler(db, JSON.parse(job.payload), { key: job.key, now });
      await db.updateTable('jobs').set({ done_at: new Date().toISOString(), last_error: null }).where('id', '=', job.id).execute();
      report.done.push(job.key);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const givenUp = job.attempts + 1 >= maxAttempts;
      // Try again later, a little later each time, until the tries run out.
      const retryAt = new Date(now.getTime() + (job.attempts + 1) * 5 * 60_000).toISOString();
      await db
        .updateTable('jobs')
        .set(givenUp ? { last_error: message, failed_at: new Date().toISOString() } : { last_error: message, claimed_at: null, run_at: retryAt })
        .where('id', '=', job.id)
        .execute();
      report.failed.push({ key: job.key, error: message, givenUp });
    }
  }
  return report;
}

export interface JobLoop {
  stop(): Promise<void>;
}

/** Runs due jobs now and then every `intervalMs` (a minute by default) until stopped. */
export function startJobLoop(options: {
  db: Db;
  handlers: JobHandlers;
  intervalMs?: number;
  onError?: (error: unknown) => void;
  onReport?: (report: RunReport) => void;
}): JobLoop {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = runDueJobs(options.db, { handlers: options.handlers })
      .then((report) => options.onReport?.(report))
      .catch((error) => options.onError?.(error))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.intervalMs ?? 60_000);
  timer.unref();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
