import { pathInLocale } from '../../platform/http/locale';
import { LOCALES, type Locale } from '../../platform/i18n';
import { common } from '../locales/common';
import type { PageContext } from '../page-context';

/** Each language names itself, in itself, so a reader who does not read the current one finds theirs. */
const NATIVE_NAMES: Record<Locale, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };

/** This page (path and query) in another language. */
export function urlInLocale(p: PageContext, locale: Locale): string {
  const queryAt = p.url.indexOf('?');
  const path = queryAt === -1 ? p.url : p.url.slice(0, queryAt);
  const query = queryAt === -1 ? '' : p.url.slice(queryAt);
  return pathInLocale(path, locale) + query;
}

export function LanguageSwitch({ p }: { p: PageContext }) {
  const t = common(p.locale);
  return (
    <nav class="tool" aria-labelledby="language-label">
      <span class="tool__label" id="language-label">
        {t.language}
      </span>
      <ul class="tool__list">
        {LOCALES.map((locale) => (
          <li>
            <a
              class="tool__link"
              href={urlInLocale(p, locale)}
              lang={locale}
              hreflang={locale}
              aria-current={locale === p.locale ? 'true' : undefined}
            >
              {NATIVE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
