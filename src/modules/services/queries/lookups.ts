import type { Db } from '../../../platform/db/database';
import { parseLocalizedText } from '../../../platform/i18n';
import { costKeyOf, costKeysOf, fixedAmountsOf, focusAreasOf, serviceBySlug } from '../services.repository';
import type { FocusAreaView } from './views';

/** Small reads the pages need: a service by its slug, the years with a key, one year's key with its fixed amounts. */
export const serviceBySlugIn = (db: Db, cooperationId: number, slug: string) => serviceBySlug(db, cooperationId, slug);

export const costKeyYears = async (db: Db, serviceId: number) => (await costKeysOf(db, serviceId)).map((k) => k.year);

export async function costKeyOfYear(db: Db, serviceId: number, year: number) {
  const key = await costKeyOf(db, serviceId, year);
  return key ? { ...key, fixedAmounts: await fixedAmountsOf(db, key.id) } : null;
}

export async function focusAreasOfCooperation(db: Db, cooperationId: number): Promise<FocusAreaView[]> {
  return (await focusAreasOf(db, cooperationId)).map((a) => ({ id: a.id, slug: a.slug, name: parseLocalizedText(a.name), sortOrder: a.sort_order }));
}
