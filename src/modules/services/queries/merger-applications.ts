import type { Db } from '../../../platform/db/database';
import { mergerApplicationsOf } from '../services.repository';
import type { MergerStep } from './merger-plan';

/** The change sets applied to a cooperation, newest first, with what each did. */
export async function mergerApplications(db: Db, cooperationId: number) {
  return (await mergerApplicationsOf(db, cooperationId)).map((a) => ({
    id: a.id,
    effectiveOn: a.effective_on,
    rule: a.rule,
    appliedAt: a.applied_at,
    actorLabel: a.actor_label,
    steps: JSON.parse(a.summary) as MergerStep[],
  }));
}
