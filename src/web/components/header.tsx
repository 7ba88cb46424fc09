import { CSRF_FIELD } from '../../platform/http/csrf';
import { pickText } from '../../platform/i18n';
import { common } from '../locales/common';
import type { PageContext } from '../page-context';
import { LanguageSwitch } from './language-switch';
import type { LayoutCooperation } from './layout';
import { LocalizedInline } from './localized';
import { TextSizeControl } from './text-size';

/** Where the workspace's sign-in, sign-out and start pages live (src/web/workspace). */
export const WORKSPACE_PATHS = { signIn: '/logg-inn', signOut: '/logg-ut', workspace: '/arbeidsflate' } as const;

export function SiteHeader({ p, cooperation }: { p: PageContext; cooperation?: Pick<LayoutCooperation, 'slug' | 'name' | 'tagline'> }) {
  const t = common(p.locale);
  return (
    <header class="site-header">
      <div class="wrap site-header__inner">
        <div class="brand">
          {cooperation ? (
            <>
              <a class="brand__name" href={p.href(`/${cooperation.slug}`)}>
                {cooperation.name}
              </a>
              {pickText(cooperation.tagline, p.locale) ? (
                <span class="brand__tagline">
                  <LocalizedInline p={p} text={cooperation.tagline} note />
                </span>
              ) : null}
            </>
          ) : (
            <a class="brand__name" href={p.href('/')}>
              <img class="brand__logo" src="/favicon.svg" alt="" width="32" height="32" />
              {t.siteName}
            </a>
          )}
        </div>
        <div class="tools">
          <LanguageSwitch p={p} />
          <TextSizeControl p={p} />
          <UserTools p={p} />
        </div>
      </div>
    </header>
  );
}

function UserTools({ p }: { p: PageContext }) {
  const t = common(p.locale);
  if (p.actor.kind !== 'user') {
    return (
      <div class="tool">
        <a class="tool__link" href={p.href(WORKSPACE_PATHS.signIn)}>
          {t.signIn}
        </a>
      </div>
    );
  }
  return (
    <div class="tool tool--user">
      <span class="tool__label">
        {t.signedInAs} <strong>{p.actor.name}</strong>
      </span>
      <a class="tool__link" href={p.href(WORKSPACE_PATHS.workspace)}>
        {t.workspace}
      </a>
      <form class="tool__form" method="post" action={p.href(WORKSPACE_PATHS.signOut)}>
        <input type="hidden" name={CSRF_FIELD} value={p.csrfToken} />
        <button class="ds-button" type="submit" data-variant="secondary" data-size="sm">
          {t.signOut}
        </button>
      </form>
    </div>
  );
}
