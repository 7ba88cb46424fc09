import { describe, expect, it } from 'vitest';
import { cacheKeyOf } from './request-key';
import { PageCache, notModified } from './page-cache';
import { PageStore, type CachedPage } from './store';
import { VersionReader, snapshotOf, versionFor, type VersionSnapshot } from './versions';

const page = (bytes: number): CachedPage => ({
  status: 200,
  headers: {},
  rawHeaders: [],
  notModifiedHeaders: {},
  body: Buffer.alloc(bytes),
  etag: '"x"',
  cooperationId: null,
  version: 't0',
  storedAt: Date.now(),
});

describe('page store', () => {
  it('stays within its byte budget, dropping the least recently used page first', () => {
    const store = new PageStore(100_000);
    for (let i = 0; i < 10; i++) store.set(`/p${i}`, page(10_000));
    expect(store.usedBytes).toBeLessThanOrEqual(100_000);
    expect(store.has('/p0')).toBe(false);
    store.get('/p2');
    store.set('/new', page(10_000));
    expect(store.has('/p2')).toBe(true);
    expect(store.has('/p1')).toBe(false);
    expect(store.has('/p3')).toBe(true);
    expect(store.set('/huge', page(20_000))).toBe(false);
  });
});

describe('what the cache keeps', () => {
  const snapshot = snapshotOf([]);
  const html = (extra: Record<string, string> = {}) => new Headers({ 'content-type': 'text/html; charset=UTF-8', ...extra });
  const offer = (cache: PageCache, body: string, headers = html(), status = 200) =>
    cache.offer('k', snapshot, { status, headers, body: Buffer.from(body), csrfToken: 'TOKEN-of-this-browser', cooperationId: null });

  it('keeps a public page, without the CSRF cookie, and refuses personal or uncacheable ones', () => {
    const cache = new PageCache({ db: null as never, maxBytes: 1 << 20, readVersions: () => snapshot });
    const kept = offer(cache, '<p>Hei</p>', html({ 'set-cookie': 'samrad_csrf=abc; Path=/' }))!;
    expect(kept.headers['set-cookie']).toBeUndefined();
    expect(kept.headers['cache-control']).toBe('no-cache');
    expect(kept.headers['content-length']).toBe('10');
    expect(offer(cache, '<input name="_csrf" value="TOKEN-of-this-browser">')).toBeNull();
    expect(offer(cache, '<p>Hei</p>', html({ 'set-cookie': 'samrad_session=; Max-Age=0' }))).toBeNull();
    expect(offer(cache, '<p>Hei</p>', html({ 'cache-control': 'private, no-store' }))).toBeNull();
    expect(offer(cache, '<p>Hei</p>', new Headers({ 'content-type': 'application/pdf' }))).toBeNull();
    expect(offer(cache, '<p>Ikke funnet</p>', html(), 404)).toBeNull();
  });

  it('keys by host, text size, day and path; never for a session, a write, the API or the workspace', () => {
    const key = (cookie?: string, url = '/vestregionen', method = 'GET') => cacheKeyOf(method, url, cookie, 'samrad.example');
    expect(key()).toContain('/vestregionen');
    expect(key('samrad_text_size=large')).not.toBe(key());
    expect(key('samrad_text_size=bogus')).toBe(key());
    expect(key('samrad_csrf=abc')).toBe(key());
    expect(key('samrad_csrf=abc; samrad_session=xyz')).toBeNull();
    expect(key(undefined, '/vestregionen', 'POST')).toBeNull();
    expect(key(undefined, '/api/v1/cooperations')).toBeNull();
    expect(key(undefined, '/nn/arbeidsflate')).toBeNull();
    expect(key(undefined, '/en/vestregionen')).not.toBe(key());
  });

  it('matches If-None-Match lists and weak forms', () => {
    expect(notModified('"a", "b"', '"b"')).toBe(true);
    expect(notModified('W/"b"', '"b"')).toBe(true);
    expect(notModified('"c"', '"b"')).toBe(false);
  });
});

describe('versions', () => {
  it('renews a cooperation page on its own or a shared write, other pages on any write', () => {
    const at = (rows: [number, number][]) => snapshotOf(rows.map(([cooperation_id, version]) => ({ cooperation_id, version })));
    const before = at([[0, 4], [1, 2], [2, 7]]);
    expect(versionFor(at([[0, 4], [1, 2], [2, 8]]), 1)).toBe(versionFor(before, 1));
    expect(versionFor(at([[0, 4], [1, 2], [2, 8]]), null)).not.toBe(versionFor(before, null));
    expect(versionFor(at([[0, 5], [1, 2], [2, 7]]), 1)).not.toBe(versionFor(before, 1));
  });

  it('shares one read among requests of one turn, and never gives a request a read that began before it arrived', async () => {
    let reads = 0;
    const reader = new VersionReader(() => snapshotOf([{ cooperation_id: 0, version: ++reads }]));
    const sameTurn = [reader.current(), reader.current(), reader.current()];
    expect(reads).toBe(0);
    expect((await Promise.all(sameTurn)).map((s) => s.shared)).toEqual([1, 1, 1]);
    const later = await reader.current();
    expect(later.shared).toBe(2);
  });
});
