import type { LocalizedText } from '../../platform/i18n';
import type { BodyJson, SeatJson } from './people.api-schemas';
import type { BodyView, SeatView } from './queries/views';

/** Where the API is mounted; ids are paths under it (OParl's `id` is the object's own address). */
const API_BASE = '/api/v1';

const cooperationPath = (slug: string) => `${API_BASE}/cooperations/${encodeURIComponent(slug)}`;
const allLanguages = (text: LocalizedText) => ({ nb: text.nb ?? null, nn: text.nn ?? null, en: text.en ?? null });

export function presentBody(cooperationSlug: string, body: BodyView): BodyJson {
  return {
    id: `${cooperationPath(cooperationSlug)}/bodies/${encodeURIComponent(body.slug)}`,
    slug: body.slug,
    name: allLanguages(body.name),
    classification: body.kind,
    composition: allLanguages(body.composition),
    parentId: cooperationPath(cooperationSlug),
    seatCount: body.seatCount ?? 0,
  };
}

export function presentSeat(seat: SeatView): SeatJson {
  return {
    id: String(seat.id),
    person: seat.personName,
    role: seat.office,
    post: seat.position,
    onBehalfOf: seat.onBehalfOf,
    isDeputy: seat.isDeputy,
    startDate: seat.startOn,
    endDate: seat.endOn,
    note: allLanguages(seat.note),
  };
}
