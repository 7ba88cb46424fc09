import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createUser, signIn } from '../../src/modules/accounts';
import { getCooperationBySlug, updateCooperation } from '../../src/modules/cooperations';
import { systemActor } from '../../src/platform/authz';
import { defineCommand, execute } from '../../src/platform/command';
import { startCachedServer, type CachedServer } from './page-cache-support';

let s: CachedServer;
const cli = systemActor('cli');

beforeAll(async () => {
  s = await startCachedServer();
}, 60_000);
afterAll(() => s?.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${s.url}${path}`, { headers });

/** Counts the hits a request makes, to tell a kept page from a new rendering of the same bytes. */
async function hitsDuring(request: () => Promise<Response>): Promise<{ response: Response; body: string; hits: number }> {
  const before = s.cache.stats.hits;
  const response = await request();
  const body = await response.text();
  return { response, body, hits: s.cache.stats.hits - before };
}

async function tagline(db: CachedServer['database']['db'], nb: string) {
  const coop = (await getCooperationBySlug(db, 'vestregionen'))!;
  await execute(db, updateCooperation, cli, { cooperation_id: coop.id, tagline: { nb, nn: nb, en: nb } });
}

describe('page cache', () => {
  it('answers the second request from the cache with the same ETag, and 304 to If-None-Match', async () => {
    const first = await hitsDuring(() => get('/vestregionen/medlemmer'));
    expect(first.response.status).toBe(200);
    expect(first.hits).toBe(0);
    const etag = first.response.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);

    const second = await hitsDuring(() => get('/vestregionen/medlemmer'));
    expect(second.hits).toBe(1);
    expect(second.response.headers.get('etag')).toBe(etag);
    expect(second.body).toBe(first.body);
    // The kept page carries the security headers and no cookie.
    expect(second.response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(second.response.headers.get('set-cookie')).toBeNull();
    expect(second.response.headers.get('x-samrad-page-scope')).toBeNull();

    const revalidated = await hitsDuring(() => get('/vestregionen/medlemmer', { 'If-None-Match': etag }));
    expect(revalidated.response.status).toBe(304);
    expect(revalidated.body).toBe('');
    expect(revalidated.response.headers.get('etag')).toBe(etag);
  });

  it('shows an edit made through a command on the next request, with a new ETag', async () => {
    await get('/vestregionen');
    const before = await get('/vestregionen');
    const etag = before.headers.get('etag');
    await tagline(s.database.db, 'Endret gjennom en kommando');
    const after = await hitsDuring(() => get('/vestregionen', { 'If-None-Match': etag! }));
    expect(after.response.status).toBe(200);
    expect(after.hits).toBe(0);
    expect(after.body).toContain('Endret gjennom en kommando');
    expect(after.response.headers.get('etag')).not.toBe(etag);
  });

  it('shows a write made over another connection (another process) on the next request', async () => {
    await get('/vestregionen');
    expect((await hitsDuring(() => get('/vestregionen'))).hits).toBe(1);
    const other = await s.openSecondConnection();
    try {
      await tagline(other.db, 'Endret fra en annen prosess');
    } finally {
      await other.close();
    }
    const after = await hitsDuring(() => get('/vestregionen'));
    expect(after.hits).toBe(0);
    expect(after.body).toContain('Endret fra en annen prosess');
  });

  it('keeps one entry per text size and language', async () => {
    const normal = await get('/vestregionen/organer');
    const large = await get('/vestregionen/organer', { Cookie: 'samrad_text_size=larger' });
    const english = await get('/en/vestregionen/organer');
    expect(new Set([normal.headers.get('etag'), large.headers.get('etag'), english.headers.get('etag')]).size).toBe(3);
    expect((await hitsDuring(() => get('/vestregionen/organer', { Cookie: 'samrad_text_size=larger' }))).body).toBe(await large.text());
    expect((await hitsDuring(() => get('/en/vestregionen/organer'))).hits).toBe(1);
  });

  it('never gives a signed-in reader a kept page, and never keeps theirs', async () => {
    await createUser(s.database.db, cli, { email: 'redaktor@example.test', name: 'Redaktøren', password: 'Rådmannsgruppen 31. mai' });
    const session = await signIn(s.database.db, { email: 'redaktor@example.test', password: 'Rådmannsgruppen 31. mai', ip: '127.0.0.1' }, { sessionDays: 1 });
    await get('/vestregionen/organer');
    const entries = s.cache.store.size;
    const signedIn = await hitsDuring(() => get('/vestregionen/organer', { Cookie: `samrad_session=${session.token}` }));
    expect(signedIn.hits).toBe(0);
    expect(signedIn.body).toContain('Redaktøren');
    expect(signedIn.response.headers.get('cache-control')).toContain('no-store');
    expect(signedIn.response.headers.get('etag')).toBeNull();
    expect(s.cache.store.size).toBe(entries);
    expect(await (await get('/vestregionen/organer')).text()).not.toContain('Redaktøren');
  });

  it('renews only the pages of the cooperation a scoped write names, and the pages that show every cooperation', async () => {
    const khs = (await getCooperationBySlug(s.database.db, 'kommunehelsesamarbeidet'))!;
    const touchKhs = defineCommand({
      name: 'touchKhs',
      input: z.object({}),
      authorize: () => true,
      run: async () => ({ result: null, audit: [] }),
      pageScope: () => ({ cooperationId: khs.id }),
    });
    for (const path of ['/', '/vestregionen', '/kommunehelsesamarbeidet']) await get(path);
    await execute(s.database.db, touchKhs, cli, {});
    expect((await hitsDuring(() => get('/vestregionen'))).hits).toBe(1);
    expect((await hitsDuring(() => get('/kommunehelsesamarbeidet'))).hits).toBe(0);
    expect((await hitsDuring(() => get('/'))).hits).toBe(0);
  });

  it('answers HEAD from the cache without a body, and never keeps a 404', async () => {
    await get('/vestregionen/medlemmer');
    const head = await fetch(`${s.url}/vestregionen/medlemmer`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(1000);
    expect(await head.text()).toBe('');
    const entries = s.cache.store.size;
    expect((await get('/finnes-ikke-her')).status).toBe(404);
    expect(s.cache.store.size).toBe(entries);
  });
});
