import { raw } from 'hono/html';
import type { Locale, LocalizedText } from '../../platform/i18n';
import { stylesheetHref } from '../assets/assets';
import { common } from '../locales/common';
import type { PageContext } from '../page-context';
import { SiteFooter } from './footer';
import { SiteHeader } from './header';
import { urlInLocale } from './language-switch';
import { MainNav, type NavBody, type NavPage } from './navigation';

export interface LayoutCooperation {
  slug: string;
  name: string;
  /** A line under the name in the header ("15 kommuner vest for Oslo"), in the reader's language if it exists in it. */
  tagline?: LocalizedText;
  /** The cooperation's bodies, listed under "Organer" in the menu (see `cooperationShell`). */
  bodies?: NavBody[];
  /** The cooperation's own site pages, arranged as its menu (see the site module). */
  pages?: NavPage[];
}

export interface LayoutProps {
  p: PageContext;
  title: string;
  description?: string;
  cooperation?: LayoutCooperation;
  children: any;
}

/**
 * Every page's frame: head, skip link (the first thing a keyboard reaches), header with language and
 * text size, the main menu, `<main id="main">` and the footer. The page brings its one h1.
 */
export function Layout(props: LayoutProps) {
  const { p, cooperation } = props;
  const t = common(p.locale);
  const fullTitle =
    cooperation === undefined
      ? `${props.title} – ${t.siteName}`
      : props.title === cooperation.name
        ? `${cooperation.name} – ${t.siteName}`
        : `${props.title} – ${cooperation.name}`;
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={p.locale} class={`text-size-${p.textSize}`} data-color-scheme="light">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="color-scheme" content="light" />
          <title>{fullTitle}</title>
          {props.description ? <meta name="description" content={props.description} /> : null}
          <link rel="stylesheet" href={stylesheetHref} />
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
          <AlternateLinks p={p} />
        </head>
        <body>
          <a class="ds-skip-link" href="#main">
            {t.skipLink}
          </a>
          <SiteHeader p={p} cooperation={cooperation} />
          <div class={`wrap page${cooperation ? ' page--with-nav' : ''}`}>
            <MainNav p={p} cooperation={cooperation} />
            <main id="main" class="page__main" tabindex={-1}>
              {props.children}
            </main>
          </div>
          <SiteFooter p={p} />
        </body>
      </html>
    </>
  );
}

/** The same page in the other languages, for search engines and browsers. */
function AlternateLinks({ p }: { p: PageContext }) {
  const others: Locale[] = (['nb', 'nn', 'en'] as const).filter((l) => l !== p.locale);
  return (
    <>
      {others.map((l) => (
        <link rel="alternate" hreflang={l} href={urlInLocale(p, l)} />
      ))}
    </>
  );
}

