import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { runDueJobs, scheduleJob, startJobLoop, type JobHandlers } from './index';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

const at = (iso: string) => new Date(iso);

describe('the job schedule', () => {
  it('keeps one job per key, runs it when due, once', async () => {
    const runs: unknown[] = [];
    const handlers: JobHandlers = { 'test.ping': async (_db, payload) => void runs.push(payload) };
    expect(await scheduleJob(t.db, { key: 'ping:1', kind: 'test.ping', runAt: '2030-01-01T10:00:00.000Z', payload: { n: 1 } })).toBe(true);
    expect(await scheduleJob(t.db, { key: 'ping:1', kind: 'test.ping', runAt: '2030-01-01T09:00:00.000Z', payload: { n: 2 } })).toBe(false);

    expect(await runDueJobs(t.db, { handlers, now: at('2030-01-01T09:59:59Z') })).toEqual({ done: [], failed: [] });
    expect(await runDueJobs(t.db, { handlers, now: at('2030-01-01T10:00:00Z') })).toEqual({ done: ['ping:1'], failed: [] });
    expect(await runDueJobs(t.db, { handlers, now: at('2030-01-02T10:00:00Z') })).toEqual({ done: [], failed: [] });
    expect(runs).toEqual([{ n: 1 }]);
  });

  it('retries a failing job later and gives up after the last try, keeping the error', async () => {
    let calls = 0;
    const handlers: JobHandlers = {
      'test.fail': async () => {
        calls++;
        throw new Error('the SMTP server is down');
      },
    };
    await scheduleJob(t.db, { key: 'fail:1', kind: 'test.fail', runAt: '2030-02-01T00:00:00.000Z', payload: {} });
    const first = await runDueJobs(t.db, { handlers, now: at('2030-02-01T00:00:00Z'), maxAttempts: 2 });
    expect(first.failed).toEqual([{ key: 'fail:1', error: 'the SMTP server is down', givenUp: false }]);
    // Not again at once: the retry waits five minutes.
    expect((await runDueJobs(t.db, { handlers, now: at('2030-02-01T00:01:00Z'), maxAttempts: 2 })).failed).toEqual([]);
    const second = await runDueJobs(t.db, { handlers, now: at('2030-02-01T00:05:00Z'), maxAttempts: 2 });
    expect(second.failed).toEqual([{ key: 'fail:1', error: 'the SMTP server is down', givenUp: true }]);
    await runDueJobs(t.db, { handlers, now: at('2030-03-01T00:00:00Z'), maxAttempts: 2 });
    expect(calls).toBe(2);
    const [row] = await t.db.selectFrom('jobs').selectAll().where('key', '=', 'fail:1').execute();
    expect(row).toMatchObject({ attempts: 2, done_at: null, failed_at: expect.any(String), last_error: 'the SMTP server is down' });
  });

  it('fails a job of a kind nobody handles, by name', async () => {
    await scheduleJob(t.db, { key: 'unknown:1', kind: 'test.unknown', runAt: '2030-04-01T00:00:00.000Z', payload: {} });
    const report = await runDueJobs(t.db, { handlers: {}, now: at('2030-04-01T00:00:00Z') });
    expect(report.failed[0]).toMatchObject({ key: 'unknown:1', error: 'no handler for jobs of kind test.unknown' });
  });

  it('runs due jobs in a loop that stops cleanly', async () => {
    const seen: string[] = [];
    await scheduleJob(t.db, { key: 'loop:1', kind: 'test.loop', runAt: new Date(Date.now() - 1000).toISOString(), payload: {} });
    const loop = startJobLoop({ db: t.db, handlers: { 'test.loop': async (_db, _p, ctx) => void seen.push(ctx.key) }, intervalMs: 20 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await loop.stop();
    expect(seen).toEqual(['loop:1']);
  });
});
