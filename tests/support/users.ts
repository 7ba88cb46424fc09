import type { Page } from 'playwright-core';
import { visit } from './pages';
import { runNodeScript } from './process';
import type { RunningServer } from './server';

export interface CliUser {
  email: string;
  name: string;
  /** A role as `samrad user create --role` takes it (administrator, secretariat, …). */
  role: string;
  password: string;
}

/**
 * Makes an account with `samrad user create` on the running server's data, as an operator would:
 * the e2e tests then sign in through the form like a person, with no back door into the database.
 * SQLite in WAL mode lets this second process write while the server runs.
 */
export async function createUserWithCli(server: RunningServer, user: CliUser): Promise<void> {
  const created = await runNodeScript(
    'src/cli/index.ts',
    ['user', 'create', '--email', user.email, '--name', user.name, '--role', user.role, '--password-stdin'],
    { env: { DATA_DIR: server.dataDir, DATABASE_URL: server.databaseUrl }, input: `${user.password}\n`, timeoutMs: 60_000 },
  );
  if (created.code !== 0) throw new Error(`samrad user create failed (exit ${created.code}):\n${created.stderr}\n${created.stdout}`);
}

/**
 * Signs in through the sign-in form (works with JavaScript off too) and waits for the answer to
 * load. `next` is where the form should send the reader afterwards (`?neste=`).
 */
export async function signIn(page: Page, server: RunningServer, user: { email: string; password: string }, next?: string): Promise<void> {
  await visit(page, `${server.url}/logg-inn${next ? `?neste=${encodeURIComponent(next)}` : ''}`);
  const form = page.locator('main form:has(input[type="password"])').first();
  await form.locator('input[type="email"], input[name="email"]').first().fill(user.email);
  await form.locator('input[type="password"]').first().fill(user.password);
  // click() waits for the navigation it starts; then wait for the answer to load.
  await form.locator('[type="submit"]').first().click();
  await page.waitForLoadState('load');
}
