import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exited, freePort, repoRoot, spawnNodeScript, stopProcess } from './process';
import { createEmptyPostgresDatabase } from './postgres';

export interface StartServerOptions {
  /** Which engine; 'postgres' makes a fresh database on the server in `DATABASE_URL`. Default 'sqlite'. */
  database?: 'sqlite' | 'postgres';
  /** Use this SQLite directory (kept after stop) instead of a fresh temp one. */
  dataDir?: string;
  /** Use this PostgreSQL database (kept after stop) instead of a fresh one. */
  databaseUrl?: string;
  /** Load the demo on an empty database (SEED_DEMO=auto). Default true. */
  seed?: boolean;
  /** More environment for the server. */
  env?: Record<string, string | undefined>;
  /** Run the production bundle (`npm run build`, then dist/main.mjs, as `npm start` does) instead of the TypeScript through tsx. */
  built?: boolean;
  /** How long to wait for /healthz. Default 90 s (the first start compiles TypeScript and loads the demo). */
  timeoutMs?: number;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  url: string;
  port: number;
  process: ChildProcess;
  dialect: 'sqlite' | 'postgres';
  dataDir: string;
  databaseUrl?: string;
  stdout(): string;
  stderr(): string;
  /** SIGTERM (then SIGKILL), and delete the temp data this helper made. */
  stop(): Promise<void>;
}

let built = false;
/** Builds dist/ once per test process, as `npm start` does before it starts. */
function buildServer(): void {
  if (built) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  built = true;
}

/** Starts the real server (tsx, or the bundle `npm start` runs) and waits until /healthz answers 200. */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const engine = options.databaseUrl ? 'postgres' : (options.database ?? 'sqlite');
  const ownDir = options.dataDir ? null : mkdtempSync(join(tmpdir(), 'samrad-server-'));
  const dataDir = options.dataDir ?? ownDir!;
  const ownPg = engine === 'postgres' && !options.databaseUrl ? await createEmptyPostgresDatabase() : null;
  const databaseUrl = options.databaseUrl ?? ownPg?.url;
  const cleanUp = async () => {
    if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    await ownPg?.drop().catch(() => {});
  };

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  if (options.built) buildServer();
  const child = spawnNodeScript(options.built ? 'dist/main.mjs' : 'src/main.ts', [], {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    SEED_DEMO: options.seed === false ? 'never' : 'auto',
    LOG_LEVEL: 'error',
    ...options.env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin!.end();

  const server: RunningServer = {
    url,
    port,
    process: child,
    dialect: engine,
    dataDir,
    ...(databaseUrl ? { databaseUrl } : {}),
    stdout: () => stdout,
    stderr: () => stderr,
    async stop() {
      await stopProcess(child);
      await cleanUp();
    },
  };

  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  const gone = exited(child).then(() => 'exited' as const);
  while (Date.now() < deadline) {
    const answer = await Promise.race([healthy(url), gone]);
    if (answer === true) return server;
    if (answer === 'exited') {
      await cleanUp();
      throw new Error(`The server exited (code ${child.exitCode}, signal ${child.signalCode}) before /healthz answered.\n--- stderr ---\n${tail(stderr)}\n--- stdout ---\n${tail(stdout)}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  await server.stop();
  throw new Error(`The server did not answer /healthz with 200 within ${options.timeoutMs ?? 90_000} ms.\n--- stderr ---\n${tail(stderr)}`);
}

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

function tail(text: string, lines = 40): string {
  return text.trim().split('\n').slice(-lines).join('\n') || '(empty)';
}
