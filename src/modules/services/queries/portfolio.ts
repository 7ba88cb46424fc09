import type { Db } from '../../../platform/db/database';
import { parseLocalizedText } from '../../../platform/i18n';
import { focusAreasOf, servicesOf } from '../services.repository';
import { summariesOn } from './summaries';
import type { FocusAreaView, ServiceSummary } from './views';

export interface Portfolio {
  at: string;
  focusAreas: FocusAreaView[];
  /** The services that had started by `at` (start unknown counts as started), each as it stood then. */
  services: ServiceSummary[];
}

/** A cooperation's joint services as of one date, ordered by focus area, then name. */
export async function portfolioOn(db: Db, cooperationId: number, at: string): Promise<Portfolio> {
  const [areas, rows] = await Promise.all([focusAreasOf(db, cooperationId), servicesOf(db, cooperationId)]);
  const started = rows.filter((r) => r.start_on === null || r.start_on <= at);
  return {
    at,
    focusAreas: areas.map((a) => ({ id: a.id, slug: a.slug, name: parseLocalizedText(a.name), sortOrder: a.sort_order })),
    services: await summariesOn(db, started, at),
  };
}

/** Every service of a cooperation (also those not started yet), as of `at`: for the workspace. */
export async function allServicesOf(db: Db, cooperationId: number, at: string): Promise<ServiceSummary[]> {
  return summariesOn(db, await servicesOf(db, cooperationId), at);
}
