import type { Context } from 'hono';

/** Internal: read and removed by the page cache, never sent. */
export const SCOPE_HEADER = 'x-samrad-page-scope';

/** The requests the cache may keep: only they need a scope, and only their header is removed again. */
const offered = new WeakSet<Request>();

export function expectPageScope(request: Request): void {
  offered.add(request);
}

/**
 * Says that the page being rendered shows one cooperation's data (and shared data such as the
 * register) and nothing of other cooperations, so only that cooperation's writes make it stale.
 * Pages that do not say so are made stale by every write.
 */
export function declarePageScope(c: Context, cooperationId: number): void {
  if (offered.has(c.req.raw)) c.header(SCOPE_HEADER, String(cooperationId));
}
