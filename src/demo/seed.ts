import { systemActor } from '../platform/authz';
import { execute } from '../platform/command';
import type { Db } from '../platform/db/database';
import { ConflictError } from '../platform/errors';
import { addMembership, createCooperation, getCooperationBySlug, hasCooperations } from '../modules/cooperations';
import { addSeat, createBody } from '../modules/people';
import { khs } from './khs';
import { seedArchive } from './archive';
import { seedMeetings } from './meetings';
import { seedServices } from './services';
import { seedSite } from './site';
import { seedSurveys } from './surveys';
import { seedJointCases } from './joint-cases';
import type { DemoCooperation } from './types';
import { vestregionen } from './vestregionen';

export const DEMO_COOPERATIONS: readonly DemoCooperation[] = [vestregionen, khs];

/** True when no cooperation exists yet: the one moment the demo may be loaded. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  return !(await hasCooperations(db));
}

/**
 * Loads the demo (Vestregionen and KHS) through the modules' commands as the system actor `seed`,
 * so every record has its audit entry. The register must be synced first (memberships refer to it).
 * All of it is one transaction: a failure halfway leaves the database as empty as it was, so the next
 * start tries again. The caller checks `isDatabaseEmpty` first, and this refuses outright when
 * Vestregionen is already there rather than adding a second copy.
 */
export async function seedDemo(db: Db): Promise<void> {
  if (await getCooperationBySlug(db, vestregionen.cooperation.slug)) {
    throw new ConflictError('The demo data is already loaded: the cooperation "vestregionen" exists. Nothing was changed.');
  }
  const actor = systemActor('seed');
  await db.transaction().execute(async (trx) => {
    for (const demo of DEMO_COOPERATIONS) {
      const cooperation = await execute(trx, createCooperation, actor, demo.cooperation);
      for (const membership of demo.memberships) {
        await execute(trx, addMembership, actor, { ...membership, cooperation_id: cooperation.id });
      }
      for (const { body, seats } of demo.bodies) {
        const created = await execute(trx, createBody, actor, { ...body, cooperation_id: cooperation.id });
        for (const seat of seats) await execute(trx, addSeat, actor, { ...seat, body_id: created.id });
      }
    }
    // Meetings and cases first: the archive, the services and the progress plan link to them; the
    // plan also links to the survey, so the site comes last.
    const links = await seedMeetings(trx, actor);
    await seedArchive(trx, actor, links);
    await seedSurveys(trx, actor, links);
    await seedServices(trx, actor, links);
    await seedJointCases(trx, actor, links);
    await seedSite(trx, actor, links);
  });
}
