import { common } from '../locales/common';
import type { PageContext } from '../page-context';

export function SiteFooter({ p }: { p: PageContext }) {
  const t = common(p.locale);
  return (
    <footer class="site-footer">
      <div class="wrap">
        <p class="site-footer__about">{t.footerAbout}</p>
        <ul class="site-footer__links">
          <li>
            <a href={p.href('/tilgjengelighetserklaering')}>{t.accessibilityStatement}</a>
          </li>
          <li>
            <a href="/api/v1/openapi.json">{t.openData}</a>
          </li>
          <li>{t.openSource}</li>
        </ul>
      </div>
    </footer>
  );
}
