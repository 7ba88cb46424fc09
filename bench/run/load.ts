import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { spawnNode } from './server-process';

export interface LoadSpec {
  url: string;
  connections: number;
  /** Seconds. */
  duration: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  idReplacement?: boolean;
}

export interface LoadResult {
  /** Successful (2xx) responses per second: failures do not count as throughput. */
  rps: number;
  p50_ms: number;
  p99_ms: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  seconds: number;
  statusCodes: Record<string, number>;
}

/** autocannon in a second process (load-worker.ts), one measurement at a time. */
export class LoadGenerator {
  private readonly child: ChildProcess;
  private readonly answers: AsyncIterator<string>;
  private stderr = '';

  constructor() {
    this.child = spawnNode('bench/run/load-worker.ts', [], {}, 'pipe');
    this.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.stderr = (this.stderr + chunk).slice(-4000)));
    this.answers = createInterface({ input: this.child.stdout! })[Symbol.asyncIterator]();
  }

  async run(spec: LoadSpec): Promise<LoadResult> {
    this.child.stdin!.write(`${JSON.stringify(spec)}\n`);
    const next = await this.answers.next();
    if (next.done) throw new Error(`the load generator stopped (exit ${this.child.exitCode}):\n${this.stderr}`);
    const answer = JSON.parse(next.value) as LoadResult | { error: string };
    if ('error' in answer) throw new Error(`the load generator failed on ${spec.url}: ${answer.error}`);
    return answer;
  }

  /** A short load first, so that the JIT and the caches are warm when the measured run starts. */
  async warmThenRun(spec: LoadSpec, warmSeconds: number): Promise<LoadResult> {
    if (warmSeconds > 0) await this.run({ ...spec, duration: warmSeconds });
    return this.run(spec);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.stdin!.end();
    await exited;
  }
}

/** Warm-up before each figure: none for very short runs (a smoke test), else a fifth of the run, 1 to 2 s. */
export const warmUpSeconds = (duration: number) => (duration < 3 ? 0 : Math.min(2, Math.max(1, duration / 5)));
