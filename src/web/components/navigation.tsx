import type { Locale } from '../../platform/i18n';
import { common } from '../locales/common';
import type { PageContext } from '../page-context';

export interface NavBody {
  slug: string;
  name: string;
  /** Set when the name is shown in another language than the page's (a visible fallback). */
  lang?: Locale;
}

/** A page of the cooperation's own site in its menu, with its sub-pages (from the site module). */
export interface NavPage {
  label: string;
  path: string;
  lang?: Locale;
  children?: NavPage[];
}

const pageItem = (page: NavPage): NavItem => ({ ...page, children: page.children?.map(pageItem) });

interface NavItem {
  label: string;
  /** Without a path the item is a heading for its sub-menu, not a link. */
  path?: string;
  lang?: Locale;
  children?: NavItem[];
}

/**
 * The main menu: a nested list that is always visible (no hover or JavaScript needed). On a
 * cooperation's pages: Forside; Om samarbeidet ▸ Medlemmer, Organer ▸ each body.
 */
export function MainNav({
  p,
  cooperation,
}: {
  p: PageContext;
  cooperation?: { slug: string; name: string; bodies?: NavBody[]; pages?: NavPage[] };
}) {
  const t = common(p.locale);
  const items: NavItem[] = cooperation
    ? [
        { label: t.home, path: `/${cooperation.slug}` },
        {
          label: t.aboutCooperation,
          children: [
            { label: t.members, path: `/${cooperation.slug}/medlemmer` },
            {
              label: t.bodies,
              path: `/${cooperation.slug}/organer`,
              children: (cooperation.bodies ?? []).map((b) => ({
                label: b.name,
                path: `/${cooperation.slug}/organer/${b.slug}`,
                lang: b.lang,
              })),
            },
          ],
        },
        { label: t.meetings, path: `/${cooperation.slug}/moter` },
        { label: t.jointCases, path: `/${cooperation.slug}/fellessaker` },
        { label: t.services, path: `/${cooperation.slug}/tjenester` },
        { label: t.news, path: `/${cooperation.slug}/nyheter` },
        { label: t.surveys, path: `/${cooperation.slug}/undersokelser` },
        { label: t.archive, path: `/${cooperation.slug}/arkiv` },
        ...(cooperation.pages ?? []).map(pageItem),
        { label: t.allCooperations, path: '/' },
      ]
    : [{ label: t.home, path: '/' }];
  return (
    <nav class={`main-nav${cooperation ? ' main-nav--side' : ''}`} aria-label={t.mainNav}>
      <NavList p={p} items={items} />
    </nav>
  );
}

function NavList({ p, items }: { p: PageContext; items: NavItem[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li>
          {item.path === undefined ? (
            <span class="main-nav__heading">{item.label}</span>
          ) : (
            <a href={p.href(item.path)} lang={item.lang} aria-current={p.path === p.href(item.path) ? 'page' : undefined}>
              {item.label}
            </a>
          )}
          {item.children && item.children.length > 0 ? <NavList p={p} items={item.children} /> : null}
        </li>
      ))}
    </ul>
  );
}
