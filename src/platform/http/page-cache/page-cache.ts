import { createHash } from 'node:crypto';
import type { Db } from '../../db/database';
import { cacheKeyOf } from './request-key';
import { PageStore, type CachedPage } from './store';
import { readSnapshot, VersionReader, versionFor, type VersionSnapshot } from './versions';

/** Pages that depend on the clock as well as on data (what is current today) are rendered again after this. */
const MAX_AGE_MS = 5 * 60 * 1000;

/** Only these are pages; files, calendars and downloads stream or are built on demand and are not kept. */
const PAGE_TYPES = /^(text\/html|application\/(atom\+|rss\+)?xml)/;

export interface PageCacheOptions {
  db: Db;
  maxBytes: number;
  /** How to read the version counters; the default reads them through `db`. */
  readVersions?: () => Promise<VersionSnapshot> | VersionSnapshot;
}

/** A rendered response offered to the cache, with what the pipeline knows about it. */
export interface RenderedResponse {
  status: number;
  headers: Headers;
  body: Buffer;
  /** This browser's CSRF token: a page that carries it is personal and never kept. */
  csrfToken: string;
  cooperationId: number | null;
}

/** The cache: keys, stored pages, and the version counters that decide whether a page is current. */
export class PageCache {
  readonly store: PageStore;
  readonly versions: VersionReader;
  /** Pages answered from the cache, for tests and for a look from the outside. */
  readonly stats = { hits: 0 };

  constructor(options: PageCacheOptions) {
    this.store = new PageStore(options.maxBytes);
    this.versions = new VersionReader(options.readVersions ?? (() => readSnapshot(options.db)));
  }

  keyOf(method: string | undefined, url: string | undefined, cookie: string | undefined, host: string | undefined): string | null {
    return cacheKeyOf(method, url, cookie, host);
  }

  /** The stored page when it was rendered at the current version of the data it shows. */
  fresh(key: string, snapshot: VersionSnapshot, now = Date.now()): CachedPage | null {
    const page = this.store.get(key);
    if (!page) return null;
    if (page.version === versionFor(snapshot, page.cooperationId) && now - page.storedAt < MAX_AGE_MS) {
      this.stats.hits++;
      return page;
    }
    this.store.delete(key);
    return null;
  }

  /** What can be decided before reading the body, so that files and downloads are never read into memory. */
  mayKeep(status: number, headers: Headers): boolean {
    if (status !== 200 || !PAGE_TYPES.test(headers.get('content-type') ?? '')) return false;
    if (/no-store|private/.test(headers.get('cache-control') ?? '')) return false;
    if (Number(headers.get('content-length') ?? 0) > this.store.maxBytes / 8) return false;
    return !headers.getSetCookie().some((cookie) => !cookie.startsWith('samrad_csrf='));
  }

  /**
   * Keeps the response when it is the same for every anonymous reader: a 200 page, no cookie of
   * its own but the CSRF cookie (dropped: the page does not use it), no `no-store`/`private`, and
   * not carrying this browser's CSRF token (forms that post). Returns the page to send (with its
   * ETag), or null when it was not kept.
   */
  offer(key: string, snapshot: VersionSnapshot, response: RenderedResponse): CachedPage | null {
    if (!this.mayKeep(response.status, response.headers)) return null;
    if (response.csrfToken && response.body.includes(response.csrfToken)) return null;
    const page = pageOf(response, versionFor(snapshot, response.cooperationId));
    this.store.set(key, page);
    return page;
  }
}

function pageOf(response: RenderedResponse, version: string): CachedPage {
  const etag = `"${createHash('sha1').update(response.body).digest('base64url').slice(0, 22)}"`;
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie' && name !== 'content-length') headers[name] = value;
  });
  // Browsers ask again each time (the ETag makes that a 304), so an edit shows on the next visit;
  // the text size is a cookie, so a shared cache must not mix the sizes.
  headers['cache-control'] ??= 'no-cache';
  headers['vary'] = 'Cookie';
  headers['etag'] = etag;
  headers['content-length'] = String(response.body.length);
  const { 'content-type': _type, 'content-length': _length, ...notModifiedHeaders } = headers;
  const rawHeaders = Object.entries(headers).flat();
  return { status: 200, headers, rawHeaders, notModifiedHeaders, body: response.body, etag, cooperationId: response.cooperationId, version, storedAt: Date.now() };
}

/** If-None-Match holds this ETag (or `*`): the browser's copy is current. */
export function notModified(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
