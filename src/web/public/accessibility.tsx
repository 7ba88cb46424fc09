import type { Context } from 'hono';
import type { AppEnv } from '../../platform/http/context';
import { formatLongDate } from '../../platform/i18n';
import { Layout } from '../components/layout';
import { accessibility as messages } from '../locales/accessibility';
import { pageContext } from '../page-context';

/** Change this date whenever the statement's content changes. */
const STATEMENT_UPDATED_ON = '2026-11-23';

/** `/tilgjengelighetserklaering`: the accessibility statement required of Norwegian public websites. */
export function accessibilityPage(c: Context<AppEnv>) {
  const p = pageContext(c);
  const t = messages(p.locale);
  return c.html(
    <Layout p={p} title={t.title} description={t.description}>
      <h1>{t.title}</h1>
      <p class="lead">{t.intro}</p>

      <section class="section" aria-labelledby="law-heading">
        <h2 id="law-heading">{t.lawTitle}</h2>
        <p>{t.law}</p>
      </section>

      <section class="section" aria-labelledby="status-heading">
        <h2 id="status-heading">{t.statusTitle}</h2>
        <p>{t.status}</p>
      </section>

      <section class="section" aria-labelledby="testing-heading">
        <h2 id="testing-heading">{t.testingTitle}</h2>
        <ul class="plain-list">
          <li>{t.testing1}</li>
          <li>{t.testing2}</li>
          <li>{t.testing3}</li>
          <li>{t.testing4}</li>
        </ul>
      </section>

      <section class="section" aria-labelledby="deviations-heading">
        <h2 id="deviations-heading">{t.deviationsTitle}</h2>
        <ul class="plain-list">
          <li>{t.deviation1}</li>
          <li>{t.deviation2}</li>
        </ul>
      </section>

      <section class="section" aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">{t.feedbackTitle}</h2>
        <p>{t.feedback}</p>
      </section>

      <section class="section" aria-labelledby="supervision-heading">
        <h2 id="supervision-heading">{t.supervisionTitle}</h2>
        <p>{t.supervision}</p>
        <p>
          <a href="https://www.uutilsynet.no/">
            {t.supervisionLink}
          </a>
        </p>
      </section>

      <p class="muted">{t.updated(formatLongDate(STATEMENT_UPDATED_ON, p.locale))}</p>
    </Layout>,
  );
}
