import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, runNodeScript, type ProcessResult } from '../support/process';

// An operator who gets the environment wrong must see one line that says what to fix: not a stack
// trace, not a hang. Each case starts the real program (`npm start` runs the same command).
describe.concurrent('start-up faults', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'samrad-faults-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const start = (env: Record<string, string>) =>
    runNodeScript('src/main.ts', [], { env: { DATA_DIR: join(dir, 'data'), SEED_DEMO: 'never', HOST: '127.0.0.1', ...env }, timeoutMs: 50_000 });

  function expectOneLineNaming(result: ProcessResult, variable: string) {
    const report = `exit code ${result.code}, signal ${result.signal}\n--- stderr ---\n${result.stderr}\n--- stdout ---\n${result.stdout}`;
    expect(result.timedOut, `it did not exit in time\n${report}`).toBe(false);
    expect(result.code, report).not.toBe(0);
    expect(result.code, report).not.toBeNull();
    const lines = result.stderr.split('\n').filter((line) => line.trim() !== '');
    expect(lines, report).toHaveLength(1);
    expect(lines[0], report).toContain(variable);
    expect(result.stderr, report).not.toMatch(/^\s+at /m);
  }

  it('names DATABASE_URL when PostgreSQL refuses the connection', async () => {
    const port = await freePort();
    expectOneLineNaming(await start({ DATABASE_URL: `postgres://nobody@127.0.0.1:${port}/nope` }), 'DATABASE_URL');
  });

  it('names DATABASE_URL when it is not a PostgreSQL address', async () => {
    expectOneLineNaming(await start({ DATABASE_URL: 'mysql://x' }), 'DATABASE_URL');
  });

  it('names DATA_DIR when the directory cannot be written', async () => {
    // Even root cannot make a directory under a regular file.
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a directory');
    expectOneLineNaming(await start({ DATA_DIR: join(file, 'data') }), 'DATA_DIR');
  });

  describe('when the port is taken', () => {
    let blocker: Server;
    let port: number;
    beforeAll(async () => {
      port = await freePort();
      blocker = createServer();
      await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    });
    afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

    it('names PORT', async () => {
      expectOneLineNaming(await start({ PORT: String(port), DATA_DIR: join(dir, 'port-data') }), 'PORT');
    });
  });
});
