import type { Db } from '../../../platform/db/database';
import { norwegianCollator, parseLocalizedText, todayInOslo } from '../../../platform/i18n';
import { legalFormName } from '../legal-forms';
import { anyCooperation, cooperationById, cooperationsWithPlaces, memberCountsOnDefaultDate } from '../cooperations.repository';
import type { CooperationView } from './views';

type CooperationWithPlaces = Awaited<ReturnType<typeof cooperationsWithPlaces>>[number];

/** Every cooperation, in Norwegian alphabetical order, with its member count on its default date. */
export async function listCooperations(db: Db, today = todayInOslo()): Promise<CooperationView[]> {
  const views = await withMemberCounts(db, await cooperationsWithPlaces(db), today);
  return views.sort((a, b) => norwegianCollator.compare(a.name, b.name) || a.slug.localeCompare(b.slug));
}

export async function getCooperationBySlug(db: Db, slug: string, today = todayInOslo()): Promise<CooperationView | null> {
  const [view] = await withMemberCounts(db, await cooperationsWithPlaces(db, slug), today);
  return view ?? null;
}

/** One cooperation by its id (as other records refer to it), or null. */
export async function getCooperationById(db: Db, id: number, today = todayInOslo()): Promise<CooperationView | null> {
  const row = await cooperationById(db, id);
  return row ? getCooperationBySlug(db, row.slug, today) : null;
}

/** False until the first cooperation is created; asked at every start, so it reads at most one id. */
export function hasCooperations(db: Db): Promise<boolean> {
  return anyCooperation(db);
}

async function withMemberCounts(db: Db, rows: CooperationWithPlaces[], today: string): Promise<CooperationView[]> {
  const counts = await memberCountsOnDefaultDate(db, rows.map((r) => r.id), today);
  return rows.map((row) => ({ ...toView(row), memberCount: counts.get(row.id) ?? 0 }));
}

function toView(row: CooperationWithPlaces): CooperationView {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    shortName: row.short_name,
    legalForm: row.legal_form,
    legalFormName: legalFormName(row.legal_form),
    legalBasis: row.legal_basis,
    tagline: parseLocalizedText(row.tagline),
    purpose: parseLocalizedText(row.purpose),
    host: row.host_code ? { code: row.host_code, name: row.host_name ?? row.host_code } : null,
    headOffice: row.head_office_code ? { code: row.head_office_code, name: row.head_office_name ?? row.head_office_code } : null,
    status: row.status,
    establishedOn: row.established_on,
    endedOn: row.ended_on,
    sourceNote: parseLocalizedText(row.source_note),
  };
}
