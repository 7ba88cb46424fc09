import type { Db } from '../../../platform/db/database';
import { norwegianCollator, parseLocalizedText } from '../../../platform/i18n';
import { authorityNamesOn } from '../../registry';
import { seatsOfBody } from '../people.repository';
import type { SeatView } from './views';

/**
 * The seats of a body: all of them, or those held on `at` (inclusive) with each member named as it
 * was that day. The chair first, then the deputy chair, then by the member's name in Norwegian order
 * (municipalities before county authorities, as in member lists; seats on behalf of no member last),
 * a principal before its deputy. Two queries at most.
 */
export async function seatsOf(db: Db, bodyId: number, at?: string): Promise<SeatView[]> {
  const rows = await seatsOfBody(db, bodyId, at);
  const codes = [...new Set(rows.flatMap((r) => (r.on_behalf_of_code ? [r.on_behalf_of_code] : [])))];
  const nameOn = at ? await authorityNamesOn(db, codes, at) : new Map<string, string>();

  return rows
    .map((row) => ({
      memberRank: row.on_behalf_of_code === null ? 2 : row.authority_kind === 'county' ? 1 : 0,
      seat: {
        id: row.id,
        personName: row.person_name,
        onBehalfOf: row.on_behalf_of_code
          ? { code: row.on_behalf_of_code, name: nameOn.get(row.on_behalf_of_code) ?? row.authority_name ?? row.on_behalf_of_code }
          : null,
        office: row.office,
        position: row.position,
        isDeputy: row.is_deputy === 1,
        startOn: row.start_on,
        endOn: row.end_on,
        note: parseLocalizedText(row.note),
      } satisfies SeatView,
    }))
    .sort(
      (a, b) =>
        positionRank(a.seat.position) - positionRank(b.seat.position) ||
        a.memberRank - b.memberRank ||
        norwegianCollator.compare(a.seat.onBehalfOf?.name ?? '', b.seat.onBehalfOf?.name ?? '') ||
        Number(a.seat.isDeputy) - Number(b.seat.isDeputy) ||
        a.seat.id - b.seat.id,
    )
    .map(({ seat }) => seat);
}

const positionRank = (position: string) => (position === 'chair' ? 0 : position === 'deputy_chair' ? 1 : 2);
