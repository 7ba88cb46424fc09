import { systemActor, type Actor } from '../../src/platform/authz';
import { execute } from '../../src/platform/command';
import type { Db } from '../../src/platform/db/database';
import { createUser, grantRole, signIn } from '../../src/modules/accounts';
import { createCooperation } from '../../src/modules/cooperations';
import { createBody } from '../../src/modules/people';
import type { App } from '../../src/app';

// What the meetings and cases tests share: a cooperation with a body, signed-in users, and requests.

export const system = systemActor('cli');
const PASSWORD = 'correct horse battery staple';

export async function cooperationWithBody(db: Db, slug: string, bodySlug = 'styret') {
  const { id: cooperationId } = await execute(db, createCooperation, system, { slug, name: `Samarbeid ${slug}`, legal_form: 'political_council', status: 'active' });
  const { id: bodyId } = await execute(db, createBody, system, { cooperation_id: cooperationId, slug: bodySlug, name: { nb: 'Styret' }, kind: 'political' });
  return { cooperationId, bodyId };
}

export interface Session {
  actor: Actor;
  headers: Record<string, string>;
}

/** A real user with one role in the cooperation, signed in: its cookie and CSRF header for requests. */
export async function signedIn(db: Db, email: string, role: 'secretariat' | 'member', cooperationId: number): Promise<Session> {
  const user = await createUser(db, system, { email, name: email, password: PASSWORD });
  await execute(db, grantRole, system, { userId: user.id, role, cooperationId });
  const session = await signIn(db, { email, password: PASSWORD, ip: '127.0.0.1' }, { sessionDays: 1 });
  return {
    actor: { kind: 'user', userId: user.id, name: email, email, grants: [{ role, cooperationId, authorityCode: null }] },
    headers: { cookie: `samrad_session=${session.token}`, 'x-csrf-token': session.csrfToken },
  };
}

export async function request(app: App, method: string, path: string, options: { session?: Session; body?: unknown } = {}) {
  const res = await app.request(path, {
    method,
    headers: { ...(options.session?.headers ?? {}), ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON (a calendar, a file): the text is there.
  }
  return { status: res.status, text, json, headers: res.headers };
}
