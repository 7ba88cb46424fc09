import type { Context } from 'hono';
import { canEditCooperation, getCooperationBySlug, listCooperations, type CooperationView } from '../../modules/cooperations';
import type { Actor } from '../../platform/authz';
import type { Db } from '../../platform/db/database';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { workspace } from '../locales/workspace';
import type { PageContext } from '../page-context';
import { MANAGE } from './manage-paths';

/** The cooperations this actor may edit (administrators: all; a secretariat: its own), in Norwegian order. */
export async function editableCooperations(db: Db, actor: Actor): Promise<CooperationView[]> {
  if (actor.kind !== 'user') return [];
  return (await listCooperations(db)).filter((coop) => canEditCooperation(actor, coop.id));
}

/**
 * The cooperation in the path, for someone who may edit it. Anyone else gets 404, as for a
 * cooperation that does not exist: a refusal must not confirm what exists.
 */
export async function cooperationToEdit(c: Context<AppEnv>): Promise<CooperationView> {
  const coop = await cooperationInPath(c);
  if (!canEditCooperation(c.var.actor, coop.id)) throw new NotFoundError();
  return coop;
}

/** The cooperation in the path, whoever asks (for posts, where the command decides who may write). */
export async function cooperationInPath(c: Context<AppEnv>): Promise<CooperationView> {
  const coop = await getCooperationBySlug(c.var.db, c.req.param('slug') ?? '');
  if (!coop) throw new NotFoundError();
  return coop;
}

export function statusName(p: PageContext, status: string): string {
  const t = workspace(p.locale);
  return ({ planned: t.statusPlanned, active: t.statusActive, ended: t.statusEnded } as Record<string, string>)[status] ?? status;
}

type Section = 'details' | 'members' | 'bodies';

/** Links between one cooperation's editing pages, the current one marked. */
export function CooperationNav({ p, coop, current }: { p: PageContext; coop: CooperationView; current: Section | null }) {
  const t = workspace(p.locale);
  const items: Array<{ section: Section; label: string; path: string }> = [
    { section: 'details', label: t.tabDetails, path: MANAGE.cooperation(coop.slug) },
    { section: 'members', label: t.tabMembers, path: MANAGE.memberships(coop.slug) },
    { section: 'bodies', label: t.tabBodies, path: MANAGE.bodies(coop.slug) },
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
