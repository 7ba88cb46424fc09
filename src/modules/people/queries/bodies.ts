import type { Db } from '../../../platform/db/database';
import { parseLocalizedText } from '../../../platform/i18n';
import { bodiesWithSeatCounts } from '../people.repository';
import type { BodyView } from './views';

type BodyWithCount = Awaited<ReturnType<typeof bodiesWithSeatCounts>>[number];

/** The bodies of a cooperation in their set order (sort_order), with their seat counts. */
export async function bodiesOf(db: Db, cooperationId: number): Promise<BodyView[]> {
  return (await bodiesWithSeatCounts(db, cooperationId)).map(toView);
}

export async function bodyBySlug(db: Db, cooperationId: number, slug: string): Promise<BodyView | null> {
  const [row] = await bodiesWithSeatCounts(db, cooperationId, slug);
  return row ? toView(row) : null;
}

function toView(row: BodyWithCount): BodyView {
  return {
    id: row.id,
    cooperationId: row.cooperation_id,
    slug: row.slug,
    name: parseLocalizedText(row.name),
    kind: row.kind,
    composition: parseLocalizedText(row.composition),
    sortOrder: row.sort_order,
    seatCount: Number(row.seat_count ?? 0),
  };
}
