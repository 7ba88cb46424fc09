import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { freePort, getStatus } from './http-client';
import type { Target } from './target';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  url: string;
  /** From spawn to the first 200 of the home page. */
  startupMs: number;
  /** The process's peak resident memory so far (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/**
 * Spawns a node child from the repository root with our environment minus what selects database and
 * port. TypeScript runs through tsx; a built `.mjs` (the server bundle) runs as plain JavaScript.
 */
export function spawnNode(script: string, args: string[], env: Record<string, string>, stdin: 'ignore' | 'pipe' = 'ignore'): ChildProcess {
  const base = { ...process.env };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'PORT', 'HOST', 'SEED_DEMO', 'PUBLIC_URL', 'LOG_LEVEL', 'NODE_OPTIONS', 'PAGE_CACHE']) delete base[name];
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...loader, script, ...args], { cwd: repoRoot, env: { ...base, ...env }, stdio: [stdin, 'pipe', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

// A bench stopped half-way (an error, Ctrl-C) must not leave servers or load generators running.
const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

let built = false;
/** Builds the server bundle once per bench run (`npm start` does the same before it starts). */
function buildServer(): void {
  if (built) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  built = true;
}

/**
 * Starts the real server (`dist/main.mjs`, as `npm start` does after building it) on the target and a free
 * port, and times it to the first 200 of the home page. The SQLite file is reached through a symlink named
 * as the server expects in its DATA_DIR (SQLite follows it, so the WAL sits beside the real file).
 */
export async function startServer(target: Target, extraEnv: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'samrad-bench-'));
  const env: Record<string, string> = { PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', SEED_DEMO: 'never', LOG_LEVEL: 'error', ...extraEnv };
  if (target.database === 'sqlite') {
    symlinkSync(target.file, join(dir, 'samrad.sqlite'));
    env.DATA_DIR = dir;
  } else {
    env.DATA_DIR = dir;
    env.DATABASE_URL = target.url;
  }
  buildServer();
  const started = performance.now();
  const child = spawnNode('dist/main.mjs', [], env);
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-20_000)));
  child.stdout!.resume();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  let startupMs: number;
  try {
    startupMs = await firstOk(`${url}/`, child, started);
  } catch (error) {
    await stop();
    throw new Error(`the server did not start: ${(error as Error).message}\n${stderr}`);
  }
  return { url, startupMs, peakRssMb: () => peakRssMb(child.pid!), stop };
}

/** Polls every 10 ms until the URL answers 200; the time is taken when the answer arrives. */
async function firstOk(url: string, child: ChildProcess, started: number, timeoutMs = 180_000): Promise<number> {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`it exited (code ${child.exitCode}, signal ${child.signalCode})`);
    const status = await getStatus(url).catch(() => 0);
    if (status === 200) return performance.now() - started;
    if (status !== 0) throw new Error(`${url} answered ${status}, not 200`);
    if (performance.now() - started > timeoutMs) throw new Error(`no 200 from ${url} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Linux keeps the high-water mark of resident memory per process: VmHWM in /proc/<pid>/status, in kB. */
export function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`no VmHWM in /proc/${pid}/status`);
  return kb / 1024;
}
