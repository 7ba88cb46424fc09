import type { Context } from 'hono';
import { canEditCooperation, getCooperationBySlug, listCooperations, type CooperationView } from '../../modules/cooperations';
import type { Actor } from '../../platform/authz';
import type { Db } from '../../platform/db/database';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { workspace } from '../locales/workspace';
import { pageContext, type PageContext } from '../page-context';
import { toSignIn } from './handler-kit';
import { MANAGE } from './manage-paths';

/** The cooperations this actor may edit (administrators: all; a secretariat: its own), in Norwegian order. */
export async function editableCooperations(db: Db, actor: Actor): Promise<CooperationView[]> {
  if (actor.kind !== 'user') return [];
  return (await listCooperations(db)).filter((coop) => canEditCooperation(actor, coop.id));
}

/** Who may work on one part of a cooperation's editing pages: its details and members, or its bodies and seats. */
export type CooperationPolicy = (actor: Actor, cooperationId: number) => boolean;

/** What a handler of one cooperation's editing pages works with: a signed-in user, and the cooperation in the path. */
export interface OnCooperation {
  c: Context<AppEnv>;
  p: PageContext;
  coop: CooperationView;
}

/**
 * A handler of one cooperation's editing pages. Anonymous visitors sign in first and come back to the
 * page (`page`, also for its posts); a cooperation that does not exist is 404. Who may see the page is
 * the handler's to ask (`refuseUnless`): a post asks after its command, which decides who may write.
 */
export function onCooperation(
  page: (slug: string, c: Context<AppEnv>) => string,
  handle: (on: OnCooperation) => Promise<Response>,
): (c: Context<AppEnv>) => Promise<Response> {
  return async (c) => {
    const p = pageContext(c);
    if (p.actor.kind !== 'user') return toSignIn(c, p, page(c.req.param('slug') ?? '', c));
    return handle({ c, p, coop: await cooperationInPath(c) });
  };
}

/**
 * 404 for anyone `may` does not let work on this part of the cooperation, as for a cooperation that
 * does not exist: a refusal must not confirm what exists. Posts ask after their command, so that input
 * refused before the command asked who may is not shown to such a visitor either.
 */
export function refuseUnless(may: CooperationPolicy, { p, coop }: Pick<OnCooperation, 'p' | 'coop'>): void {
  if (!may(p.actor, coop.id)) throw new NotFoundError();
}

/** The cooperation in the path, whoever asks (the policy is asked separately, see `refuseUnless`). */
async function cooperationInPath(c: Context<AppEnv>): Promise<CooperationView> {
  const coop = await getCooperationBySlug(c.var.db, c.req.param('slug') ?? '');
  if (!coop) throw new NotFoundError();
  return coop;
}

export function statusName(p: PageContext, status: string): string {
  const t = workspace(p.locale);
  return ({ planned: t.statusPlanned, active: t.statusActive, ended: t.statusEnded } as Record<string, string>)[status] ?? status;
}

type Section = 'details' | 'members' | 'bodies' | 'meetings' | 'site' | 'archive' | 'surveys' | 'services' | 'joint_cases';

/** Links between one cooperation's editing pages, the current one marked. */
export function CooperationNav({ p, coop, current }: { p: PageContext; coop: CooperationView; current: Section | null }) {
  const t = workspace(p.locale);
  const items: Array<{ section: Section; label: string; path: string }> = [
    { section: 'details', label: t.tabDetails, path: MANAGE.cooperation(coop.slug) },
    { section: 'members', label: t.tabMembers, path: MANAGE.memberships(coop.slug) },
    { section: 'bodies', label: t.tabBodies, path: MANAGE.bodies(coop.slug) },
    { section: 'meetings', label: t.tabMeetings, path: MANAGE.meetings(coop.slug) },
    { section: 'site', label: t.tabSite, path: MANAGE.site(coop.slug) },
    { section: 'archive', label: t.tabArchive, path: MANAGE.archive(coop.slug) },
    { section: 'surveys', label: t.tabSurveys, path: MANAGE.surveys(coop.slug) },
    { section: 'services', label: t.tabServices, path: MANAGE.services(coop.slug) },
    { section: 'joint_cases', label: t.tabJointCases, path: MANAGE.jointCases(coop.slug) },
  ];
  return (
    <nav aria-label={t.sectionNav(coop.name)}>
      <ul class="plain-list">
        {items.map((item) => (
          <li>
            <a href={p.href(item.path)} aria-current={item.section === current ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
        <li>
          <a href={p.href(`/${coop.slug}`)}>{t.publicPage}</a>
        </li>
        <li>
          <a href={p.href(MANAGE.cooperations)}>{t.allCooperationsLink}</a>
        </li>
      </ul>
    </nav>
  );
}
