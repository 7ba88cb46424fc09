import { MANAGE } from '../manage-paths';

/** The services area's workspace addresses (bokmål form; link with `p.href`). `_` keeps fixed paths apart from service slugs. */
export const SERVICES = {
  home: (slug: string) => MANAGE.services(slug),
  focusAreas: (slug: string) => `${MANAGE.services(slug)}/_innsatsomrader`,
  population: (slug: string) => `${MANAGE.services(slug)}/_folketall`,
  mergerRule: (slug: string) => `${MANAGE.services(slug)}/_sammenslaing/regel`,
  merger: (slug: string) => `${MANAGE.services(slug)}/_sammenslaing`,
  service: (slug: string, service: string) => `${MANAGE.services(slug)}/${service}`,
  participants: (slug: string, service: string) => `${MANAGE.services(slug)}/${service}/deltakere`,
  endParticipant: (slug: string, service: string) => `${MANAGE.services(slug)}/${service}/deltakere/avslutt`,
  decision: (slug: string, service: string) => `${MANAGE.services(slug)}/${service}/vedtak`,
  status: (slug: string, service: string) => `${MANAGE.services(slug)}/${service}/status`,
  costKey: (slug: string, service: string) => `${MANAGE.services(slug)}/${service}/nokkel`,
} as const;

const SLUG = ':slug{[a-z0-9][a-z0-9-]*}';
const SERVICE = ':service{[a-z0-9][a-z0-9-]*}';
export const SERVICES_ROUTES = Object.fromEntries(
  Object.entries(SERVICES).map(([key, path]) => [key, (path as (a: string, b: string) => string)(SLUG, SERVICE)]),
) as Record<keyof typeof SERVICES, string>;
