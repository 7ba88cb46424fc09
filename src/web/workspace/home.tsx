import type { Context } from 'hono';
import { canManageUsers, canReadAuditTrail, nameGrants } from '../../modules/accounts';
import type { AppEnv } from '../../platform/http/context';
import { CSRF_FIELD } from '../../platform/http/csrf';
import { byNorwegian } from '../../platform/i18n';
import { Layout } from '../components/layout';
import { accounts } from '../locales/accounts';
import { workspace } from '../locales/workspace';
import { pageContext } from '../page-context';
import { editableCooperations } from './cooperation-kit';
import { MANAGE } from './manage-paths';
import { JOINT } from './joint-cases/paths';
import { WORKSPACE } from './paths';

/** `GET /arbeidsflate`: who you are, your roles in words, and where you can go from here. */
export async function workspaceHome(c: Context<AppEnv>) {
  const p = pageContext(c);
  const actor = p.actor;
  if (actor.kind !== 'user') return c.redirect(`${p.href(WORKSPACE.signIn)}?neste=${encodeURIComponent(p.href(WORKSPACE.home))}`, 303);
  const t = accounts(p.locale);
  const grants = (await nameGrants(c.var.db, actor.grants))
    .map((g) => t.grant({ role: g.role, cooperation: g.cooperationName, municipality: g.authorityName }))
    .sort(byNorwegian((text) => text));
  const w = workspace(p.locale);
  const canEditSome = (await editableCooperations(c.var.db, actor)).length > 0;
  return c.html(
    <Layout p={p} title={t.workspaceTitle}>
      <h1>{t.workspaceTitle}</h1>
      <p class="lead">{t.workspaceIntro(actor.name)}</p>
      <p>
        {t.signedInAs} <strong>{actor.name}</strong> ({actor.email}).
      </p>
      <section class="section" aria-labelledby="roles-heading">
        <h2 id="roles-heading">{t.yourRoles}</h2>
        {grants.length === 0 ? (
          <p>{t.noRoles}</p>
        ) : (
          <ul>
            {grants.map((text) => (
              <li>{text}</li>
            ))}
          </ul>
        )}
      </section>
      <section class="section" aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t.whatYouCanDo}</h2>
        <ul>
          {canEditSome ? (
            <li>
              <a href={p.href(MANAGE.cooperations)}>{w.homeCooperationsLink}</a>
            </li>
          ) : null}
          {actor.grants.some((g) => g.role === 'municipal_clerk' && g.authorityCode !== null) ? (
            <li>
              <a href={p.href(JOINT.clerk)}>{w.homeClerkLink}</a>
            </li>
          ) : null}
          {canManageUsers(actor) ? (
            <li>
              <a href={p.href(MANAGE.users)}>{w.homeUsersLink}</a>
            </li>
          ) : null}
          {canReadAuditTrail(actor) ? (
            <li>
              <a href={p.href(WORKSPACE.auditTrail)}>{t.auditTrailLink}</a>
            </li>
          ) : null}
          <li>
            <a href={p.href('/')}>{t.publicSiteLink}</a>
          </li>
        </ul>
        <form method="post" action={p.href(WORKSPACE.signOut)}>
          <input type="hidden" name={CSRF_FIELD} value={p.csrfToken} />
          <button class="ds-button" type="submit" data-variant="secondary">
            {t.signOutButton}
          </button>
        </form>
      </section>
    </Layout>,
  );
}
