import type { Context } from 'hono';
import type { AppEnv } from '../context';

/**
 * Says that the page being rendered shows one cooperation's data (and shared data such as the
 * register) and nothing of other cooperations, so only that cooperation's writes make it stale.
 * Pages that do not say so are made stale by every write.
 */
export function declarePageScope(c: Context<AppEnv>, cooperationId: number): void {
  c.set('pageCooperationId', cooperationId);
}
