import type { Actor } from '../../platform/authz';
import { canEditSite } from '../site';

/** Progress plans are published on the cooperation's website: its editors and secretariat keep them. */
export function canEditProcesses(actor: Actor, cooperationId: number): boolean {
  return canEditSite(actor, cooperationId);
}
