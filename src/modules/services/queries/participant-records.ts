import type { Db } from '../../../platform/db/database';
import { todayInOslo } from '../../../platform/i18n';
import { authoritiesNamedOn } from '../../registry';
import { participantsOf } from '../services.repository';

/** Every participant row of a service over time, for the secretariat: oldest start first, each named by its register name. */
export async function participantRecords(db: Db, serviceId: number) {
  const rows = await participantsOf(db, [serviceId]);
  const named = await authoritiesNamedOn(db, rows.map((r) => r.member_code), todayInOslo());
  return rows
    .map((r) => ({ ...r, name: named.get(r.member_code)?.name ?? r.member_code }))
    .sort((a, b) => (a.start_on ?? '').localeCompare(b.start_on ?? '') || a.name.localeCompare(b.name, 'nb') || a.id - b.id);
}
