import type { Db } from '../../../platform/db/database';
import { norwegianCollator, parseLocalizedText } from '../../../platform/i18n';
import { membersOn } from '../../cooperations';
import { authoritiesNamedOn } from '../../registry';
import { participantsCovering, type ServiceRow } from '../services.repository';
import type { ParticipantView } from './views';

/**
 * Who takes part in a service on `at`, each named as it was that day: its own participants, or, for
 * a service run by a cooperation of its own, that cooperation's members on the day (the host marked).
 * Municipalities first, then county authorities, each in Norwegian order.
 */
export async function participantsOn(db: Db, service: Pick<ServiceRow, 'id' | 'run_by_cooperation_id' | 'host_code'>, at: string): Promise<ParticipantView[]> {
  let views: ParticipantView[];
  if (service.run_by_cooperation_id !== null) {
    views = (await membersOn(db, service.run_by_cooperation_id, at)).map((m) => ({
      participantId: null,
      code: m.code,
      name: m.name,
      kind: m.kind,
      role: m.code === service.host_code ? 'host' : 'participant',
      startOn: m.startOn,
      endOn: m.endOn,
      note: m.note,
    }));
  } else {
    const rows = await participantsCovering(db, service.id, at);
    const named = await authoritiesNamedOn(db, rows.map((r) => r.member_code), at);
    views = rows.map((r) => ({
      participantId: r.id,
      code: r.member_code,
      name: named.get(r.member_code)?.name ?? r.member_code,
      kind: named.get(r.member_code)?.kind ?? 'municipality',
      role: r.role,
      startOn: r.start_on,
      endOn: r.end_on,
      note: parseLocalizedText(r.note),
    }));
  }
  return views.sort(
    (a, b) => (a.kind === b.kind ? 0 : a.kind === 'municipality' ? -1 : 1) || norwegianCollator.compare(a.name, b.name) || a.code.localeCompare(b.code),
  );
}
