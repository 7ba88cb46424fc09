import { WORKSPACE } from './paths';

/** The editing pages' addresses (bokmål form; link with `p.href`). Path segments are Norwegian in every language. */
const base = `${WORKSPACE.home}/samarbeid`;
const users = `${WORKSPACE.home}/brukere`;

export const MANAGE = {
  cooperations: base,
  cooperation: (slug: string) => `${base}/${slug}`,
  memberships: (slug: string) => `${base}/${slug}/medlemmer`,
  endMembership: (slug: string) => `${base}/${slug}/medlemmer/avslutt`,
  bodies: (slug: string) => `${base}/${slug}/organer`,
  body: (slug: string, body: string) => `${base}/${slug}/organer/${body}`,
  endSeat: (slug: string, body: string) => `${base}/${slug}/organer/${body}/avslutt`,
  // Each area's start page in the workspace; the area's own routes.ts adds the pages under it.
  meetings: (slug: string) => `${base}/${slug}/moter`,
  site: (slug: string) => `${base}/${slug}/nettsted`,
  archive: (slug: string) => `${base}/${slug}/arkiv`,
  surveys: (slug: string) => `${base}/${slug}/undersokelser`,
  services: (slug: string) => `${base}/${slug}/tjenester`,
  jointCases: (slug: string) => `${base}/${slug}/fellessaker`,
  users,
  grantRole: `${users}/rolle`,
  revokeRole: `${users}/fjern-rolle`,
  disableUser: `${users}/sperr`,
} as const;

/** The same addresses as route patterns; slugs are lower-case letters, digits and hyphens. */
const SLUG = ':slug{[a-z0-9][a-z0-9-]*}';
const BODY = ':body{[a-z0-9][a-z0-9-]*}';
export const MANAGE_ROUTES = {
  cooperations: MANAGE.cooperations,
  cooperation: MANAGE.cooperation(SLUG),
  memberships: MANAGE.memberships(SLUG),
  endMembership: MANAGE.endMembership(SLUG),
  bodies: MANAGE.bodies(SLUG),
  body: MANAGE.body(SLUG, BODY),
  endSeat: MANAGE.endSeat(SLUG, BODY),
  users: MANAGE.users,
  grantRole: MANAGE.grantRole,
  revokeRole: MANAGE.revokeRole,
  disableUser: MANAGE.disableUser,
} as const;
