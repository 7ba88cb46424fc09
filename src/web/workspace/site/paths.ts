import { MANAGE } from '../manage-paths';

/** The site's editing pages under `MANAGE.site(slug)` (bokmål form; link with `p.href`). */
export const SITE = {
  home: MANAGE.site,
  newPage: (slug: string) => `${MANAGE.site(slug)}/sider/ny`,
  page: (slug: string, id: number | string) => `${MANAGE.site(slug)}/sider/${id}`,
  publishPage: (slug: string, id: number | string) => `${MANAGE.site(slug)}/sider/${id}/publiser`,
  history: (slug: string, id: number | string) => `${MANAGE.site(slug)}/sider/${id}/historikk`,
  newNews: (slug: string) => `${MANAGE.site(slug)}/nyheter/ny`,
  news: (slug: string, id: number | string) => `${MANAGE.site(slug)}/nyheter/${id}`,
  publishNews: (slug: string, id: number | string) => `${MANAGE.site(slug)}/nyheter/${id}/publiser`,
  newProcess: (slug: string) => `${MANAGE.site(slug)}/prosesser/ny`,
  process: (slug: string, id: number | string) => `${MANAGE.site(slug)}/prosesser/${id}`,
  publishProcess: (slug: string, id: number | string) => `${MANAGE.site(slug)}/prosesser/${id}/publiser`,
  revisePlan: (slug: string, id: number | string) => `${MANAGE.site(slug)}/prosesser/${id}/revider`,
  milestone: (slug: string, id: number | string) => `${MANAGE.site(slug)}/prosesser/${id}/milepaeler`,
  removeMilestone: (slug: string, id: number | string) => `${MANAGE.site(slug)}/prosesser/${id}/milepaeler/fjern`,
} as const;

const SLUG = ':slug{[a-z0-9][a-z0-9-]*}';
const ID = ':id{[0-9]+}';

/** The same addresses as route patterns. */
export const SITE_ROUTES = Object.fromEntries(
  Object.entries(SITE).map(([name, path]) => [name, (path as (slug: string, id: string) => string)(SLUG, ID)]),
) as Record<keyof typeof SITE, string>;
