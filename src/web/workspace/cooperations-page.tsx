import type { Context } from 'hono';
import { isAdministrator } from '../../platform/authz';
import { NotFoundError } from '../../platform/errors';
import type { AppEnv } from '../../platform/http/context';
import { Layout } from '../components/layout';
import { ScrollTable } from '../components/table';
import { workspace } from '../locales/workspace';
import { pageContext } from '../page-context';
import { editableCooperations, statusName } from './cooperation-kit';
import { toSignIn } from './handler-kit';
import { MANAGE } from './manage-paths';
import { WORKSPACE } from './paths';

/** `GET /arbeidsflate/samarbeid`: the cooperations this actor may edit. 404 for someone who may edit none. */
export async function cooperationsPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  if (p.actor.kind !== 'user') return toSignIn(c, p, MANAGE.cooperations);
  const admin = isAdministrator(p.actor);
  const list = await editableCooperations(c.var.db, p.actor);
  if (!admin && list.length === 0) throw new NotFoundError();
  const t = workspace(p.locale);
  return c.html(
    <Layout p={p} title={t.cooperationsTitle}>
      <h1>{t.cooperationsTitle}</h1>
      <p>{admin ? t.cooperationsIntroAdmin : t.cooperationsIntroSecretariat}</p>
      {list.length === 0 ? (
        <p>{t.noCooperations}</p>
      ) : (
        <ScrollTable p={p} id="cooperations" caption={t.cooperationsCaption}>
          <thead>
            <tr>
              <th scope="col">{t.colCooperation}</th>
              <th scope="col">{t.colStatus}</th>
              <th scope="col">{t.colEdit}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((coop) => (
              <tr>
                <th scope="row">
                  <a href={p.href(MANAGE.cooperation(coop.slug))}>{coop.name}</a>
                </th>
                <td>{statusName(p, coop.status)}</td>
                <td>
                  <ul class="plain-list">
                    <li>
                      <a href={p.href(MANAGE.cooperation(coop.slug))}>
                        {t.tabDetails}
                        <span class="ds-sr-only"> {t.forCooperation(coop.name)}</span>
                      </a>
                    </li>
                    <li>
                      <a href={p.href(MANAGE.memberships(coop.slug))}>
                        {t.tabMembers}
                        <span class="ds-sr-only"> {t.forCooperation(coop.name)}</span>
                      </a>
                    </li>
                    <li>
                      <a href={p.href(MANAGE.bodies(coop.slug))}>
                        {t.tabBodies}
                        <span class="ds-sr-only"> {t.forCooperation(coop.name)}</span>
                      </a>
                    </li>
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <p>
        <a href={p.href(WORKSPACE.home)}>{t.backToWorkspace}</a>
      </p>
    </Layout>,
  );
}
