import { closeSync, existsSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

/**
 * What the global setup hands to every test worker: one run id (so databases made by this run can
 * be found and dropped at the end) and a directory where workers build the database templates once
 * and share them.
 */
export interface TestRun {
  runId: string;
  dir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    samradTestRun: TestRun;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `build` once across all worker processes of this run (a lock file decides who builds; the
 * others wait for a `.ready` marker). Returns false when the build failed or took too long, so the
 * caller can fall back to building its own database and show the real error in its own test.
 */
export async function onceAcrossWorkers(run: TestRun, name: string, build: () => Promise<void>, waitMs = 180_000): Promise<boolean> {
  const ready = join(run.dir, `${name}.ready`);
  const failed = join(run.dir, `${name}.failed`);
  const lock = join(run.dir, `${name}.lock`);
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    if (existsSync(ready)) return true;
    if (existsSync(failed)) return false;
    let mine = false;
    try {
      closeSync(openSync(lock, 'wx'));
      mine = true;
    } catch {
      await sleep(50);
    }
    if (!mine) continue;
    try {
      await build();
      writeFileSync(ready, '');
      return true;
    } catch (error) {
      writeFileSync(failed, (error as Error).stack ?? String(error));
      return false;
    }
  }
  return false;
}

/** This run's shared state, or null outside Vitest (then every database is built from scratch). */
export function testRun(): TestRun | null {
  try {
    return inject('samradTestRun') ?? null;
  } catch {
    return null;
  }
}
