import type { Config } from '../../config';
import type { Db, Dialect } from '../../db/database';
import { PageCache } from './page-cache';
import { sqliteVersionReader } from './sqlite-versions';

export { PageCache, notModified } from './page-cache';
export type { CachedPage } from './store';
export { pageCacheMiddleware } from './middleware';
export { pageCacheListener } from './listener';
export { declarePageScope } from './scope';
export { bumpPageVersion, type PageScope } from './versions';

/** The application's page cache, or null when PAGE_CACHE=off. */
export function createPageCache(db: Db, dialect: Dialect, config: Pick<Config, 'pageCache' | 'pageCacheBytes'>): PageCache | null {
  if (!config.pageCache) return null;
  return new PageCache({ db, maxBytes: config.pageCacheBytes, ...(dialect === 'sqlite' ? { readVersions: sqliteVersionReader(db) } : {}) });
}

const caches = new WeakMap<object, PageCache>();

/** The server finds the application's cache here, so that callers of `listen(app)` need not pass it. */
export function attachPageCache(app: object, cache: PageCache): void {
  caches.set(app, cache);
}

export function pageCacheOf(app: object): PageCache | undefined {
  return caches.get(app);
}
