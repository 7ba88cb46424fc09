import { expect } from 'vitest';
import type { TestApp } from '../../../tests/support/test-app';
import { createUser, grantRole } from '../../modules/accounts';
import { systemActor, type Role } from '../../platform/authz';
import { execute } from '../../platform/command';

/** Test support for the workspace pages (not a test file itself): a user, and a browser in miniature. */

export const TEST_PASSWORD = 'Rådmannsgruppen 31. mai';
const ORIGIN = 'http://localhost';

/** A user made through the commands, with one role. */
export async function addTestUser(
  t: TestApp,
  email: string,
  name: string,
  role?: { role: Role; cooperationId?: number | null; authorityCode?: string | null },
): Promise<number> {
  const cli = systemActor('cli');
  const user = await createUser(t.db, cli, { email, name, password: TEST_PASSWORD });
  if (role) await execute(t.db, grantRole, cli, { userId: user.id, ...role });
  return user.id;
}

/** Keeps cookies, and reads the CSRF token from the last page it saw. */
export class TestBrowser {
  cookies = new Map<string, string>();
  csrf = '';

  constructor(private readonly t: TestApp) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('Cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await this.t.app.request(path, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = pair!.split('=') as [string, string];
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async page(path: string): Promise<{ response: Response; html: string }> {
    const response = await this.request(path);
    const html = await response.text();
    this.csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? this.csrf;
    return { response, html };
  }

  post(path: string, fields: Record<string, string>): Promise<Response> {
    return this.request(path, {
      method: 'POST',
      headers: { Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: this.csrf, ...fields }).toString(),
    });
  }

  /** Fills in and sends the sign-in form at `path`, which may carry `?neste=`; the answer is the caller's to check. */
  async submitSignIn(email: string, password = TEST_PASSWORD, path = '/logg-inn'): Promise<Response> {
    await this.page(path);
    const next: Record<string, string> = path.includes('neste=') ? { neste: decodeURIComponent(path.split('neste=')[1]!) } : {};
    return this.post(path.split('?')[0]!, { email, password, ...next });
  }

  async signIn(email: string, password = TEST_PASSWORD): Promise<void> {
    const response = await this.submitSignIn(email, password);
    expect(response.status, `signing in as ${email}`).toBe(303);
    // The session has its own CSRF token: read it from a signed-in page.
    await this.page('/arbeidsflate');
  }
}

/**
 * Checks the rules every workspace page keeps: one h1, and a label for every field a person fills in
 * (hidden fields and buttons excepted). Returns the ids of the fields it checked.
 */
export function expectAccessibleForm(html: string): string[] {
  expect(html.match(/<h1[\s>]/g), 'exactly one h1').toHaveLength(1);
  const fields = [...html.matchAll(/<(input|select|textarea)\b([^>]*)>/g)]
    .map((m) => m[2]!)
    .filter((attrs) => !/type="hidden"/.test(attrs));
  const ids: string[] = [];
  for (const attrs of fields) {
    const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
    expect(id, `a field without an id: <${attrs}>`).toBeTruthy();
    expect(html, `a label for #${id}`).toContain(`for="${id}"`);
    ids.push(id!);
  }
  expect(new Set(ids).size, 'field ids are unique').toBe(ids.length);
  return ids;
}
